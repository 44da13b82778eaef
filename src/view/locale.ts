import type { CountryLabel } from "../countries/types";
import { countryName } from "../i18n/format";
import type { Language } from "../i18n/languages";
import type { Messages } from "../i18n/messages";

/** Everything that depends on the page's language, made once per page: its text and how it names countries. */
export interface Locale {
  lang: Language;
  messages: Messages;
  /** A country's common name in the page's language: nameOf("DE") → "Deutschland" on a German page. */
  nameOf: (iso: string) => string;
  /** A country's common English name from our reviewed table: englishNameOf("CZ") → "Czech Republic". */
  englishNameOf: (iso: string) => string;
  /** A country's name and world region, as the country table has them. */
  countryOf: (iso: string) => CountryLabel | undefined;
  /** Every country the table has, by ISO code: what the panel's search may find by name. */
  isos: readonly string[];
}

/**
 * The locale of a page: makeLocale("de", de, countries).nameOf("AT") → "Österreich".
 * English names come from our reviewed table ("Czech Republic", as newsrooms write it), which also
 * keeps a prerendered page identical whatever ICU version the build or the browser has; other
 * languages' names come from the platform (Intl.DisplayNames), the English name where it has none.
 */
export function makeLocale(lang: Language, messages: Messages, countries: readonly CountryLabel[]): Locale {
  const byIso = new Map(countries.map((country) => [country.iso2, country]));
  const englishNameOf = (iso: string) => byIso.get(iso)?.name ?? iso;
  const names = new Map<string, string>();
  const nameOf =
    lang === "en"
      ? englishNameOf
      : (iso: string) => {
          let name = names.get(iso);
          if (name === undefined) names.set(iso, (name = countryName(iso, lang, englishNameOf(iso))));
          return name;
        };
  return { lang, messages, nameOf, englishNameOf, countryOf: (iso) => byIso.get(iso), isos: [...byIso.keys()] };
}

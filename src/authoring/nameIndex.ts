// The names the resolver knows, as a gazetteer for finding them in running text. Built once
// from the same tables the resolver reads (the generated country names, the reviewed table of
// organisations), so a name found here is one it resolves.
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { parseCountryTable } from "../countries/countryTable";
import { nameVariants } from "../countries/nameVariants";
import type { NameLanguage } from "../countries/nameLanguages";
import { normaliseName } from "../countries/normaliseName";
import { organisations, orgNamesIn } from "../countries/organisations";

/** What a normalised key names. */
export type KeyKind = "country" | "org";

export interface NameIndex {
  kinds: Map<string, KeyKind>;
  /** Every word-prefix of a key ("united", "united states"...), so a scan stops as soon as no key can match. */
  prefixes: Set<string>;
  /**
   * Keys that are acronyms, with the spellings that count in running text ("US", "UK", "DPRK",
   * "EU", "CoE"): "who" and "us" are words, not the WHO or the United States.
   */
  acronyms: Map<string, Set<string>>;
  /** The longest key, in words. */
  maxWords: number;
}

/** Abbreviations the press writes for countries; the resolver knows them as names, the text only in capitals. */
const PRESS_ACRONYMS = ["US", "USA", "UK", "UAE", "ROK", "DPRK", "DRC", "PRC", "RSA"];

const indexes = new Map<NameLanguage, NameIndex>();

/** Korean particles written onto a name (as countries/declinedForms.ts reads them). */
const KOREAN_PARTICLES = ["에서", "의", "과", "와", "은", "는", "이", "가", "을", "를", "도", "에"];

/**
 * The declined forms of a name's key that running text writes, so that the gazetteer finds them:
 * German genitives and datives ("deutschlands", "vereinigten konigreichs", "niederlanden"),
 * Ukrainian genitives ("німеччини"), a Korean particle ("미국과"). The resolver reads each by its own rules; this only finds them.
 * French articles need none: "l'Allemagne" is two words here, and the list reader reads the article.
 * @example declinedKeys("vereinigtes konigreich", "de") // [..., "vereinigten konigreichs", ...]
 */
export function declinedKeys(key: string, lang: NameLanguage): string[] {
  if (lang === "ko") return KOREAN_PARTICLES.map((particle) => `${key}${normaliseName(particle)}`);
  if (lang === "uk") return ukrainianGenitiveKeys(key);
  if (lang !== "de") return [];
  const words = key.split(" ");
  const last = words.pop() ?? "";
  // An adjective before the noun, in its weak forms: "vereinigtes" is also "vereinigten" and "vereinigte".
  const adjectives = words.map((word) => {
    const stem = /^(.{3,}?)(?:e|er|es)$/.exec(word)?.[1];
    return stem === undefined ? [word] : [word, `${stem}en`, `${stem}e`];
  });
  const nouns = [last, `${last}s`, `${last}es`, ...(last.endsWith("e") ? [`${last}n`] : [])];
  let forms = [""];
  for (const options of [...adjectives, nouns]) forms = forms.flatMap((form) => options.map((option) => (form === "" ? option : `${form} ${option}`)));
  return forms.filter((form) => form !== key);
}

/**
 * The Ukrainian genitives of a name's key (normalised: "й" is "и", "ї" is "і"), as lists write
 * them after "міністри закордонних справ": "німеччина" → "німеччини", "сполучене королівство" →
 * "сполученого королівства". Over-generation is harmless: a form is only looked for in the text,
 * and the resolver reads what is found by its own rules.
 */
function ukrainianGenitiveKeys(key: string): string[] {
  const words = key.split(" ");
  const last = words.pop() ?? "";
  const nounForms = [
    last,
    ...(last.endsWith("ія") ? [`${last.slice(0, -2)}іі`] : last.endsWith("я") ? [`${last.slice(0, -1)}і`] : []),
    ...(last.endsWith("а") ? [`${last.slice(0, -1)}и`, `${last.slice(0, -1)}і`] : []),
    ...(last.endsWith("и") ? [`${last.slice(0, -1)}ю`, `${last.slice(0, -1)}ів`] : []),
    ...(last.endsWith("ь") ? [`${last.slice(0, -1)}ю`] : []),
    ...(last.endsWith("о") ? [`${last.slice(0, -1)}а`] : []),
    ...(/[бвгґджзклмнпрстфхцчшщ]$/u.test(last) ? [`${last}у`, `${last}а`] : []),
  ];
  const adjectiveForms = words.map((word) => [
    word,
    ...(word.endsWith("а") ? [`${word.slice(0, -1)}оі`] : []),
    ...(word.endsWith("ии") ? [`${word.slice(0, -2)}ого`] : word.endsWith("е") ? [`${word.slice(0, -1)}ого`] : []),
    ...(word.endsWith("і") ? [`${word.slice(0, -1)}их`] : []),
  ]);
  let forms = [""];
  for (const options of [...adjectiveForms, nounForms]) forms = forms.flatMap((form) => options.map((option) => (form === "" ? option : `${form} ${option}`)));
  return forms.filter((form) => form !== key);
}

/**
 * The gazetteer of names in English and `lang`, built on first use for each language.
 * @example getNameIndex().kinds.get("united states of america") // "country"
 * @example getNameIndex("de").kinds.get("deutschlands") // "country"
 */
export function getNameIndex(lang: NameLanguage = "en"): NameIndex {
  const known = indexes.get(lang);
  if (known) return known;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const kinds = new Map<string, KeyKind>();
  const acronyms = new Map<string, Set<string>>();
  const addAcronym = (written: string, kind: KeyKind) => {
    const key = normaliseName(written);
    if (key === "") return;
    kinds.set(key, kind);
    acronyms.set(key, (acronyms.get(key) ?? new Set<string>()).add(written));
  };
  const languages: NameLanguage[] = lang === "en" ? ["en"] : ["en", lang];
  for (const language of languages) {
    for (const key of Object.keys(table.names[language]))
      for (const form of [key, ...declinedKeys(key, language)]) if (!kinds.has(form)) kinds.set(form, "country");
  }
  for (const org of organisations()) {
    for (const language of languages) {
      for (const name of orgNamesIn(org, language))
        for (const key of nameVariants(name, "always")) for (const form of [key, ...declinedKeys(key, language)]) kinds.set(form, "org");
    }
    for (const acronym of org.acronyms) addAcronym(acronym, "org");
  }
  for (const acronym of PRESS_ACRONYMS) if (kinds.has(normaliseName(acronym))) addAcronym(acronym, "country");
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const key of kinds.keys()) {
    const words = key.split(" ");
    maxWords = Math.max(maxWords, words.length);
    for (let length = 1; length <= words.length; length++) prefixes.add(words.slice(0, length).join(" "));
  }
  const index = { kinds, prefixes, acronyms, maxWords };
  indexes.set(lang, index);
  return index;
}

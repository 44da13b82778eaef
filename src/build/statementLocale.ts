// Build only: the words of what the build draws and writes for a statement beyond its page
// (map.png and its alt text, og:image:alt), in the statement's language (issue #25): an article
// in German gets a German picture and text. A language the page has no text for falls back to English.
import { allCountries } from "../countries/resolveCountry";
import { de } from "../i18n/de";
import { fr } from "../i18n/fr";
import { isLanguage, type Language } from "../i18n/languages";
import { ko } from "../i18n/ko";
import { en, type Messages } from "../i18n/messages";
import { uk } from "../i18n/uk";
import type { Statement } from "../statement/types";
import { makeLocale, type Locale } from "../view/locale";
import type { PreparedStatement } from "../view/preparedStatement";
import { deriveStatementView } from "../view/statementView";

/** Every language's text at once: the build writes in each statement's own. */
const CATALOGUES: Readonly<Record<Language, Messages>> = { en, de, fr, uk, ko };

/**
 * The locale of a statement's language, English where the page has no text in it.
 * @example statementLocale({ ...seed, lang: "de" }).nameOf("AT") // "Österreich"
 */
export function statementLocale(statement: Statement): Locale {
  const lang = isLanguage(statement.lang) ? statement.lang : "en";
  return makeLocale(lang, CATALOGUES[lang], allCountries());
}

/**
 * The text alternative of map.png and the pages' og:image:alt: what the map shows, in the
 * statement's language (describeMap, which is also the map's accessible description on the page).
 * @example mapAltText(prepared) // "48 countries and the EU signed on 10 January 2024: most of Europe (except Hungary, …). …"
 */
export function mapAltText(prepared: PreparedStatement): string {
  return deriveStatementView(prepared, statementLocale(prepared.statement)).mapSummary;
}

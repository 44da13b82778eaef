// The languages the resolver reads names in: the interface's five (src/i18n/languages.ts; a unit
// test keeps the two lists equal, since countries/ may not import i18n/).

/** The languages names are read in, by BCP 47 primary tag. English first: every reading includes it. */
export const NAME_LANGUAGES = ["en", "de", "fr", "uk", "ko"] as const;

export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** English alone: how a statement without `lang`, or in a language the resolver does not read, is read. */
export const ENGLISH_ONLY: readonly NameLanguage[] = ["en"];

/** Every language the resolver reads: the resolver CLI without --lang. */
export const EVERY_NAME_LANGUAGE: readonly NameLanguage[] = NAME_LANGUAGES;

/** Whether a primary tag is one the resolver reads names in. */
export function isNameLanguage(tag: string): tag is NameLanguage {
  return (NAME_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * The languages a statement's names are read in: its own language and English, since sources in
 * every language write "USA", "Kosovo" and ISO codes alike. A language the resolver does not read
 * ("es") is read as English alone.
 * @example nameLanguagesFor("de-AT") // ["en", "de"]
 * @example nameLanguagesFor("es") // ["en"]
 */
export function nameLanguagesFor(lang: string | undefined): readonly NameLanguage[] {
  const primary = (lang ?? "en").split("-")[0]?.toLowerCase() ?? "en";
  return isNameLanguage(primary) && primary !== "en" ? ["en", primary] : ENGLISH_ONLY;
}

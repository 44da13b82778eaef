/**
 * The interface languages, by BCP 47 primary tag, each in its own words for the language menu.
 * A module of its own, with no catalogue in it, so that the URL parser and the page's boot script
 * can know the languages without loading any interface text.
 */
export const languageNames = { en: "English", de: "Deutsch", fr: "Français", uk: "Українська", ko: "한국어" } as const;

export type Language = keyof typeof languageNames;

export const supportedLanguages = Object.keys(languageNames) as Language[];

/** Whether a tag is one of the interface languages: isLanguage("de") → true, isLanguage("es") → false. */
export const isLanguage = (tag: string): tag is Language => Object.hasOwn(languageNames, tag);

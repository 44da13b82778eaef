import { supportedLanguages } from "../i18n/messages";
import { STATEMENT_ID } from "../statement/statementId";

export const DEFAULT_STATEMENT_ID = "dprk-russia-missiles-2024";

/** What the page was asked to show, from its URL. */
export interface PageParams {
  statement: string;
  embed: boolean;
  /** ISO alpha-2, upper case, or null. Whether it is on the map is checked once the statement is known. */
  country: string | null;
  /** A supported language tag. */
  lang: string;
  /** pym.js child id, when a pym parent embeds the page. */
  childId: string | null;
  /** A colour theme the URL forces, or null to follow the reader's system setting (prefers-color-scheme). */
  theme: Theme | null;
}

export type Theme = "light" | "dark";

/** The parameters the build prerenders index.html with; a page asking for the same hydrates it as it is. */
export const PRERENDERED_PARAMS: PageParams = { statement: DEFAULT_STATEMENT_ID, embed: false, country: null, lang: "en", childId: null, theme: null };

/** A URL parameter that could not be used, and why; the page shows these and goes on with a fallback. */
export interface ParamProblem {
  param: string;
  value: string;
  reason: "bad-statement-id" | "bad-country" | "unsupported-lang" | "bad-embed" | "bad-theme";
}


/**
 * Reads the page's URL parameters: parseParams("?country=de&embed=1&theme=dark") → { params: { country: "DE", embed: true, theme: "dark", … }, problems: [] }.
 * Never throws; a bad value is reported and replaced by the default.
 */
export function parseParams(search: string, preferredLanguages: readonly string[] = []): { params: PageParams; problems: ParamProblem[] } {
  const query = new URLSearchParams(search);
  const problems: ParamProblem[] = [];

  let statement = DEFAULT_STATEMENT_ID;
  const rawStatement = query.get("statement");
  if (rawStatement !== null) {
    if (STATEMENT_ID.test(rawStatement)) statement = rawStatement;
    else problems.push({ param: "statement", value: rawStatement, reason: "bad-statement-id" });
  }

  const rawEmbed = query.get("embed");
  let embed = false;
  if (rawEmbed !== null) {
    if (rawEmbed === "1" || rawEmbed === "true" || rawEmbed === "") embed = true;
    else if (rawEmbed !== "0" && rawEmbed !== "false") problems.push({ param: "embed", value: rawEmbed, reason: "bad-embed" });
  }

  let country: string | null = null;
  const rawCountry = query.get("country");
  if (rawCountry !== null && rawCountry !== "") {
    if (/^[a-zA-Z]{2}$/.test(rawCountry)) country = rawCountry.toUpperCase();
    else problems.push({ param: "country", value: rawCountry, reason: "bad-country" });
  }

  const rawLang = query.get("lang");
  let lang = pickLanguage(preferredLanguages) ?? "en";
  if (rawLang !== null) {
    const picked = pickLanguage([rawLang]);
    if (picked) lang = picked;
    else {
      lang = "en";
      problems.push({ param: "lang", value: rawLang, reason: "unsupported-lang" });
    }
  }

  let theme: Theme | null = null;
  const rawTheme = query.get("theme");
  if (rawTheme !== null && rawTheme !== "") {
    const lower = rawTheme.toLowerCase();
    if (lower === "light" || lower === "dark") theme = lower;
    else problems.push({ param: "theme", value: rawTheme, reason: "bad-theme" });
  }

  const childId = query.get("childId");
  return { params: { statement, embed, country, lang, childId: childId || null, theme }, problems };
}

/** The first supported language among BCP 47 tags, matching on the primary subtag ("de-AT" → "de"). */
export function pickLanguage(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary && supportedLanguages.includes(primary)) return primary;
  }
  return undefined;
}

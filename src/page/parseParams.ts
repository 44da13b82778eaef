import { isLanguage, type Language } from "../i18n/languages";
import type { Background, PanelMode, Theme } from "../embed/pageAddress";
import { DEFAULT_STATEMENT_ID, STATEMENT_ID } from "../statement/statementId";

/** What the page was asked to show, from its URL (docs/interface.md, "URL parameters"). */
export interface PageParams {
  statement: string;
  embed: boolean;
  /** ISO alpha-2, upper case, or null. Whether it is on the map is checked once the statement is known. */
  country: string | null;
  lang: Language;
  /** pym.js child id, when a pym parent embeds the page. */
  childId: string | null;
  /** A colour theme the URL forces, or null to follow the reader's system setting (prefers-color-scheme). */
  theme: Theme | null;
  /** Embed only; the full page always shows the whole panel. */
  panel: PanelMode;
  /** Another statement to show on the same map (compare=ID), or null. */
  compare: string | null;
  /** "transparent" (bg=transparent): the page draws no background of its own, so an embed shows its article's; null: its own. */
  background: Background | null;
}

/** The parameters the build prerenders a page with; a page asking for the same hydrates it as it is. */
export const PRERENDERED_PARAMS: PageParams = {
  statement: DEFAULT_STATEMENT_ID,
  embed: false,
  country: null,
  lang: "en",
  childId: null,
  theme: null,
  panel: "closed",
  compare: null,
  background: null,
};

/** A URL parameter that could not be used, and why; the page shows these and goes on with a fallback. */
export interface ParamProblem {
  param: string;
  value: string;
  reason: "bad-statement-id" | "bad-country" | "unsupported-lang" | "bad-embed" | "bad-theme" | "bad-panel" | "bad-compare" | "bad-bg";
}

/** Longer values are shown cut short in messages: a 100 KB parameter must not flood the page. */
const SHOWN_VALUE_LENGTH = 60;
const shown = (value: string) => (value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value);

/**
 * Reads the page's URL parameters: parseParams("?country=de&embed=1&theme=dark") → { params: { country: "DE", embed: true, theme: "dark", … }, problems: [] }.
 * Never throws; a bad value is reported and replaced by the default. A repeated parameter counts once, its first value.
 * `defaultStatement` is the statement shown when the URL names none: a statement's own page (s/ID/) shows its own.
 */
export function parseParams(
  search: string,
  preferredLanguages: readonly string[] = [],
  defaultStatement: string = DEFAULT_STATEMENT_ID,
): { params: PageParams; problems: ParamProblem[] } {
  const query = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const problem = (param: string, value: string, reason: ParamProblem["reason"]) => problems.push({ param, value: shown(value), reason });

  let statement = defaultStatement;
  const rawStatement = query.get("statement");
  if (rawStatement !== null && rawStatement !== "") {
    if (STATEMENT_ID.test(rawStatement) && rawStatement.length <= 100) statement = rawStatement;
    else problem("statement", rawStatement, "bad-statement-id");
  }

  const rawEmbed = query.get("embed");
  let embed = false;
  if (rawEmbed !== null) {
    if (rawEmbed === "1" || rawEmbed === "true" || rawEmbed === "") embed = true;
    else if (rawEmbed !== "0" && rawEmbed !== "false") problem("embed", rawEmbed, "bad-embed");
  }

  let country: string | null = null;
  const rawCountry = query.get("country");
  if (rawCountry !== null && rawCountry !== "") {
    if (/^[a-zA-Z]{2}$/.test(rawCountry)) country = rawCountry.toUpperCase();
    else problem("country", rawCountry, "bad-country");
  }

  const rawLang = query.get("lang");
  let lang = pickLanguage(preferredLanguages) ?? "en";
  if (rawLang !== null && rawLang !== "") {
    const picked = pickLanguage([rawLang]);
    if (picked) lang = picked;
    else {
      lang = "en";
      problem("lang", rawLang, "unsupported-lang");
    }
  }

  const theme = readChoice(query.get("theme"), ["light", "dark"] as const, null);
  if (theme.bad !== null) problem("theme", theme.bad, "bad-theme");

  const panel = readChoice(query.get("panel"), ["closed", "open", "none"] as const, "closed" as PanelMode);
  if (panel.bad !== null) problem("panel", panel.bad, "bad-panel");

  let compare: string | null = null;
  const rawCompare = query.get("compare");
  if (rawCompare !== null && rawCompare !== "") {
    if (STATEMENT_ID.test(rawCompare) && rawCompare.length <= 100 && rawCompare !== statement) compare = rawCompare;
    else problem("compare", rawCompare, "bad-compare");
  }

  const background = readChoice(query.get("bg"), ["transparent"] as const, null);
  if (background.bad !== null) problem("bg", background.bad, "bad-bg");

  const childId = query.get("childId");
  return {
    params: {
      statement,
      embed,
      country,
      lang,
      childId: childId && childId.length <= 200 ? childId : null,
      theme: theme.value,
      panel: panel.value,
      compare,
      background: background.value,
    },
    problems,
  };
}

/** One of a few words, any case; an empty or missing value is the fallback, anything else is reported as `bad`. */
function readChoice<T extends string, F>(raw: string | null, choices: readonly T[], fallback: F): { value: T | F; bad: string | null } {
  if (raw === null || raw === "") return { value: fallback, bad: null };
  const lower = raw.toLowerCase() as T;
  return choices.includes(lower) ? { value: lower, bad: null } : { value: fallback, bad: raw };
}

/** The first supported language among BCP 47 tags, matching on the primary subtag ("de-AT" → "de"). */
export function pickLanguage(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary && isLanguage(primary)) return primary;
  }
  return undefined;
}

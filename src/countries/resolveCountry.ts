// RUNTIME: runs in the build and in the browser. Imports only the generated tables, never the
// country packages (see buildCountryTable.ts, which makes the tables).
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { parseCountryTable } from "./countryTable";
import { nameVariants } from "./nameVariants";
import { normaliseName } from "./normaliseName";
import { baseForms } from "./declinedForms";
import { ENGLISH_ONLY, NAME_LANGUAGES, nameLanguagesFor, type NameLanguage } from "./nameLanguages";
import { organisations, orgNamesIn, type Organisation } from "./organisations";
import type { NameResolver } from "../statement/types";
import { describeResolution } from "./describeResolution";
import type { Country, Resolution } from "./types";

export { describeResolution } from "./describeResolution";

/**
 * Longer than any name with its office (the longest country name is about 70 characters, "the
 * Minister for Foreign Affairs and Trade of ..." adds 50); longer input is not one. The same
 * bound as a statement file's names (statement/limits.ts).
 */
const MAX_NAME_LENGTH = 300;

/** How many suggestions an unknown name gets. */
const MAX_SUGGESTIONS = 3;

/** Names shorter than this are codes or abbreviations; they are not suggested by spelling. */
const MIN_SUGGESTED_NAME_LENGTH = 4;

/**
 * The names an unknown name may contain or be a typo of (those of one party, at least
 * MIN_SUGGESTED_NAME_LENGTH long): by name, by length, and the most words one has.
 */
interface Suggestable {
  byName: Map<string, Country | Organisation>;
  byLength: Map<number, [string, Country | Organisation, Uint8Array][]>;
  maxWords: number;
}

interface Lookup {
  countriesByIso2: Map<string, Country>;
  /** Countries by alpha-3 and by three-digit numeric code, as written ("MDA", "498"). */
  countriesByCode: Map<string, Country>;
  /** Per language, countries by normalised name. A key in two languages means the same (the build checks it). */
  codesByName: Map<NameLanguage, Map<string, Country[]>>;
  /** Per language, organisations by normalised name ("european commission"), as for countries. */
  orgsByName: Map<NameLanguage, Map<string, Organisation>>;
  /** Organisations by acronym exactly as written ("EU", "WHO"): "who" is a word, not the WHO. */
  orgsByAcronym: Map<string, Organisation>;
  /** The suggestable names of each set of languages asked for, made on first need ("en de"). */
  suggestable: Map<string, Suggestable>;
}

let lookup: Lookup | undefined;

/** The lookup maps, built once on first use. Maps, not objects: "constructor" is no country. */
function getLookup(): Lookup {
  if (lookup) return lookup;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const countriesByIso2 = new Map(table.countries.map((country) => [country.iso2, country]));
  const codesByName = new Map(
    NAME_LANGUAGES.map((lang) => [
      lang,
      new Map(
        Object.entries(table.names[lang]).map(([name, codes]) => [
          name,
          codes.map((code) => countriesByIso2.get(code)).filter((country) => country !== undefined),
        ]),
      ),
    ]),
  );
  const orgsByName = new Map(NAME_LANGUAGES.map((lang) => [lang, new Map<string, Organisation>()]));
  const orgsByAcronym = new Map<string, Organisation>();
  for (const org of organisations()) {
    for (const lang of NAME_LANGUAGES)
      for (const name of orgNamesIn(org, lang)) nameVariants(name, "always").forEach((key) => orgsByName.get(lang)?.set(key, org));
    for (const acronym of org.acronyms) orgsByAcronym.set(acronym, org);
  }
  const countriesByCode = new Map<string, Country>();
  for (const country of table.countries) {
    if (country.iso3 !== null) countriesByCode.set(country.iso3, country);
    if (country.numeric !== null) countriesByCode.set(country.numeric, country);
  }
  lookup = { countriesByIso2, countriesByCode, codesByName, orgsByName, orgsByAcronym, suggestable: new Map() };
  return lookup;
}

/** The names suggestions are drawn from when reading in `languages`, made once per set of languages. */
function suggestableIn(languages: readonly NameLanguage[]): Suggestable {
  const { codesByName, orgsByName, suggestable } = getLookup();
  const cacheKey = languages.join(" ");
  const known = suggestable.get(cacheKey);
  if (known) return known;
  const byName = new Map<string, Country | Organisation>(
    languages
      .flatMap((lang): [string, Country | Organisation][] => [
        ...[...(codesByName.get(lang) ?? [])].flatMap(([name, countries]): [string, Country][] =>
          countries.length === 1 && countries[0] ? [[name, countries[0]]] : [],
        ),
        ...(orgsByName.get(lang) ?? []),
      ])
      .filter(([name]) => name.length >= MIN_SUGGESTED_NAME_LENGTH),
  );
  const byLength = new Map<number, [string, Country | Organisation, Uint8Array][]>();
  for (const [name, target] of byName) byLength.set(name.length, [...(byLength.get(name.length) ?? []), [name, target, letterCounts(name)]]);
  const made = { byName, byLength, maxWords: Math.max(...[...byName.keys()].map((name) => name.split(" ").length)) };
  suggestable.set(cacheKey, made);
  return made;
}

/**
 * The country with this ISO alpha-2 code, any case.
 * @example countryByIso("md")?.name // "Moldova"
 */
export function countryByIso(iso2: string): Country | undefined {
  return getLookup().countriesByIso2.get(iso2.trim().toUpperCase());
}

/** Every country the resolver knows, sorted by alpha-2 code. */
export function allCountries(): Country[] {
  return [...getLookup().countriesByIso2.values()];
}

/**
 * The resolver as the statement parser takes it: resolveCountry, and describeResolution for its
 * messages, so that a file's problems read as the resolver CLI's.
 * @example readStatementFile(text, "statements/x.json", nameResolver, { expectedId: "x" })
 */
export const nameResolver: NameResolver = { resolve: (name, lang) => resolveCountry(name, nameLanguagesFor(lang)), describe: describeResolution };

/**
 * Resolves a name or ISO code, as a source writes it, to one country or organisation, or says
 * why not. Never throws, never guesses. Reads names in English unless told other languages
 * (nameLanguagesFor gives a statement's); codes are read alike in every language.
 * @example resolveCountry("the Republic of Moldova") // { ok: true, kind: "country", country: { iso2: "MD", ... } }
 * @example resolveCountry("Korea") // { ok: false, reason: "ambiguous", candidates: [North Korea, South Korea] }
 * @example resolveCountry("des Vereinigten Königreichs", ["en", "de"]).ok // true: GB
 */
export function resolveCountry(input: string, languages: readonly NameLanguage[] = ENGLISH_ONLY): Resolution {
  if (input.length > MAX_NAME_LENGTH) return { ok: false, reason: "unknown", input, suggestions: [] };
  const found = resolveWritten(input.trim(), { seen: new Map(), languages });
  if (found) return { ...found, input };
  return unknown(input, normaliseName(input) || undefined, languages);
}

/** One call's reading: the languages names are read in, and each part's answer so far. */
interface Reading {
  seen: Map<string, Resolution | undefined>;
  languages: readonly NameLanguage[];
}

/**
 * What a trimmed name resolves to, or undefined when it is unknown. Suggestions are left to the
 * caller: reading "the Minister for Foreign Affairs of X" tries X as well, and only the whole
 * name's failure needs them. `seen` keeps each part's answer for one call, so that a name with
 * many titles ("President of President of ...") is read in linear, not exponential, time.
 */
function resolveWritten(written: string, reading: Reading): Resolution | undefined {
  const { seen } = reading;
  if (seen.has(written)) return seen.get(written);
  // Marked first: a part is never resolved through itself.
  seen.set(written, undefined);
  const found = resolveUnseen(written, reading);
  seen.set(written, found);
  return found;
}

function resolveUnseen(written: string, reading: Reading): Resolution | undefined {
  const coded = byCode(written);
  if (coded) return { ok: true, kind: "country", input: written, country: coded };
  const acronym = getLookup().orgsByAcronym.get(asAcronym(written));
  if (acronym) return orgResolution(written, acronym);
  // Punctuation never makes a name of a fragment: "Guinea-" is not Guinea, nor "}4" anything.
  if (!isWellFormedName(written)) return undefined;
  return (
    byName(written, nameVariants(written), reading.languages) ??
    byAgreeingParts(written, reading) ??
    byDeclinedForm(written, reading.languages) ??
    byOffice(written, reading)
  );
}

/**
 * The country whose ISO code this is, written as a code: upper-case alpha-2 or alpha-3, or a
 * three-digit numeric. "and", "can" and "8" are words and numbers, not Andorra, Canada, Albania.
 */
function byCode(written: string): Country | undefined {
  const { countriesByIso2, countriesByCode } = getLookup();
  if (/^[A-Z]{2}$/.test(written)) return countriesByIso2.get(written);
  return /^(?:[A-Z]{3}|\d{3})$/.test(written) ? countriesByCode.get(written) : undefined;
}

/** The first reading of the name that is indexed: an organisation, one country, or several (ambiguous). */
function byName(input: string, variants: readonly string[], languages: readonly NameLanguage[]): Resolution | undefined {
  const { codesByName, orgsByName } = getLookup();
  for (const key of variants) {
    for (const lang of languages) {
      const org = orgsByName.get(lang)?.get(key);
      if (org) return orgResolution(input, org);
      const matches = codesByName.get(lang)?.get(key);
      if (matches?.length === 1 && matches[0]) return { ok: true, kind: "country", input, country: matches[0] };
      if (matches && matches.length > 1) return { ok: false, reason: "ambiguous", input, candidates: matches };
    }
  }
  return undefined;
}

/**
 * A declined form ("Deutschlands", "des Vereinigten Königreichs", "de l'Allemagne", "미국과") read
 * by its language's rules (declinedForms.ts): each base form the rules propose counts only when it
 * is a name in that language. Base forms that name different parties make the name ambiguous.
 */
function byDeclinedForm(written: string, languages: readonly NameLanguage[]): Resolution | undefined {
  const found = new Map<string, Resolution>();
  for (const lang of languages) {
    for (const form of baseForms(written, lang)) {
      const resolution = byName(written, nameVariants(form), [lang]);
      if (resolution === undefined) continue;
      if (!resolution.ok) return resolution;
      found.set(resolution.kind === "country" ? resolution.country.iso2 : resolution.org, resolution);
    }
  }
  const [first, ...others] = found.values();
  if (first === undefined || others.length === 0) return first;
  const candidates = [first, ...others].flatMap((resolution) => (resolution.ok && resolution.kind === "country" ? [resolution.country] : []));
  return { ok: false, reason: "ambiguous", input: written, candidates };
}

/**
 * "the Republic of Korea (ROK)", "the European Union (EU)": a name and its abbreviation in
 * parentheses, when both resolve to the same party. When they disagree, or one fails, no guess.
 */
function byAgreeingParts(written: string, reading: Reading): Resolution | undefined {
  const parts = /^(.+?)\s*\(([^()]+)\)$/.exec(written);
  if (!parts?.[1] || !parts[2]) return undefined;
  const [name, abbreviation] = [resolveWritten(parts[1].trim(), reading), resolveWritten(parts[2].trim(), reading)];
  if (!name?.ok || !abbreviation?.ok) return undefined;
  const same =
    name.kind === "country"
      ? abbreviation.kind === "country" && abbreviation.country === name.country
      : abbreviation.kind === "org" && abbreviation.org === name.org;
  return same ? name : undefined;
}

/**
 * Characters a country's or organisation's name may hold: letters, the digits 0-9 ("G7"), spaces,
 * apostrophes, and . , ( ) & / and dashes. Superscript digits are footnote marks, not names.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}0-9\s'\u2018\u2019\u201A\u201B\u02BB\u02BC\u02BD\u2032\u0060\u00B4.,()&/\-\u2010-\u2015]*$/u;

/**
 * True when the punctuation in `written` is where names have it: it starts with a letter or digit
 * and ends with one (or "." or ")"), parentheses pair up one level deep, a "." follows a letter,
 * and no two of , & / - ( stand together. "Guinea-", "(Guinea", "!,coL" and "}4" are not names.
 * @example isWellFormedName("St. Kitts & Nevis") // true
 */
function isWellFormedName(written: string): boolean {
  return (
    NAME_CHARACTERS.test(written) &&
    /^[\p{L}0-9]/u.test(written) &&
    /[\p{L}\p{M}0-9.)]$/u.test(written) &&
    /^[^()]*(?:\([^()]*\)[^()]*)*$/.test(written) &&
    !/\(\s*[^\p{L}\p{N}\s]|[^\p{L}\p{M}\p{N}.\s]\s*\)/u.test(written) &&
    !/(?:^|[^\p{L}\p{M}])\./u.test(written) &&
    !/[,&/\-\u2010-\u2015(]\s*[,&/\-\u2010-\u2015)]/u.test(written)
  );
}

/** The organisation as a resolution; its name is the English one (orgName gives others). */
function orgResolution(input: string, org: Organisation): Resolution {
  return { ok: true, kind: "org", input, org: org.code, name: org.names.en };
}

/** The input as an acronym would be written: without a leading "the" or dots ("the U.N." is "UN"). */
function asAcronym(input: string): string {
  const bare = input.trim().replace(/^the\s+/i, "");
  return /^(?:[A-Z]\.){2,}$/.test(bare) ? bare.replaceAll(".", "") : bare;
}

/** A title's words as a pattern: any case, words joined by spaces or hyphens ("Secretary-General"). */
function titlePattern(titles: readonly string[]): string {
  return titles.map((title) => title.replace(/ /g, "[\\s\\-\\u2010-\\u2015]+")).join("|");
}

/**
 * Offices that speak for a country, as joint statements list their signatories: a reviewed list,
 * so "the Secretary of State of X" is X but an unknown title is no guess.
 */
const COUNTRY_TITLES = titlePattern([
  "secretary of state",
  "foreign secretary",
  "foreign minister",
  "foreign affairs minister",
  "minister (?:for|of) foreign affairs(?: and [\\p{L}\\s]+?)?",
  "minister (?:for|of) foreign and \\p{L}+ affairs",
  "ministry (?:for|of) foreign affairs",
  "prime minister",
  "president",
  "government",
]);

/** Offices that speak for an organisation: "the Secretary-General of NATO", "the UN Secretary-General". */
const ORG_TITLES = titlePattern([
  "secretary general",
  "deputy secretary general",
  "president",
  "chair",
  "chairperson",
  "chairman",
  "director general",
  "executive director",
  "high commissioner",
  "administrator",
]);

/** "[the] TITLE of HOLDER" and "[the] HOLDER TITLE", for country titles and organisation titles. */
const OFFICES: { holder: "country" | "org"; pattern: RegExp; group: number }[] = [
  { holder: "country", pattern: new RegExp(`^(?:the\\s+)?(?:${COUNTRY_TITLES})\\s+of\\s+(.+)$`, "iu"), group: 1 },
  { holder: "country", pattern: new RegExp(`^(?:the\\s+)?(.+?)\\s+(?:${COUNTRY_TITLES})$`, "iu"), group: 1 },
  { holder: "org", pattern: new RegExp(`^(?:the\\s+)?(?:${ORG_TITLES})\\s+of\\s+(.+)$`, "iu"), group: 1 },
  { holder: "org", pattern: new RegExp(`^(?:the\\s+)?(.+?)\\s+(?:${ORG_TITLES})$`, "iu"), group: 1 },
];

/**
 * Statements name some signatories by office ("the Secretary of State of the United States of
 * America", in the UK government's version of the seed; "the Chairperson of the African Union
 * Commission"): the country or organisation after a known title counts; an ambiguous country stays
 * ambiguous. Undefined when no known title fits.
 */
function byOffice(written: string, reading: Reading): Resolution | undefined {
  for (const { holder, pattern, group } of OFFICES) {
    const named = pattern.exec(written)?.[group];
    if (named === undefined) continue;
    const resolution = resolveWritten(named.trim(), reading);
    if (resolution?.ok && resolution.kind === holder) return resolution;
    if (resolution?.ok === false && holder === "country") return resolution;
  }
  return undefined;
}

/** An unknown name, with what it may have meant. */
function unknown(input: string, key: string | undefined, languages: readonly NameLanguage[]): Extract<Resolution, { reason: "unknown" }> {
  if (key === undefined) return { ok: false, reason: "unknown", input, suggestions: [] };
  const near = suggest(key, suggestableIn(languages));
  const suggestions = near.flatMap((target) => ("iso2" in target ? [target] : []));
  const orgSuggestions = near.flatMap((target) => ("iso2" in target ? [] : [{ org: target.code, name: target.names.en }]));
  return orgSuggestions.length === 0
    ? { ok: false, reason: "unknown", input, suggestions }
    : { ok: false, reason: "unknown", input, suggestions, orgSuggestions };
}

/**
 * Up to three countries or organisations an unknown name may have meant: first those whose name
 * the input contains as whole words ("the Secretary of State of the United States of America"),
 * then those whose name is a typo away ("Germny"). Only suggested, never resolved.
 */
function suggest(key: string, suggestable: Suggestable): (Country | Organisation)[] {
  const scored: { target: Country | Organisation; name: string; score: number }[] = [];
  // Contained names rank before typos, longer ones first: "united states of america" beats "america".
  const words = key.split(" ");
  for (let start = 0; start < words.length; start++) {
    let name = "";
    for (let end = start; end < Math.min(words.length, start + suggestable.maxWords); end++) {
      name = end === start ? (words[end] ?? "") : `${name} ${words[end] ?? ""}`;
      const target = suggestable.byName.get(name);
      if (target) scored.push({ target, name, score: -name.length });
    }
  }
  // A typo allowance that grows with length: one edit in a short name, up to three in a long one.
  const keyLetters = letterCounts(key);
  for (let length = key.length - 3; length <= key.length + 3; length++) {
    for (const [name, target, letters] of suggestable.byLength.get(length) ?? []) {
      const allowed = Math.min(3, Math.floor(name.length / 4));
      if (allowed === 0 || Math.abs(name.length - key.length) > allowed || key === name) continue;
      // Each edit changes the letters' counts by two at most: a cheap bound that skips most names.
      if (countDifference(keyLetters, letters) > 2 * allowed) continue;
      const distance = editDistance(key, name, allowed);
      if (distance <= allowed) scored.push({ target, name, score: distance });
    }
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const suggestions: (Country | Organisation)[] = [];
  for (const { target } of scored) {
    if (!suggestions.includes(target)) suggestions.push(target);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

/** How often each of a-z (and, together, anything else) occurs in a normalised name. */
function letterCounts(name: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < name.length; i++) {
    const letter = name.charCodeAt(i) - 97;
    const slot = letter >= 0 && letter < 26 ? letter : 26;
    counts[slot] = Math.min(255, (counts[slot] ?? 0) + 1);
  }
  return counts;
}

function countDifference(a: Uint8Array, b: Uint8Array): number {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return difference;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Frnace"), as typists
 * make them (optimal string alignment). Gives up, returning limit + 1, once it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    // Swaps reach back two rows, so stop only when both rows are past the limit.
    if (rowMin > limit && previousMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
    previousMin = rowMin;
  }
  return previous[b.length] ?? limit + 1;
}

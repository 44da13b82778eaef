// RUNTIME: runs in the build and in the browser. Imports only the generated tables, never the
// country packages (see buildCountryTable.ts, which makes the tables).
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { parseCountryTable } from "./countryTable";
import { nameVariants } from "./nameVariants";
import { organisations, type Organisation } from "./organisations";
import type { Country, OrgLabel, Resolution } from "./types";

/** Longer than any country's name (the longest is about 70 characters); longer input is not one. */
const MAX_NAME_LENGTH = 200;

/** How many suggestions an unknown name gets. */
const MAX_SUGGESTIONS = 3;

/** Names shorter than this are codes or abbreviations; they are not suggested by spelling. */
const MIN_SUGGESTED_NAME_LENGTH = 4;

interface Lookup {
  countriesByIso2: Map<string, Country>;
  codesByName: Map<string, Country[]>;
  /** Organisations by normalised name ("european commission"), as for countries. */
  orgsByName: Map<string, Organisation>;
  /** Organisations by acronym exactly as written ("EU", "WHO"): "who" is a word, not the WHO. */
  orgsByAcronym: Map<string, Organisation>;
}

let lookup: Lookup | undefined;

/** The lookup maps, built once on first use. Maps, not objects: "constructor" is no country. */
function getLookup(): Lookup {
  if (lookup) return lookup;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const countriesByIso2 = new Map(table.countries.map((country) => [country.iso2, country]));
  const codesByName = new Map(
    Object.entries(table.names).map(([name, codes]) => [
      name,
      codes.map((code) => countriesByIso2.get(code)).filter((country) => country !== undefined),
    ]),
  );
  const orgsByName = new Map<string, Organisation>();
  const orgsByAcronym = new Map<string, Organisation>();
  for (const org of organisations()) {
    for (const name of [org.names.en, ...org.aliases]) nameVariants(name, "always").forEach((key) => orgsByName.set(key, org));
    for (const acronym of org.acronyms) orgsByAcronym.set(acronym, org);
  }
  lookup = { countriesByIso2, codesByName, orgsByName, orgsByAcronym };
  return lookup;
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
 * Resolves a name or ISO code, as a source writes it, to one country or organisation, or says
 * why not. Never throws, never guesses.
 * @example resolveCountry("the Republic of Moldova") // { ok: true, kind: "country", country: { iso2: "MD", ... } }
 * @example resolveCountry("Korea") // { ok: false, reason: "ambiguous", candidates: [North Korea, South Korea] }
 */
export function resolveCountry(input: string): Resolution {
  const { codesByName, orgsByName, orgsByAcronym } = getLookup();
  if (input.length > MAX_NAME_LENGTH) return { ok: false, reason: "unknown", input, suggestions: [] };
  const acronym = orgsByAcronym.get(asAcronym(input));
  if (acronym) return orgResolution(input, acronym);
  const variants = nameVariants(input);
  for (const key of variants) {
    const org = orgsByName.get(key);
    if (org) return orgResolution(input, org);
    const matches = codesByName.get(key);
    if (matches?.length === 1 && matches[0]) return { ok: true, kind: "country", input, country: matches[0] };
    if (matches && matches.length > 1) return { ok: false, reason: "ambiguous", input, candidates: matches };
  }
  return resolveOffice(input) ?? unknown(input, variants[0]);
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
function resolveOffice(input: string): Resolution | undefined {
  const written = input.trim();
  for (const { holder, pattern, group } of OFFICES) {
    const named = pattern.exec(written)?.[group];
    if (named === undefined) continue;
    const resolution = resolveCountry(named);
    if (resolution.ok && resolution.kind === holder) return { ...resolution, input };
    if (!resolution.ok && resolution.reason === "ambiguous" && holder === "country") return { ...resolution, input };
  }
  return undefined;
}

/** An unknown name, with what it may have meant. */
function unknown(input: string, key: string | undefined): Resolution {
  if (key === undefined) return { ok: false, reason: "unknown", input, suggestions: [] };
  const near = suggest(key);
  const suggestions = near.flatMap((target) => ("iso2" in target ? [target] : []));
  const orgSuggestions = near.flatMap((target) => ("iso2" in target ? [] : [{ org: target.code, name: target.names.en }]));
  return orgSuggestions.length === 0 ? { ok: false, reason: "unknown", input, suggestions } : { ok: false, reason: "unknown", input, suggestions, orgSuggestions };
}

/**
 * Up to three countries or organisations an unknown name may have meant: first those whose name
 * the input contains as whole words ("the Secretary of State of the United States of America"),
 * then those whose name is a typo away ("Germny"). Only suggested, never resolved.
 */
function suggest(key: string): (Country | Organisation)[] {
  const { codesByName, orgsByName } = getLookup();
  const candidates: [string, Country | Organisation][] = [
    ...[...codesByName].flatMap(([name, countries]): [string, Country][] => (countries.length === 1 && countries[0] ? [[name, countries[0]]] : [])),
    ...orgsByName,
  ];
  const scored: { target: Country | Organisation; name: string; score: number }[] = [];
  const padded = ` ${key} `;
  for (const [name, target] of candidates) {
    if (name.length < MIN_SUGGESTED_NAME_LENGTH) continue;
    // Contained names rank before typos, longer ones first: "united states of america" beats "america".
    if (padded.includes(` ${name} `)) {
      scored.push({ target, name, score: -name.length });
      continue;
    }
    // A typo allowance that grows with length: one edit in a short name, up to three in a long one.
    const allowed = Math.min(3, Math.floor(name.length / 4));
    if (allowed === 0 || Math.abs(name.length - key.length) > allowed) continue;
    const distance = editDistance(key, name, allowed);
    if (distance <= allowed) scored.push({ target, name, score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  const suggestions: (Country | Organisation)[] = [];
  for (const { target } of scored) {
    if (!suggestions.includes(target)) suggestions.push(target);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Frnace"), as typists
 * make them (optimal string alignment). Gives up, returning limit + 1, once it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // Swaps reach back two rows, so stop only when both rows are past the limit.
    if (rowMin > limit && Math.min(...previous) > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** "North Korea (KP)". */
function labelOf(country: Country): string {
  return `${country.name} (${country.iso2})`;
}

/** "Council of Europe (COE)". */
function orgLabelOf(org: OrgLabel): string {
  return `${org.name} (${org.org})`;
}

/** "A", "A or B", "A, B or C". */
function listWithOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * One line saying what a resolution found, for error messages and the CLI.
 * @example describeResolution(resolveCountry("Korea")) // 'ambiguous: North Korea (KP) or South Korea (KR)'
 * @example describeResolution(resolveCountry("Germny")) // 'unknown: no country or organisation is called "Germny"; closest: Germany (DE)'
 * @example describeResolution(resolveCountry("Counsel of Europe")) // '...; closest: Council of Europe (COE)'
 */
export function describeResolution(resolution: Resolution): string {
  if (resolution.ok) return resolution.kind === "country" ? labelOf(resolution.country) : orgLabelOf(resolution);
  if (resolution.reason === "ambiguous") return `ambiguous: ${listWithOr(resolution.candidates.map(labelOf))}`;
  const unknown = `unknown: no country or organisation is called ${JSON.stringify(resolution.input.trim())}`;
  const closest = [...resolution.suggestions.map(labelOf), ...(resolution.orgSuggestions ?? []).map(orgLabelOf)];
  return closest.length === 0 ? unknown : `${unknown}; closest: ${listWithOr(closest)}`;
}

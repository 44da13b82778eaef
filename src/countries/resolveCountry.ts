// RUNTIME: runs in the build and in the browser. Imports only the generated tables, never the
// country packages (see buildCountryTable.ts, which makes the tables).
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { ORG_NAMES, parseCountryTable } from "./countryTable";
import { nameVariants } from "./nameVariants";
import type { Country, OrgCode, Resolution } from "./types";

/** Longer than any country's name (the longest is about 70 characters); longer input is not one. */
const MAX_NAME_LENGTH = 200;

/** How many suggestions an unknown name gets. */
const MAX_SUGGESTIONS = 3;

/** Names shorter than this are codes or abbreviations; they are not suggested by spelling. */
const MIN_SUGGESTED_NAME_LENGTH = 4;

interface Lookup {
  countriesByIso2: Map<string, Country>;
  codesByName: Map<string, Country[]>;
  orgsByName: Map<string, OrgCode>;
}

let lookup: Lookup | undefined;

/** The lookup maps, built once on first use. Maps, not objects: "constructor" is no country. */
function getLookup(): Lookup {
  if (lookup) return lookup;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const countriesByIso2 = new Map(table.countries.map((country) => [country.iso2, country]));
  const codesByName = new Map(
    Object.entries(table.names.countries).map(([name, codes]) => [
      name,
      codes.map((code) => countriesByIso2.get(code)).filter((country) => country !== undefined),
    ]),
  );
  lookup = { countriesByIso2, codesByName, orgsByName: new Map(Object.entries(table.names.orgs)) };
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
  const { codesByName, orgsByName } = getLookup();
  const variants = input.length > MAX_NAME_LENGTH ? [] : nameVariants(input);
  for (const key of variants) {
    const org = orgsByName.get(key);
    if (org) return { ok: true, kind: "org", input, org, name: ORG_NAMES[org] };
    const matches = codesByName.get(key);
    if (matches?.length === 1 && matches[0]) return { ok: true, kind: "country", input, country: matches[0] };
    if (matches && matches.length > 1) return { ok: false, reason: "ambiguous", input, candidates: matches };
  }
  // Statements name some signatories by office ("the Secretary of State of the United States of
  // America", in the UK government's version of the seed): the country after a known title counts.
  const office = variants[0] ? OFFICE_OF.exec(variants[0]) : null;
  if (office?.[1]) {
    const holder = resolveCountry(office[1]);
    if (holder.ok && holder.kind === "country") return { ...holder, input };
    if (!holder.ok && holder.reason === "ambiguous") return { ...holder, input };
  }
  return { ok: false, reason: "unknown", input, suggestions: variants[0] ? suggestCountries(variants[0]) : [] };
}

/**
 * Offices that speak for a country, as joint statements list their signatories, on normalised
 * names: a reviewed list, so "the Secretary of State of X" is X but an unknown title is no guess.
 */
const OFFICE_OF = new RegExp(
  "^(?:the )?(?:" +
    [
      "secretary of state",
      "foreign secretary",
      "foreign minister",
      "foreign affairs minister",
      "minister (?:for|of) foreign affairs(?: and [a-z ]+?)?",
      "minister (?:for|of) foreign and [a-z]+ affairs",
      "ministry (?:for|of) foreign affairs",
      "prime minister",
      "president",
      "government",
    ].join("|") +
    ") of (.+)$",
);

/**
 * Up to three countries an unknown name may have meant: first those whose name the input
 * contains as whole words ("the Secretary of State of the United States of America"), then
 * those whose name is a typo away ("Germny"). Only suggested, never resolved.
 */
function suggestCountries(key: string): Country[] {
  const { codesByName } = getLookup();
  const scored: { country: Country; score: number }[] = [];
  const padded = ` ${key} `;
  for (const [name, countries] of codesByName) {
    if (name.length < MIN_SUGGESTED_NAME_LENGTH || countries.length !== 1 || !countries[0]) continue;
    // Contained names rank before typos, longer ones first: "united states of america" beats "america".
    if (padded.includes(` ${name} `)) {
      scored.push({ country: countries[0], score: -name.length });
      continue;
    }
    // A typo allowance that grows with length: one edit in a short name, up to three in a long one.
    const allowed = Math.min(3, Math.floor(name.length / 4));
    if (allowed === 0 || Math.abs(name.length - key.length) > allowed) continue;
    const distance = editDistance(key, name, allowed);
    if (distance <= allowed) scored.push({ country: countries[0], score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name));
  const suggestions: Country[] = [];
  for (const { country } of scored) {
    if (!suggestions.includes(country)) suggestions.push(country);
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

/** "A", "A or B", "A, B or C". */
function listWithOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * One line saying what a resolution found, for error messages and the CLI.
 * @example describeResolution(resolveCountry("Korea")) // 'ambiguous: North Korea (KP) or South Korea (KR)'
 * @example describeResolution(resolveCountry("Germny")) // 'unknown: no country or organisation is called "Germny"; closest: Germany (DE)'
 */
export function describeResolution(resolution: Resolution): string {
  if (resolution.ok) {
    return resolution.kind === "country" ? labelOf(resolution.country) : `${resolution.name} (${resolution.org})`;
  }
  if (resolution.reason === "ambiguous") return `ambiguous: ${listWithOr(resolution.candidates.map(labelOf))}`;
  const unknown = `unknown: no country or organisation is called ${JSON.stringify(resolution.input.trim())}`;
  return resolution.suggestions.length === 0 ? unknown : `${unknown}; closest: ${listWithOr(resolution.suggestions.map(labelOf))}`;
}

import type { OrgCode, Resolution } from "../countries/types";
import { foldForSearch } from "../countries/normaliseName";
import type { RegionGroup } from "./groupSignatories";
import type { OrganisationEntry } from "./statementView";

/** The resolver as search uses it: resolveCountry, once its lazy chunk is here. */
export type Resolve = (name: string) => Resolution;

/** What the panel's search looks through, folded once per statement and language. */
export interface SearchIndex {
  groups: RegionGroup[];
  organisations: OrganisationEntry[];
  /** Each signatory entry's names, folded: in the page's language, in English, as written, its territories. */
  entryNames: ReadonlyMap<string, string[]>;
  /** Countries by every name, folded, that names them whole: page language, English, as written. */
  isosByName: ReadonlyMap<string, readonly string[]>;
  /** ISO codes the index knows, for codes typed in any case ("de"). */
  isos: ReadonlySet<string>;
  orgNames: ReadonlyMap<OrgCode, string[]>;
}

/** What one query finds. */
export interface SearchResult {
  /** Signatory entries that match, those the query names whole first (and their region first). */
  groups: RegionGroup[];
  organisations: OrganisationEntry[];
  /**
   * Countries the query names that are not in the signatory list (they did not sign, are subjects,
   * or are territories of a signatory), so the panel can say how they stand instead of "no match".
   */
  others: string[];
  /** What Enter chooses: the one country or organisation the query names, or else the only thing found. */
  chosen: { kind: "country"; iso: string } | { kind: "org"; code: OrgCode } | null;
}

export interface SearchIndexInput {
  groups: RegionGroup[];
  organisations: OrganisationEntry[];
  /** Every country a query may name: those the statement names or covers, every country once the resolver is here. */
  isos: Iterable<string>;
  nameOf: (iso: string) => string;
  englishNameOf: (iso: string) => string;
}

/**
 * Folds every name search looks at, once: makeSearchIndex({ groups, organisations, isos: ["HU"], nameOf, englishNameOf })
 * indexes Hungary as "hungary" on an English page and as "ungarn" and "hungary" on a German one.
 */
export function makeSearchIndex(input: SearchIndexInput): SearchIndex {
  // Folded on the first query, not at once: folding some 500 names was a tenth of the page's
  // hydration (issue #11), for a search most readers never type into.
  let folded: Omit<SearchIndex, "groups" | "organisations"> | undefined;
  const names = () => (folded ??= foldNames(input));
  return {
    groups: input.groups,
    organisations: input.organisations,
    get entryNames() {
      return names().entryNames;
    },
    get isosByName() {
      return names().isosByName;
    },
    get isos() {
      return names().isos;
    },
    get orgNames() {
      return names().orgNames;
    },
  };
}

function foldNames({ groups, organisations, isos, nameOf, englishNameOf }: SearchIndexInput): Omit<SearchIndex, "groups" | "organisations"> {
  const isosByName = new Map<string, string[]>();
  const index = (name: string, iso: string) => {
    const key = foldForSearch(name);
    if (!key) return;
    const known = isosByName.get(key);
    if (!known) isosByName.set(key, [iso]);
    else if (!known.includes(iso)) known.push(iso);
  };
  const known = new Set<string>();
  for (const iso of isos) {
    known.add(iso);
    index(nameOf(iso), iso);
    index(englishNameOf(iso), iso);
  }
  const entryNames = new Map<string, string[]>();
  for (const entry of groups.flatMap((group) => group.entries)) {
    known.add(entry.iso);
    for (const name of [entry.name, englishNameOf(entry.iso), entry.written]) index(name, entry.iso);
    entryNames.set(entry.iso, [entry.name, englishNameOf(entry.iso), entry.written, entry.territories ?? ""].map(foldForSearch).filter(Boolean));
  }
  const orgNames = new Map(organisations.map((org) => [org.code, [org.code, org.name, org.written].map(foldForSearch).filter(Boolean)]));
  return { entryNames, isosByName, isos: known, orgNames };
}

/**
 * Searches the signatory list as the resolver reads names: searchCountries(index, "uk", resolveCountry)
 * lists the United Kingdom (named by "uk") before Ukraine (which contains it), and Enter chooses the
 * United Kingdom; searchCountries(index, "hungary") finds no entry but names Hungary among `others`.
 * Without `resolve` (its chunk still loading) it finds what the page's own names find.
 */
export function searchCountries(index: SearchIndex, query: string, resolve?: Resolve): SearchResult {
  const folded = foldForSearch(query);
  if (!folded) return { groups: index.groups, organisations: index.organisations, others: [], chosen: null };

  const named = namedBy(index, query.trim(), folded, resolve);
  const contains = (names: readonly string[] | undefined) => names?.some((name) => name.includes(folded)) ?? false;
  const organisations = index.organisations.filter((org) => named.orgs.includes(org.code) || contains(index.orgNames.get(org.code)));
  const inList = new Set<string>();
  const groups = index.groups
    .map((group) => {
      const entries = group.entries.filter((entry) => named.isos.includes(entry.iso) || contains(index.entryNames.get(entry.iso)));
      entries.forEach((entry) => inList.add(entry.iso));
      const first = entries.filter((entry) => named.isos.includes(entry.iso));
      return { region: group.region, entries: [...first, ...entries.filter((entry) => !first.includes(entry))], named: first.length > 0 };
    })
    .filter((group) => group.entries.length > 0)
    // A stable sort: regions holding a country the query names come first, the rest keep their order.
    .sort((a, b) => Number(b.named) - Number(a.named))
    .map(({ region, entries }) => ({ region, entries }));
  const others = named.isos.filter((iso) => !inList.has(iso));

  // Nothing found by name: what the resolver suggests for a misspelling ("Germny", "rusia").
  if (groups.length === 0 && organisations.length === 0 && others.length === 0 && resolve) {
    const resolution = named.resolution;
    if (resolution && !resolution.ok && resolution.reason === "unknown") {
      const suggested = resolution.suggestions.map((country) => country.iso2);
      const found = searchSuggested(index, suggested);
      if (found.groups.length > 0 || found.others.length > 0) return { ...found, organisations: [], chosen: single(found.groups, [], found.others) };
    }
  }

  // Enter chooses what the query names, when it names one thing; else the one thing it found, if one.
  const namedCount = named.isos.length + named.orgs.length;
  const namedOrg = named.orgs[0];
  const chosen: SearchResult["chosen"] =
    namedCount === 0
      ? single(groups, organisations, others)
      : namedCount > 1
        ? null
        : namedOrg === undefined
          ? { kind: "country", iso: named.isos[0]! }
          : organisations.some((org) => org.code === namedOrg)
            ? { kind: "org", code: namedOrg }
            : null;
  return { groups, organisations, others, chosen };
}

/** The countries and organisations a query names whole: by the resolver (codes, short forms, official names) and by the page's own names. */
function namedBy(index: SearchIndex, trimmed: string, folded: string, resolve?: Resolve): { isos: string[]; orgs: OrgCode[]; resolution?: Resolution } {
  const isos: string[] = [];
  const orgs: OrgCode[] = [];
  const addIso = (iso: string) => {
    if (!isos.includes(iso)) isos.push(iso);
  };
  const addOrg = (org: OrgCode) => {
    if (!orgs.includes(org)) orgs.push(org);
  };
  const addResolution = (resolution: Resolution) => {
    if (resolution.ok && resolution.kind === "country") addIso(resolution.country.iso2);
    else if (resolution.ok && resolution.kind === "org") addOrg(resolution.org);
    else if (!resolution.ok && resolution.reason === "ambiguous") resolution.candidates.forEach((country) => addIso(country.iso2));
  };
  const resolution = resolve?.(trimmed);
  if (resolve && resolution) {
    addResolution(resolution);
    // Codes in any case: the resolver reads "DE" and "EU" as codes only when written in capitals.
    if (/^[a-z]{2,3}$/i.test(trimmed)) addResolution(resolve(trimmed.toUpperCase()));
  }
  const code = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && index.isos.has(code)) addIso(code);
  index.isosByName.get(folded)?.forEach(addIso);
  for (const [org, names] of index.orgNames) if (names.includes(folded)) addOrg(org);
  return resolution ? { isos, orgs, resolution } : { isos, orgs };
}

/** The entries and others for a list of countries, in the list's order. */
function searchSuggested(index: SearchIndex, isos: readonly string[]): { groups: RegionGroup[]; others: string[] } {
  const groups = index.groups
    .map((group) => ({ region: group.region, entries: group.entries.filter((entry) => isos.includes(entry.iso)) }))
    .filter((group) => group.entries.length > 0);
  const inList = new Set(groups.flatMap((group) => group.entries.map((entry) => entry.iso)));
  return { groups, others: isos.filter((iso) => !inList.has(iso)) };
}

/** The one thing found, when exactly one is. */
function single(groups: RegionGroup[], organisations: OrganisationEntry[], others: string[]): SearchResult["chosen"] {
  const entries = groups.flatMap((group) => group.entries);
  if (entries.length + organisations.length + others.length !== 1) return null;
  if (entries[0]) return { kind: "country", iso: entries[0].iso };
  if (organisations[0]) return { kind: "org", code: organisations[0].code };
  return others[0] ? { kind: "country", iso: others[0] } : null;
}

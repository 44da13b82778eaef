// BUILD TIME ONLY: reads the two country packages and the reviewed alias table, and derives the
// table the runtime resolver ships with. Never import this from app code: world-countries alone
// is over a megabyte.
import worldCountries from "world-countries";
import isoEnglish from "i18n-iso-countries/langs/en.json";
import aliasTableJson from "./aliases.json";
import type { Country } from "./types";
import type { CountryTable, NameIndex } from "./countryTable";
import { nameVariants } from "./nameVariants";
import { normaliseName } from "./normaliseName";
import { organisations } from "./organisations";

/**
 * Display names where world-countries' common name is not the one a newsroom writes.
 * Reuters, AP and the BBC write "Czech Republic"; so does the seed statement.
 */
const DISPLAY_NAME_OVERRIDES: Record<string, string> = { CZ: "Czech Republic" };

/** Kosovo: not an official ISO 3166-1 entry, but in world-countries and i18n-iso-countries as XK. */
const KOSOVO = "XK";

interface AliasTable {
  aliases: { name: string; iso2: string }[];
  ambiguous: { name: string; iso2: string[] }[];
  notNames: { name: string; iso2: string }[];
}

/** Checks aliases.json against the countries it must name; a typo there fails the build. */
function parseAliasTable(json: unknown, knownIso2: Set<string>): AliasTable {
  const table = json as AliasTable;
  const checkCode = (code: string, where: string) => {
    if (!knownIso2.has(code)) throw new Error(`aliases.json: ${where} names unknown ISO code "${code}"`);
  };
  for (const alias of table.aliases) checkCode(alias.iso2, `alias "${alias.name}"`);
  for (const entry of table.ambiguous) entry.iso2.forEach((code) => checkCode(code, `ambiguous "${entry.name}"`));
  for (const entry of table.notNames) checkCode(entry.iso2, `notName "${entry.name}"`);
  return table;
}

/** i18n-iso-countries gives one name or several (the first is ISO's English short name). */
function isoEnglishNames(iso2: string): string[] {
  const names: Record<string, string | string[]> = isoEnglish.countries;
  const entry = names[iso2];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/**
 * world-countries' alternative spellings, less the codes and the junk. Codes are not names: the
 * resolver reads a code only as written ("AND" is Andorra, "and" is a word), so the country's own
 * codes, and any other two-letter capitals, are left out; a press form that is also a code ("US")
 * is a reviewed alias in aliases.json. Native-script names go too: the resolver reads English
 * text, and a name that normalises to letters outside a-z cannot be typed from it.
 */
function usableAltSpellings(altSpellings: string[], codes: readonly string[]): string[] {
  return altSpellings.filter((spelling) => !/^[A-Z]{2}$/.test(spelling) && !codes.includes(spelling) && /^[a-z0-9 ]+$/.test(normaliseName(spelling)));
}

/**
 * Builds the country list and the name index from world-countries, i18n-iso-countries and
 * aliases.json. Pure: the caller writes the files.
 * @example buildCountryTable().countries.find((c) => c.iso2 === "MD")?.name // "Moldova"
 */
export function buildCountryTable(): CountryTable {
  const sources = worldCountries
    .filter((entry) => entry.status === "officially-assigned" || entry.cca2 === KOSOVO)
    .sort((a, b) => a.cca2.localeCompare(b.cca2));

  const countries: Country[] = sources.map((entry) => ({
    iso2: entry.cca2,
    // world-countries gives Kosovo "UNK" (UNMIK's code) and no numeric; ISO assigns neither.
    iso3: entry.cca2 === KOSOVO ? null : entry.cca3,
    numeric: entry.cca2 === KOSOVO ? null : entry.ccn3,
    name: DISPLAY_NAME_OVERRIDES[entry.cca2] ?? entry.name.common,
    region: entry.region,
    subregion: entry.subregion,
    latlng: [entry.latlng[0], entry.latlng[1]],
  }));

  const knownIso2 = new Set(countries.map((country) => country.iso2));
  const missingFromIso = [...knownIso2].filter((iso2) => isoEnglishNames(iso2).length === 0);
  const missingFromWorld = Object.keys(isoEnglish.countries).filter((iso2) => !knownIso2.has(iso2));
  if (countries.length !== 250 || missingFromIso.length > 0 || missingFromWorld.length > 0) {
    throw new Error(
      `country packages disagree: ${countries.length} countries (expected 249 ISO + XK); ` +
        `no ISO English name: ${missingFromIso.join(", ") || "none"}; not in world-countries: ${missingFromWorld.join(", ") || "none"}`,
    );
  }

  const aliasTable = parseAliasTable(aliasTableJson, knownIso2);
  const codesByName = new Map<string, Set<string>>();
  const add = (key: string, iso2: string) => {
    if (key === "") return;
    const codes = codesByName.get(key) ?? new Set<string>();
    codes.add(iso2);
    codesByName.set(key, codes);
  };
  const addName = (name: string, iso2: string) => nameVariants(name, "always").forEach((key) => add(key, iso2));

  for (const country of countries) addName(country.name, country.iso2);
  for (const entry of sources) {
    [entry.name.common, entry.name.official, ...usableAltSpellings(entry.altSpellings, [entry.cca2, entry.cca3])].forEach((name) => addName(name, entry.cca2));
  }
  for (const country of countries) isoEnglishNames(country.iso2).forEach((name) => addName(name, country.iso2));
  for (const alias of aliasTable.aliases) {
    // Keeps the table small: an alias the packages already give is not a real need.
    if (codesByName.get(normaliseName(alias.name))?.has(alias.iso2)) {
      throw new Error(`aliases.json: "${alias.name}" is already a name of ${alias.iso2} in the packages; remove the alias`);
    }
    addName(alias.name, alias.iso2);
  }
  for (const entry of aliasTable.ambiguous) entry.iso2.forEach((iso2) => add(normaliseName(entry.name), iso2));

  for (const entry of aliasTable.notNames) {
    const key = normaliseName(entry.name);
    const codes = codesByName.get(key);
    if (!codes?.delete(entry.iso2)) throw new Error(`aliases.json: notName "${entry.name}" is not a name of ${entry.iso2}; remove the entry`);
    if (codes.size === 0) codesByName.delete(key);
  }

  // A name that reads as another country's code in lower case would make "xyz" and "XYZ" two countries.
  for (const country of countries) {
    for (const code of [country.iso2, country.iso3]) {
      const named = code === null ? undefined : codesByName.get(code.toLowerCase());
      const others = [...(named ?? [])].filter((iso2) => iso2 !== country.iso2);
      if (others.length > 0)
        throw new Error(`the name "${code?.toLowerCase()}" of ${others.join(", ")} is ${country.iso2}'s code ${code}; remove it or declare it`);
    }
  }

  // Ambiguity must be reviewed data, never an accident of merging two packages.
  const declaredAmbiguous = new Set(aliasTable.ambiguous.map((entry) => normaliseName(entry.name)));
  const undeclared = [...codesByName].filter(([key, codes]) => codes.size > 1 && !declaredAmbiguous.has(key));
  if (undeclared.length > 0) {
    const list = undeclared.map(([key, codes]) => `"${key}" (${[...codes].join(", ")})`).join("; ");
    throw new Error(`names that mean more than one country, not declared in aliases.json "ambiguous": ${list}`);
  }

  checkOrganisations(countries, codesByName);

  const names: NameIndex = {};
  for (const [key, codes] of [...codesByName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    names[key] = [...codes].sort();
  }
  return { countries, names };
}

/**
 * Fails the build on an organisations.json that would make the resolver guess: an organisation's
 * name that is also a country's, or that two organisations share; an acronym that is an ISO code
 * (AU is Australia, never the African Union); a member that is no country.
 */
function checkOrganisations(countries: readonly Country[], countryNames: ReadonlyMap<string, unknown>): void {
  const codes = new Set(countries.flatMap((country) => [country.iso2, country.iso3 ?? ""]));
  const known = new Set(countries.map((country) => country.iso2));
  const orgByKey = new Map<string, string>();
  const orgByAcronym = new Map<string, string>();
  for (const org of organisations()) {
    for (const name of [org.names.en, ...org.aliases]) {
      for (const key of nameVariants(name, "always")) {
        if (countryNames.has(key)) throw new Error(`organisations.json: ${org.code} name "${name}" is also a country's name`);
        const other = orgByKey.get(key);
        if (other !== undefined && other !== org.code) throw new Error(`organisations.json: "${name}" names both ${other} and ${org.code}`);
        orgByKey.set(key, org.code);
      }
    }
    for (const acronym of org.acronyms) {
      if (codes.has(acronym)) throw new Error(`organisations.json: ${org.code} acronym "${acronym}" is an ISO 3166-1 code; codes mean countries`);
      const other = orgByAcronym.get(acronym);
      if (other !== undefined) throw new Error(`organisations.json: acronym "${acronym}" names both ${other} and ${org.code}`);
      orgByAcronym.set(acronym, org.code);
    }
    const members = org.members !== null && typeof org.members !== "string" ? org.members.members : [];
    const unknown = members.filter((member) => !known.has(member.iso)).map((member) => member.iso);
    if (unknown.length > 0) throw new Error(`organisations.json: ${org.code} lists unknown ISO codes ${unknown.join(", ")}`);
  }
}

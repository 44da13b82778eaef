// BUILD TIME ONLY: reads the two country packages, CLDR's names (Node's Intl.DisplayNames) and
// the reviewed alias tables, one per language, and derives the tables the runtime resolver ships
// with. Never import this from app code: world-countries alone is over a megabyte, and the browser's
// own Intl must never decide what a name means.
import worldCountries from "world-countries";
import isoEnglish from "i18n-iso-countries/langs/en.json";
import isoGerman from "i18n-iso-countries/langs/de.json";
import isoFrench from "i18n-iso-countries/langs/fr.json";
import isoUkrainian from "i18n-iso-countries/langs/uk.json";
import isoKorean from "i18n-iso-countries/langs/ko.json";
import aliasTableJson from "./aliases.json";
import aliasTableDe from "./aliases.de.json";
import aliasTableFr from "./aliases.fr.json";
import aliasTableUk from "./aliases.uk.json";
import aliasTableKo from "./aliases.ko.json";
import type { Country } from "./types";
import type { CountryTable, NameIndex, NamesByLanguage } from "./countryTable";
import { NAME_LANGUAGES, type NameLanguage } from "./nameLanguages";
import { nameVariants } from "./nameVariants";
import { normaliseName } from "./normaliseName";
import { organisations, orgNamesIn } from "./organisations";

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

/** The reviewed table of each language: aliases.json for English, aliases.XX.json for the others. */
const ALIAS_TABLES: Record<NameLanguage, { file: string; json: unknown }> = {
  en: { file: "aliases.json", json: aliasTableJson },
  de: { file: "aliases.de.json", json: aliasTableDe },
  fr: { file: "aliases.fr.json", json: aliasTableFr },
  uk: { file: "aliases.uk.json", json: aliasTableUk },
  ko: { file: "aliases.ko.json", json: aliasTableKo },
};

/**
 * world-countries' translations by our language: its official and common names ("Bundesrepublik
 * Deutschland", "République fédérale d'Allemagne"). It has none in Ukrainian, which is why
 * i18n-iso-countries, which has all four, is the main package (see countryNamesIn). Its Korean is
 * left out: it copies one country's name onto another (Dominica is "도미니카 공화국", the
 * Dominican Republic; South Georgia is "조지아", Georgia; the British Indian Ocean Territory "인도", India).
 */
const WORLD_COUNTRIES_TRANSLATION: Partial<Record<NameLanguage, string>> = { de: "deu", fr: "fra" };

/** Checks an alias table against the countries it must name; a typo there fails the build. */
function parseAliasTable(json: unknown, file: string, knownIso2: Set<string>): AliasTable {
  const table = json as AliasTable;
  const checkCode = (code: string, where: string) => {
    if (!knownIso2.has(code)) throw new Error(`${file}: ${where} names unknown ISO code "${code}"`);
  };
  for (const alias of table.aliases) checkCode(alias.iso2, `alias "${alias.name}"`);
  for (const entry of table.ambiguous) entry.iso2.forEach((code) => checkCode(code, `ambiguous "${entry.name}"`));
  for (const entry of table.notNames) checkCode(entry.iso2, `notName "${entry.name}"`);
  return table;
}

/** i18n-iso-countries gives one name or several (the first is ISO's short name in that language). */
function isoNames(lang: NameLanguage, iso2: string): string[] {
  const names: Record<string, string | string[]> = ISO_NAMES[lang].countries;
  const entry = names[iso2];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const ISO_NAMES: Record<NameLanguage, { countries: Record<string, string | string[]> }> = {
  en: isoEnglish,
  de: isoGerman,
  fr: isoFrench,
  uk: isoUkrainian,
  ko: isoKorean,
};

/**
 * CLDR's names of a country in `lang` (the long form, and the short one where CLDR has it:
 * "Palästina", "Hongkong"), through Node's ICU: the build's only use of Intl.DisplayNames, so the
 * shipped resolver never depends on the reader's browser. A two-capital short form ("UK", "US")
 * is left out: capitals are read as codes.
 */
function cldrNames(lang: NameLanguage, iso2: string): string[] {
  return (["long", "short"] as const)
    .map((style) => new Intl.DisplayNames([lang], { type: "region", style, fallback: "none" }).of(iso2))
    .filter((name): name is string => name !== undefined && name !== iso2 && !/^[A-Z]{2}$/.test(name));
}

/**
 * world-countries' alternative spellings, less the codes and the junk. Codes are not names: the
 * resolver reads a code only as written ("AND" is Andorra, "and" is a word), so the country's own
 * codes, and any other two-letter capitals, are left out; a press form that is also a code ("US")
 * is a reviewed alias in aliases.json. Native-script names go too: the English index reads English
 * text, and a name that normalises to letters outside a-z cannot be typed from it.
 */
function usableAltSpellings(altSpellings: string[], codes: readonly string[]): string[] {
  return altSpellings.filter((spelling) => !/^[A-Z]{2}$/.test(spelling) && !codes.includes(spelling) && /^[a-z0-9 ]+$/.test(normaliseName(spelling)));
}

type WorldCountry = (typeof worldCountries)[number];

/**
 * The names each package gives a country in `lang` (CLDR's are added apart: see buildLanguageIndex).
 * English: world-countries' common, official and alternative spellings and ISO's English names
 * (i18n-iso-countries). Other languages: i18n-iso-countries' (ISO's short name and the alternatives: "Tschechien",
 * "Großbritannien", "USA") and world-countries' official and common names where it has the
 * language. Why both packages: i18n-iso-countries is the only one with all four languages
 * (world-countries has no Ukrainian), and world-countries adds the official long forms formal
 * statements write ("Bundesrepublik Deutschland").
 */
function countryNamesIn(lang: NameLanguage, entry: WorldCountry, displayName: string): string[] {
  const iso2 = entry.cca2;
  if (lang === "en") {
    return [displayName, entry.name.common, entry.name.official, ...usableAltSpellings(entry.altSpellings, [iso2, entry.cca3]), ...isoNames("en", iso2)];
  }
  const translationKey = WORLD_COUNTRIES_TRANSLATION[lang];
  const translations: Record<string, { official: string; common: string }> = entry.translations;
  const translation = translationKey === undefined ? undefined : translations[translationKey];
  return [...isoNames(lang, iso2), ...(translation ? [translation.official, translation.common] : [])];
}

/**
 * One language's index: the packages' names, then the language's reviewed table (aliases added,
 * declared ambiguities added, notNames taken away), checked as aliases.json always was: an alias
 * the packages already give, a notName they do not, a name that means two countries undeclared,
 * and a name that is another country's code in lower case all fail the build.
 */
function buildLanguageIndex(
  lang: NameLanguage,
  sources: readonly WorldCountry[],
  countries: readonly Country[],
  knownIso2: Set<string>,
): Map<string, Set<string>> {
  const { file, json } = ALIAS_TABLES[lang];
  const aliasTable = parseAliasTable(json, file, knownIso2);
  const codesByName = new Map<string, Set<string>>();
  const add = (key: string, iso2: string) => {
    if (key === "") return;
    const codes = codesByName.get(key) ?? new Set<string>();
    codes.add(iso2);
    codesByName.set(key, codes);
  };
  const addName = (name: string, iso2: string) => nameVariants(name, "always").forEach((key) => add(key, iso2));

  const displayNames = new Map(countries.map((country) => [country.iso2, country.name]));
  for (const entry of sources) countryNamesIn(lang, entry, displayNames.get(entry.cca2) ?? entry.name.common).forEach((name) => addName(name, entry.cca2));
  for (const alias of aliasTable.aliases) {
    // Keeps the table small: an alias the packages already give is not a real need.
    if (codesByName.get(normaliseName(alias.name))?.has(alias.iso2)) {
      throw new Error(`${file}: "${alias.name}" is already a name of ${alias.iso2} in the packages; remove the alias`);
    }
    addName(alias.name, alias.iso2);
  }
  // CLDR's names come after the check above: they come with the Node that runs the build (its
  // ICU), not with the lock file, so an alias CLDR happens to give today stays a reviewed need.
  for (const entry of sources) cldrNames(lang, entry.cca2).forEach((name) => addName(name, entry.cca2));
  for (const entry of aliasTable.ambiguous) entry.iso2.forEach((iso2) => add(normaliseName(entry.name), iso2));

  for (const entry of aliasTable.notNames) {
    const key = normaliseName(entry.name);
    const codes = codesByName.get(key);
    if (!codes?.delete(entry.iso2)) throw new Error(`${file}: notName "${entry.name}" is not a name of ${entry.iso2}; remove the entry`);
    if (codes.size === 0) codesByName.delete(key);
  }

  // A name that reads as another country's code in lower case would make "xyz" and "XYZ" two countries.
  for (const country of countries) {
    for (const code of [country.iso2, country.iso3]) {
      const named = code === null ? undefined : codesByName.get(code.toLowerCase());
      const others = [...(named ?? [])].filter((iso2) => iso2 !== country.iso2);
      if (others.length > 0)
        throw new Error(`${file}: the name "${code?.toLowerCase()}" of ${others.join(", ")} is ${country.iso2}'s code ${code}; remove it or declare it`);
    }
  }

  // Ambiguity must be reviewed data, never an accident of merging two packages.
  const declaredAmbiguous = new Set(aliasTable.ambiguous.map((entry) => normaliseName(entry.name)));
  const undeclared = [...codesByName].filter(([key, codes]) => codes.size > 1 && !declaredAmbiguous.has(key));
  if (undeclared.length > 0) {
    const list = undeclared.map(([key, codes]) => `"${key}" (${[...codes].join(", ")})`).join("; ");
    throw new Error(`names that mean more than one country, not declared in ${file} "ambiguous": ${list}`);
  }
  return codesByName;
}

/**
 * Fails the build on a name that means different countries in two languages: the resolver reads
 * a statement in its language and English, and the CLI in every language at once, so one key must
 * mean the same wherever it is a name ("Congo" is the Republic of the Congo in English and French).
 * A package that disagrees is corrected in the language's alias table (a notName or an ambiguity).
 */
export function checkAcrossLanguages(indexes: ReadonlyMap<NameLanguage, Map<string, Set<string>>>): void {
  const meaning = new Map<string, { lang: NameLanguage; codes: string }>();
  const clashes: string[] = [];
  for (const [lang, index] of indexes) {
    for (const [key, codes] of index) {
      const codeList = [...codes].sort().join(", ");
      const seen = meaning.get(key);
      if (seen === undefined) meaning.set(key, { lang, codes: codeList });
      else if (seen.codes !== codeList) clashes.push(`"${key}" is ${seen.codes} in ${seen.lang} but ${codeList} in ${lang}`);
    }
  }
  if (clashes.length > 0) throw new Error(`names that mean different countries in two languages (decide in the aliases tables): ${clashes.join("; ")}`);
}

/**
 * Builds the country list and the name index of every language from world-countries,
 * i18n-iso-countries, CLDR and the alias tables. Pure: the caller writes the files.
 * @example buildCountryTable().countries.find((c) => c.iso2 === "MD")?.name // "Moldova"
 * @example buildCountryTable().names.de["tschechien"] // ["CZ"]
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
  for (const lang of NAME_LANGUAGES) {
    const missingFromIso = [...knownIso2].filter((iso2) => isoNames(lang, iso2).length === 0);
    const missingFromWorld = Object.keys(ISO_NAMES[lang].countries).filter((iso2) => !knownIso2.has(iso2));
    if (countries.length !== 250 || missingFromIso.length > 0 || missingFromWorld.length > 0) {
      throw new Error(
        `country packages disagree: ${countries.length} countries (expected 249 ISO + XK); ` +
          `no ISO name in ${lang}: ${missingFromIso.join(", ") || "none"}; not in world-countries: ${missingFromWorld.join(", ") || "none"}`,
      );
    }
  }

  const indexes = new Map(NAME_LANGUAGES.map((lang) => [lang, buildLanguageIndex(lang, sources, countries, knownIso2)]));
  checkAcrossLanguages(indexes);
  checkOrganisations(countries, indexes);

  const names = Object.fromEntries(NAME_LANGUAGES.map((lang) => [lang, sortedIndex(indexes.get(lang) ?? new Map())])) as NamesByLanguage;
  return { countries, names };
}

/** The index as written: keys sorted by code unit, each key's codes sorted. */
function sortedIndex(codesByName: ReadonlyMap<string, Set<string>>): NameIndex {
  const names: NameIndex = {};
  for (const [key, codes] of [...codesByName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) names[key] = [...codes].sort();
  return names;
}

/**
 * Fails the build on an organisations.json that would make the resolver guess: an organisation's
 * name that is also a country's, or that two organisations share; an acronym that is an ISO code
 * (AU is Australia, never the African Union); a member that is no country.
 */
function checkOrganisations(countries: readonly Country[], indexes: ReadonlyMap<NameLanguage, ReadonlyMap<string, unknown>>): void {
  const countryNames = new Set([...indexes.values()].flatMap((index) => [...index.keys()]));
  const codes = new Set(countries.flatMap((country) => [country.iso2, country.iso3 ?? ""]));
  const known = new Set(countries.map((country) => country.iso2));
  const orgByKey = new Map<string, string>();
  const orgByAcronym = new Map<string, string>();
  for (const org of organisations()) {
    for (const name of NAME_LANGUAGES.flatMap((lang) => orgNamesIn(org, lang))) {
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

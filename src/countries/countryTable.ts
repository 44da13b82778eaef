import { isRecord } from "../statement/isRecord";
import { NAME_LANGUAGES, type NameLanguage } from "./nameLanguages";
import type { Country } from "./types";

/**
 * The name index of one language, as written to src/generated/countryNames.json: normalised name (see
 * normaliseName) -> the ISO alpha-2 codes it can mean, sorted. One code: the name resolves. Two
 * or more: the name is ambiguous ("korea" -> ["KP", "KR"]), and the build only lets that through
 * when aliases.json says so. Codes are not names here: resolveCountry reads them only as written
 * ("AND", not "and"). Organisations' names come from organisations.json.
 */
export type NameIndex = Record<string, string[]>;

/**
 * One name index per language the resolver reads. A key that is a name in several languages means
 * the same countries in each: the build fails otherwise ("Congo" is CG in English and French).
 */
export type NamesByLanguage = Record<NameLanguage, NameIndex>;

/** Everything the runtime resolver needs of the countries; built by buildCountryTable, shipped as two JSON files. */
export interface CountryTable {
  countries: Country[];
  names: NamesByLanguage;
}

function isCountry(value: unknown): value is Country {
  if (!isRecord(value)) return false;
  const { iso2, iso3, numeric, name, region, subregion, latlng } = value;
  return (
    typeof iso2 === "string" &&
    /^[A-Z]{2}$/.test(iso2) &&
    (iso3 === null || (typeof iso3 === "string" && /^[A-Z]{3}$/.test(iso3))) &&
    (numeric === null || (typeof numeric === "string" && /^\d{3}$/.test(numeric))) &&
    typeof name === "string" &&
    name !== "" &&
    typeof region === "string" &&
    typeof subregion === "string" &&
    Array.isArray(latlng) &&
    latlng.length === 2 &&
    latlng.every((n) => typeof n === "number")
  );
}

/**
 * Checks the generated JSON once, where it enters the app, and types it.
 * @example parseCountryTable(countriesJson, countryNamesJson).countries.length // 250
 * Throws with a message naming the file and the bad entry: a stale or hand-edited generated
 * file is a build bug, and failing loudly beats resolving names wrongly.
 */
export function parseCountryTable(countries: unknown, names: unknown): CountryTable {
  if (!Array.isArray(countries)) throw new Error("src/generated/countries.json: expected an array of countries");
  const badCountry = countries.findIndex((country) => !isCountry(country));
  if (badCountry !== -1) {
    throw new Error(`src/generated/countries.json: entry ${badCountry} is not a Country: ${JSON.stringify(countries[badCountry])}`);
  }
  const known = new Set((countries as Country[]).map((country) => country.iso2));
  if (!isRecord(names)) throw new Error("src/generated/countryNames.json: expected { language: { name: [codes] } }");
  for (const lang of NAME_LANGUAGES) {
    const index = names[lang];
    if (!isRecord(index)) throw new Error(`src/generated/countryNames.json: no name index for "${lang}"`);
    for (const [key, codes] of Object.entries(index)) {
      if (!Array.isArray(codes) || codes.length === 0 || !codes.every((code) => typeof code === "string" && known.has(code))) {
        throw new Error(`src/generated/countryNames.json: ${lang} "${key}" maps to ${JSON.stringify(codes)}, not to known ISO codes`);
      }
    }
  }
  return { countries: countries as Country[], names: names as NamesByLanguage };
}

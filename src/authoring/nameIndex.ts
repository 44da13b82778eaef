// The names the resolver knows, as a gazetteer for finding them in running text. Built once
// from the same generated tables the resolver reads, so a name found here is one it resolves.
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { parseCountryTable } from "../countries/countryTable";

/** What a normalised key names. */
export type KeyKind = "country" | "org";

export interface NameIndex {
  kinds: Map<string, KeyKind>;
  /** Every word-prefix of a key ("united", "united states"...), so a scan stops as soon as no key can match. */
  prefixes: Set<string>;
  /** Keys written as capitals only in running text ("US", "UK", "EU", "DPRK"). */
  acronyms: Set<string>;
  /** The longest key, in words. */
  maxWords: number;
}

/**
 * Abbreviations the press writes for countries. Codes in general are not looked for in running
 * text ("AND", "CAN", "IT" are words); these are, but only in capitals.
 */
const PRESS_ACRONYMS = ["us", "usa", "uk", "uae", "rok", "dprk", "drc", "prc", "rsa", "eu"];

let index: NameIndex | undefined;

/**
 * The gazetteer, built on first use.
 * @example getNameIndex().kinds.get("united states of america") // "country"
 */
export function getNameIndex(): NameIndex {
  if (index) return index;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const codes = new Set<string>();
  for (const country of table.countries) {
    codes.add(country.iso2.toLowerCase());
    if (country.iso3) codes.add(country.iso3.toLowerCase());
    if (country.numeric) codes.add(country.numeric).add(String(Number(country.numeric)));
  }
  const kinds = new Map<string, KeyKind>();
  const acronyms = new Set<string>();
  for (const key of Object.keys(table.names.countries)) {
    if (PRESS_ACRONYMS.includes(key)) acronyms.add(key);
    else if (codes.has(key) || /^\d+$/.test(key)) continue;
    kinds.set(key, "country");
  }
  for (const key of Object.keys(table.names.orgs)) {
    // An organisation's short name is an acronym: "EU", "NATO", "OSCE".
    if (!key.includes(" ") && key.length <= 6) acronyms.add(key);
    kinds.set(key, "org");
  }
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const key of kinds.keys()) {
    const words = key.split(" ");
    maxWords = Math.max(maxWords, words.length);
    for (let length = 1; length <= words.length; length++) prefixes.add(words.slice(0, length).join(" "));
  }
  index = { kinds, prefixes, acronyms, maxWords };
  return index;
}

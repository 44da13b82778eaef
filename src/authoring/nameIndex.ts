// The names the resolver knows, as a gazetteer for finding them in running text. Built once
// from the same tables the resolver reads (the generated country names, the reviewed table of
// organisations), so a name found here is one it resolves.
import countriesJson from "../generated/countries.json";
import countryNamesJson from "../generated/countryNames.json";
import { parseCountryTable } from "../countries/countryTable";
import { nameVariants } from "../countries/nameVariants";
import { normaliseName } from "../countries/normaliseName";
import { organisations } from "../countries/organisations";

/** What a normalised key names. */
export type KeyKind = "country" | "org";

export interface NameIndex {
  kinds: Map<string, KeyKind>;
  /** Every word-prefix of a key ("united", "united states"...), so a scan stops as soon as no key can match. */
  prefixes: Set<string>;
  /**
   * Keys that are acronyms, with the spellings that count in running text ("US", "UK", "DPRK",
   * "EU", "CoE"): "who" and "us" are words, not the WHO or the United States.
   */
  acronyms: Map<string, Set<string>>;
  /** The longest key, in words. */
  maxWords: number;
}

/** Abbreviations the press writes for countries; the resolver knows them as names, the text only in capitals. */
const PRESS_ACRONYMS = ["US", "USA", "UK", "UAE", "ROK", "DPRK", "DRC", "PRC", "RSA"];

let index: NameIndex | undefined;

/**
 * The gazetteer, built on first use.
 * @example getNameIndex().kinds.get("united states of america") // "country"
 */
export function getNameIndex(): NameIndex {
  if (index) return index;
  const table = parseCountryTable(countriesJson, countryNamesJson);
  const kinds = new Map<string, KeyKind>();
  const acronyms = new Map<string, Set<string>>();
  const addAcronym = (written: string, kind: KeyKind) => {
    const key = normaliseName(written);
    if (key === "") return;
    kinds.set(key, kind);
    acronyms.set(key, (acronyms.get(key) ?? new Set<string>()).add(written));
  };
  for (const key of Object.keys(table.names.en)) kinds.set(key, "country");
  for (const org of organisations()) {
    for (const name of [org.names.en, ...org.aliases]) for (const key of nameVariants(name, "always")) kinds.set(key, "org");
    for (const acronym of org.acronyms) addAcronym(acronym, "org");
  }
  for (const acronym of PRESS_ACRONYMS) if (kinds.has(normaliseName(acronym))) addAcronym(acronym, "country");
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

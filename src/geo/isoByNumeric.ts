import type { CountryRecord } from "./countryTopology";

/**
 * Maps ISO 3166-1 numeric codes to alpha-2, from `world-countries` records.
 * @example isoByNumeric([{ cca2: "AL", ccn3: "008", latlng: [41, 20] }]).get("008") // "AL"
 */
export function isoByNumeric(countries: readonly CountryRecord[]): Map<string, string> {
  const byNumeric = new Map<string, string>();
  for (const { cca2, ccn3 } of countries) {
    // Kosovo has no numeric code (ISO has not assigned one); world-atlas gives it no id either.
    if (ccn3 !== "") byNumeric.set(ccn3, cca2);
  }
  return byNumeric;
}

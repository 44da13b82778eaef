import { geoContains } from "d3-geo";
import type { CountryFeature } from "../../../src/geo/countryTopology";

/** The ISO codes of every country whose geometry contains a [longitude, latitude] point. */
export function countriesAt(features: readonly CountryFeature[], point: [number, number]): string[] {
  return features.filter((country) => geoContains(country, point)).map((country) => country.properties.iso);
}

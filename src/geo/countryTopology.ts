import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

/** Build-time shapes of the geometry layer; the browser only ever sees `World` (./types.ts). */

/** What the build knows of each country: ISO codes and a location, as in the `world-countries` package. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2, e.g. "FR"; "XK" for Kosovo. */
  cca2: string;
  /** ISO 3166-1 numeric as a zero-padded string, e.g. "250"; "" where there is none (Kosovo). */
  ccn3: string;
  /** [latitude, longitude] in degrees: note the order. */
  latlng: [number, number];
}

/** A country after the boundary corrections: one per ISO code. */
export interface CountryProperties {
  /** ISO 3166-1 alpha-2, upper case. */
  iso: string;
  /** Names of the world-atlas features it was made from, e.g. ["Cyprus", "N. Cyprus"]. */
  sources: string[];
}

export type CountryGeometry = Polygon<CountryProperties> | MultiPolygon<CountryProperties>;

/** A topology whose `countries` object holds one geometry per ISO code, sorted by code. */
export type CountriesTopology = Topology<{ countries: CountriesCollection }>;

export interface CountriesCollection extends GeometryCollection<CountryProperties> {
  geometries: CountryGeometry[];
}

/** A country as unprojected GeoJSON, in degrees. */
export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, CountryProperties>;

/** The input: world-atlas's countries-50m.json (ids are ISO numeric strings, names Natural Earth's). */
export type AtlasTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

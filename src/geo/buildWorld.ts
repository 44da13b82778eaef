import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { correctTopology } from "./correctTopology";
import type { AtlasTopology, CountriesTopology, CountryFeature, CountryRecord } from "./countryTopology";
import { isoByNumeric } from "./isoByNumeric";
import { projectWorld, type MarkerLocation, type ProjectOptions } from "./projectWorld";
import { simplifyTopology } from "./simplifyTopology";
import type { World } from "./types";
import { validateWorld } from "./validateWorld";
import { sphere, worldProjection } from "./worldProjection";

export interface BuildOptions extends ProjectOptions {
  /** Visvalingam threshold in square viewBox units: smaller triangles are simplified away. */
  minTriangleArea: number;
  /** Islands and lakes smaller than this many square viewBox units are dropped (largest ring kept). */
  minRingArea: number;
  /** ISO codes left out of the world entirely. */
  omitted: string[];
}

/**
 * Tuned on countries-50m at width 1000 for display up to 1600 px wide (1 unit = 1.6 px; with Equal
 * Earth 1 unit² ≈ 1,190 km²): a triangle of 0.15 unit² (0.4 px², ~180 km²) is below what
 * antialiasing shows; islands under 0.5 unit² (1.3 px², ~600 km², smaller than Singapore) are
 * dropped unless they are a country's largest. Measured (gzipped world.json, digits 1):
 * triangle 0.05 → 60 KB, 0.1 → 50 KB, 0.15 → 44 KB, 0.25 → 38 KB, 0.4 → 33 KB (angular at 4× zoom);
 * digits 0 → 21 KB but 0.8 px steps at 1600 px, digits 2 → 67 KB.
 */
export const defaultBuildOptions: BuildOptions = {
  width: 1000,
  digits: 1,
  minTriangleArea: 0.15,
  minRingArea: 0.5,
  // The map leaves Antarctica out (INTERFACE.md allows it); dropping it here saves ~3 KB of path data.
  omitted: ["AQ"],
};

export interface WorldBuild {
  /** What ships to the browser. */
  world: World;
  /** Countries after boundary corrections, full resolution, unprojected: what tests check borders on. */
  corrected: CountryFeature[];
  /** The same after simplification, unprojected. */
  simplified: CountryFeature[];
  /** Empty if the world is fit to ship; else each problem in words. */
  problems: string[];
}

/**
 * Prepares the world map from world-atlas's countries-50m and world-countries' records: corrects
 * boundaries, simplifies, projects, adds markers for countries with no shape, and validates.
 * @example buildWorld(countries50m, worldCountries).world.shapes.find((s) => s.iso === "TV")?.d // ""
 */
export function buildWorld(
  atlas: AtlasTopology,
  countries: readonly CountryRecord[],
  options: BuildOptions = defaultBuildOptions,
): WorldBuild {
  const corrected = correctTopology(atlas, isoByNumeric(countries));

  // Thresholds are given in viewBox units²; Equal Earth preserves area, so one factor turns them into steradians.
  const { projection } = worldProjection(options.width);
  const steradiansPerUnit = (4 * Math.PI) / geoPath(projection).area(sphere);
  const simplified = simplifyTopology(corrected, {
    minTriangleArea: options.minTriangleArea * steradiansPerUnit,
    minRingArea: options.minRingArea * steradiansPerUnit,
  });

  const omitted = new Set(options.omitted);
  const correctedFeatures = featuresOf(corrected);
  const simplifiedFeatures = featuresOf(simplified);
  // A country simplified away (null geometry) is not drawn, and validation reports it missing.
  const drawn = simplifiedFeatures.filter((country) => country.geometry != null && !omitted.has(country.properties.iso));
  const withShape = new Set(correctedFeatures.map((country) => country.properties.iso));
  const markers = countries
    .filter(({ cca2 }) => !withShape.has(cca2) && !omitted.has(cca2))
    .map(({ cca2, latlng: [lat, lng] }): MarkerLocation => ({ iso: cca2, location: [lng, lat] }));

  const world = projectWorld(drawn, markers, options);
  const problems = validateWorld({
    sourceNames: atlas.objects.countries.geometries.map((geometry) => String((geometry.properties as { name?: unknown } | undefined)?.name)),
    corrected: correctedFeatures,
    world,
    knownIsos: countries.map(({ cca2 }) => cca2),
    omitted: options.omitted,
  });
  return { world, corrected: correctedFeatures, simplified: simplifiedFeatures, problems };
}

function featuresOf(topology: CountriesTopology): CountryFeature[] {
  return feature(topology, topology.objects.countries).features as CountryFeature[];
}

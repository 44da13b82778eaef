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
 * Chosen by measurement (tests/bench/geometryFidelity.ts) for the widest world view: 1600 CSS px
 * (1 unit = 1.6 px; with Equal Earth 1 unit² ≈ 1,190 km²) at 1 and 2 device px per CSS px. Against
 * the full-resolution 50m drawing, counting pixels whose grey level moves by more than half:
 *
 * | triangle (unit²) | path grid (unit) | path data gzip | pixels off, 1x | pixels off, 2x |
 * | ---------------- | ---------------- | -------------- | -------------- | -------------- |
 * | 0 (no simplify)  | 0.1              | 106 KB         | 0              | 0              |
 * | 0.15 (until #11) | 0.1              | 36.3 KB        | 176            | 2,880          |
 * | 0.15             | 0.2              | 30.5 KB        | 186            | 3,445          |
 * | 0.25 (until now) | 0.2              | 25.8 KB        | 355            | 6,492          |
 * | 0.35 (chosen)    | 0.2              | 23.0 KB        | 527            | 9,249          |
 * | 0.4              | 0.2              | 22.0 KB        | 612            | 10,500         |
 * | 0.15             | 0.5              | 22.3 KB        | 229            | 12,213         |
 *
 * (of 1.25 M pixels at 1x, 5 M at 2x; micro-states keep a 0.1 grid in every row but the first.) Rounding to 0.1 alone changes nothing visible, and a 0.2
 * grid (0.32 device px at 2x) costs about what 0.15 → 0.2 in triangles does for a sixth fewer
 * bytes; 0.5 shifts edges by up to 0.8 device px at 2x. A triangle of 0.25 unit² is 0.64 CSS px²,
 * 2.6 device px² at 2x: side by side with the full resolution at 1600 px, Europe's coasts and
 * borders look the same. 0.35 unit² (issue #11, first-view bytes: 2.8 KB fewer) moves the edges of
 * 527 pixels in 1.25 M at 1x, and from 4x zoom finer geometry takes over; 0.4 would take Greece's
 * drawn area 10% below its true one (its islands), which buildWorld.test.ts does not allow.
 * Islands under 0.5 unit² (1.3 px², ~600 km², smaller than Singapore) are dropped unless they are
 * a country's largest. Zoomed views get finer geometry (./detail/).
 */
export const defaultBuildOptions: BuildOptions = {
  width: 1000,
  digits: 1,
  pathStep: 0.2,
  // Micro-states (Monaco is 0.15 units across) keep today's 0.1 grid: 61 shapes, 3 KB of paths.
  smallShape: 2,
  smallPathStep: 0.1,
  minTriangleArea: 0.35,
  minRingArea: 0.5,
  // The map leaves Antarctica out (docs/interface.md allows it); dropping it here saves ~3 KB of path data.
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
export function buildWorld(atlas: AtlasTopology, countries: readonly CountryRecord[], options: BuildOptions = defaultBuildOptions): WorldBuild {
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

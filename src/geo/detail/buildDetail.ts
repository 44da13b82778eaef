import { buildWorld, defaultBuildOptions, type BuildOptions } from "../buildWorld";
import type { AtlasTopology, CountryFeature, CountryRecord } from "../countryTopology";
import { projectedRings } from "../projectedRings";
import type { Point, World } from "../types";
import { worldProjection } from "../worldProjection";
import { cutRing } from "./cutRing";
import { DETAIL_GRID, type TileId } from "./detailGrid";
import type { DetailIndex, DetailTile } from "./detailTypes";
import { numberWriter } from "./assembleDetail";

export interface DetailOptions {
  /** Visvalingam threshold and smallest island kept, in viewBox units² (as for the world view). */
  minTriangleArea: number;
  minRingArea: number;
  /** Grid of the detailed coordinates, in viewBox units. */
  step: number;
}

/**
 * As fine at 8x zoom as the world view (0.25 unit² triangles, 0.5 unit² islands, a 0.2 grid; see
 * buildWorld) is at 1x: thresholds divided by 8², the grid by 10. Measured on countries-10m (gzip):
 *
 * | tuned for | triangle    | grid | all tiles | largest tile | Europe, 440-600 × 60-160 (9 tiles) |
 * | --------- | ----------- | ---- | --------- | ------------ | ---------------------------------- |
 * | 16x       | 0.25 / 16²  | 0.01 | 579 KB    | 36 KB        | 121 KB                             |
 * | 10x       | 0.25 / 10²  | 0.02 | 385 KB    | 23 KB        | 79 KB                              |
 * | 8x        | 0.25 / 8²   | 0.02 | 337 KB    | 20 KB        | 69 KB                              |
 *
 * At 16x on a 1600 px map a unit is 26 CSS px: a 0.004 unit² triangle is 2.6 px², the 0.02 grid 0.5 px.
 */
export const defaultDetailOptions: DetailOptions = { minTriangleArea: 0.25 / 64, minRingArea: 0.5 / 64, step: 0.02 };

export interface DetailBuild {
  index: DetailIndex;
  tiles: Map<TileId, DetailTile>;
  /** The detailed countries as one World (paths of every country whole), validated like the world view. */
  world: World;
  /** Countries after the boundary corrections, full resolution, unprojected: what tests check borders on. */
  corrected: CountryFeature[];
  /** Empty if the detail is fit to ship; else each problem in words. */
  problems: string[];
}

/**
 * Zoom detail from a finer atlas (world-atlas countries-10m): the same boundary corrections and
 * validation as the world view (buildWorld), the same projection and viewBox, simplified for zoomed
 * views, then each country's rings cut along DETAIL_GRID into tiles and an index of the cuts.
 * @example buildDetail(countries10m, worldCountries).tiles.get(34)?.countries.FR
 */
export function buildDetail(atlas: AtlasTopology, countries: readonly CountryRecord[], options: DetailOptions = defaultDetailOptions): DetailBuild {
  const worldOptions: BuildOptions = {
    ...defaultBuildOptions,
    digits: 2,
    pathStep: options.step,
    smallPathStep: options.step,
    minTriangleArea: options.minTriangleArea,
    minRingArea: options.minRingArea,
  };
  const built = buildWorld(atlas, countries, worldOptions);
  const { projection } = worldProjection(worldOptions.width);
  const write = numberWriter(options.step);
  const steps = ([x, y]: Point): Point => [Math.round(x / options.step), Math.round(y / options.step)];

  const index: DetailIndex = {
    version: 1,
    step: options.step,
    grid: { cell: DETAIL_GRID.cell, cols: DETAIL_GRID.cols, rows: DETAIL_GRID.rows },
    tiles: {},
    rings: {},
  };
  const tiles = new Map<TileId, DetailTile>();
  const countryIn = (cell: TileId, iso: string) => {
    let tile = tiles.get(cell);
    if (!tile) tiles.set(cell, (tile = { version: 1, id: cell, countries: {} }));
    return (tile.countries[iso] ??= {});
  };

  const omitted = new Set(worldOptions.omitted);
  for (const { properties, geometry } of built.simplified) {
    if (geometry == null || omitted.has(properties.iso)) continue;
    const { iso } = properties;
    for (const ring of projectedRings(projection, geometry)) {
      const cut = cutRing(ring);
      if ("whole" in cut) {
        const points = dedupe(cut.whole.map(steps));
        if (points.length < 3) continue;
        (countryIn(cut.cell, iso).rings ??= []).push(`M${write(points[0]![0])} ${write(points[0]![1])}${relative(points, write)}z`);
        continue;
      }
      const ringIndex = (index.rings[iso] ??= []).length;
      const ends: number[] = [];
      cut.fragments.forEach((fragment, k) => {
        const points = dedupe(fragment.points.map(steps));
        const end = points.at(-1)!;
        ends.push(fragment.cell, end[0], end[1]);
        if (points.length >= 2) (countryIn(fragment.cell, iso).parts ??= []).push([ringIndex, k, relative(points, write)]);
      });
      index.rings[iso]!.push(ends);
    }
  }
  for (const [id, tile] of [...tiles].sort(([a], [b]) => a - b)) index.tiles[id] = Object.keys(tile.countries).sort();
  return { index, tiles, world: built.world, corrected: built.corrected, problems: built.problems };
}

/** "l" and the steps from each point to the next, as RelativePath writes them. */
function relative(points: readonly Point[], write: (steps: number) => string): string {
  let d = "l";
  for (let i = 1; i < points.length; i++) {
    const dx = write(points[i]![0] - points[i - 1]![0]);
    const dy = write(points[i]![1] - points[i - 1]![1]);
    d += (i > 1 && !dx.startsWith("-") ? " " : "") + dx + (dy.startsWith("-") ? "" : " ") + dy;
  }
  return d;
}

/** Drops points that rounded onto the one before. */
function dedupe(points: Point[]): Point[] {
  return points.filter((point, i) => i === 0 || point[0] !== points[i - 1]![0] || point[1] !== points[i - 1]![1]);
}

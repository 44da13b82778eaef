import type { Point, World } from "./types";

/**
 * The part of the World that the prerendered <svg> does not already carry: the viewBox size and,
 * per country, the label point and bounds. The paths ship once, in the HTML, and the browser reads
 * them back from there instead of downloading them a second time.
 *
 * Numbers are integers in tenths of a viewBox unit (the World is rounded to 0.1), and the bounds are
 * distances from the label point, so most are one or two digits: about 7 KB raw and 3.3 KB gzipped
 * for 249 countries, against 13 KB and 5.4 KB for [iso, [x, y], [[x0, y0], [x1, y1]], area] (#11).
 */
export interface WorldData {
  width: number;
  height: number;
  /** [iso, x, y, west, north, east, south]: the label point, and how far the bounds reach from it. */
  shapes: [string, number, number, number, number, number, number][];
}

const TENTHS = 10;
const tenths = (value: number) => Math.round(value * TENTHS);

/** Drops the paths: worldDataOf(world).shapes[0] → ["AD", 5041, 923, 3, 2, 1, 3]. */
export function worldDataOf(world: World): WorldData {
  return {
    width: world.width,
    height: world.height,
    shapes: world.shapes.map(({ iso, centroid: [x, y], bounds: [[x0, y0], [x1, y1]] }) => [
      iso,
      tenths(x),
      tenths(y),
      tenths(x) - tenths(x0),
      tenths(y) - tenths(y0),
      tenths(x1) - tenths(x),
      tenths(y1) - tenths(y),
    ]),
  };
}

/**
 * Puts paths back: joinWorld(data, sphere, pathOf) is the World that was split, given the sphere's
 * path and each country's path as drawn ("" for marker-only countries).
 */
export function joinWorld(data: WorldData, sphere: string, pathOf: (iso: string) => string): World {
  return {
    width: data.width,
    height: data.height,
    sphere,
    shapes: data.shapes.map(([iso, x, y, west, north, east, south]) => {
      const point = (px: number, py: number): Point => [px / TENTHS, py / TENTHS];
      return { iso, d: pathOf(iso), centroid: point(x, y), bounds: [point(x - west, y - north), point(x + east, y + south)] };
    }),
  };
}

import type { Point, World } from "./types";

/**
 * The part of the World that the prerendered <svg> does not already carry: sizes and, per
 * country, the marker point, bounds and area. The paths themselves ship once, in the HTML, and
 * the browser reads them back from there instead of downloading them a second time.
 */
export interface WorldData {
  width: number;
  height: number;
  /** [iso, centroid, bounds, area]; `d` comes from the page. */
  shapes: [string, Point, [Point, Point], number][];
}

/** Drops the paths: worldDataOf(world).shapes[0] → ["AD", [517.2, 101.3], [[517, 101], [517.4, 101.6]], 0.2]. */
export function worldDataOf(world: World): WorldData {
  return {
    width: world.width,
    height: world.height,
    shapes: world.shapes.map((shape) => [shape.iso, shape.centroid, shape.bounds, shape.area]),
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
    shapes: data.shapes.map(([iso, centroid, bounds, area]) => ({ iso, d: pathOf(iso), centroid, bounds, area })),
  };
}

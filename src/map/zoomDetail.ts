// Zoom detail on the map (#11), the pure part: which tiles a view needs, whether what was loaded
// can be shown for the view, and the shapes with their detailed paths. The hook that fetches
// (useZoomDetail.ts) and the component stay thin around these.
import { tilesFor, type TileId } from "../geo/detail/detailGrid";
import type { Point, WorldShape } from "../geo/types";
import type { MapLayers } from "./mapLayers";
import type { Size, View } from "./zoomMath";

/** From this zoom on, the world view's 50m simplification shows its corners: countries in view get detail. */
export const DETAIL_MIN_ZOOM = 4;
/**
 * No tiles fetched ahead of the view: a zoom to Europe at 4.4x needs 15 tiles (97 KB gzipped); a
 * quarter-view ahead would be 28 (166 KB, half the world's). A pan fetches the new cells once the
 * view settles; meanwhile the countries reaching into them keep their world-view shapes.
 */
export const DETAIL_MARGIN = 0;

/** Detailed paths by ISO code, exact inside `tiles` (see assembleDetail); a country absent keeps its world-view path. */
export interface LoadedDetail {
  tiles: ReadonlySet<TileId>;
  paths: ReadonlyMap<string, string>;
  /** Per tile with land, its countries, loaded or not (the detail index's `tiles`). */
  countriesByTile: Readonly<Record<string, readonly string[]>>;
}

/**
 * The part of the map a view shows, in (unzoomed) viewBox units, grown by `allowance` units of the
 * screen on each side (the clip lets content draw a little past the map's edges).
 * boxInView({ k: 2, x: -100, y: -50 }, { width: 1000, height: 500 }) → [[50, 25], [550, 275]].
 */
export function boxInView(view: View, size: Size, allowance = 0): [Point, Point] {
  return [
    [(-allowance - view.x) / view.k, (-allowance - view.y) / view.k],
    [(size.width + allowance - view.x) / view.k, (size.height + allowance - view.y) / view.k],
  ];
}

/**
 * The tiles to load for a view (the same box, `allowance` included, as detailShown checks), a
 * margin ahead; none below DETAIL_MIN_ZOOM, where the world view's own geometry is fine enough.
 * detailTilesFor({ k: 1, x: 0, y: 0 }, size) → [].
 */
export function detailTilesFor(view: View, size: Size, allowance = 0): TileId[] {
  return view.k < DETAIL_MIN_ZOOM ? [] : tilesFor(boxInView(view, size, allowance), DETAIL_MARGIN);
}

/**
 * The detailed paths to draw at a view: the loaded ones, less every country in a tile the view
 * shows that was not loaded (a detailed ring is closed by a chord across the tiles it was not
 * loaded for, which must not show; those countries keep their world-view shapes until the tiles
 * for the new view arrive). None below DETAIL_MIN_ZOOM.
 */
export function detailShown(detail: LoadedDetail | null, view: View, size: Size, allowance = 0): ReadonlyMap<string, string> {
  if (!detail || view.k < DETAIL_MIN_ZOOM) return NO_DETAIL;
  const missing = tilesFor(boxInView(view, size, allowance)).filter((id) => !detail.tiles.has(id));
  if (missing.length === 0) return detail.paths;
  const paths = new Map(detail.paths);
  for (const id of missing) for (const iso of detail.countriesByTile[String(id)] ?? []) paths.delete(iso);
  return paths;
}

/** One empty map, so "no detail" is the same value render after render (a stable memo key). */
export const NO_DETAIL: ReadonlyMap<string, string> = new Map();

/**
 * The shapes with each detailed country's path in place of its world-view one; every other field
 * (ISO code, label point, bounds) stays, so fills, ids, hit testing and markers are unchanged. A
 * country drawn only as a marker stays one. Returns the input itself when there is no detail, and
 * the unchanged shapes themselves, so memoised children see no change.
 */
export function withDetail(shapes: WorldShape[], paths: ReadonlyMap<string, string>): WorldShape[] {
  if (paths.size === 0) return shapes;
  return shapes.map((shape) => {
    const d = paths.get(shape.iso);
    return d === undefined || shape.d === "" ? shape : { ...shape, d };
  });
}

/**
 * The map's drawn shapes and its shapes by ISO code with the detail in: the fills and the outlines
 * of the selected, hovered and grouped countries then draw the same path.
 * layersWithDetail(layers, new Map([["FR", "M…"]])).shapeByIso.get("FR")?.d → "M…".
 */
export function layersWithDetail(layers: Pick<MapLayers, "drawn" | "shapeByIso">, paths: ReadonlyMap<string, string>): Pick<MapLayers, "drawn" | "shapeByIso"> {
  if (paths.size === 0) return layers;
  const drawn = withDetail(layers.drawn, paths);
  const shapeByIso = new Map(layers.shapeByIso);
  for (const shape of drawn) if (paths.has(shape.iso)) shapeByIso.set(shape.iso, shape);
  return { drawn, shapeByIso };
}

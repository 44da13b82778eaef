import type { Point, World, WorldShape } from "../geo/types";
import type { Category } from "../view/categorise";
import { keyboardOrder } from "./keyboardOrder";
import { MARKER_RADIUS_NARROW_PX, MARKER_RADIUS_PX, NARROW_MAP_PX, markersFor, type MarkerSpec } from "./markers";

/** What the map draws that depends only on the world and the statement, not on the zoom. */
export interface MapLayers {
  /** Countries with a shape, in the world's order. */
  drawn: WorldShape[];
  shapeByIso: ReadonlyMap<string, WorldShape>;
  /** Each country's label point: where its marker, tooltip and keyboard moves start from. */
  labelPoints: ReadonlyMap<string, Point>;
  /** The order Home/End and Page Up/Down walk: every drawn country and every named one. */
  order: string[];
}

/** mapLayers(world, categoryOf).order → ["US", "CA", …]: signatories first (see keyboardOrder). */
export function mapLayers(world: World, categoryOf: (iso: string) => Category): MapLayers {
  const drawn = world.shapes.filter((shape) => shape.d !== "");
  const reachable = world.shapes.filter((shape) => shape.d !== "" || categoryOf(shape.iso) !== "other");
  return {
    drawn,
    shapeByIso: new Map(world.shapes.map((shape) => [shape.iso, shape])),
    labelPoints: new Map(world.shapes.map((shape) => [shape.iso, shape.centroid])),
    order: keyboardOrder(reachable, categoryOf),
  };
}

/** What the map draws at one zoom and size: the markers and how big their dots are. */
export interface MarkerLayer {
  markers: MarkerSpec[];
  markerIsos: ReadonlySet<string>;
  /** A marker dot's radius in CSS px, and in (unzoomed) viewBox units, so it keeps its size on screen at any zoom. */
  dotRadiusPx: number;
  dotRadius: number;
}

/**
 * The markers at a zoom: a country too small to see at `pxPerUnit * k` gets one.
 * markerLayer(world.shapes, categoryOf, coveredBy, 0.8, 1, 800).markers.map((m) => m.iso) → ["AD", "LI", "MC", …].
 */
export function markerLayer(
  shapes: readonly WorldShape[],
  categoryOf: (iso: string) => Category,
  covered: ReadonlyMap<string, string>,
  pxPerUnit: number,
  k: number,
  mapWidthPx: number,
): MarkerLayer {
  const markers = markersFor(shapes, categoryOf, pxPerUnit * k, covered);
  const dotRadiusPx = mapWidthPx < NARROW_MAP_PX ? MARKER_RADIUS_NARROW_PX : MARKER_RADIUS_PX;
  return { markers, markerIsos: new Set(markers.map((m) => m.iso)), dotRadiusPx, dotRadius: dotRadiusPx / (pxPerUnit * k) };
}

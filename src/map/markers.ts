import type { Point, WorldShape } from "../geo/types";
import type { Category } from "../view/categorise";

/** A country smaller than this on screen, in CSS px along its longer side, gets a marker (docs/interface.md: at least 4x4 px). */
export const MIN_VISIBLE_PX = 6;
/** Marker dot radius, CSS px: 9 px across on a desktop map, easy to see in the legend's colours. */
export const MARKER_RADIUS_PX = 4.5;
/** On a phone-sized map a smaller dot (6 px across) keeps Europe's many micro-states from merging into one blob. */
export const MARKER_RADIUS_NARROW_PX = 3;
/** Maps narrower than this, in CSS px, use the smaller dot. */
export const NARROW_MAP_PX = 600;
/** Hover and tap radius around a marker's centre, CSS px: a 24x24 target (WCAG 2.2 target size). */
export const MARKER_HIT_RADIUS_PX = 12;

export interface MarkerSpec {
  iso: string;
  centre: Point;
  category: Category;
}

/**
 * The countries that need a marker at this scale: every named country (signatory, joined, subject)
 * with no shape, or whose shape is smaller than MIN_VISIBLE_PX on screen; not the territories
 * their signatures cover.
 * markersFor(shapes, cats, 0.8) → [{ iso: "MC", … }, …]. `pxPerUnit` is CSS px per viewBox unit.
 */
export function markersFor(
  shapes: readonly WorldShape[],
  categoryOf: (iso: string) => Category,
  pxPerUnit: number,
  covered: ReadonlyMap<string, string> = new Map(),
): MarkerSpec[] {
  const markers: MarkerSpec[] = [];
  for (const shape of shapes) {
    const category = categoryOf(shape.iso);
    // A territory takes its state's colour where it is drawn, but no marker: the statement does not name it.
    if (category === "other" || covered.has(shape.iso)) continue;
    if (shape.d === "" || narrowSideOf(shape) * pxPerUnit < MIN_VISIBLE_PX) {
      markers.push({ iso: shape.iso, centre: shape.centroid, category });
    }
  }
  return markers;
}

/** The shorter side of a shape's bounding box, in viewBox units: a long thin country (Albania) needs a marker too. */
export function narrowSideOf(shape: WorldShape): number {
  const [[x0, y0], [x1, y1]] = shape.bounds;
  return Math.min(x1 - x0, y1 - y0);
}

import { ringBoxes } from "../geo/pathRings";
import type { Point, WorldShape } from "../geo/types";
import type { Category } from "../view/categorise";

/** A country smaller than this on screen, in CSS px along its longer side, gets a marker (docs/interface.md: at least 4x4 px). */
export const MIN_VISIBLE_PX = 6;
/**
 * A country with less land than this on screen, in CSS px², gets a marker too (issue #22): twice
 * the 24 px² a reader needs to point at, since borders and neighbours' markers take their share.
 */
export const MIN_AREA_PX2 = 48;
/** Marker dot radius, CSS px: 9 px across on a desktop map, easy to see in the legend's colours. */
export const MARKER_RADIUS_PX = 4.5;
/** On a phone-sized map a smaller dot (6 px across) keeps Europe's many micro-states from merging into one blob. */
export const MARKER_RADIUS_NARROW_PX = 3;
/** Maps narrower than this, in CSS px, use the smaller dot. */
export const NARROW_MAP_PX = 600;
/** A marker dot's radius on a map `mapWidthPx` CSS px wide: markerRadiusPx(375) → 3. */
export const markerRadiusPx = (mapWidthPx: number): number => (mapWidthPx < NARROW_MAP_PX ? MARKER_RADIUS_NARROW_PX : MARKER_RADIUS_PX);
/** Hover and tap radius around a marker's centre, CSS px: a 24x24 target (WCAG 2.2 target size). */
export const MARKER_HIT_RADIUS_PX = 12;

export interface MarkerSpec {
  iso: string;
  centre: Point;
  category: Category;
  /** Where the country is, when the marker was moved off it so as not to cover another (a leader line joins them). */
  anchor?: Point;
  /** Drawn in the inset, in the drawing's own units: the world's zoom does not move it. */
  fixed?: boolean;
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
    if (shape.d === "" || narrowSideOf(shape) * pxPerUnit < MIN_VISIBLE_PX || areaOf(shape) * pxPerUnit * pxPerUnit < MIN_AREA_PX2) {
      markers.push({ iso: shape.iso, centre: shape.centroid, category });
    }
  }
  return markers;
}

const areas = new WeakMap<WorldShape, number>();
/** A shape's land in viewBox units², read from its path once (holes are not cut out: countries have few). */
export function areaOf(shape: WorldShape): number {
  let area = areas.get(shape);
  if (area === undefined) areas.set(shape, (area = ringBoxes(shape.d).reduce((sum, ring) => sum + ring.area, 0)));
  return area;
}

/** The shorter side of a shape's bounding box, in viewBox units: a long thin country (Albania) needs a marker too. */
export function narrowSideOf(shape: WorldShape): number {
  const [[x0, y0], [x1, y1]] = shape.bounds;
  return Math.min(x1 - x0, y1 - y0);
}

/** A moved marker is tried at rings this far apart (a share of the distance asked), at this many places on each. */
const RING_STEP = 0.5;
const PLACES_PER_RING = 16;

/**
 * Places markers so that no two are closer than `distance` (centre to centre, in the markers' units;
 * twice the dot's radius and a gap keeps every dot whole): in turn, each stays where its country
 * is if that is free, or goes to the nearest free place on rings round it. A moved marker keeps
 * its country's place as `anchor`, for a leader line. Deterministic: the same markers in the same
 * order are placed the same way.
 * separateMarkers([{ iso: "SM", centre: [10, 10] }, { iso: "VA", centre: [10, 11] }], 6) → VA moved 6 from SM.
 */
export function separateMarkers(markers: readonly MarkerSpec[], distance: number): MarkerSpec[] {
  const placed: MarkerSpec[] = [];
  const free = ([x, y]: Point) => placed.every(({ centre: [px, py] }) => Math.hypot(px - x, py - y) >= distance);
  for (const marker of markers) {
    let centre = marker.centre;
    for (let ring = 1; !free(centre); ring++) {
      const [x, y] = marker.centre;
      const radius = ring * RING_STEP * distance;
      const places = Array.from({ length: PLACES_PER_RING }, (_, i): Point => {
        // Each ring turned by half a step from the last, so rings do not line up.
        const angle = ((i + (ring % 2) / 2) / PLACES_PER_RING) * 2 * Math.PI;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
      });
      centre = places.find(free) ?? centre;
    }
    placed.push(centre === marker.centre ? marker : { ...marker, centre, anchor: marker.anchor ?? marker.centre });
  }
  return placed;
}

/**
 * The markers at a scale, nudged apart (separateMarkers), and one more for each party whose land
 * the others' markers would leave too little of: Venezuela under the Caribbean's dots, Guatemala
 * under Central America's. `project` takes a world point to where the markers are drawn (the inset).
 * placeMarkers(shapes, categoryOf, 0.36, covered, 8.3).map((m) => m.iso) → ["AD", "LI", …]
 */
export function placeMarkers(
  shapes: readonly WorldShape[],
  categoryOf: (iso: string) => Category,
  pxPerUnit: number,
  covered: ReadonlyMap<string, string>,
  radius: number,
  spacing: number,
  project: (point: Point) => Point = (point) => point,
): MarkerSpec[] {
  const specs = markersFor(shapes, categoryOf, pxPerUnit, covered).map((marker) => ({ ...marker, centre: project(marker.centre) }));
  const dotArea = Math.PI * radius * radius;
  for (let round = 0; ; round++) {
    const placed = separateMarkers(specs, radius * spacing);
    const marked = new Set(placed.map((marker) => marker.iso));
    const hidden = shapes.filter((shape) => {
      const category = categoryOf(shape.iso);
      if (marked.has(shape.iso) || category === "other" || covered.has(shape.iso) || !shape.d) return false;
      const [[x0, y0], [x1, y1]] = [project(shape.bounds[0]), project(shape.bounds[1])];
      const over = placed.filter(({ centre: [x, y] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1).length;
      // Land as drawn (scaled as `project` scales), less what the dots over it may cover.
      const scale = (x1 - x0) / Math.max(shape.bounds[1][0] - shape.bounds[0][0], 1e-9);
      return over > 0 && (areaOf(shape) * scale * scale - over * dotArea) * (pxPerUnit / scale) ** 2 < MIN_AREA_PX2;
    });
    if (hidden.length === 0 || round === 2) return placed;
    specs.push(...hidden.map((shape) => ({ iso: shape.iso, centre: project(shape.centroid), category: categoryOf(shape.iso) })));
  }
}

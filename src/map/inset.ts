// The inset (issue #22): where a statement's parties crowd a region too small to read at the world
// view (Europe, most often), the map draws that region again, magnified, in a band below the world.
// Which region, and the window it shows, come from the statement's data: the parties that would be
// too small at a phone's width, and their mainlands (not overseas parts: French Guiana is not
// Europe). Pure: the map, the downloads and the share cards draw the same inset.
import insetRegionsJson from "../generated/insetRegions.json";
import type { InsetRegionRecord } from "../countries/insetRegions";
import type { InsetChoice, InsetRegionId } from "../statement/insetChoice";
import { mainlandBox } from "../geo/pathRings";
import type { Point, World, WorldShape } from "../geo/types";
import type { Category } from "../view/categorise";
import { placeMarkers, type MarkerSpec } from "./markers";

export type { InsetChoice, InsetRegionId };

const REGIONS = insetRegionsJson as InsetRegionRecord[];
const MEMBERS = new Map(REGIONS.map((region) => [region.id, new Set(region.members.split(" "))]));

/** The region's name in a language, falling back to English. insetRegionName("europe", "uk") → "Європа". */
export function insetRegionName(region: InsetRegionId, lang: string): string {
  const names = REGIONS.find((candidate) => candidate.id === region)?.names ?? {};
  return names[lang] ?? names.en ?? region;
}

/** The narrowest map readers see (a phone embed's map, CSS px): a party is crowded if it is too small there. */
export const REFERENCE_MAP_PX = 359;
/** A party whose mainland is shorter than this on its longer side, at REFERENCE_MAP_PX, cannot be read or pointed at. */
const CROWDED_BELOW_PX = 16;
/** An inset is drawn for at least this many crowded parties in one region (a lone micro-state has its marker). */
const MIN_CROWDED = 4;

export interface Inset {
  region: InsetRegionId;
  /** The part of the world it shows, in the world's viewBox units: the crowded parties' mainlands, with a margin. */
  window: [Point, Point];
  /** The parties it shows (their label point is inside the window): the world view draws no marker for them. */
  parties: ReadonlySet<string>;
}

/**
 * The inset a statement needs, or null: the region with the most parties too small to read at a
 * phone's width, if it has at least `minCrowded` of them; `choice` overrides ("none", or a region).
 * chooseInset(world, categoryOf, coveredBy) → { region: "europe", window: [[452, 18], [594, 120]], … } for the seed.
 */
export function chooseInset(
  world: World,
  categoryOf: (iso: string) => Category,
  coveredBy: ReadonlyMap<string, string>,
  choice: InsetChoice | null = null,
  minCrowded = MIN_CROWDED,
): Inset | null {
  if (choice === "none") return null;
  const isParty = (shape: WorldShape) => categoryOf(shape.iso) !== "other" && !coveredBy.has(shape.iso);
  const parties = world.shapes.filter(isParty);
  const referencePxPerUnit = REFERENCE_MAP_PX / world.width;
  const boxes = new Map(parties.map((shape) => [shape.iso, boxOf(shape)]));
  const crowded = (shape: WorldShape) => {
    const [[x0, y0], [x1, y1]] = boxes.get(shape.iso)!;
    return Math.max(x1 - x0, y1 - y0) * referencePxPerUnit < CROWDED_BELOW_PX;
  };

  const candidates = choice ? REGIONS.filter((region) => region.id === choice) : REGIONS;
  let best: { region: InsetRegionId; crowded: WorldShape[] } | null = null;
  for (const { id } of candidates) {
    const members = MEMBERS.get(id)!;
    const inRegion = parties.filter((shape) => members.has(shape.iso));
    const crowdedHere = inRegion.filter(crowded);
    // An override shows its region even where little crowds it: its parties, or failing those the whole region.
    const framed = crowdedHere.length > 0 || !choice ? crowdedHere : inRegion.length > 0 ? inRegion : world.shapes.filter((shape) => members.has(shape.iso));
    if (!best || framed.length > best.crowded.length) best = { region: id, crowded: framed };
  }
  if (!best || best.crowded.length === 0 || (!choice && best.crowded.length < minCrowded)) return null;

  const window = padded(unionOf(best.crowded.map((shape) => boxes.get(shape.iso) ?? boxOf(shape))));
  const inside = ([x, y]: Point) => x >= window[0][0] && x <= window[1][0] && y >= window[0][1] && y <= window[1][1];
  return { region: best.region, window, parties: new Set(parties.filter((shape) => inside(shape.centroid)).map((shape) => shape.iso)) };
}

/** A shape's mainland box, or its label point for a country drawn as a marker only. */
function boxOf(shape: WorldShape): [Point, Point] {
  return (shape.d && mainlandBox(shape.d)) || [shape.centroid, shape.centroid];
}

function unionOf(boxes: readonly [Point, Point][]): [Point, Point] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[bx0, by0], [bx1, by1]] of boxes) [x0, y0, x1, y1] = [Math.min(x0, bx0), Math.min(y0, by0), Math.max(x1, bx1), Math.max(y1, by1)];
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** A margin round the window (a twentieth of its larger side, at least MIN_WINDOW_MARGIN), so no party touches the frame. */
const MIN_WINDOW_MARGIN = 2;
/** A window is never smaller than this across (viewBox units, about 8 degrees): three islands are shown with their sea, not magnified without end. */
const MIN_WINDOW_SIDE = 24;
function padded([[x0, y0], [x1, y1]]: [Point, Point]): [Point, Point] {
  const margin = Math.max(MIN_WINDOW_MARGIN, Math.max(x1 - x0, y1 - y0) / 20);
  const growX = Math.max(0, MIN_WINDOW_SIDE - (x1 - x0)) / 2 + margin;
  const growY = Math.max(0, MIN_WINDOW_SIDE - (y1 - y0)) / 2 + margin;
  const round = (value: number) => Math.round(value * 10) / 10;
  return [
    [round(x0 - growX), round(y0 - growY)],
    [round(x1 + growX), round(y1 + growY)],
  ];
}

/** The band below the world that holds the inset: where the window is drawn, and how much larger. */
export interface InsetLayout {
  /** The whole drawing's viewBox height: the world's and the band's. */
  height: number;
  /** The inset's frame in viewBox units: [x, y, width, height]. */
  frame: [number, number, number, number];
  /** World units → viewBox units inside the frame: point * k + [x, y]. */
  k: number;
  x: number;
  y: number;
}

/** Space between the world and the band, viewBox units. */
const BAND_GAP = 10;
/** The band's height at most, as a share of the world's: the compact embed stays one phone screen (issue #22: 800 px at 375). */
const BAND_MAX_HEIGHT = 0.6;
/** The inset's width at most, as a share of the world's: the rest of the band holds the label and the zoom buttons. */
const BAND_MAX_WIDTH = 0.62;
/** Left inset of the frame, viewBox units: its stroke stays inside the drawing. */
const FRAME_LEFT = 2;

/**
 * Where the inset goes: in a band below the world, at the band's left, as large as the band allows
 * for the window's shape (the fit d3-geo's fitExtent makes, for a planar window).
 * insetLayout({ width: 1000, height: 487 }, inset.window).frame → [2, 497, 418, 292]
 */
export function insetLayout(world: { width: number; height: number }, window: [Point, Point]): InsetLayout {
  const [[x0, y0], [x1, y1]] = window;
  const maxWidth = world.width * BAND_MAX_WIDTH;
  const maxHeight = world.height * BAND_MAX_HEIGHT;
  const k = Math.min(maxWidth / (x1 - x0), maxHeight / (y1 - y0));
  const width = (x1 - x0) * k;
  const height = (y1 - y0) * k;
  const top = world.height + BAND_GAP;
  return {
    height: Math.ceil(top + height + 1),
    frame: [FRAME_LEFT, top, round2(width), round2(height)],
    k: round2(k, 4),
    x: round2(FRAME_LEFT - x0 * k),
    y: round2(top - y0 * k),
  };
}

/** A point of the world in the inset: insetPoint(layout, [500, 60]) → [x, y] in viewBox units. */
export const insetPoint = (layout: InsetLayout, [x, y]: Point): Point => [x * layout.k + layout.x, y * layout.k + layout.y];

/** Whether a shape shows in the window at all (its bounds meet it): the inset draws only those. */
export function meetsWindow(shape: WorldShape, [[x0, y0], [x1, y1]]: [Point, Point]): boolean {
  const [[sx0, sy0], [sx1, sy1]] = shape.bounds;
  return shape.d !== "" && sx0 <= x1 && sx1 >= x0 && sy0 <= y1 && sy1 >= y0;
}

const round2 = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Markers' centres are kept this many dot radii apart: two dots and a hair of space between them. */
const MARKER_SPACING = 2.2;

/**
 * Every marker the map draws at a scale, the inset's included (`fixed`, in the drawing's units):
 * the world view's for the parties the inset does not show, each set placed so no dot hides
 * another. `pxPerUnit` is CSS px per viewBox unit at the world view, `k` the zoom, `dotRadiusPx` a
 * dot's radius on screen. What WorldMap draws and what the downloads and cards draw, alike.
 */
export function markersOfMap(
  world: World,
  categoryOf: (iso: string) => Category,
  coveredBy: ReadonlyMap<string, string>,
  inset: Inset | null,
  layout: InsetLayout | null,
  { pxPerUnit, k, dotRadiusPx }: { pxPerUnit: number; k: number; dotRadiusPx: number },
): MarkerSpec[] {
  const onWorldShapes = inset ? world.shapes.filter((shape) => !inset.parties.has(shape.iso)) : world.shapes;
  const onWorld = placeMarkers(onWorldShapes, categoryOf, pxPerUnit * k, coveredBy, dotRadiusPx / (pxPerUnit * k), MARKER_SPACING);
  if (!inset || !layout) return onWorld;
  const shown = world.shapes.filter((shape) => inset.parties.has(shape.iso));
  const inInset = placeMarkers(shown, categoryOf, pxPerUnit * layout.k, coveredBy, dotRadiusPx / pxPerUnit, MARKER_SPACING, (point) =>
    insetPoint(layout, point),
  );
  return [...onWorld, ...inInset.map((marker): MarkerSpec => ({ ...marker, fixed: true }))];
}

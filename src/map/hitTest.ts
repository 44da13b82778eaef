import type { Point } from "../geo/types";
import { compareCodes } from "../i18n/format";
import type { MarkerSpec } from "./markers";
import { onScreen, type View } from "./zoomMath";

export interface HitTestInput {
  /** The pointer, in the map's viewBox units (before the zoom's transform). */
  point: Point;
  /** The country whose shape (or marker) the browser says is under the pointer; null over the sea. */
  under: string | null;
  markers: readonly MarkerSpec[];
  view: View;
  /** CSS px per viewBox unit at zoom 1. */
  pxPerUnit: number;
  /** A marker's drawn dot, CSS px. */
  dotRadiusPx: number;
  /** How far from a marker's centre the pointer still finds it over the sea, CSS px. */
  hitRadiusPx: number;
  /** The world view's part of the drawing (viewBox units, from 0, 0): a zoomed marker outside it is clipped away, so it cannot be found. */
  worldSize?: { width: number; height: number };
}

/**
 * The country a pointer names (issue #11: the tooltip never names the wrong country). In order:
 * a marker's drawn dot; else the land under the pointer, whatever markers are near (over Hungary
 * the answer is Hungary, not the Slovenian dot beside it); else, over the sea, the nearest marker
 * within the enlarged hover radius, so a micro-state can still be found by its dot's surroundings.
 * countryAt({ point: [517, 101], under: "FR", … }) → "FR" unless the point is on Monaco's dot.
 */
export function countryAt(input: HitTestInput): string | null {
  const onDot = nearestWithin(input, input.dotRadiusPx + DOT_TOLERANCE_PX);
  if (onDot) return onDot;
  if (input.under !== null) return input.under;
  return nearestWithin(input, input.hitRadiusPx);
}

/** A tap offers at most this many countries: a chooser that fits a phone's screen (issue #27). */
export const MAX_CANDIDATES = 8;

/**
 * Every country a tap could have meant: the land under the finger first, always (issue #27: a tap on
 * Hungary never leaves Hungary out), then the markers within the touch target, nearest first, at
 * most MAX_CANDIDATES in all. A tap with more than one candidate offers them rather than guess.
 * candidatesAt({ point near San Marino on Italy, under: "IT", … }) → ["IT", "SM"].
 */
export function candidatesAt(input: HitTestInput): string[] {
  const near = markersWithin(input, input.hitRadiusPx)
    .map(({ iso }) => iso)
    .filter((iso) => iso !== input.under);
  return [...(input.under === null ? [] : [input.under]), ...near].slice(0, MAX_CANDIDATES);
}

/** A pointer's pixel on a dot's edge still counts as on it (antialiasing draws the edge half a pixel out). */
const DOT_TOLERANCE_PX = 1;

function nearestWithin(input: HitTestInput, radiusPx: number): string | null {
  return markersWithin(input, radiusPx)[0]?.iso ?? null;
}

/** The markers whose centre is within `radiusPx` CSS px of the point, nearest first. */
function markersWithin({ point, markers, view, pxPerUnit, worldSize }: HitTestInput, radiusPx: number): { iso: string; distance: number }[] {
  const found: { iso: string; distance: number }[] = [];
  for (const marker of markers) {
    const [x, y] = marker.fixed ? marker.centre : onScreen(view, marker.centre);
    if (!marker.fixed && worldSize && (x < 0 || y < 0 || x > worldSize.width || y > worldSize.height)) continue;
    const distance = Math.hypot(x - point[0], y - point[1]) * pxPerUnit;
    if (distance <= radiusPx) found.push({ iso: marker.iso, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || compareCodes(a.iso, b.iso));
}

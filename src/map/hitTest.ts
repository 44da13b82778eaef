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

/**
 * Every country a tap could have meant, nearest first: the markers within the hover radius and the
 * land under the finger. A tap with more than one candidate offers them all rather than guess.
 * candidatesAt({ point near San Marino on Italy, … }) → ["SM", "IT"].
 */
export function candidatesAt(input: HitTestInput): string[] {
  const near = markersWithin(input, input.hitRadiusPx).map(({ iso }) => iso);
  if (input.under !== null && !near.includes(input.under)) near.push(input.under);
  return near;
}

/** A pointer's pixel on a dot's edge still counts as on it (antialiasing draws the edge half a pixel out). */
const DOT_TOLERANCE_PX = 1;

function nearestWithin(input: HitTestInput, radiusPx: number): string | null {
  return markersWithin(input, radiusPx)[0]?.iso ?? null;
}

/** The markers whose centre is within `radiusPx` CSS px of the point, nearest first. */
function markersWithin({ point, markers, view, pxPerUnit }: HitTestInput, radiusPx: number): { iso: string; distance: number }[] {
  const found: { iso: string; distance: number }[] = [];
  for (const marker of markers) {
    const [x, y] = onScreen(view, marker.centre);
    const distance = Math.hypot(x - point[0], y - point[1]) * pxPerUnit;
    if (distance <= radiusPx) found.push({ iso: marker.iso, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || compareCodes(a.iso, b.iso));
}

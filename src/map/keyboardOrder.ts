import type { Point, WorldShape } from "../geo/types";
import { compareCodes } from "../i18n/format";
import type { Category } from "../view/categorise";

const RANK: Record<Category, number> = { signatory: 0, both: 0, joined: 1, first: 1, second: 2, subject: 2, other: 3 };

/**
 * The order Home, End, Page Up and Page Down walk the map in: signatories first, then later
 * signatories, subjects and everyone else; within each, west to east in bands of latitude.
 * keyboardOrder(shapes, cat) → ["US", "CA", …].
 */
export function keyboardOrder(shapes: readonly WorldShape[], categoryOf: (iso: string) => Category): string[] {
  // Bands of about 15 degrees of latitude (viewBox is ~486 units tall for 180 degrees).
  const band = (shape: WorldShape) => Math.floor(shape.centroid[1] / 40);
  return [...shapes]
    .sort((a, b) => RANK[categoryOf(a.iso)] - RANK[categoryOf(b.iso)] || band(a) - band(b) || a.centroid[0] - b.centroid[0] || compareCodes(a.iso, b.iso))
    .map((shape) => shape.iso);
}

/** Each arrow key's direction on the map, in viewBox units (y grows southwards). */
const DIRECTIONS: Record<string, Point> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** How much a step sideways of the arrow's direction costs against a step along it: neighbours in line win. */
const SIDEWAYS_COST = 2;

/**
 * Where a key press moves the keyboard's focus on the map, or null when the key is no move. The
 * arrows go to the nearest country in their direction (issue #17: Right from Finland is Russia, not
 * Canada; Down from Liechtenstein is south), judged by the countries' label points and within 60°
 * of the arrow; with none that way, focus stays. Home and End go to the first and last country of
 * `order`, Page Down and Page Up to the next and previous one in it.
 * nextCountry(order, points, "FI", "ArrowRight") → "RU".
 */
export function nextCountry(order: readonly string[], points: ReadonlyMap<string, Point>, current: string, key: string): string | null {
  const index = order.indexOf(current);
  switch (key) {
    case "Home":
      return order[0] ?? null;
    case "End":
      return order[order.length - 1] ?? null;
    case "PageDown":
      return order[Math.min(order.length - 1, index + 1)] ?? null;
    case "PageUp":
      return order[Math.max(0, index - 1)] ?? null;
  }
  const direction = DIRECTIONS[key];
  const from = points.get(current);
  if (!direction || !from) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const iso of order) {
    const point = points.get(iso);
    if (iso === current || !point) continue;
    const dx = point[0] - from[0];
    const dy = point[1] - from[1];
    const along = dx * direction[0] + dy * direction[1];
    const sideways = Math.abs(dx * direction[1] - dy * direction[0]);
    // Within 60° of the arrow: tan(60°) ≈ 1.73.
    if (along <= 0 || sideways > along * 1.73) continue;
    const score = along + SIDEWAYS_COST * sideways;
    if (score < bestScore) {
      best = iso;
      bestScore = score;
    }
  }
  return best ?? current;
}

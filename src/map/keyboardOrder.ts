import type { WorldShape } from "../geo/types";
import type { Category } from "./categorise";

const RANK: Record<Category, number> = { signatory: 0, joined: 1, subject: 2, other: 3 };

/**
 * The order arrow keys walk the map in: signatories first, then later signatories, subjects and
 * everyone else; within each, west to east in bands of latitude so neighbours follow each other.
 * keyboardOrder(shapes, cat) → ["US", "CA", …].
 */
export function keyboardOrder(shapes: readonly WorldShape[], categoryOf: (iso: string) => Category): string[] {
  // Bands of about 15 degrees of latitude (viewBox is ~486 units tall for 180 degrees).
  const band = (shape: WorldShape) => Math.floor(shape.centroid[1] / 40);
  return [...shapes]
    .sort(
      (a, b) =>
        RANK[categoryOf(a.iso)] - RANK[categoryOf(b.iso)] ||
        band(a) - band(b) ||
        a.centroid[0] - b.centroid[0] ||
        a.iso.localeCompare(b.iso),
    )
    .map((shape) => shape.iso);
}

/** The next ISO code for a key press, or null when the key is not a move: nextInOrder(order, "FR", "ArrowRight"). */
export function nextInOrder(order: readonly string[], current: string, key: string): string | null {
  const index = Math.max(0, order.indexOf(current));
  const last = order.length - 1;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return order[Math.min(last, index + 1)] ?? null;
    case "ArrowLeft":
    case "ArrowUp":
      return order[Math.max(0, index - 1)] ?? null;
    case "Home":
      return order[0] ?? null;
    case "End":
      return order[last] ?? null;
    default:
      return null;
  }
}

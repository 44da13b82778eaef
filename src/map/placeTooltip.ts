import type { Point } from "../geo/types";

/** Gap between the tooltip and what it points at, CSS px. */
const GAP_PX = 10;
/** The tooltip keeps this far from the map frame's edges, CSS px. */
const EDGE_PX = 4;

/**
 * Where the tooltip goes, in the map frame's CSS px: above the point it names, else below it,
 * always inside the frame (never over the legend or the panel beside it). One rule for a pointer,
 * a keyboard focus and a selected country, which all give their point here.
 * placeTooltip([100, 80], { width: 120, height: 40 }, { width: 400, height: 200 }) → { left: 40, top: 30 }.
 */
export function placeTooltip(
  anchor: Point,
  tooltip: { width: number; height: number },
  frame: { width: number; height: number },
): { left: number; top: number } {
  const [x, y] = anchor;
  const left = clamp(x - tooltip.width / 2, EDGE_PX, frame.width - tooltip.width - EDGE_PX);
  const above = y - GAP_PX - tooltip.height;
  const below = y + GAP_PX;
  const top =
    above >= EDGE_PX ? above : below + tooltip.height <= frame.height - EDGE_PX ? below : clamp(above, EDGE_PX, frame.height - tooltip.height - EDGE_PX);
  return { left: Math.round(left), top: Math.round(top) };
}

/** `value` within [min, max]; min wins when the range is empty (a tooltip wider than the frame starts at its left edge). */
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

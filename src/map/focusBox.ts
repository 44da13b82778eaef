import type { Point, WorldShape } from "../geo/types";

/** Padding around a country brought into view, in viewBox units. */
const PAD = 6;

/**
 * The box to zoom to when a country is chosen: its bounds, padded; but for a country whose
 * islands reach across the map (New Zealand's Chatham Islands lie past 180°, so its bounds span
 * the world), a box around its main landmass instead.
 * focusBoxOf(newZealand, 1000) → [[882, 385], [966, 469]], not the whole width.
 */
export function focusBoxOf(shape: WorldShape, worldWidth: number): [Point, Point] {
  const [[x0, y0], [x1, y1]] = shape.bounds;
  if (x1 - x0 <= worldWidth / 3)
    return [
      [x0 - PAD, y0 - PAD],
      [x1 + PAD, y1 + PAD],
    ];
  const [cx, cy] = shape.centroid;
  const half = worldWidth / 24;
  return [
    [cx - half, cy - half],
    [cx + half, cy + half],
  ];
}

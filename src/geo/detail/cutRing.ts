import type { Point } from "../types";
import { cellOf, DETAIL_GRID, type TileId } from "./detailGrid";

/** A run of a ring inside one cell, from where the ring enters the cell to where it leaves it. */
export interface Fragment {
  cell: TileId;
  /** From entry to exit, both on the cell's boundary. */
  points: Point[];
}

/** A ring, whole in one cell, or as fragments in ring order, each starting where the one before ends. */
export type CutRing = { cell: TileId; whole: Point[] } | { fragments: Fragment[] };

/**
 * Cuts a planar ring (viewBox units; closing point not repeated) along the lines of DETAIL_GRID.
 * Each fragment's ends lie on its cell's boundary, so the chord between them stays inside that
 * cell: a browser that has not loaded a cell can draw the chord instead, off-screen, and the ring
 * stays closed and exact in the cells it has (see assembleDetail).
 * @example cutRing([[10, 10], [100, 10], [100, 20], [10, 20]]) // { fragments: [{ cell: 0, … }, { cell: 1, … }] }
 */
export function cutRing(ring: readonly Point[]): CutRing {
  // Every segment split where it crosses a grid line; each piece lies in one cell.
  const pieces: { from: Point; to: Point; cell: TileId }[] = [];
  for (let i = 0; i < ring.length; i++) {
    const from = ring[i]!;
    const to = ring[(i + 1) % ring.length]!;
    const cuts = [0, ...crossings(from, to), 1];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = pointAt(from, to, cuts[k]!);
      const b = pointAt(from, to, cuts[k + 1]!);
      pieces.push({ from: a, to: b, cell: cellOf((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) });
    }
  }
  const start = pieces.findIndex((piece, i) => piece.cell !== pieces.at(i - 1)!.cell);
  if (start < 0) return { cell: pieces[0]?.cell ?? cellOf(ring[0]![0], ring[0]![1]), whole: [...ring] };

  const fragments: Fragment[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[(start + k) % pieces.length]!;
    const last = fragments.at(-1);
    if (last && last.cell === piece.cell) last.points.push(piece.to);
    else fragments.push({ cell: piece.cell, points: [piece.from, piece.to] });
  }
  return { fragments };
}

/** Where the segment crosses grid lines, as fractions of its length in (0, 1), in order. */
function crossings([x0, y0]: Point, [x1, y1]: Point): number[] {
  const { cell } = DETAIL_GRID;
  const ts: number[] = [];
  const along = (a: number, b: number) => {
    if (a === b) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    for (let line = Math.floor(lo / cell) + 1; line * cell < hi; line++) ts.push((line * cell - a) / (b - a));
  };
  along(x0, x1);
  along(y0, y1);
  return ts.filter((t) => t > 0 && t < 1).sort((a, b) => a - b);
}

/** The point a fraction t along the segment; exactly on a grid line where t was computed from one. */
function pointAt([x0, y0]: Point, [x1, y1]: Point, t: number): Point {
  if (t === 0) return [x0, y0];
  if (t === 1) return [x1, y1];
  const { cell } = DETAIL_GRID;
  const snap = (value: number) => {
    const nearest = Math.round(value / cell) * cell;
    return Math.abs(value - nearest) < 1e-9 ? nearest : value;
  };
  return [snap(x0 + t * (x1 - x0)), snap(y0 + t * (y1 - y0))];
}

import type { Point } from "../types";

/**
 * The grid that zoom detail is split into, in the world map's viewBox units (1000 × 487): square
 * cells of `cell` units, numbered row by row from the top left, `id = row * cols + col`. A cell of
 * 62.5 units is 100 CSS px on a 1600 px map: a view at 4x zoom covers 4 × 2 to 5 × 3 cells.
 */
export const DETAIL_GRID = { width: 1000, height: 487, cell: 62.5, cols: 16, rows: 8 } as const;

/** A tile of zoom detail: one cell of DETAIL_GRID, by its id. */
export type TileId = number;

/**
 * The tiles a view needs: every cell that the box (in viewBox units, [[x0, y0], [x1, y1]]) overlaps,
 * grown by `margin` times its size on each side (0.25 fetches a quarter-view ahead, for panning).
 * @example tilesFor([[440, 60], [600, 160]]) // [17, 18, 19, 33, 34, 35] (Europe at about 6x)
 */
export function tilesFor([[x0, y0], [x1, y1]]: [Point, Point], margin = 0): TileId[] {
  const { cell, cols, rows } = DETAIL_GRID;
  const [padX, padY] = [(x1 - x0) * margin, (y1 - y0) * margin];
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  const [c0, c1] = [clamp(Math.floor((x0 - padX) / cell), cols - 1), clamp(Math.ceil((x1 + padX) / cell) - 1, cols - 1)];
  const [r0, r1] = [clamp(Math.floor((y0 - padY) / cell), rows - 1), clamp(Math.ceil((y1 + padY) / cell) - 1, rows - 1)];
  const ids: TileId[] = [];
  for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) ids.push(row * cols + col);
  return ids;
}

/** The cell holding a point; points on a boundary go to the cell right of and below it, clamped to the grid. */
export function cellOf(x: number, y: number): TileId {
  const { cell, cols, rows } = DETAIL_GRID;
  const col = Math.min(cols - 1, Math.max(0, Math.floor(x / cell)));
  const row = Math.min(rows - 1, Math.max(0, Math.floor(y / cell)));
  return row * cols + col;
}

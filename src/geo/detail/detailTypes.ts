import type { TileId } from "./detailGrid";

/**
 * The files of zoom detail (src/generated/detail/, served beside the app), as JSON. Coordinates
 * are in viewBox units written with `step`'s decimals; in the index, integers counted in steps.
 */
export interface DetailIndex {
  /** Format version: a change of shape bumps it. */
  version: 1;
  /** Grid step of all coordinates, viewBox units, e.g. 0.01. */
  step: number;
  /** The cell size, columns and rows the tiles were cut with (DETAIL_GRID when they were built). */
  grid: { cell: number; cols: number; rows: number };
  /** Per tile that has a file, the ISO codes of the countries in it: what a failed tile leaves undetailed. */
  tiles: Record<string, string[]>;
  /**
   * Per ISO code, each ring that crosses cells: per fragment, in ring order, its cell and the point
   * where it ends (= where the next starts), in steps: [cell, x, y, cell, x, y, …].
   */
  rings: Record<string, number[][]>;
}

/** One tile: the detail of every country in one cell. */
export interface DetailTile {
  version: 1;
  id: TileId;
  countries: Record<string, TileCountry>;
}

export interface TileCountry {
  /** Rings wholly inside the cell, as closed absolute-start path data: "M12.34 56.78l…z". */
  rings?: string[];
  /** Fragments of crossing rings in this cell: [ring index in the index's list for the country, fragment index, "l…" path data relative to the fragment's start]. */
  parts?: [number, number, string][];
}

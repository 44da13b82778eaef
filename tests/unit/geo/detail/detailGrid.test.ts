import { describe, expect, it } from "vitest";
import { cellOf, DETAIL_GRID, tilesFor } from "../../../../src/geo/detail/detailGrid";

describe("tilesFor", () => {
  it("asks for few tiles for a zoom to Europe, not the world", () => {
    // Europe from Portugal to the Urals' foot, Iceland to Crete, at about 6x on a 1000-unit map.
    const europe = tilesFor([
      [440, 60],
      [600, 160],
    ]);
    expect(europe.length).toBeGreaterThan(0);
    expect(europe.length).toBeLessThanOrEqual(12);
    expect(europe.length).toBeLessThan((DETAIL_GRID.cols * DETAIL_GRID.rows) / 10);
  });

  it("lists every cell the box overlaps, row by row, and only those", () => {
    // One cell is 62.5 units: x 100-130 lies in column 1 and 2, y 10-70 in rows 0 and 1.
    expect(
      tilesFor([
        [100, 10],
        [130, 70],
      ]),
    ).toEqual([1, 2, 17, 18]);
    expect(
      tilesFor([
        [70, 70],
        [120, 120],
      ]),
    ).toEqual([17]);
  });

  it("grows the box by a margin to fetch ahead, and clamps it to the map", () => {
    expect(
      tilesFor(
        [
          [70, 70],
          [120, 120],
        ],
        0.5,
      ),
    ).toEqual([0, 1, 2, 16, 17, 18, 32, 33, 34]);
    const all = tilesFor([
      [-50, -50],
      [2000, 2000],
    ]);
    expect(all).toHaveLength(DETAIL_GRID.cols * DETAIL_GRID.rows);
  });
});

describe("cellOf", () => {
  it("numbers cells row by row and puts a point on a line in the cell after it", () => {
    expect(cellOf(0, 0)).toBe(0);
    expect(cellOf(62.5, 0)).toBe(1);
    expect(cellOf(999, 486)).toBe(DETAIL_GRID.cols * DETAIL_GRID.rows - 1);
  });
});

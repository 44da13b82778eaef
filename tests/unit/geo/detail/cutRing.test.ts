import { describe, expect, it } from "vitest";
import { cutRing, type Fragment } from "../../../../src/geo/detail/cutRing";
import { DETAIL_GRID } from "../../../../src/geo/detail/detailGrid";
import type { Point } from "../../../../src/geo/types";

const { cell } = DETAIL_GRID;
const onBoundaryOf = (id: number, [x, y]: Point) => {
  const [col, row] = [id % DETAIL_GRID.cols, Math.floor(id / DETAIL_GRID.cols)];
  const [x0, y0, x1, y1] = [col * cell, row * cell, (col + 1) * cell, (row + 1) * cell];
  const inside = x >= x0 && x <= x1 && y >= y0 && y <= y1;
  return inside && (x === x0 || x === x1 || y === y0 || y === y1);
};

describe("cutRing", () => {
  it("keeps a ring inside one cell whole", () => {
    expect(
      cutRing([
        [10, 10],
        [20, 10],
        [20, 20],
      ]),
    ).toEqual({
      cell: 0,
      whole: [
        [10, 10],
        [20, 10],
        [20, 20],
      ],
    });
  });

  it("cuts a ring across a grid line into fragments that end on their cell's boundary and join up", () => {
    // A rectangle from x 50 to 80 straddles the line x = 62.5 between cells 0 and 1.
    const cut = cutRing([
      [50, 10],
      [80, 10],
      [80, 20],
      [50, 20],
    ]);
    if (!("fragments" in cut)) throw new Error("expected fragments");
    expect(cut.fragments.map((fragment) => fragment.cell).sort()).toEqual([0, 1]);
    cut.fragments.forEach((fragment: Fragment, k) => {
      expect(onBoundaryOf(fragment.cell, fragment.points[0]!)).toBe(true);
      expect(onBoundaryOf(fragment.cell, fragment.points.at(-1)!)).toBe(true);
      // Each fragment starts where the one before it ends.
      expect(fragment.points[0]).toEqual(cut.fragments.at(k - 1)!.points.at(-1));
    });
    expect(cut.fragments.flatMap((fragment) => fragment.points)).toEqual(
      expect.arrayContaining([
        [62.5, 10],
        [62.5, 20],
        [80, 10],
        [50, 20],
      ]),
    );
  });

  it("cuts a segment that crosses several lines at each of them", () => {
    const cut = cutRing([
      [10, 10],
      [200, 10],
      [200, 11],
    ]);
    if (!("fragments" in cut)) throw new Error("expected fragments");
    const crossings = cut.fragments.map((fragment) => fragment.points[0]![0]);
    expect(crossings).toEqual(expect.arrayContaining([62.5, 125, 187.5]));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mainlandBox, ringBoxes } from "../../../src/geo/pathRings";
import { RelativePath } from "../../../src/geo/relativePath";

/** A square's path as the build writes it (RelativePath), at `x`, `y`, `side` units. */
function square(context: RelativePath, x: number, y: number, side: number): void {
  context.moveTo(x, y);
  context.lineTo(x + side, y);
  context.lineTo(x + side, y + side);
  context.lineTo(x, y + side);
  context.closePath();
}

describe("ringBoxes", () => {
  it("reads each ring's box and area from the build's relative path data", () => {
    const context = new RelativePath(1);
    square(context, 10, 20, 4);
    square(context, 100, 5, 1);
    expect(ringBoxes(context.result())).toEqual([
      {
        box: [
          [10, 20],
          [14, 24],
        ],
        area: 16,
      },
      {
        box: [
          [100, 5],
          [101, 6],
        ],
        area: 1,
      },
    ]);
  });

  it("reads absolute and horizontal or vertical commands too", () => {
    expect(ringBoxes("M10,10H30V30H10Z")).toEqual([
      {
        box: [
          [10, 10],
          [30, 30],
        ],
        area: 400,
      },
    ]);
    expect(ringBoxes("")).toEqual([]);
  });

  it("finds every square the build writes, wherever it is", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (squares) => {
          const context = new RelativePath(1);
          for (const [x, y, side] of squares) square(context, x, y, side);
          const rings = ringBoxes(context.result());
          expect(rings.map((ring) => ring.box)).toEqual(
            squares.map(([x, y, side]) => [
              [x, y],
              [x + side, y + side],
            ]),
          );
          expect(rings.map((ring) => ring.area)).toEqual(squares.map(([, , side]) => side * side));
        },
      ),
    );
  });
});

describe("mainlandBox", () => {
  it("keeps the largest ring and the islands near it, not the overseas parts", () => {
    const context = new RelativePath(1);
    square(context, 100, 100, 30); // the mainland
    square(context, 133, 110, 3); // an island 3 units off its coast
    square(context, 20, 300, 5); // an overseas department
    expect(mainlandBox(context.result())).toEqual([
      [100, 100],
      [136, 130],
    ]);
  });

  it("is null for a country with no shape", () => {
    expect(mainlandBox("")).toBeNull();
  });
});

import { geoContains } from "d3-geo";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { labelPoint, largestPolygon } from "../../../src/geo/labelPoint";

// Rings wound clockwise as seen on a map, as d3-geo expects for small polygons.
const square = (x: number, y: number, size: number): Polygon["coordinates"][number] => [
  [x, y],
  [x, y + size],
  [x + size, y + size],
  [x + size, y],
  [x, y],
];

describe("labelPoint", () => {
  it("returns the centroid of a convex country", () => {
    const [x, y] = labelPoint({ type: "Polygon", coordinates: [square(0, 0, 2)] });
    expect(x).toBeCloseTo(1, 2);
    expect(y).toBeCloseTo(1, 2);
  });

  it("uses the largest polygon, not the islands", () => {
    const [x] = labelPoint({ type: "MultiPolygon", coordinates: [[square(20, 0, 0.5)], [square(0, 0, 4)], [square(-20, 0, 0.5)]] });
    expect(x).toBeCloseTo(2, 1);
  });

  it("finds a point inside a C-shaped country whose centroid lies in the bay", () => {
    // A "C" open to the east: the bay around (2, 2) is not part of it.
    const c: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0, 4],
          [4, 4],
          [4, 3],
          [1, 3],
          [1, 1],
          [4, 1],
          [4, 0],
          [0, 0],
        ],
      ],
    };
    expect(geoContains(largestPolygon(c), [2, 2])).toBe(false);
    expect(geoContains(c, labelPoint(c))).toBe(true);
  });
});

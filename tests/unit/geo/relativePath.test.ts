import { geoIdentity, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { RelativePath } from "../../../src/geo/relativePath";
import { absolutePoints } from "./pathPoints";

describe("RelativePath", () => {
  it("writes a ring as relative moves that read back to its rounded absolute points", () => {
    const context = new RelativePath(1);
    geoPath(
      geoIdentity(),
      context,
    )({
      type: "Polygon",
      coordinates: [
        [
          [10.04, 20.06],
          [15.55, 20.01],
          [15.5, 25.5],
          [10.04, 20.06],
        ],
      ],
    });
    const d = context.result();
    expect(d).toBe("m10 20.1 5.6-.1-.1 5.5z");
    expect(absolutePoints(d)).toEqual([
      [
        [10, 20.1],
        [15.6, 20],
        [15.5, 25.5],
      ],
    ]);
  });

  it("starts a second ring relative to where the first one started, as SVG's z leaves the pen there", () => {
    const context = new RelativePath(1);
    geoPath(
      geoIdentity(),
      context,
    )({
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    });
    expect(absolutePoints(context.result())).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      [
        [5, 5],
        [6, 5],
        [6, 6],
      ],
    ]);
  });

  it("skips points that round onto the previous one", () => {
    const context = new RelativePath(0);
    geoPath(
      geoIdentity(),
      context,
    )({
      type: "LineString",
      coordinates: [
        [0, 0],
        [0.2, 0.1],
        [3, 4],
      ],
    });
    expect(context.result()).toBe("m0 0 3 4");
  });

  it("does not accumulate rounding errors over many small steps", () => {
    const context = new RelativePath(0);
    const coordinates = Array.from({ length: 100 }, (_, i) => [i * 0.4, 0]);
    geoPath(geoIdentity(), context)({ type: "LineString", coordinates });
    const points = absolutePoints(context.result())[0]!;
    expect(points.at(-1)).toEqual([40, 0]); // 99 × 0.4 = 39.6, rounded
  });

  it("rounds to a coarser grid when given a step, still written with one decimal", () => {
    const context = new RelativePath(1, 0.2);
    geoPath(
      geoIdentity(),
      context,
    )({
      type: "LineString",
      coordinates: [
        [10.04, 20.13],
        [10.35, 20.49],
        [10.38, 20.45],
        [11, 21],
      ],
    });
    const d = context.result();
    // 10.04 → 10, 20.13 → 20.2, 10.35 → 10.4, 20.49 → 20.4; the third point rounds onto the second.
    expect(d).toBe("m10 20.2 .4 .2 .6 .6");
    expect(absolutePoints(d)).toEqual([
      [
        [10, 20.2],
        [10.4, 20.4],
        [11, 21],
      ],
    ]);
  });

  it("refuses a step finer than its decimals can write", () => {
    expect(() => new RelativePath(1, 0.05)).toThrow(/needs more than 1 decimals/);
  });

  it("starts afresh after result()", () => {
    const context = new RelativePath(1);
    const line: GeoJSON.LineString = {
      type: "LineString",
      coordinates: [
        [1, 1],
        [2, 2],
      ],
    };
    geoPath(geoIdentity(), context)(line);
    context.result();
    geoPath(geoIdentity(), context)(line);
    expect(context.result()).toBe("m1 1 1 1");
  });
});

import { geoIdentity, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { RelativePath } from "../../../src/geo/relativePath";

/** Reads relative path data back into absolute subpaths of points, for checking. */
function absolutePoints(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, numbers] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === "z") {
      [x, y] = [startX, startY];
      continue;
    }
    const values = (numbers!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < values.length; i += 2) {
      [x, y] = [Math.round((x + values[i]!) * 10) / 10, Math.round((y + values[i + 1]!) * 10) / 10];
      if (command === "m" && i === 0) {
        [startX, startY] = [x, y];
        subpaths.push([]);
      }
      subpaths.at(-1)!.push([x, y]);
    }
  }
  return subpaths;
}

describe("RelativePath", () => {
  it("writes a ring as relative moves that read back to its rounded absolute points", () => {
    const context = new RelativePath(1);
    geoPath(geoIdentity(), context)({
      type: "Polygon",
      coordinates: [[[10.04, 20.06], [15.55, 20.01], [15.5, 25.5], [10.04, 20.06]]],
    });
    const d = context.result();
    expect(d).toBe("m10 20.1 5.6-.1-.1 5.5z");
    expect(absolutePoints(d)).toEqual([[[10, 20.1], [15.6, 20], [15.5, 25.5]]]);
  });

  it("starts a second ring relative to where the first one started, as SVG's z leaves the pen there", () => {
    const context = new RelativePath(1);
    geoPath(geoIdentity(), context)({
      type: "MultiPolygon",
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 0]]],
        [[[5, 5], [6, 5], [6, 6], [5, 5]]],
      ],
    });
    expect(absolutePoints(context.result())).toEqual([
      [[0, 0], [1, 0], [1, 1]],
      [[5, 5], [6, 5], [6, 6]],
    ]);
  });

  it("skips points that round onto the previous one", () => {
    const context = new RelativePath(0);
    geoPath(geoIdentity(), context)({ type: "LineString", coordinates: [[0, 0], [0.2, 0.1], [3, 4]] });
    expect(context.result()).toBe("m0 0 3 4");
  });

  it("does not accumulate rounding errors over many small steps", () => {
    const context = new RelativePath(0);
    const coordinates = Array.from({ length: 100 }, (_, i) => [i * 0.4, 0]);
    geoPath(geoIdentity(), context)({ type: "LineString", coordinates });
    const points = absolutePoints(context.result())[0]!;
    expect(points.at(-1)).toEqual([40, 0]); // 99 × 0.4 = 39.6, rounded
  });

  it("starts afresh after result()", () => {
    const context = new RelativePath(1);
    geoPath(geoIdentity(), context)({ type: "LineString", coordinates: [[1, 1], [2, 2]] });
    context.result();
    geoPath(geoIdentity(), context)({ type: "LineString", coordinates: [[1, 1], [2, 2]] });
    expect(context.result()).toBe("m1 1 1 1");
  });
});

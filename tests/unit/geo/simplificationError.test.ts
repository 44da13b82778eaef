import { geoPath } from "d3-geo";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import type { CountryFeature } from "../../../src/geo/countryTopology";
import { simplificationError } from "../../../src/geo/simplificationError";
import { worldProjection } from "../../../src/geo/worldProjection";

const country = (iso: string, ...rings: Position[][]): CountryFeature => ({
  type: "Feature",
  properties: { iso, sources: [iso] },
  geometry: { type: "MultiPolygon", coordinates: rings.map((ring) => [ring]) },
});
// The map's projection (equal-area, which dropped islands' areas rely on); near 0°, 0° one degree is about 2.8 units.
const { projection } = worldProjection(1000);
const project = (position: Position) => projection([position[0]!, position[1]!])!;

describe("simplificationError", () => {
  it("measures how far a dropped point lies from the segment that replaced it", () => {
    // A square (clockwise, as d3-geo winds exteriors) with a spike 3° north from its southern edge at 5°E; simplifying removed the spike.
    const full = country("AA", [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [5, 3],
      [0, 0],
    ]);
    const simplified = country("AA", [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ]);
    const error = simplificationError([full], [simplified], projection, 0.001);
    expect(error.maxDeviation).toBeCloseTo(project([5, 0])[1] - project([5, 3])[1], 2);
    expect(error.worst).toEqual({ iso: "AA", at: [5, 3] });
    expect(error.droppedRings).toEqual([]);
  });

  it("counts rounding: a kept point off the grid moves by up to half a step", () => {
    const ring = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const error = simplificationError([country("AA", ring)], [country("AA", ring)], projection, 0.2);
    expect(error.maxDeviation).toBeGreaterThan(0);
    expect(error.maxDeviation).toBeLessThanOrEqual(Math.hypot(0.1, 0.1));
  });

  it("lists islands that were dropped, not counted as deviation", () => {
    // Clockwise, as d3-geo winds exteriors.
    const main = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const islet = [
      [20, 20],
      [20, 20.1],
      [20.1, 20.1],
      [20, 20],
    ];
    const error = simplificationError([country("AA", main, islet)], [country("AA", main)], projection, 0.001);
    expect(error.maxDeviation).toBeLessThan(0.001);
    const isletArea = geoPath(projection).area({ type: "Polygon", coordinates: [islet] });
    expect(error.droppedRings).toEqual([{ iso: "AA", area: expect.closeTo(isletArea, 3) }]);
  });
});

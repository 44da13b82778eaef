import { geoArea, geoContains } from "d3-geo";
import type { Polygon as GeoPolygon } from "geojson";
import { feature } from "topojson-client";
import type { Polygon, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { absoluteTopology, cutRingAlongParallel } from "../../../src/geo/cutAlongParallel";

// Two squares side by side, clockwise, sharing arc 0 (the meridian 1°E from 0° to 2°N):
// "west" is [0, 1] × [0, 2], "east" is [1, 2] × [0, 2].
const twoSquares: Topology = {
  type: "Topology",
  arcs: [
    [
      [1, 0],
      [1, 2],
    ],
    [
      [1, 2],
      [1.5, 2],
      [2, 2],
      [2, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [0, 0],
      [0, 2],
      [1, 2],
    ],
  ],
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", arcs: [[2, ~0]], properties: { name: "west" } },
        { type: "Polygon", arcs: [[0, 1]], properties: { name: "east" } },
      ],
    },
  },
};
const polygon = (topology: Topology, arcs: number[]) => feature(topology, { type: "Polygon", arcs: [arcs] } satisfies Polygon).geometry as GeoPolygon;

describe("cutRingAlongParallel", () => {
  const west = (twoSquares.objects.countries as { geometries: Polygon[] }).geometries[0]!;
  const { topology, north, south } = cutRingAlongParallel(twoSquares, west.arcs[0]!, 1);

  it("cuts a ring into the part north and the part south of the parallel, splitting their area", () => {
    const [northern, southern] = [polygon(topology, north), polygon(topology, south)];
    expect(geoContains(northern, [0.5, 1.5])).toBe(true);
    expect(geoContains(northern, [0.5, 0.5])).toBe(false);
    expect(geoContains(southern, [0.5, 0.5])).toBe(true);
    // Both wound clockwise like the original: small areas, not the rest of the globe.
    expect(geoArea(northern) + geoArea(southern)).toBeCloseTo(geoArea(polygon(twoSquares, west.arcs[0]!)), 8);
  });

  it("splits an arc it crosses in every geometry that uses it, so the neighbour still closes", () => {
    const east = (topology.objects.countries as { geometries: Polygon[] }).geometries[1]!;
    expect(east.arcs[0]!.length).toBe(3);
    const eastern = polygon(topology, east.arcs[0]!);
    expect(geoContains(eastern, [1.5, 1])).toBe(true);
    expect(geoArea(eastern)).toBeCloseTo(geoArea(polygon(twoSquares, [0, 1])), 10);
  });

  it("refuses a ring that does not cross the parallel twice", () => {
    expect(() => cutRingAlongParallel(twoSquares, west.arcs[0]!, 5)).toThrow(/crosses 5° 0 times/);
  });

  it("works on absolute coordinates only, which absoluteTopology gives a quantised topology", () => {
    const quantised: Topology = {
      ...twoSquares,
      transform: { scale: [0.5, 0.5], translate: [0, 0] },
      arcs: [
        [
          [2, 0],
          [0, 4],
        ],
      ],
    };
    expect(() => cutRingAlongParallel(quantised, [0], 1)).toThrow(/absolute coordinates/);
    expect(absoluteTopology(quantised).arcs).toEqual([
      [
        [1, 0],
        [1, 2],
      ],
    ]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorldShape } from "../../../src/geo/types";
import { markersFor, narrowSideOf, placeMarkers, separateMarkers } from "../../../src/map/markers";
import { tinyWorld } from "../../fixtures/world";

const named = (iso: string) => (iso === "RU" ? "subject" : iso === "FR" ? "other" : "signatory");

describe("markersFor", () => {
  it("gives markers to named countries that are too small to see or have no shape", () => {
    expect(markersFor(tinyWorld.shapes, named, 1).map((m) => m.iso)).toEqual(["MC", "TV"]);
  });

  it("gives no marker to a country that did not sign, however small", () => {
    expect(markersFor(tinyWorld.shapes, () => "other", 0.01)).toEqual([]);
  });

  it("marks Monaco (0.1 units across, 0.01 unit²) below 48 px² of land and not above; a shape-less country always", () => {
    expect(markersFor(tinyWorld.shapes, named, 69).map((m) => m.iso)).toEqual(["MC", "TV"]);
    expect(markersFor(tinyWorld.shapes, named, 70).map((m) => m.iso)).toEqual(["TV"]);
  });

  it("keeps a country's marker as the map gets smaller", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (pxPerUnit, shrink) => {
        const at = new Set(markersFor(tinyWorld.shapes, named, pxPerUnit).map((m) => m.iso));
        const smaller = new Set(markersFor(tinyWorld.shapes, named, pxPerUnit * shrink).map((m) => m.iso));
        for (const iso of at) expect(smaller.has(iso)).toBe(true);
      }),
    );
  });

  it("measures a long thin country by its narrow side", () => {
    const thin: WorldShape = {
      iso: "AL",
      d: "M0,0",
      centroid: [0, 0],
      bounds: [
        [0, 0],
        [2, 10],
      ],
    };
    expect(narrowSideOf(thin)).toBe(2);
  });
});

describe("separateMarkers", () => {
  const dots = fc.array(fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })), { minLength: 2, maxLength: 12 });

  it("leaves no two markers closer than the distance asked, and marks where each moved from", () => {
    fc.assert(
      fc.property(dots, (points) => {
        const markers = points.map(([x, y], index) => ({ iso: `C${index}`, centre: [x, y] as [number, number], category: "signatory" as const }));
        const placed = separateMarkers(markers, 6);
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) {
            const [a, b] = [placed[i]!.centre, placed[j]!.centre];
            expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(6 - 1e-9);
          }
        for (const [index, marker] of placed.entries()) {
          if (marker.anchor) expect(marker.anchor).toEqual(markers[index]!.centre);
          else expect(marker.centre).toEqual(markers[index]!.centre);
        }
      }),
    );
  });

  it("moves nothing that does not overlap, and splits markers on the very same point", () => {
    const apart = [
      { iso: "SM", centre: [0, 0] as [number, number], category: "signatory" as const },
      { iso: "VA", centre: [10, 0] as [number, number], category: "signatory" as const },
    ];
    expect(separateMarkers(apart, 6)).toEqual(apart);
    const same = separateMarkers([apart[0]!, { ...apart[1]!, centre: [0, 0] }], 6);
    expect(Math.hypot(same[0]!.centre[0] - same[1]!.centre[0], same[0]!.centre[1] - same[1]!.centre[1])).toBeGreaterThan(5.9);
    expect(same[1]!.anchor).toEqual([0, 0]);
  });
});

describe("placeMarkers", () => {
  it("gives a marker to a party whose land the others' markers would cover", () => {
    // A 4x4 country under three micro-states' dots: at 1 px a unit, 16 px² less three dots is too little to point at.
    const island = (iso: string, x: number, y: number): WorldShape => ({
      iso,
      d: "",
      centroid: [x, y],
      bounds: [
        [x, y],
        [x, y],
      ],
    });
    const shapes: WorldShape[] = [
      {
        iso: "VE",
        d: "M0,0H4V4H0Z",
        centroid: [2, 2],
        bounds: [
          [0, 0],
          [4, 4],
        ],
      },
      island("AW", 1, 1),
      island("CW", 3, 1),
      island("TT", 2, 3),
    ];
    const isos = placeMarkers(shapes, () => "signatory", 1, new Map(), 1, 2.2).map((marker) => marker.iso);
    expect(isos).toContain("VE");
    // Not so for a country nobody covers.
    expect(placeMarkers(shapes.slice(0, 1), () => "signatory", 10, new Map(), 1, 2.2).map((marker) => marker.iso)).toEqual([]);
  });
});

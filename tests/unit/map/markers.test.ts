import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorldShape } from "../../../src/geo/types";
import { markersFor, narrowSideOf } from "../../../src/map/markers";
import { tinyWorld } from "../../fixtures/world";

const named = (iso: string) => (iso === "RU" ? "subject" : iso === "FR" ? "other" : "signatory");

describe("markersFor", () => {
  it("gives markers to named countries that are too small to see or have no shape", () => {
    expect(markersFor(tinyWorld.shapes, named, 1).map((m) => m.iso)).toEqual(["MC", "TV"]);
  });

  it("gives no marker to a country that did not sign, however small", () => {
    expect(markersFor(tinyWorld.shapes, () => "other", 0.01)).toEqual([]);
  });

  it("marks Monaco (0.1 units across) below 60 px a unit and not above; a shape-less country always", () => {
    expect(markersFor(tinyWorld.shapes, named, 59).map((m) => m.iso)).toEqual(["MC", "TV"]);
    expect(markersFor(tinyWorld.shapes, named, 61).map((m) => m.iso)).toEqual(["TV"]);
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

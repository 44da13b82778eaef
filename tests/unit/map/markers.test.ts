import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorldShape } from "../../../src/geo/types";
import { MIN_VISIBLE_PX, markersFor, nearestMarker, narrowSideOf } from "../../../src/map/markers";
import { tinyWorld } from "../../fixtures/world";

const named = (iso: string) => (iso === "RU" ? "subject" : iso === "FR" ? "other" : "signatory");

describe("markersFor", () => {
  it("gives markers to named countries that are too small to see or have no shape", () => {
    expect(markersFor(tinyWorld.shapes, named, 1).map((m) => m.iso)).toEqual(["MC", "TV"]);
  });

  it("gives no marker to a country that did not sign, however small", () => {
    expect(markersFor(tinyWorld.shapes, () => "other", 0.01)).toEqual([]);
  });

  it("marks every named country once the map is small enough, and none that shows at the threshold", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (pxPerUnit) => {
        const markers = new Set(markersFor(tinyWorld.shapes, named, pxPerUnit).map((m) => m.iso));
        for (const shape of tinyWorld.shapes) {
          if (named(shape.iso) === "other") continue;
          const small = shape.d === "" || narrowSideOf(shape) * pxPerUnit < MIN_VISIBLE_PX;
          expect(markers.has(shape.iso)).toBe(small);
        }
      }),
    );
  });

  it("measures a long thin country by its narrow side", () => {
    const thin: WorldShape = { iso: "AL", d: "M0,0", centroid: [0, 0], bounds: [[0, 0], [2, 10]] };
    expect(narrowSideOf(thin)).toBe(2);
  });
});

describe("nearestMarker", () => {
  const markers = [
    { iso: "MC", centre: [10, 10] as [number, number], category: "signatory" as const },
    { iso: "SM", centre: [20, 10] as [number, number], category: "signatory" as const },
  ];
  const identity = { k: 1, x: 0, y: 0 };

  it("picks the marker nearest the pointer within the radius", () => {
    expect(nearestMarker(markers, [12, 10], identity, 1, 12)).toBe("MC");
    expect(nearestMarker(markers, [17, 10], identity, 1, 12)).toBe("SM");
  });

  it("picks none beyond the radius, in CSS px", () => {
    expect(nearestMarker(markers, [10, 30], identity, 1, 12)).toBeNull();
    // At 2 CSS px a unit, 7 units away is 14 px: out of a 12 px radius.
    expect(nearestMarker(markers, [10, 17], identity, 2, 12)).toBeNull();
  });

  it("follows the zoom transform", () => {
    // Zoomed 4x and shifted: MC's centre is drawn at (40 - 30, 40 - 30) = (10, 10).
    expect(nearestMarker(markers, [10, 10], { k: 4, x: -30, y: -30 }, 1, 3)).toBe("MC");
  });

  it("always returns the closest of the markers in reach", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (x, y) => {
        const found = nearestMarker(markers, [x, y], identity, 1, 1000);
        const distances = markers.map((m) => Math.hypot(m.centre[0] - x, m.centre[1] - y));
        expect(found).toBe(markers[distances.indexOf(Math.min(...distances))]!.iso);
      }),
    );
  });
});

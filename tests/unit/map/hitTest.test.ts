import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, candidatesAt, countryAt, type HitTestInput } from "../../../src/map/hitTest";

// Monaco's and San Marino's dots, 10 units apart, drawn 4.5 px across at 1 px a unit.
const markers = [
  { iso: "MC", centre: [10, 10] as [number, number], category: "signatory" as const },
  { iso: "SM", centre: [20, 10] as [number, number], category: "signatory" as const },
];
const at = (point: [number, number], under: string | null, overrides: Partial<HitTestInput> = {}): HitTestInput => ({
  point,
  under,
  markers,
  view: { k: 1, x: 0, y: 0 },
  pxPerUnit: 1,
  dotRadiusPx: 4.5,
  hitRadiusPx: 12,
  ...overrides,
});

describe("countryAt", () => {
  it("names the land under the pointer, even beside a micro-state's dot (issue #11: Hungary is not Slovenia)", () => {
    expect(countryAt(at([15, 14], "HU"))).toBe("HU");
    expect(countryAt(at([10, 16], "FR"))).toBe("FR");
  });

  it("names a micro-state when the pointer is on its drawn dot, whatever land is under it", () => {
    expect(countryAt(at([12, 11], "FR"))).toBe("MC");
    expect(countryAt(at([10, 10], null))).toBe("MC");
  });

  it("over the sea, finds the nearest dot within the hover radius, and nothing beyond it", () => {
    expect(countryAt(at([10, 20], null))).toBe("MC");
    expect(countryAt(at([17, 12], null))).toBe("SM");
    expect(countryAt(at([10, 30], null))).toBeNull();
  });

  it("measures the radius in CSS px through the zoom", () => {
    // At 2 px a unit, 7 units away is 14 px: out of a 12 px radius.
    expect(countryAt(at([10, 17], null, { pxPerUnit: 2 }))).toBeNull();
    // Zoomed 4x and shifted: Monaco's centre is drawn at (40 - 30, 40 - 30) = (10, 10).
    expect(countryAt(at([10, 10], "FR", { view: { k: 4, x: -30, y: -30 } }))).toBe("MC");
  });

  it("never names a country other than the land under the pointer unless the pointer is on that country's dot", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 50, noNaN: true }),
        fc.double({ min: -20, max: 40, noNaN: true }),
        fc.constantFrom("FR", "IT", "HU"),
        (x, y, land) => {
          const named = countryAt(at([x, y], land));
          const onDot = markers.some((m) => Math.hypot(m.centre[0] - x, m.centre[1] - y) <= 5.5);
          if (!onDot) expect(named).toBe(land);
        },
      ),
    );
  });
});

describe("candidatesAt", () => {
  it("offers the land under the finger first, then every small country near the tap, nearest first", () => {
    expect(candidatesAt(at([14, 10], "IT"))).toEqual(["IT", "MC", "SM"]);
    expect(candidatesAt(at([10, 20], "FR"))).toEqual(["FR", "MC"]);
    expect(candidatesAt(at([50, 50], "FR"))).toEqual(["FR"]);
    // A tap on Monaco (its dot is what the finger touched): Monaco once, then San Marino, 10 px off.
    expect(candidatesAt(at([10, 10], "MC"))).toEqual(["MC", "SM"]);
  });

  it("always offers the land under the finger, and never more than eight (issue #27: Hungary among 20 dots)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -15, max: 15 }), fc.integer({ min: -15, max: 15 })), { maxLength: 30 }), (offsets) => {
        const crowd = offsets.map(([dx, dy], i) => ({ iso: `M${i}`, centre: [50 + dx, 50 + dy] as [number, number], category: "signatory" as const }));
        const offered = candidatesAt(at([50, 50], "HU", { markers: crowd }));
        expect(offered[0]).toBe("HU");
        expect(offered.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        expect(new Set(offered).size).toBe(offered.length);
      }),
    );
  });

  it("never offers a zoomed marker the world view clips away", () => {
    const below = [{ iso: "LI", centre: [10, 60] as [number, number], category: "signatory" as const }];
    expect(candidatesAt(at([10, 60], null, { markers: below, worldSize: { width: 100, height: 50 } }))).toEqual([]);
    expect(candidatesAt(at([10, 60], null, { markers: [{ ...below[0]!, fixed: true }], worldSize: { width: 100, height: 50 } }))).toEqual(["LI"]);
  });
});

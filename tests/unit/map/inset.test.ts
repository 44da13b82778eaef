import fc from "fast-check";
import { describe, expect, it } from "vitest";
import worldJson from "../../../src/generated/world.json";
import type { World } from "../../../src/geo/types";
import { chooseInset, insetLayout, insetPoint, insetRegionName, meetsWindow } from "../../../src/map/inset";
import type { Category } from "../../../src/view/categorise";
import { SEED_SIGNATORY_CODES, SEED_SUBJECTS } from "../../fixtures/seedStatement";

const world = worldJson as unknown as World;
const NONE = new Map<string, string>();
/** A statement's categories from lists of codes. */
const categories =
  (signatories: readonly string[], subjects: readonly string[] = []) =>
  (iso: string): Category =>
    signatories.includes(iso) ? "signatory" : subjects.includes(iso) ? "subject" : "other";
const seed = categories(
  SEED_SIGNATORY_CODES,
  SEED_SUBJECTS.map((subject) => subject.iso2),
);
const inWindow = (window: [[number, number], [number, number]], [x, y]: [number, number]) =>
  x >= window[0][0] && x <= window[1][0] && y >= window[0][1] && y <= window[1][1];
const centre = (iso: string) => world.shapes.find((shape) => shape.iso === iso)!.centroid;

describe("chooseInset", () => {
  it("magnifies Europe for the seed, framing its crowded signatories' mainlands and not overseas France", () => {
    const inset = chooseInset(world, seed, NONE)!;
    expect(inset.region).toBe("europe");
    for (const iso of ["IS", "PT", "IE", "GR", "CY", "MT", "LI", "EE", "MD", "HU", "RS"]) expect(inWindow(inset.window, centre(iso)), iso).toBe(true);
    // French Guiana (part of France's shape) and the United States are not in it.
    expect(inset.window[0][0]).toBeGreaterThan(400);
    expect(inset.parties.has("DE")).toBe(true);
    expect(inset.parties.has("US")).toBe(false);
    // Hungary did not sign: it is drawn in the window, but is no party the inset shows.
    expect(inset.parties.has("HU")).toBe(false);
  });

  it("needs a crowd: a statement of large countries, or of one micro-state, has no inset", () => {
    expect(chooseInset(world, categories(["US", "CA", "BR", "AU", "CN", "RU"]), NONE)).toBeNull();
    expect(chooseInset(world, categories(["LI", "US"]), NONE)).toBeNull();
  });

  it("finds the Caribbean when its islands crowd a statement", () => {
    expect(chooseInset(world, categories(["JM", "TT", "BB", "LC", "GD", "DM", "AG", "US"]), NONE)?.region).toBe("caribbean");
  });

  it("follows the statement's own choice: none, or a region", () => {
    expect(chooseInset(world, seed, NONE, "none")).toBeNull();
    const chosen = chooseInset(world, categories(["US", "CA", "JM"]), NONE, "caribbean")!;
    expect(chosen.region).toBe("caribbean");
    expect(inWindow(chosen.window, centre("JM"))).toBe(true);
  });

  it("leaves out territories drawn in their state's colour: they are not parties", () => {
    const covered = new Map([["GL", "DK"]]);
    const withGreenland = (iso: string): Category => (iso === "GL" ? "signatory" : seed(iso));
    expect(chooseInset(world, withGreenland, covered)!.parties.has("GL")).toBe(false);
  });
});

describe("insetLayout", () => {
  it("puts the window in a band below the world, fitted without distortion", () => {
    const inset = chooseInset(world, seed, NONE)!;
    const layout = insetLayout(world, inset.window);
    const [x, y, width, height] = layout.frame;
    expect(y).toBeGreaterThan(world.height);
    expect(layout.height).toBeGreaterThanOrEqual(y + height);
    expect(x + width).toBeLessThanOrEqual(world.width);
    expect(layout.k).toBeGreaterThan(2);
    // The window's corners land on the frame's.
    const [topLeft, bottomRight] = [insetPoint(layout, inset.window[0]), insetPoint(layout, inset.window[1])];
    expect(topLeft[0]).toBeCloseTo(x, 1);
    expect(topLeft[1]).toBeCloseTo(y, 1);
    expect(bottomRight[0]).toBeCloseTo(x + width, 0);
    expect(bottomRight[1]).toBeCloseTo(y + height, 0);
  });

  it("fits any window inside the band's bounds, touching at least one of them", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 900, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 5, max: 300, noNaN: true }),
        fc.double({ min: 5, max: 300, noNaN: true }),
        (x0, y0, w, h) => {
          const layout = insetLayout(world, [
            [x0, y0],
            [x0 + w, y0 + h],
          ]);
          const [, , width, height] = layout.frame;
          expect(width).toBeLessThanOrEqual(world.width * 0.62 + 0.01);
          expect(height).toBeLessThanOrEqual(world.height * 0.6 + 0.01);
          expect(Math.max(width / (world.width * 0.62), height / (world.height * 0.6))).toBeGreaterThan(0.99);
          expect(width / height).toBeCloseTo(w / h, 1);
        },
      ),
    );
  });
});

describe("the inset's parts", () => {
  it("draws the shapes that meet its window, and names its region in each language", () => {
    const inset = chooseInset(world, seed, NONE)!;
    const drawn = world.shapes.filter((shape) => meetsWindow(shape, inset.window)).map((shape) => shape.iso);
    expect(drawn).toEqual(expect.arrayContaining(["DE", "HU", "RS", "RU", "TR", "GB"]));
    expect(drawn).not.toContain("US");
    expect(insetRegionName("europe", "en")).toBe("Europe");
    expect(insetRegionName("europe", "uk")).toBe("Європа");
    expect(insetRegionName("europe", "xx")).toBe("Europe");
  });
});

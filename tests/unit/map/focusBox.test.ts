import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { WorldShape } from "../../../src/geo/types";
import { focusBoxOf } from "../../../src/map/focusBox";

const world = JSON.parse(readFileSync(fileURLToPath(new URL("../../../src/generated/world.json", import.meta.url)), "utf8")) as {
  width: number;
  shapes: WorldShape[];
};
const shape = (iso: string) => world.shapes.find((s) => s.iso === iso)!;
const width = ([[x0], [x1]]: [[number, number], [number, number]]) => x1 - x0;

describe("focusBoxOf", () => {
  it("frames a compact country by its own padded bounds", () => {
    const germany = shape("DE");
    const box = focusBoxOf(germany, world.width);
    expect(box[0][0]).toBeLessThan(germany.bounds[0][0]);
    expect(box[1][1]).toBeGreaterThan(germany.bounds[1][1]);
  });

  it("frames New Zealand by its main islands, not by bounds that reach across the map", () => {
    const nz = shape("NZ");
    expect(width(nz.bounds)).toBeGreaterThan(world.width / 3);
    const box = focusBoxOf(nz, world.width);
    expect(width(box)).toBeLessThan(world.width / 10);
    expect(box[0][0]).toBeLessThan(nz.centroid[0]);
    expect(box[1][0]).toBeGreaterThan(nz.centroid[0]);
  });

  it("gives every country a box with a little room around its label point", () => {
    for (const s of world.shapes) {
      const [[x0, y0], [x1, y1]] = focusBoxOf(s, world.width);
      expect(x0 <= s.centroid[0] && s.centroid[0] <= x1 && y0 <= s.centroid[1] && s.centroid[1] <= y1, s.iso).toBe(true);
    }
  });
});

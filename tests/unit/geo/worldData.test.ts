import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld } from "../../../src/geo/buildWorld";
import type { World } from "../../../src/geo/types";
import { joinWorld, worldDataOf } from "../../../src/geo/worldData";
import { readWorldInputs } from "../../../src/geo/writeWorld";
import { tinyWorld } from "../../fixtures/world";

const roundTrip = (world: World) => {
  // Through JSON, as the page carries it.
  const data = JSON.parse(JSON.stringify(worldDataOf(world))) as ReturnType<typeof worldDataOf>;
  const paths = new Map(world.shapes.map((shape) => [shape.iso, shape.d]));
  return { data, joined: joinWorld(data, world.sphere, (iso) => paths.get(iso) ?? "") };
};

describe("worldDataOf and joinWorld", () => {
  it("split the world into what the prerendered SVG carries and the rest, and join it back unchanged", () => {
    const { data, joined } = roundTrip(tinyWorld);
    expect(JSON.stringify(data)).not.toContain("M10,10");
    expect(joined).toEqual(tinyWorld);
  });

  it("write the label point in tenths and the bounds as distances from it", () => {
    expect(worldDataOf(tinyWorld).shapes[0]).toEqual(["DE", 200, 200, 100, 100, 100, 100]);
  });

  describe("on the world the build ships", () => {
    let world: World;
    beforeAll(() => {
      const { atlas, countries } = readWorldInputs();
      world = buildWorld(atlas, countries).world;
    });

    it("give back every label point and bound exactly, so hydration sees what the prerender drew", () => {
      expect(roundTrip(world).joined).toEqual(world);
    });

    it("carry no path data", () => {
      const json = JSON.stringify(roundTrip(world).data);
      for (const shape of world.shapes.filter((s) => s.d.length > 20).slice(0, 20)) expect(json).not.toContain(shape.d.slice(0, 20));
    });
  });
});

import { describe, expect, it } from "vitest";
import { joinWorld, worldDataOf } from "../../../src/geo/worldData";
import { tinyWorld } from "../../fixtures/world";

describe("worldDataOf and joinWorld", () => {
  it("split the world into what the prerendered SVG carries and the rest, and join it back unchanged", () => {
    const data = worldDataOf(tinyWorld);
    expect(JSON.stringify(data)).not.toContain("M10,10");
    const paths = new Map(tinyWorld.shapes.map((shape) => [shape.iso, shape.d]));
    expect(joinWorld(data, tinyWorld.sphere, (iso) => paths.get(iso) ?? "")).toEqual(tinyWorld);
  });
});

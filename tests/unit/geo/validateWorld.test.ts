import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { CountryFeature } from "../../../src/geo/countryTopology";
import type { World, WorldShape } from "../../../src/geo/types";
import { validateWorld, type WorldToValidate } from "../../../src/geo/validateWorld";

// A two-country world: the smallest that shows each problem.
const clockwise: Polygon["coordinates"] = [
  [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ],
];
const country = (iso: string, coordinates = clockwise, sources = [iso]): CountryFeature => ({
  type: "Feature",
  properties: { iso, sources },
  geometry: { type: "Polygon", coordinates },
});
const shape = (iso: string, d = "m1 1 1 0 0 1z"): WorldShape => ({
  iso,
  d,
  centroid: [1.5, 1.5],
  bounds: [
    [1, 1],
    [2, 2],
  ],
});
const world = (shapes: WorldShape[]): World => ({ width: 10, height: 5, sphere: "m0 0 10 0 0 5-10 0z", shapes });
const valid: WorldToValidate = {
  sourceNames: ["AA", "BB"],
  corrected: [country("AA"), country("BB")],
  world: world([shape("AA"), shape("BB"), shape("CC", "")]),
  knownIsos: ["AA", "BB", "CC"],
  omitted: [],
};

describe("validateWorld", () => {
  it("finds no problem in a valid world", () => {
    expect(validateWorld(valid)).toEqual([]);
  });

  it("reports a ring wound the wrong way, which covers the globe", () => {
    const anticlockwise = [[...clockwise[0]!].reverse()];
    expect(validateWorld({ ...valid, corrected: [country("AA", anticlockwise), country("BB")] })).toEqual([
      expect.stringMatching(/^AA polygon 0 covers 12\.\d\d sr, over half the globe/),
    ]);
  });

  it("reports a feature without a valid ISO code", () => {
    const problems = validateWorld({ ...valid, corrected: [country("AA"), country("", clockwise, ["BB"])] });
    expect(problems).toContain('corrected country "" (from BB) has no valid ISO code');
  });

  it("reports a source feature that went missing", () => {
    expect(validateWorld({ ...valid, sourceNames: ["AA", "BB", "Atlantis"] })).toEqual(['source feature "Atlantis" is in no corrected country']);
  });

  it("reports a country with neither a shape nor a marker", () => {
    expect(validateWorld({ ...valid, world: world([shape("AA"), shape("BB")]) })).toEqual(["CC has neither a shape nor a marker"]);
  });

  it("reports a country whose shape was simplified away", () => {
    expect(validateWorld({ ...valid, world: world([shape("AA"), shape("BB", ""), shape("CC", "")]) })).toEqual([
      'BB has a shape in the data but draws none (d "")',
    ]);
  });

  it("reports a duplicate, an unsorted code, NaN and a centroid outside the viewBox", () => {
    const bad = { ...shape("AA"), centroid: [NaN, 20] as [number, number] };
    const problems = validateWorld({ ...valid, world: world([shape("BB"), shape("AA"), bad, shape("CC", "")]) });
    expect(problems).toEqual(
      expect.arrayContaining([
        'shape "AA" appears twice',
        'shape "AA" is out of order after "BB"',
        expect.stringMatching(/^AA has a number that is not finite/),
        "AA centroid [NaN, 20] is outside the viewBox",
      ]),
    );
  });

  it("accepts a left-out country, but reports it if drawn after all", () => {
    const withoutCc = world([shape("AA"), shape("BB")]);
    expect(validateWorld({ ...valid, world: withoutCc, omitted: ["CC"] })).toEqual([]);
    expect(validateWorld({ ...valid, omitted: ["CC"] })).toEqual(["CC should be left out but is drawn"]);
  });
});

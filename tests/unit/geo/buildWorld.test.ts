import { geoPath } from "d3-geo";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, defaultBuildOptions, type WorldBuild } from "../../../src/geo/buildWorld";
import type { AtlasTopology, CountryRecord } from "../../../src/geo/countryTopology";
import type { WorldShape } from "../../../src/geo/types";
import { worldProjection } from "../../../src/geo/worldProjection";
import { readWorldInputs } from "../../../src/geo/writeWorld";
import defaultStatement from "../../../src/generated/defaultStatement.json";
import { fixtureAtlas, fixtureCountries } from "../../fixtures/topology";
import { absolutePoints, pathArea } from "./pathPoints";

/** Every country the bundled default statement names, as the data step resolved it. */
const { statement } = defaultStatement as { statement: Record<"signatories" | "subjects" | "additions", { iso2?: string }[] | undefined> };
const namedCountries = [...(statement.signatories ?? []), ...(statement.subjects ?? []), ...(statement.additions ?? [])].flatMap((party) => party.iso2 ?? []);

let atlas: AtlasTopology;
let countries: CountryRecord[];
let build: WorldBuild;
let byIso: Map<string, WorldShape>;

beforeAll(() => {
  ({ atlas, countries } = readWorldInputs());
  build = buildWorld(atlas, countries);
  byIso = new Map(build.world.shapes.map((shape) => [shape.iso, shape]));
});

describe("buildWorld on world-atlas countries-50m", () => {
  it("reports no validation problems", () => {
    expect(build.problems).toEqual([]);
  });

  it("draws every country the default statement names, signatories, subjects and later signatories, as a shape or a marker", () => {
    // 48 signatories, 2 subjects, 2 later signatories (FACTS.md): an empty list would prove nothing.
    expect(new Set(namedCountries).size).toBeGreaterThanOrEqual(50);
    expect(namedCountries.filter((iso) => !byIso.has(iso))).toEqual([]);
  });

  it("draws Tuvalu, which has no shape in countries-50m, as a marker only, at its location", () => {
    const tuvalu = byIso.get("TV")!;
    expect(tuvalu.d).toBe("");
    // 178°E, 8°S lies in the east of the map, south of the equator.
    expect(tuvalu.centroid[0]).toBeGreaterThan(build.world.width * 0.9);
    expect(tuvalu.centroid[1]).toBeGreaterThan(build.world.height / 2);
  });

  it("has a shape or a marker for every ISO 3166-1 country but Antarctica, which the map leaves out", () => {
    const missing = countries.map(({ cca2 }) => cca2).filter((iso) => !byIso.has(iso));
    expect(missing).toEqual(["AQ"]);
    expect(build.world.shapes).toHaveLength(countries.length - 1);
  });

  it("draws a non-empty path for every country with a shape in the data", () => {
    for (const country of build.corrected) {
      const { iso } = country.properties;
      if (iso === "AQ") continue;
      expect(byIso.get(iso)?.d, iso).toMatch(/^m[-.\d]/);
    }
  });

  it("keeps at least one ring of every country through simplification, micro-states included", () => {
    expect(build.simplified.map((country) => country.properties.iso)).toEqual(build.corrected.map((country) => country.properties.iso));
    for (const country of build.simplified) expect(country.geometry?.coordinates.length, country.properties.iso).toBeGreaterThan(0);
    for (const iso of ["MC", "VA", "SM", "LI", "AD", "MT", "PW", "NR", "MV"]) {
      expect(byIso.get(iso)?.d, iso).toMatch(/z$/);
    }
  });

  it("keeps the shape of micro-states: several distinct points on a 0.1 grid, where larger countries use 0.2", () => {
    for (const iso of ["MC", "SM", "LI", "AD", "MT", "NR"]) {
      const points = absolutePoints(byIso.get(iso)!.d).flat();
      expect(new Set(points.map(String)).size, iso).toBeGreaterThanOrEqual(3);
      expect(
        points.every(([x, y]) => isMultiple(x, 0.1) && isMultiple(y, 0.1)),
        iso,
      ).toBe(true);
    }
    for (const iso of ["FR", "RU", "BR"]) {
      const points = absolutePoints(byIso.get(iso)!.d).flat();
      expect(
        points.every(([x, y]) => isMultiple(x, 0.2) && isMultiple(y, 0.2)),
        iso,
      ).toBe(true);
    }
  });

  it("keeps every large country's area within 10% of full resolution, and the world's within 1%, through simplifying and rounding", () => {
    const measure = geoPath(worldProjection(build.world.width).projection);
    let full = 0;
    let drawn = 0;
    for (const country of build.corrected) {
      const { iso } = country.properties;
      if (iso === "AQ") continue;
      const fullArea = measure.area(country);
      const drawnArea = pathArea(byIso.get(iso)!.d);
      full += fullArea;
      drawn += drawnArea;
      // Small island states lose the islets under 0.5 unit² (kept only when a country's largest).
      if (fullArea >= 50) expect(Math.abs(drawnArea - fullArea) / fullArea, iso).toBeLessThan(0.1);
    }
    expect(Math.abs(drawn - full) / full).toBeLessThan(0.01);
  });

  it("places every centroid inside the viewBox and within its shape's bounds", () => {
    const { width, height } = build.world;
    for (const {
      iso,
      centroid: [x, y],
      bounds: [[x0, y0], [x1, y1]],
    } of build.world.shapes) {
      expect(x >= 0 && x <= width && y >= 0 && y <= height, `${iso} at ${x},${y}`).toBe(true);
      // Bounds and centroid are rounded to 0.1 separately; Russia's and Fiji's bounds span the map.
      expect(x >= x0 - 0.1 && x <= x1 + 0.1 && y >= y0 - 0.1 && y <= y1 + 0.1, `${iso} at ${x},${y}`).toBe(true);
    }
  });

  it("has no NaN or Infinity anywhere in the output", () => {
    expect(JSON.stringify(build.world)).not.toMatch(/NaN|Infinity|null/);
  });

  it("sorts shapes by ISO code, each code once", () => {
    const isos = build.world.shapes.map((shape) => shape.iso);
    expect(isos).toEqual([...new Set(isos)].sort());
  });

  it("fits the Equal Earth sphere into a viewBox 1000 wide and as high as its aspect", () => {
    expect(build.world.width).toBe(defaultBuildOptions.width);
    // Equal Earth's width to height ratio is about 2.05 (Šavrič, Patterson and Jenny, 2018).
    expect(build.world.height).toBe(487);
    expect(build.world.sphere).toMatch(/^m.*z$/);
  });

  it("puts Ukraine's label point in mainland Ukraine, not in Crimea or the sea", () => {
    const ukraine = byIso.get("UA")!;
    const [[x0, y0], [x1, y1]] = ukraine.bounds;
    expect(ukraine.centroid[0]).toBeGreaterThan(x0 + (x1 - x0) / 4);
    expect(ukraine.centroid[1]).toBeLessThan(y0 + (y1 - y0) / 2);
  });
});

describe("buildWorld on a hand-made topology", () => {
  const fixture = buildWorld(fixtureAtlas, fixtureCountries);
  const shapeOf = (iso: string) => fixture.world.shapes.find((shape) => shape.iso === iso)!;

  it("validates, with a shape for each corrected country and a marker for the record with none", () => {
    expect(fixture.problems).toEqual([]);
    expect(fixture.world.shapes.map((shape) => [shape.iso, shape.d === "" ? "marker" : "shape"])).toEqual([
      ["CY", "shape"],
      ["FJ", "shape"],
      ["RU", "shape"],
      ["TV", "marker"],
      ["UA", "shape"],
    ]);
  });

  it("draws a country across the antimeridian as two pieces, one at each edge of the map", () => {
    const pieces = absolutePoints(shapeOf("FJ").d);
    expect(pieces).toHaveLength(2);
    const [[x0], [x1]] = shapeOf("FJ").bounds;
    expect(x0).toBeLessThan(10);
    expect(x1).toBeGreaterThan(fixture.world.width - 10);
  });

  it("draws merged Cyprus as one ring, with no border where N. Cyprus joined it", () => {
    expect(absolutePoints(shapeOf("CY").d)).toHaveLength(1);
  });

  it("leaves out what it is told to, and refuses a feature whose id is no known country, naming it", () => {
    const withoutTuvalu = buildWorld(fixtureAtlas, fixtureCountries, { ...defaultBuildOptions, omitted: ["TV"] });
    expect(withoutTuvalu.problems).toEqual([]);
    expect(withoutTuvalu.world.shapes.map((shape) => shape.iso)).not.toContain("TV");
    expect(() =>
      buildWorld(
        fixtureAtlas,
        fixtureCountries.filter((record) => record.cca2 !== "FJ"),
      ),
    ).toThrow(/"Fiji" has id "242"/);
  });
});

/** Whether a coordinate read back from path data lies on a grid of `step` units. */
function isMultiple(value: number, step: number): boolean {
  return Math.abs(value / step - Math.round(value / step)) < 1e-6;
}

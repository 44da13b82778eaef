import { geoArea, geoBounds } from "d3-geo";
import { feature } from "topojson-client";
import { beforeAll, describe, expect, it } from "vitest";
import { correctTopology } from "../../../src/geo/correctTopology";
import type { AtlasTopology, CountryFeature, CountryRecord } from "../../../src/geo/countryTopology";
import { isoByNumeric } from "../../../src/geo/isoByNumeric";
import { readWorldInputs } from "../../../src/geo/writeWorld";
import { fixtureAtlas, fixtureCountries } from "../../fixtures/topology";
import { countriesAt } from "./countriesAt";

let atlas: AtlasTopology;
let countries: CountryRecord[];
let corrected: CountryFeature[];

beforeAll(() => {
  ({ atlas, countries } = readWorldInputs());
  const topology = correctTopology(atlas, isoByNumeric(countries));
  corrected = feature(topology, topology.objects.countries).features as CountryFeature[];
});

describe("correctTopology on world-atlas countries-50m", () => {
  // [longitude, latitude] of places whose country the corrections decide.
  it.each([
    ["Simferopol", [34.1, 44.95], "UA"],
    ["Sevastopol", [33.52, 44.6], "UA"],
    ["Kyiv", [30.52, 50.45], "UA"],
    ["Moscow", [37.62, 55.75], "RU"],
    ["Kyrenia", [33.32, 35.34], "CY"],
    ["Nicosia", [33.36, 35.17], "CY"],
    ["Hargeisa", [44.06, 9.56], "SO"],
    ["Baidoa", [43.65, 3.11], "SO"],
    ["Pristina", [21.17, 42.66], "XK"],
    ["Belgrade", [20.46, 44.82], "RS"],
    ["Pyongyang", [125.75, 39.03], "KP"],
    ["Seoul", [126.98, 37.57], "KR"],
    ["Siachen Glacier", [77.1, 35.4], "IN"],
    ["the middle of Christmas Island", [105.62, -10.49], "CX"],
    // Drawn as their own areas (docs/interface.md), not as China, Morocco or Israel.
    ["Taipei", [121.56, 25.04], "TW"],
    ["Beijing", [116.4, 39.9], "CN"],
    // Natural Earth puts the part west of the berm in Morocco; the UN's boundary is 27°40′N.
    ["Laayoune", [-13.2, 27.15], "EH"],
    ["Smara", [-11.66, 26.74], "EH"],
    ["Aousserd", [-14.32, 22.55], "EH"],
    ["a point just south of 27°40′N", [-10, 27.6], "EH"],
    ["a point just north of 27°40′N", [-10, 27.75], "MA"],
    ["Tan-Tan", [-11.1, 28.44], "MA"],
    ["Rabat", [-6.84, 34.02], "MA"],
    ["Ramallah", [35.2, 31.9], "PS"],
    ["Gaza City", [34.46, 31.5], "PS"],
    ["Tel Aviv", [34.78, 32.08], "IL"],
  ] as const)("puts %s in exactly one country, %s", (_place, point, iso) => {
    expect(countriesAt(corrected, [point[0], point[1]])).toEqual([iso]);
  });

  it("splits Indian Ocean Ter. into Christmas Island (CX) and the two Cocos (Keeling) atolls (CC)", () => {
    const cocos = corrected.find((country) => country.properties.iso === "CC")!;
    expect(cocos.geometry.type === "MultiPolygon" && cocos.geometry.coordinates).toHaveLength(2);
    const [[west], [east]] = geoBounds(cocos);
    expect([west, east]).toEqual([expect.closeTo(96.8, 1), expect.closeTo(96.9, 1)]);
  });

  it("draws Crimea with Ukraine and not with Russia", () => {
    for (const point of [
      [34.1, 44.95],
      [33.52, 44.6],
      [36.47, 45.36],
    ] as const) {
      expect(countriesAt(corrected, [point[0], point[1]])).not.toContain("RU");
    }
  });

  it("keeps Russia's Taman peninsula, east of the Kerch Strait, in Russia", () => {
    expect(countriesAt(corrected, [37.2, 45.2])).toEqual(["RU"]);
  });

  it("merges Crimea into Ukraine's mainland polygon, so no border crosses the Perekop isthmus", () => {
    const ukraine = corrected.find((country) => country.properties.iso === "UA")!;
    const polygons = ukraine.geometry.type === "Polygon" ? [ukraine.geometry.coordinates] : ukraine.geometry.coordinates;
    const withKyiv = polygons.filter((coordinates) => countriesAt([{ ...ukraine, geometry: { type: "Polygon", coordinates } }], [30.52, 50.45]).length);
    expect(countriesAt([{ ...ukraine, geometry: { type: "Polygon", coordinates: withKyiv[0]! } }], [34.1, 44.95])).toEqual(["UA"]);
  });

  it.each([
    ["the middle of the Pacific", [-150, 0]],
    ["the South Atlantic", [-15, -40]],
    ["the middle of the Indian Ocean", [80, -20]],
  ] as const)("puts %s in no country (no ring covers the globe)", (_place, point) => {
    expect(countriesAt(corrected, [point[0], point[1]])).toEqual([]);
  });

  it("has no polygon covering half the globe or more", () => {
    for (const country of corrected) {
      const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
      for (const coordinates of polygons) expect(geoArea({ type: "Polygon", coordinates }), country.properties.iso).toBeLessThan(2 * Math.PI);
    }
  });

  it("gives every country a valid ISO 3166-1 alpha-2 code, once", () => {
    const known = new Set(countries.map(({ cca2 }) => cca2));
    const isos = corrected.map((country) => country.properties.iso);
    expect(isos.filter((iso) => !known.has(iso))).toEqual([]);
    expect(new Set(isos).size).toBe(isos.length);
  });

  it("accounts for all 241 features of countries-50m", () => {
    const names = atlas.objects.countries.geometries.map((geometry) => (geometry.properties as { name: string }).name);
    expect(names).toHaveLength(241);
    const sources = new Set(corrected.flatMap((country) => country.properties.sources.map((source) => source.replace(/ \(.*\)$/, ""))));
    expect(names.filter((name) => !sources.has(name))).toEqual([]);
  });

  it("ends with 238 countries: 241 features, less 3 merged away and Ashmore joining Australia, plus Indian Ocean Ter. split in two", () => {
    expect(corrected).toHaveLength(241 - 3 - 1 + 1);
  });

  it("sorts countries by ISO code", () => {
    const isos = corrected.map((country) => country.properties.iso);
    expect(isos).toEqual([...isos].sort());
  });

  it("refuses a feature with no id that it has no correction for", () => {
    const broken: AtlasTopology = {
      ...atlas,
      objects: { countries: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { name: "Atlantis" } }] } },
    };
    expect(() => correctTopology(broken, isoByNumeric(countries))).toThrow(/"Atlantis" has no id and no correction/);
  });
});

describe("correctTopology on a hand-made topology", () => {
  const topology = correctTopology(fixtureAtlas, isoByNumeric(fixtureCountries));
  const fixture = feature(topology, topology.objects.countries).features as CountryFeature[];
  const byIso = new Map(fixture.map((country) => [country.properties.iso, country]));
  const polygonCount = (iso: string) => {
    const { geometry } = byIso.get(iso)!;
    return geometry.type === "Polygon" ? 1 : geometry.coordinates.length;
  };

  it("gives the feature with no id the code its correction names, and merges it with Cyprus", () => {
    expect(fixture.map((country) => country.properties.iso)).toEqual(["CY", "FJ", "RU", "UA"]);
    expect(byIso.get("CY")!.properties.sources).toEqual(["Cyprus", "N. Cyprus"]);
    expect(countriesAt(fixture, [33.5, 35.25])).toEqual(["CY"]);
    // One polygon of one ring: the arc they shared is no border any more.
    expect(polygonCount("CY")).toBe(1);
    const { geometry } = byIso.get("CY")!;
    expect(geometry.type === "MultiPolygon" ? geometry.coordinates[0] : geometry.coordinates).toHaveLength(1);
  });

  it("moves Russia's Crimea polygon to Ukraine, merged with its mainland, and leaves Russia the rest", () => {
    expect(countriesAt(fixture, [34, 45])).toEqual(["UA"]);
    expect(countriesAt(fixture, [34, 46])).toEqual(["UA"]);
    expect(countriesAt(fixture, [37.5, 55.5])).toEqual(["RU"]);
    expect(polygonCount("UA")).toBe(1);
    expect(polygonCount("RU")).toBe(1);
  });

  it("keeps a ring across the antimeridian as a small polygon, not one covering the globe", () => {
    expect(countriesAt(fixture, [180, -17])).toEqual(["FJ"]);
    expect(countriesAt(fixture, [-179.5, -17])).toEqual(["FJ"]);
    expect(countriesAt(fixture, [0, -17])).toEqual([]);
    expect(geoArea(byIso.get("FJ")!)).toBeLessThan(0.01);
  });
});

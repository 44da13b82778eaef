import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { geoArea } from "d3-geo";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleDetail } from "../../../../src/geo/detail/assembleDetail";
import { buildDetail } from "../../../../src/geo/detail/buildDetail";
import { cellOf, DETAIL_GRID, tilesFor, type TileId } from "../../../../src/geo/detail/detailGrid";
import type { DetailIndex, DetailTile } from "../../../../src/geo/detail/detailTypes";
import { worldProjection } from "../../../../src/geo/worldProjection";
import { readWorldInputs } from "../../../../src/geo/writeWorld";
import { fixtureAtlas, fixtureCountries } from "../../../fixtures/topology";
import { countriesAt } from "../countriesAt";
import { absolutePoints, pathArea, pathContains } from "../pathPoints";

const { projection } = worldProjection(DETAIL_GRID.width);
const at = (longitude: number, latitude: number) => projection([longitude, latitude]) as [number, number];

describe("buildDetail on a hand-made topology", () => {
  const built = buildDetail(fixtureAtlas, fixtureCountries);
  const all = assembleDetail(built.index, built.tiles);

  it("validates, and puts Crimea in Ukraine and N. Cyprus in Cyprus", () => {
    expect(built.problems).toEqual([]);
    expect(pathContains(all.get("UA")!, at(34, 45))).toBe(true);
    expect(pathContains(all.get("RU")!, at(34, 45))).toBe(false);
    expect(pathContains(all.get("CY")!, at(33.5, 35.25))).toBe(true);
  });

  it("gives back each country's whole path when every tile is loaded", () => {
    for (const shape of built.world.shapes.filter((s) => s.d !== "")) {
      expect(pathArea(all.get(shape.iso)!), shape.iso).toBeCloseTo(pathArea(shape.d), 1);
    }
  });

  it("cuts Fiji, across the antimeridian, into tiles at both edges of the map", () => {
    const cells = Object.entries(built.index.tiles)
      .filter(([, isos]) => isos.includes("FJ"))
      .map(([id]) => Number(id) % DETAIL_GRID.cols);
    expect(cells).toContain(0);
    expect(cells).toContain(DETAIL_GRID.cols - 1);
  });
});

describe("zoom detail as the data step wrote it (src/generated/detail, from countries-10m)", () => {
  const dir = join("src", "generated", "detail");
  let index: DetailIndex;
  let tiles: Map<TileId, DetailTile>;
  let all: Map<string, string>;
  let knownIsos: Set<string>;

  beforeAll(() => {
    index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as DetailIndex;
    tiles = new Map(
      readdirSync(dir)
        .filter((name) => name.startsWith("tile-"))
        .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as DetailTile)
        .map((tile) => [tile.id, tile]),
    );
    all = assembleDetail(index, tiles);
    knownIsos = new Set(readWorldInputs().countries.map(({ cca2 }) => cca2));
  });

  it("has a file for every tile the index lists, each naming the countries it holds by ISO code", () => {
    expect(tiles.size).toBeGreaterThan(50);
    expect([...tiles.keys()].sort((a, b) => a - b)).toEqual(
      Object.keys(index.tiles)
        .map(Number)
        .sort((a, b) => a - b),
    );
    for (const tile of tiles.values()) {
      const isos = Object.keys(tile.countries);
      expect(isos.length, `tile ${tile.id}`).toBeGreaterThan(0);
      expect(
        isos.filter((iso) => !knownIsos.has(iso)),
        `tile ${tile.id}`,
      ).toEqual([]);
      expect(isos.sort()).toEqual(index.tiles[String(tile.id)]);
    }
  });

  it("puts Simferopol and Sevastopol in Ukraine, not Russia, at 10m too", () => {
    for (const [longitude, latitude] of [
      [34.1, 44.95],
      [33.52, 44.6],
    ] as const) {
      expect(pathContains(all.get("UA")!, at(longitude, latitude))).toBe(true);
      expect(pathContains(all.get("RU")!, at(longitude, latitude))).toBe(false);
    }
    expect(pathContains(all.get("RU")!, at(37.62, 55.75))).toBe(true);
  });

  it("draws northern Cyprus with Cyprus, Somaliland with Somalia, Kosovo as XK and Laayoune in Western Sahara", () => {
    const places: [string, number, number][] = [
      ["CY", 33.36, 35.17],
      ["CY", 33.32, 35.3],
      ["SO", 44.06, 9.56],
      ["XK", 21.17, 42.66],
      ["EH", -13.2, 27.15],
      ["TW", 121.56, 25.04],
      ["PS", 35.2, 31.9],
    ];
    for (const [iso, longitude, latitude] of places) {
      const holders = [...all].filter(([, d]) => pathContains(d, at(longitude, latitude))).map(([holder]) => holder);
      expect(holders, `${longitude}, ${latitude}`).toEqual([iso]);
    }
  });

  it("has no ring covering the globe: open sea is in no country", () => {
    for (const [longitude, latitude] of [
      [-150, 0],
      [-30, -40],
      [80, -20],
      [170, 30],
    ] as const) {
      expect([...all].filter(([, d]) => pathContains(d, at(longitude, latitude))).map(([iso]) => iso)).toEqual([]);
    }
  });

  it("loads a zoom to Europe in a small part of the detail's bytes", () => {
    const bytes = (ids: TileId[]) => ids.reduce((sum, id) => sum + (tiles.has(id) ? JSON.stringify(tiles.get(id)).length : 0), 0);
    const europe = tilesFor([
      [440, 60],
      [600, 160],
    ]);
    expect(bytes(europe)).toBeLessThan(bytes([...tiles.keys()]) / 4);
  });

  it("closes rings left partly unloaded with chords that stay inside cells not loaded, so the view is exact", () => {
    const loaded = new Map(
      [...tiles].filter(([id]) =>
        tilesFor([
          [470, 60],
          [560, 110],
        ]).includes(id),
      ),
    );
    const partial = assembleDetail(index, loaded);
    const segmentsOf = (d: string) => new Set(absolutePoints(d).flatMap((ring) => ring.map((point, i) => `${point} ${ring[(i + 1) % ring.length]}`)));
    for (const iso of ["FR", "DE", "RU", "IT"]) {
      const full = segmentsOf(all.get(iso)!);
      for (const ring of absolutePoints(partial.get(iso)!)) {
        ring.forEach((from, i) => {
          const to = ring[(i + 1) % ring.length]!;
          if (full.has(`${from} ${to}`)) return;
          // A chord: both ends in one cell, and that cell not loaded.
          const cell = cellOf((from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
          expect(loaded.has(cell), `${iso} chord ${from} → ${to}`).toBe(false);
        });
      }
    }
  });
});

describe("buildDetail on countries-10m", () => {
  it("corrects the 10m traps: every feature accounted for, no polygon covering the globe (the Maldives), Crimea in Ukraine", () => {
    // The corrected features are what validation checked; geoArea and countriesAt read them directly.
    const atlas = JSON.parse(readFileSync("node_modules/world-atlas/countries-10m.json", "utf8"));
    const { corrected, problems } = buildDetail(atlas, readWorldInputs().countries);
    expect(problems).toEqual([]);
    for (const country of corrected) {
      const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
      for (const coordinates of polygons) expect(geoArea({ type: "Polygon", coordinates }), country.properties.iso).toBeLessThan(2 * Math.PI);
    }
    expect(countriesAt(corrected, [34.1, 44.95])).toEqual(["UA"]);
    expect(countriesAt(corrected, [32.95, 34.6])).toEqual(["GB"]);
  }, 60_000);
});

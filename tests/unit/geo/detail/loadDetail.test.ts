import { describe, expect, it } from "vitest";
import { assembleDetail } from "../../../../src/geo/detail/assembleDetail";
import { buildDetail } from "../../../../src/geo/detail/buildDetail";
import { createDetailLoader } from "../../../../src/geo/detail/loadDetail";
import { fixtureAtlas, fixtureCountries } from "../../../fixtures/topology";

// The fixture's detail, served from memory by file name.
const { index, tiles } = buildDetail(fixtureAtlas, fixtureCountries);
const files = new Map<string, unknown>([["index", index], ...[...tiles].map(([id, tile]): [string, unknown] => [`tile-${id}`, tile])]);
const ukraineTiles = Object.entries(index.tiles)
  .filter(([, isos]) => isos.includes("UA"))
  .map(([id]) => Number(id));

function serve(failing: Set<string> = new Set()) {
  const fetched: string[] = [];
  const reports: string[] = [];
  const loader = createDetailLoader({
    urlOf: (name) => (files.has(name) ? name : undefined),
    fetchJson: async (name) => {
      fetched.push(name);
      if (failing.has(name)) throw new Error(`${name}: HTTP 500`);
      return structuredClone(files.get(name));
    },
    report: (message) => reports.push(message),
  });
  return { loader, fetched, reports };
}

describe("createDetailLoader", () => {
  it("loads the index and the tiles asked for, and assembles their countries' detailed paths", async () => {
    const { loader, fetched } = serve();
    const paths = (await loader.loadDetail(ukraineTiles)).paths;
    expect(paths.get("UA")).toBe(assembleDetail(index, new Map(ukraineTiles.map((id) => [id, tiles.get(id)!]))).get("UA"));
    expect(fetched.sort()).toEqual(["index", ...ukraineTiles.map((id) => `tile-${id}`)].sort());
  });

  it("fetches each file once, however often and however many views ask for it", async () => {
    const { loader, fetched } = serve();
    await Promise.all([loader.loadDetail(ukraineTiles), loader.loadDetail(ukraineTiles)]);
    await loader.loadDetail(ukraineTiles);
    expect(fetched.filter((name) => name === "index")).toHaveLength(1);
    expect(fetched).toHaveLength(1 + ukraineTiles.length);
  });

  it("treats a cell with no file (open sea) as loaded and empty, fetching nothing for it", async () => {
    const { loader, fetched, reports } = serve();
    const sea = 0;
    expect(index.tiles[String(sea)]).toBeUndefined();
    expect((await loader.loadDetail([sea])).paths.size).toBe(0);
    expect(fetched).toEqual(["index"]);
    expect(reports).toEqual([]);
  });

  it("reports a tile that fails and leaves its countries out, so they keep their coarse shapes; never rejects", async () => {
    const failing = `tile-${ukraineTiles[0]}`;
    const { loader, reports } = serve(new Set([failing]));
    const paths = (await loader.loadDetail(ukraineTiles)).paths;
    expect(paths.has("UA")).toBe(false);
    expect(reports).toEqual([expect.stringMatching(new RegExp(`tile ${ukraineTiles[0]} could not be loaded .*HTTP 500.*UA`))]);
  });

  it("reports a failed index and returns nothing, then tries again on the next call", async () => {
    const failing = new Set(["index"]);
    const { loader, fetched, reports } = serve(failing);
    expect((await loader.loadDetail(ukraineTiles)).paths.size).toBe(0);
    expect(reports).toEqual([expect.stringContaining("the tile index could not be loaded")]);
    failing.clear();
    expect((await loader.loadDetail(ukraineTiles)).paths.has("UA")).toBe(true);
    expect(fetched.filter((name) => name === "index")).toHaveLength(2);
  });

  it("refuses a file of the wrong shape as a failure, not a crash", async () => {
    const loader = createDetailLoader({ urlOf: (name) => name, fetchJson: async () => ({ version: 2 }), report: () => {} });
    expect((await loader.loadDetail([1])).paths).toEqual(new Map());
  });

  it("says, with the paths, which countries every tile holds, loaded or not; nothing when the index failed", async () => {
    const { loader } = serve();
    const { paths, countriesByTile, failed } = await loader.loadDetail(ukraineTiles.slice(0, 1));
    expect(countriesByTile).toEqual(index.tiles);
    expect(paths.has("UA")).toBe(true);
    expect(failed).toEqual([]);
    const broken = serve(new Set(["index"]));
    expect(await broken.loader.loadDetail(ukraineTiles)).toEqual({ paths: new Map(), countriesByTile: {}, failed: ukraineTiles });
  });

  it("says which tiles failed, so the map can ask for them again", async () => {
    const { loader } = serve(new Set([`tile-${ukraineTiles[0]}`]));
    expect((await loader.loadDetail(ukraineTiles)).failed).toEqual([ukraineTiles[0]]);
  });
});

// Browser side of zoom detail (#11): which tiles a view needs, and their detailed paths, fetched
// once each from the files the data step wrote (src/generated/detail/), which Vite emits beside
// the app's assets with hashed names: same origin (CSP connect-src 'self'), any base path.
import { assembleDetail } from "./assembleDetail";
import type { TileId } from "./detailGrid";
import type { DetailIndex, DetailTile } from "./detailTypes";

/** Where each generated file is served, by file name ("index", "tile-34"), from Vite's asset graph. */
const URLS: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>("../../generated/detail/*.json", { query: "?url", import: "default", eager: true })).map(([path, url]) => [
    path.replace(/^.*\/(.*)\.json$/, "$1"),
    url,
  ]),
);

export interface DetailLoaderOptions {
  /** Fetches and parses a JSON file; the default uses fetch(). */
  fetchJson?: (url: string) => Promise<unknown>;
  /** The URL of a generated file by name, or undefined when there is none. */
  urlOf?: (name: string) => string | undefined;
  /**
   * Told of every failure, in words; the default writes it to the console as a warning: the map
   * goes on with its world-view shapes, as search does without its name tables (resolverChunk).
   */
  report?: (message: string) => void;
}

/** The detailed paths of some tiles, and what the index says of every tile. */
export interface LoadedTiles {
  /**
   * The detailed path of every country in the tiles, exact inside them (see assembleDetail); a
   * country in a tile that failed is left out, so the map keeps its coarse shape.
   */
  paths: Map<string, string>;
  /**
   * Per tile with land, the ISO codes of its countries (the index's `tiles`; empty when the index
   * failed, and then so are the paths): a country in a tile on screen that was not loaded would
   * show the chord its ring is closed by there, so the map draws its world-view shape instead.
   */
  countriesByTile: Readonly<Record<string, readonly string[]>>;
  /** The tiles asked for that could not be loaded (all of them when the index failed): the next view asks again. */
  failed: TileId[];
}

export interface DetailLoader {
  /**
   * The tiles' detailed paths and the index's countries per tile. Never rejects: a tile that fails
   * is reported and listed in `failed`; a failed file is fetched again on the next call.
   */
  loadDetail: (ids: readonly TileId[]) => Promise<LoadedTiles>;
}

/**
 * A loader with its own cache: each file is fetched at most once while it succeeds.
 * @example const { loadDetail } = createDetailLoader(); (await loadDetail(tilesFor(view))).paths
 */
export function createDetailLoader({ fetchJson = fetchJsonFile, urlOf = (name) => URLS[name], report = console.warn }: DetailLoaderOptions = {}): DetailLoader {
  const files = new Map<string, Promise<unknown>>();
  const load = (name: string): Promise<unknown> => {
    let file = files.get(name);
    if (!file) {
      const url = urlOf(name);
      file = url === undefined ? Promise.reject(new Error(`no file ${name}.json was built`)) : fetchJson(url);
      // A failure is not kept: the next view asks again.
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file;
  };

  const loadDetail = async (ids: readonly TileId[]): Promise<LoadedTiles> => {
    let index: DetailIndex;
    try {
      index = readIndex(await load("index"));
    } catch (error) {
      report(`Zoom detail: the tile index could not be loaded (${message(error)}); the map keeps its world-view shapes.`);
      return { paths: new Map(), countriesByTile: {}, failed: [...new Set(ids)] };
    }
    const tiles = new Map<TileId, DetailTile>();
    const undetailed = new Set<string>();
    const failed: TileId[] = [];
    await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const countries = index.tiles[String(id)];
        // No file: nothing but sea there, which counts as loaded.
        if (!countries) return tiles.set(id, { version: 1, id, countries: {} });
        try {
          tiles.set(id, readTile(await load(`tile-${id}`), id));
        } catch (error) {
          report(`Zoom detail: tile ${id} could not be loaded (${message(error)}); ${countries.join(", ")} keep their world-view shapes.`);
          for (const iso of countries) undetailed.add(iso);
          failed.push(id);
        }
      }),
    );
    const paths = assembleDetail(index, tiles);
    for (const iso of undetailed) paths.delete(iso);
    return { paths, countriesByTile: index.tiles, failed: failed.sort((a, b) => a - b) };
  };
  return { loadDetail };
}

const defaultLoader = createDetailLoader();

/** loadDetail(tilesFor(view)) → { paths: Map { "FR" → "M512.3 88.1l…Z", … }, countriesByTile, failed }, through one shared cache. */
export function loadDetail(ids: readonly TileId[]): Promise<LoadedTiles> {
  return defaultLoader.loadDetail(ids);
}

async function fetchJsonFile(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Checks the shape of what came over the network, once, where it enters. */
function readIndex(json: unknown): DetailIndex {
  const index = json as Partial<DetailIndex> | null;
  if (index?.version !== 1 || typeof index.step !== "number" || typeof index.tiles !== "object" || typeof index.rings !== "object") {
    throw new Error("not a version 1 detail index");
  }
  return index as DetailIndex;
}

function readTile(json: unknown, id: TileId): DetailTile {
  const tile = json as Partial<DetailTile> | null;
  if (tile?.version !== 1 || tile.id !== id || typeof tile.countries !== "object" || tile.countries === null) throw new Error(`not version 1 tile ${id}`);
  return tile as DetailTile;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

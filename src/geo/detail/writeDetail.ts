/**
 * Build step: prepares zoom detail once, from world-atlas's countries-10m.json, and writes
 * `<outDir>/index.json` and one `tile-<id>.json` per cell with land. Run with
 * `npx tsx src/geo/detail/writeDetail.ts [outDir]` (default src/generated/detail), or call
 * `writeDetail(outDir)` from the data step. Never imported by the app: it reads and writes files.
 * Building takes about 12 s, so it is skipped when the inputs and the code are what the files
 * were built from (a hash of them is kept in `build-key.txt`).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { AtlasTopology } from "../countryTopology";
import { readAtlas, readWorldInputs } from "../writeWorld";
import { buildDetail, defaultDetailOptions, type DetailOptions } from "./buildDetail";

const require = createRequire(import.meta.url);
const geoDir = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface WrittenDetail {
  dir: string;
  /** False when the files were already up to date. */
  built: boolean;
  tiles: number;
  /** Gzipped bytes: the index, all tiles together and the largest tile. */
  indexGzipBytes: number;
  tilesGzipBytes: number;
  largestTileGzipBytes: number;
}

/**
 * Builds, validates and writes zoom detail into `outDir`; throws, listing every problem, if the
 * detail does not validate (and then writes nothing).
 * @example writeDetail("src/generated/detail") // { tiles: 96, tilesGzipBytes: 345000, ... }
 */
export function writeDetail(outDir: string, options: DetailOptions = defaultDetailOptions): WrittenDetail {
  const atlasFile = require.resolve("world-atlas/countries-10m.json");
  const { countries } = readWorldInputs();
  const key = buildKey(atlasFile, options);
  const keyFile = join(outDir, "build-key.txt");
  if (readText(keyFile) === key) return { dir: outDir, built: false, ...measure(outDir) };

  const atlas: AtlasTopology = readAtlas(atlasFile);
  const { index, tiles, problems } = buildDetail(atlas, countries, options);
  if (problems.length > 0) throw new Error(`zoom detail not written, ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "index.json"), JSON.stringify(index));
  for (const [id, tile] of tiles) writeFileSync(join(outDir, `tile-${id}.json`), JSON.stringify(tile));
  writeFileSync(keyFile, key);
  return { dir: outDir, built: true, ...measure(outDir) };
}

/** A hash of what the files depend on: the atlas, the country records, the options and the geo code. */
function buildKey(atlasFile: string, options: DetailOptions): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(atlasFile));
  hash.update(readFileSync(require.resolve("world-countries/countries.json")));
  hash.update(JSON.stringify(options));
  for (const file of sourceFiles(geoDir)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []))
    .sort();
}

function measure(dir: string): Omit<WrittenDetail, "dir" | "built"> {
  const gz = (name: string) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).byteLength;
  const tiles = readdirSync(dir)
    .filter((name) => name.startsWith("tile-"))
    .map(gz);
  return {
    tiles: tiles.length,
    indexGzipBytes: gz("index.json"),
    tilesGzipBytes: tiles.reduce((sum, bytes) => sum + bytes, 0),
    largestTileGzipBytes: Math.max(0, ...tiles),
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line on what was written, for the data step's log. */
export function describeDetail(written: WrittenDetail): string {
  return (
    `${written.dir}/: ${written.tiles} tiles, ${kb(written.tilesGzipBytes)} gzipped in all, largest ${kb(written.largestTileGzipBytes)}, ` +
    `index ${kb(written.indexGzipBytes)}${written.built ? "" : " (up to date)"}`
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    console.log(describeDetail(writeDetail(process.argv[2] ?? "src/generated/detail")));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

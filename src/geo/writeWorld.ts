/**
 * Build step: prepares the world map once, from world-atlas's countries-50m.json, and writes
 * `world.json`. Run with `npx tsx src/geo/writeWorld.ts [outDir]` (default src/generated), or call
 * `writeWorld(outDir)` from the build. Never imported by the app: it reads and writes files.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildWorld, defaultBuildOptions, type BuildOptions } from "./buildWorld";
import type { AtlasTopology, CountryRecord } from "./countryTopology";

export interface WrittenWorld {
  path: string;
  bytes: number;
  gzipBytes: number;
  shapes: number;
  markers: string[];
}

const require = createRequire(import.meta.url);

/**
 * Builds, validates and writes `<outDir>/world.json`; throws, listing every problem, if the world
 * does not validate (and then writes nothing). `countries` are the country records when the
 * caller has read them already (the data build passes the country table's), else world-countries'.
 * @example writeWorld("src/generated") // { path: "src/generated/world.json", bytes: 118000, gzipBytes: 43000, ... }
 */
export function writeWorld(outDir: string, options: BuildOptions = defaultBuildOptions, countries?: readonly CountryRecord[]): WrittenWorld {
  const inputs =
    countries === undefined ? readWorldInputs() : { atlas: readAtlas(require.resolve("world-atlas/countries-50m.json")), countries: [...countries] };
  const { atlas } = inputs;
  const { world, problems } = buildWorld(atlas, inputs.countries, options);
  if (problems.length > 0) {
    throw new Error(`world.json not written, ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
  const json = JSON.stringify(world);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, "world.json");
  writeFileSync(path, json);
  return {
    path,
    bytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).byteLength,
    shapes: world.shapes.filter((shape) => shape.d !== "").length,
    markers: world.shapes.filter((shape) => shape.d === "").map((shape) => shape.iso),
  };
}

/**
 * Reads the build's two inputs from node_modules: world-atlas's countries-50m and world-countries.
 * @example readWorldInputs().atlas.objects.countries.geometries.length // 241
 */
export function readWorldInputs(): { atlas: AtlasTopology; countries: CountryRecord[] } {
  return {
    atlas: readAtlas(require.resolve("world-atlas/countries-50m.json")),
    countries: readCountries(require.resolve("world-countries/countries.json")),
  };
}

/** Reads a world-atlas countries file (50m or 10m) and checks the one object the builds rely on. */
export function readAtlas(file: string): AtlasTopology {
  const json: unknown = JSON.parse(readFileSync(file, "utf8"));
  const countries = (json as { objects?: { countries?: { type?: unknown; geometries?: unknown } } }).objects?.countries;
  if ((json as { type?: unknown }).type !== "Topology" || countries?.type !== "GeometryCollection" || !Array.isArray(countries.geometries)) {
    throw new Error(`${file}: expected a TopoJSON Topology with a "countries" GeometryCollection`);
  }
  return json as AtlasTopology;
}

/** Reads world-countries' countries.json, keeping the fields the map needs, each checked. */
function readCountries(file: string): CountryRecord[] {
  const json: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(json)) throw new Error(`${file}: expected an array of countries`);
  return json.map((entry: { cca2?: unknown; ccn3?: unknown; latlng?: unknown }, i): CountryRecord => {
    const { cca2, ccn3, latlng } = entry;
    const valid =
      typeof cca2 === "string" &&
      /^[A-Z]{2}$/.test(cca2) &&
      typeof ccn3 === "string" &&
      /^(\d{3})?$/.test(ccn3) &&
      Array.isArray(latlng) &&
      latlng.length === 2 &&
      latlng.every(Number.isFinite);
    if (!valid) throw new Error(`${file}: country ${i} has a bad cca2, ccn3 or latlng: ${JSON.stringify({ cca2, ccn3, latlng })}`);
    return { cca2, ccn3, latlng: [latlng[0], latlng[1]] };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const written = writeWorld(process.argv[2] ?? "src/generated");
    console.log(
      `${written.path}: ${kb(written.bytes)} raw, ${kb(written.gzipBytes)} gzipped; ` +
        `${written.shapes} shapes, ${written.markers.length} marker-only (${written.markers.join(" ")})`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

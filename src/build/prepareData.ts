// `npm run data` (run before start, test and build): prepares, once, everything the app reads at
// run time: the country tables, the palette's CSS, the projected world and its zoom detail, and every bundled statement validated and
// resolved. Prints what it wrote, raw and gzipped; exits 1, saying what and where, on any problem.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writeCountryTable } from "../countries/writeCountryTable";
import { DEFAULT_STATEMENT_ID } from "../statement/statementId";
import { defaultBuildOptions } from "../geo/buildWorld";
import { describeDetail, writeDetail } from "../geo/detail/writeDetail";
import { writeWorld } from "../geo/writeWorld";
import { supportedLanguages } from "../i18n/languages";
import { STATEMENT_INDEX_FILE } from "../page/statementIndex";
import type { PreparedStatement } from "../view/preparedStatement";
import { writePaletteCss } from "./writePaletteCss";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const generated = join(root, "src", "generated");
const statementsDir = join(root, "public", "statements");

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (path: string) => {
  const content = readFileSync(path);
  return `${kb(content.byteLength)} raw, ${kb(gzipSync(content, { level: 9 }).byteLength)} gzipped`;
};
const relative = (path: string) => path.slice(root.length + 1);

async function main(): Promise<number> {
  mkdirSync(generated, { recursive: true });
  const countryTable = writeCountryTable(generated);
  for (const path of [...countryTable.paths, writePaletteCss(generated)]) console.log(`${relative(path)}: ${sizes(path)}`);

  // world-countries is read once, by the country table; the map takes its codes and locations from there.
  const countryRecords = countryTable.countries.map(({ iso2, numeric, latlng }) => ({ cca2: iso2, ccn3: numeric ?? "", latlng }));
  const world = writeWorld(generated, defaultBuildOptions, countryRecords);
  console.log(`${relative(world.path)}: ${sizes(world.path)}; ${world.shapes} shapes, ${world.markers.length} marker-only`);
  // Zoom detail (#11): tiles of countries-10m, fetched by the browser when the reader zooms in.
  const detail = writeDetail(join(generated, "detail"));
  console.log(describeDetail({ ...detail, dir: relative(detail.dir) }));

  // Imported only now: the resolver reads the tables written above.
  const { nameResolver } = await import("../countries/resolveCountry");
  const { orgFactsOf } = await import("../countries/orgFacts");
  const { readStatementFile } = await import("../statement/readStatementFile");
  const { formatProblem } = await import("../statement/formatProblem");

  let failed = false;
  const files = readdirSync(statementsDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (files.includes(STATEMENT_INDEX_FILE)) {
    console.error(`public/statements/${STATEMENT_INDEX_FILE}: the build writes the statements' index there; a statement cannot have the ID "index"`);
    failed = true;
  }
  for (const name of files.filter((file) => file !== STATEMENT_INDEX_FILE)) {
    const id = basename(name, ".json");
    const file = `public/statements/${name}`;
    const result = readStatementFile(readFileSync(join(statementsDir, name), "utf8"), file, nameResolver, { expectedId: id });
    if (!result.ok) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      failed = true;
      continue;
    }
    for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
    if (id === DEFAULT_STATEMENT_ID) {
      // For the tests and the benchmark's peers: the pages carry their statements themselves, prepared
      // by the build (src/build/publish.ts), and the app's bundle none.
      const prepared: PreparedStatement = { statement: result.statement, warnings: result.warnings, orgs: orgFactsOf(result.statement, supportedLanguages) };
      const path = join(generated, "defaultStatement.json");
      writeFileSync(path, JSON.stringify(prepared));
      console.log(`${relative(path)}: ${sizes(path)}`);
    }
    const countries = result.statement.signatories.filter((party) => party.kind === "country").length;
    console.log(`${file}: valid; ${countries} country signatories, ${result.statement.claims.length} claims`);
  }
  if (!files.includes(`${DEFAULT_STATEMENT_ID}.json`)) {
    console.error(`public/statements/${DEFAULT_STATEMENT_ID}.json: missing; the app's default statement must be bundled`);
    failed = true;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

// Builds the naive reference (tests/bench/naive) into the folder given as argv[2], with world-atlas
// 50m copied beside it as it is published. Run by tests/bench/buildNaive.ts in a child process with
// NODE_ENV=production, so Vite bundles React's production build as `npm run build` does.
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import countriesJson from "../../../src/generated/countries.json";
import defaultStatementJson from "../../../src/generated/defaultStatement.json";

interface Party {
  kind: string;
  iso2?: string;
}

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: tsx tests/bench/naive/build.ts <outDir>");

const here = dirname(fileURLToPath(import.meta.url));
const { statement } = defaultStatementJson as unknown as { statement: { title: string; signatories: Party[]; subjects: Party[] } };
// world-atlas ids are ISO 3166-1 numeric codes as three-digit strings ("008" for Albania), as in countries.json.
const numericByIso = new Map(countriesJson.filter((c) => c.numeric).map((c) => [c.iso2, c.numeric]));
const numericOf = (parties: Party[]) => parties.flatMap((party) => numericByIso.get(party.iso2 ?? "") ?? []);
const naiveData = {
  title: statement.title,
  signatories: numericOf(statement.signatories),
  subjects: numericOf(statement.subjects),
  isoByNumeric: Object.fromEntries(countriesJson.filter((c) => c.numeric).map((c) => [c.numeric, c.iso2])),
};

await build({
  configFile: false,
  root: here,
  base: "./",
  logLevel: "warn",
  plugins: [react()],
  define: { __NAIVE_DATA__: JSON.stringify(naiveData) },
  build: { outDir: resolve(outDir), emptyOutDir: true, target: "es2022" },
});
const require = createRequire(import.meta.url);
copyFileSync(require.resolve("world-atlas/countries-50m.json"), join(outDir, "countries-50m.json"));

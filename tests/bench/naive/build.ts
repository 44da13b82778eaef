// Builds the naive reference (tests/bench/naive) into the folder given as argv[2], with world-atlas
// 50m copied beside it as it is published. Run by tests/bench/buildNaive.ts in a child process with
// NODE_ENV=production, so Vite bundles React's production build as `npm run build` does.
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { peerData } from "../peerData";

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: tsx tests/bench/naive/build.ts <outDir>");

const here = dirname(fileURLToPath(import.meta.url));
const naiveData = peerData();

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

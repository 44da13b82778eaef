// Builds the hand-written D3 peer (tests/bench/d3peer) into the folder given as argv[2], with
// world-atlas 50m copied beside it as it is published. Vite only bundles d3-geo, d3-selection,
// d3-transition and topojson-client into one module, as a desk's own build step or a CDN would.
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { peerData } from "../peerData";

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: tsx tests/bench/d3peer/build.ts <outDir>");

await build({
  configFile: false,
  root: dirname(fileURLToPath(import.meta.url)),
  base: "./",
  logLevel: "warn",
  define: { __PEER_DATA__: JSON.stringify(peerData()) },
  build: { outDir: resolve(outDir), emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
});
const require = createRequire(import.meta.url);
copyFileSync(require.resolve("world-atlas/countries-50m.json"), join(outDir, "countries-50m.json"));

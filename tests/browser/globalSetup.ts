// Builds the site once into a temporary folder and serves it on loopback for every browser test,
// so the tests see exactly what `npm run build` ships.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { build, preview, type PreviewServer } from "vite";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject) {
  outDir = mkdtempSync(join(tmpdir(), "signatory-map-dist-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  server = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  project.provide("baseUrl", url);
  project.provide("distDir", outDir);
}

export async function teardown() {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

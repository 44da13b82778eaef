// Builds the site once into a temporary folder and serves it on loopback for every browser test,
// so the tests see exactly what `npm run build` ships.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { execFileSync } from "node:child_process";
import { preview, type PreviewServer } from "vite";
import { headersFor } from "./hostingHeaders";

/** The policy of docs/hosting.md: every browser test runs under it, so a violation fails the test (browser.ts). */
export { CONTENT_SECURITY_POLICY } from "./hostingHeaders";

/** The public address the test build is made for (SITE_URL): what the pages' absolute URLs start with. */
export const TEST_SITE_URL = "https://maps.example.org/signatories/";

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
  // `npm run build`'s own script (vite build, then the pages, cards and index), in its own process:
  // under Vitest NODE_ENV is "test", which would make Vite bundle React's development build.
  // A site address of its own, so the pages' canonical and Open Graph URLs are the same on every machine.
  const env = { ...process.env, NODE_ENV: "production", SITE_URL: TEST_SITE_URL };
  execFileSync("npx", ["tsx", "src/build/build.ts", outDir, "--quiet"], { env, stdio: "inherit" });
  server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    // The headers docs/hosting.md gives, path by path, as a production host sends them.
    plugins: [
      {
        name: "hosting-headers",
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, response, next) => {
            const path = new URL(request.url ?? "/", "http://localhost").pathname;
            for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
            next();
          });
        },
      },
    ],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  project.provide("baseUrl", url);
  project.provide("distDir", outDir);
}

export async function teardown() {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

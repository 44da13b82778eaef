import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";

/** Builds one entry on its own as a single classic script (no imports, no module), minified: its code. */
async function classicScript(entry: string, name: string, target = "es2017"): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "warn",
    build: {
      write: false,
      copyPublicDir: false,
      target,
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ["iife"], name, fileName: () => `${name}.js` },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: { code?: string }[] };
  const code = output.output[0]?.code;
  if (!code) throw new Error(`${entry}: the build produced no code`);
  return code;
}

/**
 * dist/embed.js: the responsive embed code's loader (src/embed/embedLoader.ts), one classic script
 * under a stable name, since newsroom pages load it by that name from any origin. A second entry in
 * the app's build would share chunks with the app and load as a module.
 */
function embedLoader(): Plugin {
  return {
    name: "signatory-map-embed-loader",
    apply: "build",
    async generateBundle() {
      this.emitFile({ type: "asset", fileName: "embed.js", source: await classicScript("src/embed/embedLoader.ts", "signatoryMapEmbedLoader") });
    },
  };
}

/**
 * The boot script (src/page/boot.ts): a tiny classic script, render-blocking in <head>, that sets
 * <html>'s layout attributes from the URL before the body is parsed, so an embed's first paint is
 * already its compact layout. Its name carries a hash of its content, as the app's assets do.
 */
function bootScript(): Plugin {
  let fileName = "";
  return {
    name: "signatory-map-boot-script",
    apply: "build",
    async buildStart() {
      const code = await classicScript("src/page/boot.ts", "signatoryMapBoot", "es2020");
      fileName = `assets/boot-${createHash("sha256").update(code).digest("base64url").slice(0, 8)}.js`;
      this.emitFile({ type: "asset", fileName, source: code });
    },
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "script", attrs: { src: `./${fileName}` }, injectTo: "head" }],
    },
  };
}

// One config for the app (vite) and the unit/component tests (vitest).
export default defineConfig({
  plugins: [react(), embedLoader(), bootScript()],
  base: "./",
  build: {
    target: "es2022",
    // The CSP forbids inline scripts and styles, so nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
    // Two pages: the map (index.html) and the authoring page for editors (author.html, issue #12).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL("index.html", import.meta.url)),
        author: fileURLToPath(new URL("author.html", import.meta.url)),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // A generous bound, not a timing: property tests on a loaded two-core machine can take seconds.
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
          testTimeout: 60_000,
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

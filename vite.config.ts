import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";

/**
 * dist/embed.js: the responsive embed code's loader (src/embed/embedLoader.ts), built on its own
 * as one classic script under a stable name, since newsroom pages load it by that name from any
 * origin. A second entry in the app's build would share chunks with the app and load as a module.
 */
function embedLoader(): Plugin {
  return {
    name: "signatory-map-embed-loader",
    apply: "build",
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: "warn",
        build: {
          write: false,
          copyPublicDir: false,
          target: "es2017",
          lib: { entry: fileURLToPath(new URL("src/embed/embedLoader.ts", import.meta.url)), formats: ["iife"], name: "signatoryMapEmbedLoader", fileName: () => "embed.js" },
        },
      });
      const output = (Array.isArray(result) ? result[0]! : result) as { output: { code?: string }[] };
      const code = output.output[0]?.code;
      if (!code) throw new Error("embed.js: the loader build produced no code");
      this.emitFile({ type: "asset", fileName: "embed.js", source: code });
    },
  };
}

// One config for the app (vite) and the unit/component tests (vitest).
export default defineConfig({
  plugins: [react(), embedLoader()],
  base: "./",
  build: {
    target: "es2022",
    // The CSP forbids inline scripts and styles, so nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
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

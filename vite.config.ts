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

/** Subresource Integrity for `code` as a browser checks it: sriHash("x") → "sha384-…". */
export const sriHash = (code: string) => `sha384-${createHash("sha384").update(code, "utf8").digest("base64")}`;

/**
 * The responsive embed code's loader (src/embed/embedLoader.ts), one classic script run on
 * newsroom pages of any origin (a second entry in the app's build would share chunks with the app
 * and load as a module). Published twice with the same bytes:
 * - `assets/embed-<hash>.js`, named by its content, which the Embed dialog's code loads with
 *   `integrity` (sha384) and `crossorigin="anonymous"` (#15). The name changes when the bytes do,
 *   so a code pasted into an article keeps loading the file its hash was made for, as long as the
 *   host keeps earlier deployments' files (docs/hosting.md), and a changed loader never breaks it;
 * - `embed.js`, the stable name that codes made before the hash load, without integrity.
 * The app learns the file and the hash through a define (src/embed/builtLoader.ts), so the loader
 * is built before the app, in the config step.
 */
function embedLoader(): Plugin {
  let code = "";
  let fileName = "";
  return {
    name: "signatory-map-embed-loader",
    apply: "build",
    async config() {
      code = await classicScript("src/embed/embedLoader.ts", "signatoryMapEmbedLoader");
      fileName = `assets/embed-${createHash("sha256").update(code).digest("base64url").slice(0, 8)}.js`;
      return { define: { __SIGNATORY_MAP_EMBED_LOADER__: JSON.stringify({ file: fileName, integrity: sriHash(code) }) } };
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "embed.js", source: code });
      this.emitFile({ type: "asset", fileName, source: code });
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
    // First in <head>, then the stylesheet, then the app's module script: what holds the first
    // paint is asked for first (HTTP/1.1 gives a host six connections, and the module script
    // waits for no paint). Before the stylesheet: a classic script after a stylesheet waits for
    // it to load (script-blocking), and the parser with it; before it, the script runs as soon as
    // it arrives and the body is parsed while the CSS is still on its way (issue #11, first paint).
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const stylesheet = html.match(/<link rel="stylesheet"[^>]*>\n?\s*/)?.[0] ?? "";
        const rest = html.replace(stylesheet, "");
        const first = rest.search(/<script type="module"/);
        const critical = `<script src="./${fileName}"></script>\n    ${stylesheet.trim()}\n    `;
        if (first < 0) return rest.replace("</head>", `${critical}</head>`);
        return `${rest.slice(0, first)}${critical}${rest.slice(first)}`;
      },
    },
  };
}

/**
 * The first view's code in one file (issue #11, first paint): left to itself the bundler splits out
 * every small module the entry shares with a lazy chunk or with the authoring page (seven files of
 * 0.2 to 3 KB), and on HTTP/1.1's six connections per host those requests queue ahead of the
 * render-blocking stylesheet and boot script. Every module the map page imports statically goes
 * into one chunk instead; lazy chunks and the authoring page import it from there.
 */
function firstViewChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const firstView = new Set<string>();
  const entry = fileURLToPath(new URL("src/main.tsx", import.meta.url));
  return {
    plugin: {
      name: "signatory-map-first-view-chunk",
      apply: "build",
      buildEnd() {
        const visit = (id: string) => {
          if (firstView.has(id)) return;
          firstView.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(entry);
        // The entry stays in a chunk of its own: the authoring page imports the shared chunk and must not run the map page's start-up.
        firstView.delete(entry);
      },
    },
    group: { name: "app", test: (id) => firstView.has(id) },
  };
}
const firstView = firstViewChunk();

// One config for the app (vite) and the unit/component tests (vitest).
export default defineConfig({
  plugins: [react(), embedLoader(), bootScript(), firstView.plugin],
  base: "./",
  build: {
    target: "es2022",
    // Browsers without modulepreload (Safari before 17) load the same modules a moment later, unpolyfilled.
    modulePreload: { polyfill: false },
    // The CSP forbids inline scripts and styles, so nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
    // Two pages: the map (index.html) and the authoring page for editors (author.html, issue #12).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL("index.html", import.meta.url)),
        author: fileURLToPath(new URL("author.html", import.meta.url)),
      },
      output: { codeSplitting: { groups: [firstView.group] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // A generous bound, not a timing: property tests on a loaded two-core machine can take seconds.
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/fastCheckSeed.ts"], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
          // One jsdom for all the files, not one each: setting it up was most of the project's time
          // (environment 29 s of 80 s, against 3 s of 27 s so). The tests clean up after themselves
          // (tests/component/setup.ts unmounts; mocks, globals and timers are restored).
          isolate: false,
          testTimeout: 60_000,
          setupFiles: ["tests/component/setup.ts", "tests/fastCheckSeed.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/globalSetup.ts"],
          setupFiles: ["tests/fastCheckSeed.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page on a loaded two-core machine can take seconds to load a chunk or size a frame:
          // polls wait that long before they fail (the default second is a flake, not a finding).
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machines have two cores (two workers were measured no faster).
          fileParallelism: false,
          // The files run one after another in one process, which imports Playwright and the
          // helpers once and keeps one Chromium for the whole run (browser.ts, launch): each file
          // starting its own cost about two seconds. A file cleans up what it opens (its contexts).
          isolate: false,
          // A browser test that fails is run once more: a race between a real page and the machine's
          // load should not hold back a landing, while a real fault fails twice. The reporter marks
          // a test that needed it ("retry x1"), and such a test is a race to find, not to ignore.
          retry: 1,
        },
      },
    ],
  },
});

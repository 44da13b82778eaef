// Part of `npm run build`, after `vite build`: renders the default statement's page (map, legend
// and panel) into dist/index.html with React's server renderer, so the map is visible before any
// script runs; the browser then hydrates it. Nothing inline is executable: the data the browser
// needs besides the markup goes in a <script type="application/json"> block (CSP-safe).
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { renderToString } from "react-dom/server";
import { App } from "../App";
import { countries, defaultStatement } from "../bundledData";
import { en } from "../i18n/messages";
import type { World } from "../geo/types";
import worldJson from "../generated/world.json";
import { fixedPageState } from "../page/pageState";
import { PRERENDERED_PARAMS } from "../page/parseParams";
import { worldDataOf } from "../geo/worldData";
import { WORLD_DATA_ID } from "../prerenderedWorld";

const world = worldJson as unknown as World;

/** The default page's markup and the JSON block that goes with it. */
export function renderDefaultPage(): { html: string; worldData: string } {
  const html = renderToString(
    <App
      page={fixedPageState(PRERENDERED_PARAMS)}
      paramProblems={[]}
      world={world}
      countries={countries}
      messages={en}
      initial={{ status: "ready", ...defaultStatement }}
      load={() => Promise.reject(new Error("the prerendered page loads nothing"))}
      bringIntoView={() => {}}
    />,
  );
  // "<" escaped so the JSON can never close its <script> element.
  const worldData = JSON.stringify(worldDataOf(world)).replace(/</g, "\\u003c");
  return { html, worldData };
}

/** Text for HTML element content and double-quoted attributes. */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Writes the prerendered page into `<distDir>/index.html`; returns its size raw and gzipped. */
export function prerender(distDir: string): { bytes: number; gzipBytes: number } {
  const path = join(distDir, "index.html");
  const template = readFileSync(path, "utf8");
  const placeholder = '<div id="root"></div>';
  if (!template.includes(placeholder)) throw new Error(`${path}: no ${placeholder} to render into (already prerendered?)`);
  const { html, worldData } = renderDefaultPage();
  const page = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${defaultStatement.statement.title} – ${en.appTitle}`)}</title>`)
    .replace(placeholder, `<div id="root">${html}</div>\n    <script type="application/json" id="${WORLD_DATA_ID}">${worldData}</script>`);
  writeFileSync(path, page);
  return { bytes: Buffer.byteLength(page), gzipBytes: gzipSync(page, { level: 9 }).byteLength };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = process.argv[2] ?? "dist";
  try {
    const { bytes, gzipBytes } = prerender(distDir);
    console.log(`${distDir}/index.html prerendered: ${(bytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

// What holds the app's first paint, by experiment (#11): the built page (dist/) is served as it is
// and with one suspect taken out at a time, each loaded cold in headless Chromium in turn, and the
// first contentful paint and each LCP candidate are read from the page's performance entries.
// Variants that break the page (no script, no paths) are for measuring only.
//   npx tsx tests/bench/paintExperiments.ts [loads=7] [cpu-rate=1]   (after `npm run build`)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";
import { CONTENT_SECURITY_POLICY } from "../browser/globalSetup";
import { serveStatic } from "./serve";
import { median } from "./stats";

const LOADS = Number(process.argv[2] ?? 7);
const CPU_RATE = Number(process.argv[3] ?? 1);
const html = readFileSync("dist/index.html", "utf8");
const noScript = (page: string) => page.replace(/<script type="module"[^>]*><\/script>/, "").replace(/<link rel="modulepreload"[^>]*>/g, "");
/** The panel (title, text, claims) moved before the map in the source; the grid places it as before. */
const panelFirst = (page: string) => {
  const panel = page.match(/<aside class="panel"[\s\S]*?<\/aside>/)?.[0] ?? "";
  return page.replace(panel, "").replace('<main class="layout"><figure class="map">', `<main class="layout">${panel}<figure class="map">`);
};

/** The app's module scripts; not the boot script, which is parser-blocking, so holding it back holds the first paint too. */
const isAppScript = (path: string) => path.endsWith(".js") && !path.includes("/boot-");

/** Each variant: a name, the index.html to serve, and how long to hold back the app's scripts. */
const VARIANTS: [string, string, number?][] = [
  ["as built", html],
  ["app's scripts held back 1 s (paint before hydration)", html, 1000],
  ["no module script (no hydration)", noScript(html)],
  ["no module script, panel before the map in the source", noScript(panelFirst(html))],
  ['map paths emptied (d="")', html.replace(/(<path[^>]* d=")[^"]*(")/g, "$1$2")],
  ["no world JSON block", html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, "")],
  ["stylesheet not render-blocking (media=print)", html.replace(/<link rel="stylesheet"/, '<link rel="stylesheet" media="print"')],
  ["no module script, map paths emptied", noScript(html).replace(/(<path[^>]* d=")[^"]*(")/g, "$1$2")],
];

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("no Chromium found: set CHROME_PATH");
const root = mkdtempSync(join(tmpdir(), "signatory-map-paint-"));
const servers = [];
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const urls: string[] = [];
  for (const [i, [, page, scriptDelay = 0]] of VARIANTS.entries()) {
    const dir = join(root, String(i));
    cpSync("dist", dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), page);
    const server = await serveStatic(dir, { "Content-Security-Policy": CONTENT_SECURITY_POLICY }, (path) => (isAppScript(path) ? scriptDelay : 0));
    servers.push(server);
    urls.push(server.url);
    // The server gzips each file on its first request (as a CDN's edge does once): not part of any measured load.
    for (const file of [
      "",
      ...readdirSync(join(dir, "assets"))
        .filter((name) => !isAppScript(`/assets/${name}`) || scriptDelay === 0)
        .map((name) => `assets/${name}`),
    ]) {
      await fetch(server.url + file, { headers: { "Accept-Encoding": "gzip" } });
    }
  }
  const results = VARIANTS.map(() => ({ fcp: [] as number[], lcp: [] as number[], elements: new Map<string, number>(), repaints: 0 }));
  for (let load = 0; load < LOADS; load++) {
    for (const [i, url] of urls.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
        await page.goto(url, { waitUntil: "load" });
        await page.waitForTimeout(1000);
        const entries = (await page.evaluate(`new Promise((resolve) => {
          const lcp = [];
          new PerformanceObserver((list) => { for (const e of list.getEntries()) lcp.push({ at: e.startTime, element: e.element ? e.element.tagName.toLowerCase() + (e.element.className ? "." + String(e.element.className).split(" ")[0] : "") : null }); })
            .observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => resolve({ fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null, lcp }), 50);
        })`)) as { fcp: number | null; lcp: { at: number; element: string | null }[] };
        const result = results[i]!;
        if (entries.fcp !== null) result.fcp.push(entries.fcp);
        const last = entries.lcp.at(-1);
        if (last) {
          result.lcp.push(last.at);
          result.elements.set(last.element ?? "-", (result.elements.get(last.element ?? "-") ?? 0) + 1);
        }
        // The same element named by a later candidate: painted again.
        if (entries.lcp.length > 1 && entries.lcp.at(-1)!.element === entries.lcp.at(-2)!.element) result.repaints++;
      } finally {
        await context.close();
      }
    }
  }
  console.log(`medians of ${LOADS} cold loads each, CPU ${CPU_RATE}x, ms from navigation start`);
  for (const [i, [name]] of VARIANTS.entries()) {
    const r = results[i]!;
    const element = [...r.elements].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "-";
    console.log(
      `${name.padEnd(46)} FCP ${median(r.fcp).toFixed(0).padStart(5)}  LCP ${median(r.lcp).toFixed(0).padStart(5)}  LCP element ${element}; same element painted again in ${r.repaints}/${LOADS}`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(root, { recursive: true, force: true });
}

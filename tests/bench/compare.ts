// Two builds of the site, measured in one run (issue #11): loads each cold in turn, alternating,
// so the machine's drift falls on both alike, and prints the medians side by side. A change's
// effect on the first paint is a few tens of milliseconds, about what separates two `npm run bench`
// runs of the same build on a busy two-core machine: compare builds here, not across runs.
//   npx tsx tests/bench/compare.ts <before-dir> <after-dir> [loads=15] [cpu-rate=1]
// e.g. after `git worktree add /tmp/before HEAD~3` and a build there to /tmp/before-dist.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";
import { CONTENT_SECURITY_POLICY } from "../browser/globalSetup";
import { measureLoad, type LoadResult } from "./measure";
import { serveStatic } from "./serve";
import { median, p90 } from "./stats";

const [before, after, loadsArg = "15", rateArg = "1"] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: npx tsx tests/bench/compare.ts <before-dir> <after-dir> [loads=15] [cpu-rate=1]");
  process.exit(2);
}
const LOADS = Number(loadsArg);
const CPU_RATE = Number(rateArg);
/** Countries hovered per load: enough for a median, few enough to keep the run short. */
const HOVERS = 8;

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("no Chromium found: set CHROME_PATH");
const dirs = [before, after];
const servers = await Promise.all(dirs.map((dir) => serveStatic(dir, { "Content-Security-Policy": CONTENT_SECURITY_POLICY })));
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const results: LoadResult[][] = dirs.map(() => []);
try {
  // One unmeasured load each first: the server gzips each file on its first request.
  for (let load = 0; load <= LOADS; load++) {
    for (const [i, server] of servers.entries()) {
      const result = await measureLoad(browser, server.url, CPU_RATE, HOVERS);
      if (load > 0) results[i]!.push(result);
      for (const error of result.errors) console.warn(`  ${dirs[i]}: console error: ${error}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const rows: [string, (r: LoadResult[]) => number, number][] = [
  ["first contentful paint (ms)", (r) => median(r.map((x) => x.firstContentfulPaint ?? Number.NaN)), 0],
  ["largest contentful paint (ms)", (r) => median(r.map((x) => x.largestContentfulPaint ?? Number.NaN)), 0],
  ["map frame rendered (ms)", (r) => median(r.map((x) => x.mapPainted ?? Number.NaN)), 0],
  ["total blocking time (ms)", (r) => median(r.map((x) => x.totalBlockingTime)), 0],
  ["hover → frame, median (ms)", (r) => median(r.flatMap((x) => x.hover.map((h) => h.toFrame))), 1],
  ["hover → frame, p90 (ms)", (r) => p90(r.flatMap((x) => x.hover.map((h) => h.toFrame))), 1],
  ["transferred (KB)", (r) => median(r.map((x) => x.totalBytes / 1024)), 1],
];
console.log(`medians of ${LOADS} cold loads each, alternating, CPU ${CPU_RATE}x`);
console.log(`${"".padEnd(32)}${"before".padStart(10)}${"after".padStart(10)}${"after/before".padStart(14)}`);
for (const [name, of, digits] of rows) {
  const [a, b] = results.map(of) as [number, number];
  console.log(`${name.padEnd(32)}${a.toFixed(digits).padStart(10)}${b.toFixed(digits).padStart(10)}${`${(b / a).toFixed(2)}x`.padStart(14)}`);
}
console.log(`before: ${before}\nafter:  ${after}`);

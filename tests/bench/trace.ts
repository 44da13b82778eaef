// What holds a page's first paint: loads the built app (dist/) cold in headless Chromium with a
// performance trace, and prints, from navigation start, when each file arrived, the main thread's
// work over 3 ms (parsing, style, layout, paint, scripts), the compositor's raster work, and the
// paint marks (first paint, FCP, each LCP candidate with its element). Evidence for issue #11.
//   npx tsx tests/bench/trace.ts [dist-dir] [cpu-rate]   (after `npm run build`; writes tests/bench/output/trace.json)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";
import { CONTENT_SECURITY_POLICY } from "../browser/globalSetup";
import { serveStatic } from "./serve";

const [dir = "dist", rate = "1"] = process.argv.slice(2);
const OUTPUT_DIR = "tests/bench/output";
/** Main-thread events shorter than this are left out of the listing (summed per kind instead). */
const MIN_MS = 3;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the event cost, whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; frame?: string } & Record<string, unknown>;
}

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("no Chromium found: set CHROME_PATH");
const server = await serveStatic(dir, { "Content-Security-Policy": CONTENT_SECURITY_POLICY });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(rate) });
  // One untraced load first: the server gzips each file on its first request, as a CDN's edge does once.
  await page.goto(server.url, { waitUntil: "load" });
  await page.goto("about:blank");
  // The timeline categories only: the "disabled-by-default" ones slow the page several times over.
  await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "loading", "v8.execute", "cc"] });
  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, "trace.json"), buffer);
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  console.log(describeTrace(events, server));
} finally {
  await browser.close();
  await server.close();
}

function describeTrace(events: TraceEvent[], server: { url: string }): string {
  const isPage = (url: unknown) => typeof url === "string" && url.startsWith(server.url);
  const start = events.find((e) => e.name === "navigationStart" && isPage((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL));
  if (!start) return "no navigationStart in the trace";
  const t0 = start.ts;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const requestUrls = new Map<string, string>();
  const renderer = start.pid;
  const mainThread = start.tid;
  const lines: string[] = [];

  for (const e of events.filter((e) => e.name === "ResourceReceiveResponse" || e.name === "ResourceFinish" || e.name === "ResourceSendRequest")) {
    const data = e.args?.data as { url?: string; requestId?: string } | undefined;
    if (e.name === "ResourceSendRequest") requestUrls.set(data?.requestId ?? "", data?.url ?? "");
    const url = data?.url ?? requestUrls.get(data?.requestId ?? "") ?? "";
    if (!isPage(url)) continue;
    lines.push(`${ms(e.ts)}  network  ${e.name.replace("Resource", "")} ${url.slice(server.url.length - 1)}`);
  }
  const marks = [
    "firstPaint",
    "firstContentfulPaint",
    "largestContentfulPaint::Candidate",
    "domContentLoadedEventEnd",
    "MarkDOMContent",
    "MarkLoad",
    "firstMeaningfulPaint",
  ];
  for (const e of events.filter((e) => marks.includes(e.name) && e.ts >= t0 && e.pid === renderer)) {
    const data = e.args?.data as { nodeName?: string; size?: number; type?: string } | undefined;
    lines.push(`${ms(e.ts)}  mark     ${e.name}${data?.size ? ` size ${data.size} ${data.type ?? ""} ${data.nodeName ?? ""}` : ""}`);
  }
  const kinds = new Map<string, { wall: number; cpu: number }>();
  for (const e of events.filter((e) => e.ph === "X" && e.pid === renderer && e.tid === mainThread && e.ts >= t0 && e.dur !== undefined)) {
    if (["RunTask", "ThreadControllerImpl::RunTask"].includes(e.name)) continue;
    const kind = kinds.get(e.name) ?? { wall: 0, cpu: 0 };
    kinds.set(e.name, { wall: kind.wall + e.dur! / 1000, cpu: kind.cpu + (e.tdur ?? 0) / 1000 });
    if (e.dur! / 1000 < MIN_MS) continue;
    const data = e.args?.data as { url?: string; functionName?: string; beginData?: unknown } | undefined;
    const detail = data?.url ? ` ${String(data.url).replace(/^https?:\/\/[^/]+/, "")}` : data?.functionName ? ` ${data.functionName}` : "";
    lines.push(`${ms(e.ts)}  main     ${e.name}${detail} (${(e.dur! / 1000).toFixed(1)} ms, CPU ${((e.tdur ?? 0) / 1000).toFixed(1)} ms)`);
  }
  const raster = events.filter((e) => e.ph === "X" && e.name === "RasterTask" && e.pid === renderer && e.ts >= t0 && e.dur !== undefined);
  const rasterByName = new Map<string, { ms: number; cpu: number; count: number; first: number; last: number }>();
  for (const e of raster) {
    const entry = rasterByName.get(e.name) ?? { ms: 0, cpu: 0, count: 0, first: e.ts, last: e.ts };
    entry.ms += e.dur! / 1000;
    entry.cpu += (e.tdur ?? 0) / 1000;
    entry.count += 1;
    entry.last = Math.max(entry.last, e.ts + e.dur!);
    rasterByName.set(e.name, entry);
  }
  const sorted = lines.sort((a, b) => parseFloat(a) - parseFloat(b));
  const totals = [...kinds]
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .slice(0, 14)
    .map(([name, total]) => `  ${name}: CPU ${total.cpu.toFixed(1)} ms (wall ${total.wall.toFixed(1)} ms)`);
  const rasterLines = [...rasterByName]
    .filter(([name]) => name === "RasterTask")
    .map(([name, r]) => `  ${name}: ${r.count}× ${r.ms.toFixed(1)} ms (CPU ${r.cpu.toFixed(1)} ms), from ${ms(r.first).trim()} to ${ms(r.last).trim()} ms`);
  return [
    `timeline, ms from navigation start (cpu ${rate}x):`,
    ...sorted,
    "",
    "main thread, total per kind (nested events counted in their parents too):",
    ...totals,
    "",
    "raster (worker threads; software raster in headless Chromium):",
    ...rasterLines,
  ].join("\n");
}

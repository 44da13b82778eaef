// One cold load of a page in Chromium, measured: bytes by type, request chain depth, paints, long
// tasks, hover-to-frame latency, zoom frames, and (on request) memory after a long hover.
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";

const PROBE_PATH = fileURLToPath(new URL("./probe.js", import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };
/** The page counts as settled after this long with no request in flight and no long task. */
const QUIET_MS = 500;
const SETTLE_TIMEOUT_MS = 60_000;
/** Lighthouse's threshold: the part of a task beyond 50 ms blocks input. */
const LONG_TASK_MS = 50;
/** Both apps animate a zoom step over 350 ms; frames are recorded a little longer. */
const ZOOM_RECORD_MS = 500;

export type ResourceKind = "document" | "script" | "stylesheet" | "fetch/xhr" | "font" | "image" | "other";

export interface TransferredResource {
  url: string;
  kind: ResourceKind;
  /** Bytes on the wire, headers included (CDP encodedDataLength). */
  bytes: number;
  /** 1 for the document, 2 for what it references, 3 for what those load, and so on. */
  depth: number;
}

export interface LoadResult {
  resources: TransferredResource[];
  bytesByKind: Record<ResourceKind, number>;
  totalBytes: number;
  chainDepth: number;
  /** Milliseconds from navigation start. */
  firstContentfulPaint: number | null;
  mapPainted: number | null;
  largestContentfulPaint: number | null;
  lcpElement: string | null;
  /** Every LCP candidate in order, with the element it names: a repeat means the text was painted again. */
  lcpEntries: { at: number; element: string | null; size: number }[];
  /** Sum of long tasks' time beyond 50 ms, from first contentful paint until the page settled. */
  totalBlockingTime: number;
  /** Per hover move onto a new country: pointer event to DOM change, and to the end of the frame showing it. */
  hover: { toDom: number; toFrame: number }[];
  /** Moves that changed nothing on the page within the timeout. */
  hoverMisses: number;
  /** Main-thread time (CDP TaskDuration) per hover move, ms. */
  hoverTaskMsPerMove: number;
  zoomFrameIntervals: number[];
  errors: string[];
}

export interface MemoryResult {
  seconds: number;
  moves: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  nodesBefore: number;
  nodesAfter: number;
  errors: string[];
}

interface Bench {
  mapPaintedAt: number | null;
  lcp: { at: number; element: string | null } | null;
  lcpEntries: { at: number; element: string | null; size: number }[];
  longTasks: { start: number; duration: number }[];
  hoverSamples: ({ toDom: number; toFrame: number } | null)[];
  hoverTargets: (max: number) => { iso: string; x: number; y: number }[];
  startHoverProbe: () => void;
  stopHoverProbe: () => void;
  hoverSample: (index: number, timeoutMs: number) => Promise<{ toDom: number; toFrame: number } | null>;
  framesAfterClick: (selector: string, durationMs: number) => Promise<number[]>;
  lastLongTaskEnd: () => number;
}
declare global {
  interface Window {
    __bench: Bench;
  }
}

interface ColdPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  requests: NetworkLog;
  errors: string[];
}

/**
 * Opens `url` in a fresh browser context (nothing cached, nothing shared with earlier loads) with
 * the CPU slowed `cpuRate` times, and waits until the page has settled.
 */
async function openCold(browser: Browser, url: string, cpuRate: number): Promise<ColdPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE_PATH });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  const requests = new NetworkLog(cdp);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Performance.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  await page.goto(url, { waitUntil: "load" });
  await waitUntilSettled(page, requests);
  return { context, page, cdp, requests, errors };
}

/** Waits for the map to be painted, then for QUIET_MS with no request in flight and no long task. */
async function waitUntilSettled(page: Page, requests: NetworkLog): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  await page.waitForFunction(() => window.__bench.mapPaintedAt !== null, undefined, { timeout: SETTLE_TIMEOUT_MS });
  for (;;) {
    const { now, lastLongTaskEnd } = await page.evaluate(() => ({ now: performance.now(), lastLongTaskEnd: window.__bench.lastLongTaskEnd() }));
    const networkQuiet = requests.inFlight() === 0 && Date.now() - requests.lastActivity >= QUIET_MS;
    if (networkQuiet && now - lastLongTaskEnd >= QUIET_MS) return;
    if (Date.now() > deadline) throw new Error(`${page.url()} did not settle within ${SETTLE_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(100);
  }
}

/** Loads the page cold and measures its first view, a sweep of hovers over `hoverCount` countries, and one zoom step. */
export async function measureLoad(browser: Browser, url: string, cpuRate: number, hoverCount: number): Promise<LoadResult> {
  const { context, page, cdp, requests, errors } = await openCold(browser, url, cpuRate);
  try {
    const resources = requests.transferred();
    const bytesByKind = sumByKind(resources);
    const timings = await page.evaluate(() => {
      const bench = window.__bench;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
      return { fcp, mapPainted: bench.mapPaintedAt, lcp: bench.lcp, lcpEntries: bench.lcpEntries, longTasks: bench.longTasks };
    });
    const fcp = timings.fcp;
    const totalBlockingTime = timings.longTasks
      .filter((task) => fcp !== null && task.start >= fcp)
      .reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0);

    const hover = await sweepHover(page, cdp, hoverCount, cpuRate);
    const zoomFrameIntervals = await page.evaluate(([selector, ms]) => window.__bench.framesAfterClick(selector, ms), [
      'button[aria-label="Zoom in"]',
      ZOOM_RECORD_MS,
    ] as const);
    return {
      resources,
      bytesByKind,
      totalBytes: resources.reduce((sum, r) => sum + r.bytes, 0),
      chainDepth: resources.reduce((deepest, r) => Math.max(deepest, r.depth), 0),
      firstContentfulPaint: fcp,
      mapPainted: timings.mapPainted,
      largestContentfulPaint: timings.lcp?.at ?? null,
      lcpElement: timings.lcp?.element ?? null,
      lcpEntries: timings.lcpEntries,
      totalBlockingTime,
      ...hover,
      zoomFrameIntervals,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Moves the pointer onto each of up to `count` countries in turn and records how long each takes to show. */
async function sweepHover(page: Page, cdp: CDPSession, count: number, cpuRate: number) {
  const targets = await page.evaluate((max) => window.__bench.hoverTargets(max), count);
  if (targets.length === 0) throw new Error(`${page.url()}: no country to hover`);
  await page.mouse.move(1, 1);
  await page.evaluate(() => window.__bench.startHoverProbe());
  const before = await taskDuration(cdp);
  const timeoutMs = 500 * cpuRate;
  const hover: { toDom: number; toFrame: number }[] = [];
  let hoverMisses = 0;
  for (const [index, target] of targets.entries()) {
    await page.mouse.move(target.x, target.y);
    const sample = await page.evaluate(([i, ms]) => window.__bench.hoverSample(i, ms), [index, timeoutMs] as const);
    if (sample) hover.push(sample);
    else hoverMisses += 1;
  }
  const after = await taskDuration(cdp);
  await page.evaluate(() => window.__bench.stopHoverProbe());
  return { hover, hoverMisses, hoverTaskMsPerMove: ((after - before) * 1000) / targets.length };
}

/**
 * Loads the page cold, then hovers across countries for `seconds` (a reader exploring the map) and
 * reports the JS heap and DOM node count, each after a forced garbage collection, before and after.
 */
export async function measureMemory(browser: Browser, url: string, cpuRate: number, seconds: number): Promise<MemoryResult> {
  const { context, page, cdp, errors } = await openCold(browser, url, cpuRate);
  try {
    const targets = await page.evaluate(() => window.__bench.hoverTargets(60));
    const before = await heapAfterGc(cdp);
    const end = Date.now() + seconds * 1000;
    let moves = 0;
    for (let i = 0; Date.now() < end; i++) {
      const target = targets[i % targets.length]!;
      // A hand's pace: several pointer events on the way from one country to the next.
      await page.mouse.move(target.x, target.y, { steps: 5 });
      moves += 5;
      await page.waitForTimeout(16);
    }
    await page.mouse.move(1, 1);
    const after = await heapAfterGc(cdp);
    return { seconds, moves, heapBeforeBytes: before.heap, heapAfterBytes: after.heap, nodesBefore: before.nodes, nodesAfter: after.nodes, errors };
  } finally {
    await context.close();
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { heap: value("JSHeapUsedSize"), nodes: value("Nodes") };
}

/** Seconds the renderer's main thread has spent on tasks so far. */
async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}

function sumByKind(resources: TransferredResource[]): Record<ResourceKind, number> {
  const sums: Record<ResourceKind, number> = { document: 0, script: 0, stylesheet: 0, "fetch/xhr": 0, font: 0, image: 0, other: 0 };
  for (const resource of resources) sums[resource.kind] += resource.bytes;
  return sums;
}

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface LoggedRequest {
  url: string;
  cdpType: string;
  initiator: Initiator;
  bytes: number | null;
  done: boolean;
}

/** The page's requests as CDP reports them, with what started each one. */
class NetworkLog {
  private readonly requests = new Map<string, LoggedRequest>();
  lastActivity = Date.now();

  constructor(cdp: CDPSession) {
    cdp.on("Network.requestWillBeSent", (event) => {
      this.lastActivity = Date.now();
      if (!/^https?:/.test(event.request.url)) return;
      this.requests.set(event.requestId, { url: event.request.url, cdpType: event.type ?? "Other", initiator: event.initiator, bytes: null, done: false });
    });
    cdp.on("Network.loadingFinished", (event) => {
      this.lastActivity = Date.now();
      const request = this.requests.get(event.requestId);
      if (request) Object.assign(request, { bytes: event.encodedDataLength, done: true });
    });
    cdp.on("Network.loadingFailed", (event) => {
      this.lastActivity = Date.now();
      const request = this.requests.get(event.requestId);
      if (request) request.done = true;
    });
  }

  inFlight(): number {
    return [...this.requests.values()].filter((request) => !request.done).length;
  }

  /** Every finished request so far, with its size and its depth in the request chain. */
  transferred(): TransferredResource[] {
    const depthByUrl = new Map<string, number>();
    const resources: TransferredResource[] = [];
    for (const request of this.requests.values()) {
      const from = initiatorUrl(request.initiator);
      // The first request (the document) has no initiator page; what nothing on the page started counts as depth 2.
      const depth = depthByUrl.size === 0 ? 1 : (from !== undefined ? (depthByUrl.get(from) ?? 1) : 1) + 1;
      if (!depthByUrl.has(request.url) || depthByUrl.get(request.url)! > depth) depthByUrl.set(request.url, depth);
      if (request.bytes !== null) resources.push({ url: request.url, kind: kindOf(request.cdpType), bytes: request.bytes, depth });
    }
    return resources;
  }
}

/** The URL of the document, stylesheet or script whose parsing or running started a request. */
function initiatorUrl(initiator: Initiator): string | undefined {
  if (initiator.url) return initiator.url;
  for (let stack: StackTrace | undefined = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return undefined;
}

function kindOf(cdpType: string): ResourceKind {
  switch (cdpType) {
    case "Document":
      return "document";
    case "Script":
      return "script";
    case "Stylesheet":
      return "stylesheet";
    case "Fetch":
    case "XHR":
      return "fetch/xhr";
    case "Font":
      return "font";
    case "Image":
      return "image";
    default:
      return "other";
  }
}

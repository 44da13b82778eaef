import { afterAll, expect, inject, onTestFinished } from "vitest";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./findChromium";

export const baseUrl = () => inject("baseUrl");

/** The desktop size a page has unless the test gives one. */
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * The run's one Chromium, started by the first launch(). The browser project runs its files one
 * after another in one process (vite.config.ts, isolate: false), so every file shares it instead of
 * starting its own; Playwright stops it when that process ends.
 */
let running: Promise<Browser> | undefined;
function runningChromium(): Promise<Browser> {
  if (!running) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error("no Chromium: run the browser tests with `npm run test:browser`");
    const started = chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    running = started;
    // A Chromium that crashed or was closed is started again by the next launch().
    started.then(
      (browser) => browser.on("disconnected", () => running === started && (running = undefined)),
      () => running === started && (running = undefined),
    );
  }
  return running;
}

/**
 * The Chromium the runner found, with the flags this machine needs: a handle on the run's one
 * browser. The handle's close() closes the contexts opened through it, not the browser, so a
 * file's `afterAll(() => browser.close())` leaves nothing of its own behind and the next file
 * starts with a clean browser.
 */
export async function launch(): Promise<Browser> {
  const browser = await runningChromium();
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    opened.add(context);
    context.once("close", () => opened.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === "close") return async () => void (await Promise.all([...opened].map((context) => context.close().catch(() => {}))));
      if (property === "newContext") return async (options?: BrowserContextOptions) => track(await target.newContext(options));
      if (property === "newPage") {
        return async (options?: BrowserContextOptions) => {
          const page = await target.newPage(options);
          track(page.context());
          return page;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface WatchOptions {
  /**
   * Errors the test provokes on purpose, each as narrow a pattern as will match it (a failed
   * request for the one file the test breaks, say). Any other error fails the test.
   */
  allow?: RegExp[];
}

/**
 * Runs in every frame of every page before the page's own scripts: CSP and Trusted Types
 * violations and unhandled promise rejections become console errors, which the context collects.
 * (Chromium logs most violations itself; the event also catches those it reports only to a
 * `report-to` endpoint, and says which directive.) A string, not a function: it runs in the page.
 */
const REPORTER = `
addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline code") + (event.sample ? " (" + event.sample + ")" : "") + " in " + event.documentURI);
}, true);
addEventListener("unhandledrejection", (event) => {
  const reason = event.reason;
  console.error("Unhandled rejection: " + (reason && reason.stack ? reason.stack : String(reason)));
});
`;

/**
 * A browser context whose pages are watched for the whole test: console errors, uncaught errors,
 * unhandled rejections and CSP violations, in every frame (cross-origin frames too). When the test
 * finishes, passed or failed, the context is closed and the test fails if anything was collected
 * that `watch.allow` does not match. `errors` is the live list, for a test that looks itself.
 * Call it inside a test (not in beforeAll): the context belongs to that test.
 */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  watch: WatchOptions = {},
): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext(options);
  const errors: string[] = [];
  onTestFinished(async () => {
    await context.close().catch(() => {});
    const unexpected = errors.filter((error) => !(watch.allow ?? []).some((pattern) => pattern.test(error)));
    if (unexpected.length > 0) {
      throw new Error(`The page logged ${unexpected.length} error(s) the test did not expect:\n${unexpected.map((error) => `  - ${error}`).join("\n")}`);
    }
  });
  // Only with JavaScript on: the reporter is a script.
  if (options.javaScriptEnabled !== false) await context.addInitScript({ content: REPORTER });
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    errors.push(where ? `${message.text()} [${where}]` : message.text());
  });
  context.on("weberror", (error) => errors.push(`Uncaught: ${error.error().message}`));
  return { context, errors };
}

/**
 * The browser's own console line for a request a test makes fail on purpose, for that file only:
 * failedRequest(/\/assets\/zoomBehaviour-[\w-]+\.js/) matches "Failed to load resource: … [http://…/assets/zoomBehaviour-x1.js]".
 */
export const failedRequest = (file: RegExp) => new RegExp(`^Failed to load resource: .*\\[[^\\]]*${file.source}\\]$`);

/** The error a failed lazy import rejects with, when the page logs it: failedImport(/\/assets\/export-[\w-]+\.js/). */
export const failedImport = (file: RegExp) => new RegExp(`^TypeError: Failed to fetch dynamically imported module: \\S*${file.source}`);

/**
 * One page reused by the tests of a file (or of a describe) that need the app at a URL but not a
 * cold start. `open(path, viewport, watch)` loads `path` afresh in it, a new document as openPage
 * gives, but in a context whose cache is warm: the app's code is not fetched and compiled again,
 * which makes a test's load about a second shorter on a two-core machine. Request events still
 * fire for what the cache serves, so a test may count what a view asks for once loaded. The page
 * is watched for each test as openPage's is (errors collected from that open on, checked when the
 * test finishes). What a test may leave behind outside the document is reset by the next open: the
 * viewport, emulated media, routes, the network switched off, the pointer's place. A test that
 * needs a cold first load, a clock, or permissions or init scripts of its own uses openPage or
 * openContext. `options` are the context's, for every test that opens the page (bypassCSP,
 * permissions...). Call it at the top of a file or in a describe: `browser` is read at the first open.
 */
export function reusedPage(browser: () => Browser, options: BrowserContextOptions = {}) {
  let shared: Promise<{ context: BrowserContext; page: Page }> | undefined;
  /** The errors of the test that has the page now; null between tests. */
  let current: string[] | null = null;
  const start = async () => {
    const context = await browser().newContext({ viewport: DEFAULT_VIEWPORT, ...options });
    if (options.javaScriptEnabled !== false) await context.addInitScript({ content: REPORTER });
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      current?.push(where ? `${message.text()} [${where}]` : message.text());
    });
    context.on("weberror", (error) => current?.push(`Uncaught: ${error.error().message}`));
    return { context, page: await context.newPage() };
  };
  afterAll(async () => {
    const opened = await shared?.catch(() => undefined);
    await opened?.context.close().catch(() => {});
  });
  return {
    /** Loads `path` in the page for the test that calls it; `prepare` runs first, on the page as it is (to route a request, say). */
    async open(
      path: string,
      viewport = options.viewport ?? DEFAULT_VIEWPORT,
      watch: WatchOptions = {},
      prepare?: (page: Page) => Promise<unknown>,
    ): Promise<{ page: Page; errors: string[] }> {
      let opened = await (shared ??= start());
      // A page the last test closed, or whose renderer crashed, is replaced.
      if (opened.page.isClosed()) opened = { ...opened, page: await opened.context.newPage() };
      shared = Promise.resolve(opened);
      const { page } = opened;
      await opened.context.setOffline(options.offline ?? false);
      await page.unrouteAll({ behavior: "ignoreErrors" });
      await page.emulateMedia({ media: "screen", colorScheme: options.colorScheme ?? "light", reducedMotion: options.reducedMotion ?? "no-preference" });
      await page.mouse.move(0, 0);
      const size = page.viewportSize();
      if (size?.width !== viewport.width || size?.height !== viewport.height) await page.setViewportSize(viewport);
      const errors: string[] = [];
      current = errors;
      onTestFinished(() => {
        if (current === errors) current = null;
        const unexpected = errors.filter((error) => !(watch.allow ?? []).some((pattern) => pattern.test(error)));
        if (unexpected.length > 0) {
          throw new Error(`The page logged ${unexpected.length} error(s) the test did not expect:\n${unexpected.map((error) => `  - ${error}`).join("\n")}`);
        }
      });
      await prepare?.(page);
      await page.goto(new URL(path, baseUrl()).href);
      return { page, errors };
    },
  };
}

/** A page at the given size in a watched context (openContext), at `path` under the built site. */
export async function openPage(browser: Browser, path: string, viewport = DEFAULT_VIEWPORT, watch: WatchOptions = {}) {
  const { context, errors } = await openContext(browser, { viewport }, watch);
  const page: Page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).href);
  return { page, context, errors };
}

/**
 * Hydration, checked: loads `url` with the app's script held back, marks the prerendered map's
 * Ukraine and the headline and measures them, then lets the script run. Once React has hydrated (a
 * hover over Ukraine shows its tooltip), the same elements must still be there, where they were.
 */
export async function expectAdoptedAsItIs(page: Page, url: string): Promise<void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back, so wait only for the markup.
  await page.goto(url, { waitUntil: "commit" });
  await page.locator('path[data-iso="UA"]').waitFor();
  const marked = () =>
    page.evaluate(() => {
      const ukraine = document.querySelector('path[data-iso="UA"]') as SVGPathElement & { __prerendered?: boolean };
      const headline = document.querySelector("h1") as HTMLElement & { __prerendered?: boolean };
      const first = ukraine.__prerendered === undefined;
      ukraine.__prerendered ??= true;
      headline.__prerendered ??= true;
      const box = ukraine.getBoundingClientRect();
      return {
        first,
        kept: ukraine.__prerendered && headline.__prerendered,
        box: [box.x, box.y, box.width, box.height],
        headline: headline.getBoundingClientRect().y,
      };
    });
  const before = await marked();
  expect(before.first, "the page was looked at before its script ran").toBe(true);
  release();
  await untilHydrated(page);
  const after = await marked();
  expect(after.kept, "the prerendered elements were kept").toBe(true);
  expect(after.box, "the map did not move").toEqual(before.box);
  expect(after.headline, "the headline did not move").toBe(before.headline);
}

/** Waits until the app has taken the page over: a hover over Ukraine's middle (Ukraine, whatever markers sit near its edges) shows its tooltip. */
export async function untilHydrated(page: Page): Promise<void> {
  const box = (await page.locator('path[data-iso="UA"]').boundingBox())!;
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + box.width * 0.5 + Math.random(), box.y + box.height * 0.35);
      // A locator, not getByRole, which would wait for the hidden tooltip to show.
      return page.locator('[role="tooltip"]').textContent({ timeout: 500 });
    })
    .toContain("Ukraine");
}

// Issue #15: the page under the strictest policy we ask hosts for, failed loads and failed
// chunks, scripts off, the embed loader's integrity, and URL parameters no one meant.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { Browser, Page, Route } from "playwright-core";
import { embedCodes } from "../../src/embed/embedCode";
import { catalogues } from "../fixtures/catalogues";
import { en } from "../../src/i18n/messages";
import { LOAD_TIMEOUT_MS, SLOW_LOAD_MS } from "../../src/loadStatement";
import { describeParamProblem } from "../../src/page/describeParamProblem";
import { parseParams } from "../../src/page/parseParams";
import { DEFAULT_STATEMENT_ID } from "../../src/statement/statementId";
import world from "../../src/generated/world.json";
import { baseUrl, failedRequest, launch, openContext, openPage, reusedPage } from "./browser";
import { fixture, startParentServer, type ParentServer } from "./fixtures/parentServer";
import { CONTENT_SECURITY_POLICY } from "./hostingHeaders";

const de = catalogues.de!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

const appUrl = (query: string) => new URL(query, baseUrl()).href;

describe("the harness", () => {
  it("serves the site under the strict CSP with Trusted Types required", async () => {
    const { page } = await openPage(browser, "./");
    const response = await page.request.get(appUrl("./"));
    expect(response.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  });

  it("collects what a test must not leave behind: a Trusted Types violation, an inline style, an unhandled rejection, a console error", async () => {
    const { context, errors } = await openContext(
      browser,
      {},
      {
        allow: [
          /^CSP violation: require-trusted-types-for/,
          /^CSP violation: style-src-attr/,
          /^Applying inline style violates/,
          /This document requires .TrustedHTML. assignment/,
          /deliberate rejection/,
          /^deliberate console error/,
        ],
      },
    );
    const page = await context.newPage();
    await page.goto(appUrl("./"));
    await page.locator("svg [data-iso]").first().waitFor();
    // A string where the page would need TrustedHTML: the browser refuses it.
    const refused = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML("beforeend", "<b>not trusted</b>");
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(refused, "Trusted Types are enforced").toBe(true);
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.setAttribute("style", "color: red");
      document.body.append(div);
      void Promise.reject(new Error("deliberate rejection"));
      console.error("deliberate console error");
    });
    await expect.poll(() => errors.join("\n")).toMatch(/CSP violation: require-trusted-types-for/);
    await expect.poll(() => errors.join("\n")).toMatch(/CSP violation: style-src-attr/);
    await expect.poll(() => errors.join("\n")).toMatch(/deliberate rejection/);
    await expect.poll(() => errors.join("\n")).toMatch(/deliberate console error/);
  });
});

/** The mini statement, as a file under another ID: what the tests serve (or fail to) at statements/ID.json. */
const routedStatement = (id: string) => JSON.stringify({ ...JSON.parse(readFileSync(MINI_STATEMENT, "utf8")), id });
const MINI_STATEMENT = new URL("../fixtures/statements/mini-statement.json", import.meta.url);
const MINI_TITLE = "Two countries condemn Russia";

/** A page with a route in place before it loads: `serve` decides what each request for `url` gets. */
async function openRouted(path: string, url: RegExp, serve: Parameters<Page["route"]>[1], allow: RegExp[] = [], clock = false) {
  // A page's clock cannot be put back: a test that installs one has a context of its own.
  if (!clock) return shared.open(path, { width: 1280, height: 800 }, { allow }, (page) => page.route(url, serve));
  const { context, errors } = await openContext(browser, { viewport: { width: 1280, height: 800 } }, { allow });
  const page = await context.newPage();
  await page.clock.install();
  await page.route(url, serve);
  await page.goto(appUrl(path));
  return { page, errors };
}

describe("a statement that fails to load", () => {
  const FILE = /\/statements\/routed\.json/;
  const serveStatement = (route: Route) => route.fulfill({ status: 200, contentType: "application/json", body: routedStatement("routed") });

  /** Fails the first way, then, once the test has checked the message, serves the file and clicks Retry. */
  async function failThenRetry(fail: (route: Route) => Promise<void>, expected: string[]) {
    let fixed = false;
    const { page } = await openRouted("./?statement=routed", FILE, (route) => (fixed ? serveStatement(route) : fail(route)), [failedRequest(FILE)]);
    const alert = page.getByRole("alert");
    for (const words of expected) await expect.poll(() => alert.textContent()).toContain(words);
    // The page around it stays usable: its theme menu works while the statement is missing.
    await page.getByRole("combobox", { name: en.themeLabel }).selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    fixed = true;
    await page.getByRole("button", { name: en.retry }).click();
    await expect.poll(() => page.locator("h1").first().textContent()).toBe(MINI_TITLE);
    expect(await page.locator('svg [data-iso="AL"]').first().getAttribute("data-status")).toBe("signatory");
    expect(await alert.count()).toBe(0);
  }

  it("says there is no such statement when its file is missing, and Retry finds it once it is there", async () => {
    await failThenRetry(
      (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" }),
      [en.statementErrorTitle, en.statementNotFound("routed")],
    );
  });

  it("says the server answered with an error on a 500, and Retry loads it", async () => {
    await failThenRetry(
      (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "oops" }),
      [en.statementLoadFailed("routed", "unreadable"), en.loadServerError(500)],
    );
  });

  it("lists what is wrong with a file that arrives cut short, and Retry loads the whole one", async () => {
    const whole = routedStatement("routed");
    await failThenRetry(
      (route) => route.fulfill({ status: 200, contentType: "application/json", body: whole.slice(0, whole.length / 2) }),
      [en.statementLoadFailed("routed", "invalid"), "JSON"],
    );
  });

  it("says the connection failed when the request does, and Retry loads it", async () => {
    await failThenRetry((route) => route.abort("connectionreset"), [en.statementLoadFailed("routed", "unreadable"), en.loadNetworkError]);
  });

  it("says it is loading, then that it is slow, and shows the statement when it arrives after 10 s", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openRouted(
      "./?statement=routed",
      FILE,
      async (route) => {
        await held;
        await serveStatement(route);
      },
      [],
      true,
    );
    const status = page.locator(".loading [role=status]");
    await expect.poll(() => status.textContent()).toContain(en.loading);
    await page.clock.runFor(SLOW_LOAD_MS);
    await expect.poll(() => status.textContent()).toContain(en.loadingSlow);
    expect(await page.getByRole("button", { name: en.retry }).isVisible()).toBe(true);
    await page.clock.runFor(10_000 - SLOW_LOAD_MS);
    release();
    await expect.poll(() => page.locator("h1").first().textContent()).toBe(MINI_TITLE);
  });

  it("gives up on a file that never arrives, says so, and Retry loads it", async () => {
    let fixed = false;
    const { page } = await openRouted("./?statement=routed", FILE, (route) => (fixed ? serveStatement(route) : new Promise<void>(() => {})), [], true);
    await expect.poll(() => page.locator(".loading [role=status]").textContent()).toContain(en.loading);
    await page.clock.runFor(LOAD_TIMEOUT_MS);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(en.loadTimedOut("routed", LOAD_TIMEOUT_MS / 1000));
    fixed = true;
    await page.getByRole("button", { name: en.retry }).click();
    await expect.poll(() => page.locator("h1").first().textContent()).toBe(MINI_TITLE);
  });
});

describe("a part of the page that fails to load", () => {
  /** Aborts every request for `file` until the test lets them through. */
  async function openFailing(path: string, file: RegExp, allow: RegExp[] = []) {
    let failing = true;
    const opened = await openRouted(path, file, (route) => (failing ? route.abort("failed") : route.continue()), [failedRequest(file), ...allow]);
    return { ...opened, recover: () => (failing = false) };
  }

  it("the resolver: the page says the statement could not be checked, and Retry loads it", async () => {
    // Before the statement is routed, the first load may ask for it and get a 404.
    const { page, recover } = await openFailing("./?statement=routed", /\/assets\/resolveCountry-[\w-]+\.js/, [failedRequest(/\/statements\/routed\.json/)]);
    await page.route(/\/statements\/routed\.json/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: routedStatement("routed") }));
    // The statement is routed after the page started: it reloads with both routes in place.
    await page.reload();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(en.loadCodeFailed("routed"));
    recover();
    await page.getByRole("button", { name: en.retry }).click();
    await expect.poll(() => page.locator("h1").first().textContent()).toBe(MINI_TITLE);
  });

  it("a language: the page is English and says so, and Try again brings the language", async () => {
    const { page, recover } = await openFailing("./?lang=de", /\/assets\/de-[\w-]+\.js/);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Deutsch" }).textContent()).toContain(en.languageUnavailable("Deutsch"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    // English throughout meanwhile, and the map works.
    expect(await page.getByRole("button", { name: en.zoomIn }).count()).toBe(1);
    expect(await page.locator('svg [data-iso="UA"]').first().getAttribute("aria-label")).toBe("Ukraine: Signed");
    recover();
    await page.getByRole("button", { name: en.retry }).click();
    await expect.poll(() => page.getByRole("button", { name: de.zoomIn }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    expect(await page.getByText(en.languageUnavailable("Deutsch")).count()).toBe(0);
  });

  it("the zoom: the map works without it and says so, and Try again brings it", async () => {
    const { page, recover } = await openFailing("./", /\/assets\/zoomBehaviour-[\w-]+\.js/);
    await page.locator("svg [data-iso]").first().waitFor();
    await page.getByRole("button", { name: en.zoomIn }).click();
    await expect.poll(() => page.locator(".zoom-failed").textContent()).toContain(en.zoomUnavailable);
    // Hover and selection go on without it.
    const ukraine = (await page.locator('path[data-iso="UA"]').boundingBox())!;
    await page.mouse.move(ukraine.x + ukraine.width * 0.5, ukraine.y + ukraine.height * 0.35);
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Ukraine");
    recover();
    // From the keyboard: a mouse's press on the map's frame is itself a reach for the zoom, which
    // may load it and take the notice away before the click lands (the reader is then served anyway).
    await page.locator(".zoom-failed").getByRole("button", { name: en.retry }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".zoom-failed").count()).toBe(0);
    const group = page.locator("svg.map-svg g[transform]").first();
    await page.getByRole("button", { name: en.zoomIn }).click();
    await expect.poll(() => group.getAttribute("transform")).toContain("scale(1.8)");
  });

  it("after a new deployment removed the chunk, the page offers a reload, and the reload brings it", async () => {
    const zoomChunk = /\/assets\/zoomBehaviour-[\w-]+\.js/;
    const { context, errors } = await openContext(browser, { viewport: { width: 1280, height: 800 } }, { allow: [failedRequest(zoomChunk)] });
    const page = await context.newPage();
    await page.goto(appUrl("./"));
    await page.locator("svg [data-iso]").first().waitFor();
    // "Deploy": the page's HTML now names another entry script, and the old zoom chunk is gone.
    const pageUrl = page.url();
    await page.route(
      (url) => url.href === pageUrl,
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/assets\/index-[\w-]+\.js/, "assets/index-NEWBUILD.js") });
      },
    );
    await page.route(zoomChunk, (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "gone" }));
    await page.getByRole("button", { name: en.zoomIn }).click();
    const notice = page.getByRole("status").filter({ hasText: en.pageUpdated });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await page.locator(".zoom-failed").textContent()).toContain(en.zoomUnavailable);
    // The reload gets the deployment as it is (here: the real one again).
    await page.unrouteAll();
    await notice.getByRole("button", { name: en.reloadPage }).click();
    await page.waitForURL(pageUrl);
    await page.locator("svg [data-iso]").first().waitFor();
    await page.getByRole("button", { name: en.zoomIn }).click();
    await expect.poll(() => page.locator("svg.map-svg g[transform]").first().getAttribute("transform")).toContain("scale(1.8)");
    expect(errors.filter((error) => !zoomChunk.test(error))).toEqual([]);
  });
});

describe("scripts off, or the app's script failing", () => {
  /** What the prerendered page must show with no script: the map, the legend, the statement and the list. */
  async function expectWholePage(page: Page) {
    expect(await page.locator('svg.map-svg [data-iso="UA"]').first().getAttribute("data-status")).toBe("signatory");
    expect(await page.locator('svg.map-svg [data-iso="RU"]').first().getAttribute("data-status")).toBe("subject");
    expect(await page.locator("svg.map-svg [data-iso]").count()).toBeGreaterThan(200);
    const box = (await page.locator("svg.map-svg").boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(await page.locator(".legend").textContent()).toContain("48 countries + the EU signed");
    expect(await page.locator("h1").first().textContent()).toContain("48 nations");
    const text = page.locator(".statement-text p");
    expect(await text.count()).toBe(9);
    expect(await text.first().isVisible()).toBe(true);
    const list = page.locator(".signatories .entry[data-iso]");
    expect(await list.count()).toBeGreaterThanOrEqual(48);
    expect(await list.first().isVisible()).toBe(true);
    expect(await page.locator('.signatories [data-org="EU"]').count()).toBe(1);
  }

  it("shows the map, the legend, the statement and the list with JavaScript off", async () => {
    const { context } = await openContext(browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl("./"));
    await expectWholePage(page);
  });

  it("shows them when the app's script fails to load, and nothing but that failure reaches the console", async () => {
    const appScript = /\/assets\/index-[\w-]+\.js/;
    const { page } = await openRouted("./", appScript, (route) => route.abort("failed"), [failedRequest(appScript)]);
    await expectWholePage(page);
    // The boot script still ran: the page's attributes are set, and no part of the page waits for the app.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});

describe("the embed loader's integrity", () => {
  let parents: ParentServer;
  beforeAll(async () => {
    parents = await startParentServer();
  });
  afterAll(async () => {
    await parents?.close();
  });

  const link = { statement: "dprk-russia-missiles-2024", country: null, lang: "en", theme: null };
  /** The loader the Embed dialog's responsive code names: its address and integrity, read from the code itself (once for these tests). */
  let fromDialog: Promise<{ src: string; integrity: string; code: string }> | undefined;
  const dialogLoader = () => (fromDialog ??= readDialogLoader());
  async function readDialogLoader(): Promise<{ src: string; integrity: string; code: string }> {
    const { page } = await openPage(browser, "./");
    await page.getByRole("button", { name: en.embedButton }).click();
    const code = await page.getByRole("textbox", { name: en.embedResponsive }).inputValue();
    const script = /<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" async><\/script>$/.exec(code);
    if (!script) throw new Error(`no loader with integrity and crossorigin in the code:\n${code}`);
    return { src: script[1]!, integrity: script[2]!, code };
  }

  /** An article on the other origin with the responsive code, its frame at 300 px for the loader to correct. */
  const article = (name: string, src: string, integrity: string) => {
    const loader = new URL(src);
    const code = embedCodes(baseUrl(), link, "Map", { panel: "closed", theme: null }, 300, { file: loader.pathname.slice(1), integrity }).responsive;
    // The loader from its own host where the test gives one (embedCodes puts it beside the page).
    return parents.page(`/${name}.html`, fixture("snippet-parent.html", { SNIPPET: code.replace(new URL(loader.pathname.slice(1), baseUrl()).href, src) }));
  };

  /** Whether the loader ran on the article, and the frame's height then. */
  const outcome = async (page: Page) => ({
    ran: await page.evaluate(() => (window as { signatoryMapEmbed?: true }).signatoryMapEmbed === true),
    height: await page.locator("iframe[data-signatory-map]").evaluate((el) => el.getBoundingClientRect().height),
  });

  it("the Embed dialog's code names the hashed loader with the sha384 of the file the site serves, which any origin may read", async () => {
    const { src, integrity } = await dialogLoader();
    expect(new URL(src).pathname).toMatch(/^\/assets\/embed-[\w-]+\.js$/);
    const response = await fetch(src);
    const body = await response.text();
    expect(integrity).toBe(`sha384-${createHash("sha384").update(body).digest("base64")}`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    // The stable name still serves the same loader, for codes made before the hash.
    expect(await (await fetch(appUrl("./embed.js"))).text()).toBe(body);
  });

  it("pasted into an article on another origin, the code's loader runs and sizes the frame", async () => {
    const { src, integrity } = await dialogLoader();
    const { context } = await openContext(browser, { viewport: { width: 700, height: 800 } });
    const page = await context.newPage();
    await page.goto(article("sri-ok", src, integrity));
    await expect.poll(async () => (await outcome(page)).height).toBeGreaterThan(400);
    expect((await outcome(page)).ran).toBe(true);
  });

  it("a tampered loader is refused by the browser: it never runs on the article, and the frame keeps its height", async () => {
    const { src, integrity } = await dialogLoader();
    const loaderUrl = new RegExp(`^${src.replace(/[.?]/g, "\\$&")}$`);
    const { context, errors } = await openContext(
      browser,
      { viewport: { width: 700, height: 800 } },
      {
        allow: [/^Failed to find a valid digest in the 'integrity' attribute for resource .*assets\/embed-[\w-]+\.js.* The resource has been blocked\./],
      },
    );
    const page = await context.newPage();
    await page.route(loaderUrl, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `window.tampered = true;\n${await response.text()}` });
    });
    await page.goto(article("sri-tampered", src, integrity));
    await expect.poll(() => errors.some((error) => error.includes("integrity"))).toBe(true);
    expect(await outcome(page)).toEqual({ ran: false, height: 300 });
    expect(await page.evaluate(() => (window as { tampered?: true }).tampered)).toBeUndefined();
  });

  it("served without CORS the checked loader cannot run on another origin: the header docs/hosting.md gives is needed", async () => {
    const { src, integrity } = await dialogLoader();
    const body = await (await fetch(src)).text();
    // A host that forgets the header: the same bytes, from a server of its own. (Playwright's
    // route.fulfill adds CORS headers by itself, so it cannot stand in for such a host.)
    const host = createServer((_request, response) => response.writeHead(200, { "content-type": "text/javascript" }).end(body));
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => new Promise<void>((resolve) => host.close(() => resolve())));
    const loader = `http://127.0.0.1:${(host.address() as AddressInfo).port}/assets/embed-copy.js`;
    const { context, errors } = await openContext(
      browser,
      { viewport: { width: 700, height: 800 } },
      {
        allow: [/has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header/, failedRequest(/assets\/embed-copy\.js/)],
      },
    );
    const page = await context.newPage();
    await page.goto(article("sri-no-cors", loader, integrity));
    await expect.poll(() => errors.some((error) => error.includes("CORS"))).toBe(true);
    expect(await outcome(page)).toEqual({ ran: false, height: 300 });
  });
});

describe("URL parameters no one meant, through the page", () => {
  /**
   * Per parameter: left out, a good value, or a bad one (long, junk, percent-encoded oddities),
   * sometimes repeated. "Long" is 600 characters here, ten times what a message shows: the whole
   * URL must stay under what servers accept (Node's 16 KB of headers, nginx's 8 KB lines), or the
   * server refuses it before the page exists. parseParams takes 100 KB values in its unit tests.
   */
  const value = (good: string[], bad: fc.Arbitrary<string>) =>
    fc.oneof(
      fc.constant(null),
      fc.constantFrom(...good),
      bad,
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.constantFrom("%", "%E0%A4%A", "+", "a".repeat(600), "<script>alert(1)</script>", "../../etc/passwd", "\u202e\u0000"),
    );
  const queryOf = fc
    .record({
      statement: value(["dprk-russia-missiles-2024", "no-such-statement"], fc.constantFrom("Bad_ID", "dprk-russia-missiles-2024/../x", "-x-")),
      embed: value(["1", "0"], fc.constantFrom("yes", "2", "TRUE ")),
      country: value(["DE", "ua", "ZZ"], fc.constantFrom("DEU", "D", "12")),
      lang: value(["de", "ko-KR", "uk"], fc.constantFrom("tlh", "xx-YY", "*")),
      theme: value(["dark", "LIGHT"], fc.constantFrom("purple", "dark!")),
      panel: value(["open", "none"], fc.constantFrom("half", "0")),
      childId: value(["map"], fc.constant("c".repeat(300))),
      zoom: value(["4"], fc.constant("x")),
    })
    .chain((params) => fc.tuple(fc.constant(params), fc.subarray(Object.keys(params)), fc.boolean()))
    .map(([params, repeated, plusForSpace]) => {
      const pairs: string[] = [];
      for (const [name, raw] of Object.entries(params)) {
        if (raw === null) continue;
        const encoded = encodeURIComponent(raw);
        pairs.push(`${name}=${plusForSpace ? encoded.replace(/%20/g, "+") : encoded}`);
        if (repeated.includes(name)) pairs.push(`${name}=${encodeURIComponent("second-" + raw)}`);
      }
      return "?" + pairs.join("&");
    });

  it("never throws, and shows each bad value's message (in the page's language) with a working fallback", async () => {
    const onMap = new Set((world as { shapes: { iso: string }[] }).shapes.map((shape) => shape.iso));
    await fc.assert(
      fc.asyncProperty(queryOf, async (search) => {
        const { params, problems } = parseParams(search);
        const messages = catalogues[params.lang]!;
        const expected = problems.map((problem) => describeParamProblem(problem, messages));
        if (params.country !== null && !onMap.has(params.country)) expected.push(messages.paramNoSuchCountry(params.country));
        const missing = params.statement !== DEFAULT_STATEMENT_ID;
        const { page } = await shared.open(search, { width: 800, height: 700 }, { allow: missing ? [failedRequest(/\/statements\/[\w-]+\.json/)] : [] });
        if (missing) await expect.poll(() => page.getByRole("alert").textContent()).toContain(messages.statementNotFound(params.statement));
        else await expect.poll(() => page.locator("svg.map-svg [data-iso]").count()).toBeGreaterThan(200);
        const notices = page.locator(".notices li");
        await expect.poll(() => notices.allTextContents()).toEqual(expect.arrayContaining(expected));
        expect(await notices.count()).toBe(expected.length);
        const root = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          theme: document.documentElement.dataset.theme ?? null,
          embed: "embed" in document.documentElement.dataset,
        }));
        expect(root).toEqual({ lang: params.lang, theme: params.theme, embed: params.embed });
      }),
      { numRuns: 6 },
    );
  }, 180_000);
});

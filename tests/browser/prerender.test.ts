import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectAdoptedAsItIs, launch, openContext, openPage, untilHydrated } from "./browser";
import { SEED_SIGNATORIES, SEED_SUBJECTS } from "./seedCodes";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const builtHtml = () => readFileSync(join(inject("distDir"), "index.html"), "utf8");

describe("the prerendered page", () => {
  it("already holds the drawn map of the default statement, with data-iso and data-status", () => {
    const html = builtHtml();
    for (const iso of SEED_SIGNATORIES) expect(html).toMatch(new RegExp(`data-iso="${iso}" data-status="signatory"`));
    for (const iso of SEED_SUBJECTS) expect(html).toMatch(new RegExp(`data-iso="${iso}" data-status="subject"`));
    expect(html).toContain("48 countries + the EU signed");
  });

  it("keeps to the strict CSP: no inline script, no style attribute, no inline event handler", () => {
    const html = builtHtml();
    for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      // Either an external script, or data that never runs.
      expect(attributes!.includes("src=") ? body : "", "inline executable script").toBe("");
      if (!attributes!.includes("src=")) expect(attributes).toContain('type="application/json"');
    }
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it("shows the map and the statement with JavaScript off", async () => {
    const { context } = await openContext(browser, { viewport: { width: 375, height: 700 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject("baseUrl"));
    expect(await page.locator('svg [data-iso="UA"]').first().getAttribute("data-status")).toBe("signatory");
    const box = await page.locator("svg.map-svg").boundingBox();
    expect(box!.width).toBeGreaterThan(350);
    expect(box!.height).toBeGreaterThan(150);
    // The headline above the map, and the panel's parts, open, below it.
    expect(await page.locator("h1").textContent()).toContain("48 nations");
    const panel = page.getByRole("complementary");
    expect(await panel.getAttribute("aria-labelledby")).toBe(await page.locator("h1").getAttribute("id"));
    expect(await panel.locator("details[open]").count()).toBe(4);
    expect(await panel.locator(".statement-text p").count()).toBe(9);
    await context.close();
  });

  it("is adopted by React as it is: the same elements stay, nothing moves, the console stays clean", async () => {
    const { context, errors } = await openContext(browser, { viewport: { width: 1280, height: 800 } });
    await expectAdoptedAsItIs(await context.newPage(), inject("baseUrl"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks first for what holds its first paint, and for the app's code in two files (issue #11)", async () => {
    const { context } = await openContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname.replace(/^.*\/assets\//, ""));
    });
    await page.goto(inject("baseUrl"));
    await untilHydrated(page);
    // The boot script and the stylesheet come before the module script: on HTTP/1.1's six
    // connections, ten small chunks queued ahead of them and held the first paint.
    const html = builtHtml();
    const head = html.slice(0, html.indexOf("</head>"));
    const at = (pattern: RegExp) => head.search(pattern);
    expect(at(/<script src="[^"]*boot-/)).toBeGreaterThan(0);
    expect(at(/<link rel="stylesheet"/)).toBeGreaterThan(at(/<script src="[^"]*boot-/));
    expect(at(/<script type="module"/)).toBeGreaterThan(at(/<link rel="stylesheet"/));
    // The first view's scripts: the boot script, the entry and the one chunk it imports; the zoom comes when reached for.
    expect(scripts.filter((name) => !name.startsWith("zoomBehaviour-")).map((name) => name.replace(/-[\w-]+\.js$/, ""))).toEqual(["boot", "index", "app"]);
  });

  it("hydrates with the dates, lists and orders the build made: no Intl formatter or collator is set up", async () => {
    const { context } = await openContext(browser, { viewport: { width: 1280, height: 800 } });
    // Counts the formatters the page makes; the first date formatter alone costs 30 to 60 ms of ICU set-up.
    await context.addInitScript(() => {
      const made = ((window as unknown as { __formattersMade: string[] }).__formattersMade = [] as string[]);
      const localeCompare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
        made.push("localeCompare");
        return localeCompare.apply(this, args);
      };
      for (const name of ["DateTimeFormat", "ListFormat", "Collator", "DisplayNames"] as const) {
        const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
        (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
          construct(target, args) {
            made.push(name);
            return new target(...args);
          },
        });
      }
    });
    const page = await context.newPage();
    await page.goto(inject("baseUrl"));
    await untilHydrated(page);
    expect(await page.getByRole("complementary").locator("time").first().textContent()).toBe("10 January 2024");
    expect(await page.evaluate(() => (window as unknown as { __formattersMade: string[] }).__formattersMade)).toEqual([]);
    // The shortcut is only for the page's own text: another language formats its own dates.
    await page.getByLabel("Language").selectOption("de");
    await expect.poll(() => page.getByRole("complementary").locator("time").first().textContent()).toBe("10. Januar 2024");
  });

  it("hydrates and then follows the URL's country", async () => {
    const { page, context, errors } = await openPage(browser, "./?country=LI");
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Liechtenstein");
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectAdoptedAsItIs, launch, openContext, openPage } from "./browser";
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

  it("hydrates and then follows the URL's country", async () => {
    const { page, context, errors } = await openPage(browser, "./?country=LI");
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Liechtenstein");
    expect(errors).toEqual([]);
    await context.close();
  });
});

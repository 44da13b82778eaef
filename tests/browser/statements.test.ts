import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import countries from "../../src/generated/countries.json";
import { launch, reusedPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

/** Writes a statement into the built site's statements/ folder, as a newsroom would after the build. */
function drop(id: string, statement: unknown) {
  writeFileSync(join(inject("distDir"), "statements", `${id}.json`), JSON.stringify(statement));
}

const base = {
  title: "A statement added after the build",
  date: "2025-03-01",
  source: { name: "Test Wire", url: "https://example.org/" },
  text: ["Paragraph one."],
  subjects: [],
  claims: [],
};

describe("statements loaded at run time", () => {
  it("shows a statement file dropped into the built site, with 190 signatories and a long text, laid out cleanly", async () => {
    const iso2s = (countries as { iso2: string }[])
      .map((c) => c.iso2)
      .filter((iso) => iso !== "RU")
      .slice(0, 190);
    drop("many-signatories", {
      ...base,
      id: "many-signatories",
      text: Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. ${"A long sentence of the statement. ".repeat(12)}`),
      signatories: iso2s,
      subjects: ["Russia"],
    });
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 700 },
    ]) {
      const { page, errors } = await shared.open("./?statement=many-signatories", viewport);
      await expect.poll(() => page.locator("h1").textContent()).toBe("A statement added after the build");
      expect(await page.locator('svg [data-status="signatory"]').count()).toBeGreaterThanOrEqual(180);
      expect(await page.locator(".signatories .entry[data-iso]").count()).toBe(190);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // The first 190 codes of the table, territories among them, each counted as what it is (issue #27).
      expect(await page.locator(".legend").textContent()).toContain("152 countries and 38 territories signed");
      expect(errors).toEqual([]);
    }
  });

  it("lists every problem of an invalid file in the page, with field and value, instead of a map", async () => {
    drop("broken", { ...base, id: "broken", date: "2025-02-30", signatories: ["Korea", "Atlantis"], claims: [{ claim: "x", quote: "not in text", by: "y" }] });
    const { page } = await shared.open("./?statement=broken");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("cannot be shown");
    const text = (await alert.textContent())!;
    expect(text).toContain("date");
    expect(text).toContain("2025-02-30");
    expect(text).toContain("signatories[0]");
    expect(text).toContain("North Korea (KP) or South Korea (KR)");
    expect(text).toContain("signatories[1]");
    expect(text).toContain("claims[0].quote");
    expect(await page.locator("svg [data-iso]").count()).toBe(0);
  });

  it("says so in the page when a statement does not exist or its ID is malformed", async () => {
    // The missing file's 404, which the browser logs, is the point of the test.
    const { page, errors } = await shared.open("./?statement=no-such-statement", undefined, {
      allow: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\) \[.*\/statements\/no-such-statement\.json\]$/],
    });
    await expect.poll(() => page.getByRole("alert").textContent()).toContain('There is no statement "no-such-statement"');
    await page.goto(new URL("./?statement=Bad%20Id!", page.url()).href);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("statement=Bad Id!");
    // It falls back to the default statement rather than a blank page.
    await expect.poll(() => page.locator("svg [data-iso]").count()).toBeGreaterThan(200);
    expect(errors.filter((e) => !e.includes("no-such-statement.json"))).toEqual([]);
  });
});

// A statement file in German, dropped into the built site's statements/ folder after the build, as
// a German newsroom would: the page reads its names in German (and English) with the same
// resolver as the build, and draws its signatories.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openPage } from "./browser";

const GERMAN_ID = "g7-aussenminister-nordkorea-de";
const germanText = readFileSync(new URL(`../fixtures/statements/${GERMAN_ID}.json`, import.meta.url), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  writeFileSync(join(inject("distDir"), "statements", `${GERMAN_ID}.json`), germanText);
});
afterAll(async () => {
  await browser?.close();
});

describe("a statement file in German", () => {
  it("is drawn with its signatories, named in German in the file", async () => {
    const { page, context, errors } = await openPage(browser, `./?statement=${GERMAN_ID}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("G7-Außenminister verurteilen die Raketenstarts Nordkoreas");
    const onMap = async (status: string) =>
      (
        await page.locator(`svg [data-status="${status}"][data-iso]`).evaluateAll((elements) => elements.map((element) => element.getAttribute("data-iso")))
      ).sort();
    // Territories their sovereign's signature covers (Guam, the Falklands...) are drawn as signatories too.
    expect(await onMap("signatory")).toEqual(expect.arrayContaining(["CA", "DE", "FR", "GB", "IT", "JP", "US"]));
    expect(await onMap("signatory")).not.toContain("RU");
    expect(new Set(await onMap("subject"))).toEqual(new Set(["KP"]));
    const listed = await page.locator(".signatories .entry[data-iso]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-iso")));
    expect(listed.sort()).toEqual(["CA", "DE", "FR", "GB", "IT", "JP", "US"]);
    expect(await page.locator(".signatories .entry[data-org]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-org")))).toEqual([
      "EU",
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the resolver's words for a German name it cannot read, instead of a map", async () => {
    const broken = JSON.parse(germanText) as Record<string, unknown>;
    Object.assign(broken, { id: "german-broken", signatories: ["Deutschlnd", "Korea"] });
    writeFileSync(join(inject("distDir"), "statements", "german-broken.json"), JSON.stringify(broken));
    const { page, context } = await openPage(browser, "./?statement=german-broken");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain('"Deutschlnd" is unknown: no country or organisation is called "Deutschlnd"; closest: Germany (DE)');
    expect(await alert.textContent()).toContain('"Korea" is ambiguous: North Korea (KP) or South Korea (KR)');
    expect(await page.locator("svg [data-iso]").count()).toBe(0);
    await context.close();
  });
});

import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { catalogues } from "../fixtures/catalogues";
import { en } from "../../src/i18n/messages";
import { launch, openContext, reusedPage } from "./browser";
import { SEED_ADDITIONS, SEED_SIGNATORIES, SEED_SUBJECTS } from "./seedCodes";

const axeSource = createRequire(import.meta.url)("axe-core").source as string;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

/** Runs axe-core's WCAG 2.x A and AA rules (2.2 included) on the page; returns the violations, briefly. */
async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  });
}

describe("axe-core finds no WCAG 2.2 AA violation", () => {
  // axe is injected as an inline script, which the page's CSP rightly refuses: bypass it for these tests' page only.
  const unguarded = reusedPage(() => browser, { bypassCSP: true });
  for (const path of ["./", "./?embed=1", "./?theme=dark", "./?embed=1&theme=dark"]) {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 700 },
    ]) {
      it(`on ${path} at ${viewport.width}px`, async () => {
        const { page } = await unguarded.open(path, viewport);
        await page.locator("svg [data-iso]").first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe("the keyboard", () => {
  /** The country that has keyboard focus on the map, and where its label point is on screen. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element?.closest("svg")) return null;
      const box = element.getBoundingClientRect();
      return { iso: element.getAttribute("data-iso"), x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });

  it("reaches the map with Tab, moves with the arrows to the neighbour that way, selects with Enter and clears with Escape", async () => {
    const { page, errors } = await shared.open("./");
    let start = null;
    for (let i = 0; i < 20 && !start; i++) {
      await page.keyboard.press("Tab");
      start = await focused(page);
    }
    expect(start, "Tab reaches a country on the map").not.toBeNull();
    expect(SEED_SIGNATORIES, "the first stop is a signatory").toContain(start!.iso);

    // Finland, then Right: its neighbour to the east is Russia (issue #17: not Canada, the next in a list).
    await page.locator('svg [data-iso="FI"][tabindex]').focus();
    await page.keyboard.press("ArrowRight");
    expect((await focused(page))!.iso).toBe("RU");
    // Down from Liechtenstein goes south, never north to Germany.
    await page.locator('svg [data-iso="LI"][tabindex]').focus();
    const li = (await focused(page))!;
    await page.keyboard.press("ArrowDown");
    const below = (await focused(page))!;
    expect(below.iso).not.toBe("LI");
    expect(below.y).toBeGreaterThan(li.y);

    // Page Down walks every country, signatories first, then later signatories, then subjects.
    await page.keyboard.press("Home");
    const visited: string[] = [(await focused(page))!.iso!];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press("PageDown");
      const iso = (await focused(page))?.iso ?? null;
      if (!iso || iso === visited.at(-1)) break;
      visited.push(iso);
    }
    const named = [...SEED_SIGNATORIES, ...SEED_ADDITIONS];
    expect(new Set(visited.slice(0, SEED_SIGNATORIES.length))).toEqual(new Set(SEED_SIGNATORIES));
    expect(new Set(visited.slice(SEED_SIGNATORIES.length, named.length))).toEqual(new Set(SEED_ADDITIONS));
    expect(new Set(visited.slice(named.length, named.length + 2))).toEqual(new Set(SEED_SUBJECTS));
    const drawn = await page.evaluate(() => new Set([...document.querySelectorAll("svg [data-iso]")].map((el) => el.getAttribute("data-iso"))).size);
    expect(new Set(visited).size, "every country on the map can be reached").toBe(drawn);

    await page.keyboard.press("Home");
    const first = (await focused(page))!.iso;
    // Focus is visible: the focused country gets an outline drawn over the map.
    expect(await page.locator("svg .hover-outline").count()).toBe(1);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe(first);
    // What the country did is said under the map, in a polite live region.
    await expect.poll(() => page.locator(".selection-note").textContent()).toMatch(/signed on 10 January 2024/);
    expect(await page.locator(".selection-note").getAttribute("role")).toBe("status");
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBeNull();
    // Tab leaves the map: nothing traps focus.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("svg"))).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe("screen readers", () => {
  it("get a named map described in words (the words of map.png's alt text), and country buttons named with their status", async () => {
    const { page } = await shared.open("./");
    const client = await page.context().newCDPSession(page);
    await client.send("Accessibility.enable");
    const { nodes } = (await client.send("Accessibility.getFullAXTree")) as {
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
    };
    // The page outlives the test: the accessibility domain is not left on for the next.
    await client.detach();
    const map = nodes.find((node) => node.name?.value === en.mapLabel);
    expect(map?.role?.value).toBe("group");
    expect(map?.description?.value).toMatch(/^48 countries and the EU signed on 10 January 2024: most of Europe \(except Hungary, Slovakia/);
    expect(map?.description?.value).toContain("Micronesia and Paraguay joined on 12 January 2024. North Korea and Russia are the subjects of the statement.");
    const names = new Set(nodes.filter((node) => node.role?.value === "button").map((node) => node.name?.value));
    expect(names).toContain("France: Signed");
    expect(names).toContain("Paraguay: Joined on 12 January 2024");
    expect(names).toContain("Russia: Subject of the statement");
    expect(names).toContain("China: Did not sign");
  });

  it("find every label and description an element points at, in the prerendered markup and in what the page adds later", async () => {
    // The markup's ids come from the prerender and later elements' from the shipped runtime
    // (docs/architecture.md, "The shipped runtime"): each reference must still resolve.
    const { page, errors } = await shared.open("./?country=de");
    await page.locator("html[data-live]").waitFor();
    const broken = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("[for],[aria-labelledby],[aria-describedby],[aria-controls]")].flatMap((element) =>
          ["for", "aria-labelledby", "aria-describedby", "aria-controls"].flatMap((name) =>
            (element.getAttribute(name) ?? "")
              .split(/\s+/)
              .filter((id) => id && !document.getElementById(id))
              .map((id) => `${element.tagName.toLowerCase()} ${name}="${id}"`),
          ),
        ),
      );
    expect(await broken()).toEqual([]);
    await page.getByRole("button", { name: en.downloadButton }).click();
    expect(await broken()).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: en.embedButton }).click();
    await page.getByRole("dialog", { name: en.embedTitle }).getByRole("textbox", { name: en.embedResponsive }).waitFor();
    expect(await broken()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("motion", () => {
  it("zooms without animation when the reader prefers reduced motion", async () => {
    const { context } = await openContext(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(inject("baseUrl"));
    const group = page.locator("svg.map-svg g[transform]").first();
    // Every transform the map's group takes: unanimated, the step is one change, straight to its end.
    await group.evaluate((g) => {
      const seen: string[] = [];
      (window as unknown as { transforms: string[] }).transforms = seen;
      new MutationObserver(() => seen.push(g.getAttribute("transform") ?? "")).observe(g, { attributeFilter: ["transform"] });
    });
    // The first click also loads the zoom code (src/map/useZoom.ts); the step is made once it is here.
    await page.getByRole("button", { name: en.zoomIn }).click();
    await expect.poll(() => group.getAttribute("transform")).toContain("scale(1.8)");
    await page.waitForTimeout(500);
    const transforms = await page.evaluate(() => (window as unknown as { transforms: string[] }).transforms);
    expect(transforms).toHaveLength(1);
    expect(transforms[0]).toContain("scale(1.8)");
    await context.close();
  });
});

describe("languages", () => {
  for (const lang of ["de", "fr", "uk", "ko"]) {
    it(`shows the interface in ${lang} and keeps the statement as published`, async () => {
      const { page, errors } = await shared.open(`./?lang=${lang}`);
      const messages = catalogues[lang]!;
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => page.locator(".legend").textContent()).toContain(messages.legendOther);
      expect(await page.locator(".legend").textContent()).not.toContain(en.legendOther);
      expect(await page.locator("summary h2").evaluateAll((headings) => headings.map((h) => h.firstChild?.textContent))).toContain(messages.signatoriesHeading);
      // The statement keeps its language, and says so.
      expect(await page.locator(".statement-text").getAttribute("lang")).toBe("en");
      expect(await page.locator(".language-note").count()).toBe(1);
      // Country names come from the platform, in the reader's language.
      const germany = new Intl.DisplayNames([lang], { type: "region" }).of("DE")!;
      expect(await page.locator('.signatories [data-iso="DE"]').textContent()).toContain(germany);
      // Region headings too, from the build's table (Chromium's own Intl has no names for UN regions).
      const europe = new Intl.DisplayNames([lang], { type: "region" }).of("150")!;
      const headings = await page.locator(".signatories .region h3").allTextContents();
      expect(headings.filter((heading) => new RegExp(`^${europe} \\d+$`).test(heading))).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  }

  it("falls back to English with a note for an unsupported language", async () => {
    const { page } = await shared.open("./?lang=xx-YY");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain('"xx-YY"');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("finds signatories by their name in the reader's language and in English", async () => {
    const { page } = await shared.open("./?lang=de");
    const search = page.getByLabel(catalogues.de!.searchLabel);
    await search.fill("osterreich");
    expect(await page.locator(".signatories .entry[data-iso]").count()).toBe(1);
    await search.fill("AUSTRIA");
    expect(await page.locator(".signatories .entry[data-iso]").count()).toBe(1);
  });

  it("lets the reader switch language and theme on the page, and keeps both in the URL", async () => {
    const { page, errors } = await shared.open("./?country=FR");
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByLabel(en.themeLabel).selectOption("dark");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    await page.getByLabel(en.languageLabel).selectOption("fr");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("fr");
    const url = new URL(page.url());
    expect([url.searchParams.get("lang"), url.searchParams.get("theme"), url.searchParams.get("country")]).toEqual(["fr", "dark", "FR"]);
    await expect.poll(() => page.locator(".legend").textContent()).toContain(catalogues.fr!.legendOther);
    // Replaced in place: no history entry per choice.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(errors).toEqual([]);
  });
});

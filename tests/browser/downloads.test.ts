// The Download control (issue #14) in the built site, under the strict CSP: each file is taken
// through the control as a reader would (two clicks), caught with Playwright's download event, and
// parsed: the SVG as XML, the PNG with pngjs, the CSV with a reader written apart from the writer,
// the JSON with the statement parser.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { nameResolver } from "../../src/countries/resolveCountry";
import { en } from "../../src/i18n/messages";
import { de } from "../../src/i18n/de";
import { themeColours } from "../../src/map/palette";
import { parseStatement } from "../../src/statement/parseStatement";
import { readCsv } from "../unit/export/csv";
import { failedImport, failedRequest, launch, openContext, openPage, reusedPage } from "./browser";

const SEED = "dprk-russia-missiles-2024";
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

/** Opens the choices and takes one: the file's name and bytes. */
async function download(page: Page, choice: string, messages: { downloadButton: string } = en) {
  await page.getByRole("button", { name: messages.downloadButton, exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: choice, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Parses an SVG document with the browser's strict XML parser: each drawn country's status, and the
 * parts a test reads. In a blank page beside the app's: the app's page requires Trusted Types, and
 * DOMParser takes TrustedHTML there.
 */
async function readSvg(page: Page, svg: string) {
  const blank = await page.context().newPage();
  try {
    return await readSvgIn(blank, svg);
  } finally {
    await blank.close();
  }
}

function readSvgIn(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.querySelector("parsererror");
    const root = doc.documentElement;
    const statuses: Record<string, string> = {};
    for (const el of root.querySelectorAll("[data-iso]")) statuses[el.getAttribute("data-iso")!] = el.getAttribute("data-status")!;
    const transform = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(root.querySelector("#map")?.getAttribute("transform") ?? "");
    return {
      error: error?.textContent ?? null,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      lang: root.getAttribute("xml:lang"),
      /** The document's title, and the headline drawn in its wrapped lines. */
      title: root.querySelector(":scope > title")?.textContent ?? null,
      headline: [...root.querySelectorAll("#title tspan")].map((line) => line.textContent).join(" "),
      legend: root.querySelector("#legend")?.textContent ?? "",
      background: root.querySelector("#background")?.getAttribute("fill") ?? null,
      selected: root.querySelectorAll("#selected > *").length,
      outlined: root.querySelectorAll("#group-outline > *").length,
      map: transform ? { x: Number(transform[1]), y: Number(transform[2]), scale: Number(transform[3]) } : null,
      statuses,
    };
  }, svg);
}

/** Each country on the page's own map, with its status (shapes and markers alike). */
const statusesOnPage = (page: Page) =>
  page
    .locator("svg.map-svg [data-iso]")
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute("data-iso")!, el.getAttribute("data-status")!])));

/** The map's drawn width in CSS px: its <svg>'s width, or less where the box is too short for it (preserveAspectRatio "meet"). */
const drawnMapWidth = (page: Page) =>
  page.locator("svg.map-svg").evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    return Math.min(box.width, (box.height * width!) / height!);
  });

/** A point (viewBox units) well inside a country's shape on the page's map: the middle of the widest run of a grid of probes. */
const pointInside = (page: Page, iso: string) =>
  page.locator(`svg.map-svg path[data-iso="${iso}"]`).evaluate((path, code) => {
    const shape = path as SVGPathElement;
    const box = shape.getBBox();
    let best: [number, number] | null = null;
    let bestRun = 0;
    for (let row = 1; row < 20; row++) {
      const y = box.y + (box.height * row) / 20;
      let run = 0;
      for (let col = 1; col < 60; col++) {
        const x = box.x + (box.width * col) / 60;
        if (shape.isPointInFill(new DOMPoint(x, y))) {
          run++;
          if (run > bestRun) {
            bestRun = run;
            best = [x - ((run - 1) * box.width) / 60 / 2, y];
          }
        } else run = 0;
      }
    }
    if (!best) throw new Error(`no point inside ${code}`);
    return best;
  }, iso);

/** The PNG's colour at a point of the picture given in CSS px of the SVG (the PNG is `scale` times larger). */
function pixelAt(png: PNG, [x, y]: [number, number], scale: number): string {
  const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
  return `#${[png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** How many of the PNG's pixels are within `tolerance` of a colour, per channel. */
function countColour(png: PNG, hex: string, tolerance = 6): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r!) <= tolerance && Math.abs(png.data[i + 1]! - g!) <= tolerance && Math.abs(png.data[i + 2]! - b!) <= tolerance) count++;
  }
  return count;
}

describe("downloads on the full page", () => {
  it("loads no export code with the first view, and starts on the way to the button", async () => {
    const { page, context, errors } = await openPage(browser, "./");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.getByRole("button", { name: en.downloadButton, exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    const firstView = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
    expect([...firstView, ...requested].filter((path) => /\/export-[\w-]+\.js$/.test(path))).toEqual([]);
    await page.getByRole("button", { name: en.downloadButton, exact: true }).hover();
    await expect.poll(() => requested.some((path) => /\/export-[\w-]+\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives an SVG with every country of the map, each with its status, and the title", async () => {
    const { page, errors } = await shared.open("./?lang=en");
    const file = await download(page, en.downloadSvg);
    expect(file.name).toBe(`${SEED}.svg`);
    const svg = await readSvg(page, file.bytes.toString("utf8"));
    expect(svg.error).toBeNull();
    const title = await page.locator("h1").textContent();
    expect(svg.title).toBe(title);
    expect(svg.headline).toBe(title);
    const onPage = await statusesOnPage(page);
    expect(Object.keys(onPage).length).toBeGreaterThan(200);
    expect(svg.statuses).toEqual(onPage);
    expect(svg.legend).toContain("48 countries + the EU signed");
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: en.downloadStarted(`${SEED}.svg`) })
        .count(),
    ).toBe(1);
    expect(errors).toEqual([]);
  });

  it("draws the view the reader sees: language, theme, selected country, outlined group", async () => {
    const { page, errors } = await shared.open("./?lang=de&theme=dark&country=FR");
    await page.getByRole("button", { name: de.showOnMap("NATO") }).click();
    await expect.poll(() => page.locator("svg.map-svg .group-outline > *").count()).toBeGreaterThan(20);
    const outlinedOnPage = await page.locator("svg.map-svg .group-outline > *").count();
    const svg = await readSvg(page, (await download(page, de.downloadSvg, de)).bytes.toString("utf8"));
    expect(svg.lang).toBe("de");
    expect(svg.legend).toContain(await page.locator(".legend li").first().textContent());
    expect(svg.background).toBe(themeColours("dark").panelBg);
    expect(svg.selected).toBe(1);
    expect(svg.outlined).toBe(outlinedOnPage);
    expect(errors).toEqual([]);
  });

  it("gives a PNG at twice the map's CSS size in which a signatory is drawn in the signatory colour", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 700 },
    ]) {
      const { page, errors } = await shared.open("./?theme=dark", viewport);
      const mapWidth = Math.round(await drawnMapWidth(page));
      // The same view as an SVG tells where the map sits in the picture.
      const svg = await readSvg(page, (await download(page, en.downloadSvg)).bytes.toString("utf8"));
      const file = await download(page, en.downloadPng);
      expect(file.name).toBe(`${SEED}.png`);
      const png = PNG.sync.read(file.bytes);
      expect([png.width, png.height]).toEqual([2 * mapWidth, 2 * svg.height]);
      expect(svg.width).toBe(mapWidth);
      const [x, y] = await pointInside(page, "AU");
      const { map } = svg;
      expect(pixelAt(png, [map!.x + x * map!.scale, map!.y + y * map!.scale], 2)).toBe(themeColours("dark").signatory);
      // And the picture's own background, in the dark theme.
      expect(pixelAt(png, [2, 2], 2)).toBe(themeColours("dark").panelBg);
      expect(errors).toEqual([]);
    }
  });

  it("gives a 1200x630 PNG for social media with the signatories in their colour", async () => {
    const { page, errors } = await shared.open("./?theme=light");
    const file = await download(page, en.downloadSocial);
    expect(file.name).toBe(`${SEED}-social.png`);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Australia, Canada and Europe's signatories alone are thousands of pixels at this size.
    expect(countColour(png, themeColours("light").signatory)).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
  });

  it("gives a CSV whose names survive a round trip, commas and quotes included, and JSON the statement parser accepts", async () => {
    const id = "downloads-quoting";
    const statement = {
      id,
      title: 'Seoul, Chișinău and Kyiv say "no"',
      date: "2025-03-01",
      source: { name: 'Agence "Test", Paris', url: 'https://example.org/a,b?c="d"' },
      text: ["Paragraph one."],
      // A name in quotes is refused by the resolver (issue #15), so quotes travel in the source's name.
      signatories: ["Korea, Republic of", "the Republic of Moldova", "Ukraine"],
      subjects: ["Russia"],
      claims: [],
      additions: [{ name: "Côte d’Ivoire", date: "2025-03-02", source: { name: 'Wire, "Late" edition' } }],
    };
    writeFileSync(join(inject("distDir"), "statements", `${id}.json`), JSON.stringify(statement));
    const { page, errors } = await shared.open(`./?statement=${id}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(statement.title);

    const csv = await download(page, en.downloadCsv);
    expect(csv.name).toBe(`${id}.csv`);
    const text = csv.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(text.slice(1));
    const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
    expect(records.map((record) => [record.name_as_written, record.iso2, record.iso3, record.status, record.source])).toEqual([
      ["Korea, Republic of", "KR", "KOR", "signatory", 'Agence "Test", Paris'],
      ["the Republic of Moldova", "MD", "MDA", "signatory", 'Agence "Test", Paris'],
      ["Ukraine", "UA", "UKR", "signatory", 'Agence "Test", Paris'],
      ["Côte d’Ivoire", "CI", "CIV", "joined", 'Wire, "Late" edition'],
      ["Russia", "RU", "RUS", "subject", 'Agence "Test", Paris'],
    ]);
    // The URL as the statement parser keeps it (normalised by URL, quotes escaped), and with its comma intact.
    expect(records[0]!.source_url).toBe(new URL(statement.source.url).href);

    const json = await download(page, en.downloadJson);
    expect(json.name).toBe(`${id}.json`);
    const parsed = parseStatement(JSON.parse(json.bytes.toString("utf8")), json.name, nameResolver, { expectedId: id });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.statement.signatories.map((party) => party.written)).toEqual(statement.signatories);
    expect(errors).toEqual([]);
  });

  it("gives the seed's JSON with every party's codes, valid as a statement file", async () => {
    const { page, errors } = await shared.open("./");
    const json = await download(page, en.downloadJson);
    const data = JSON.parse(json.bytes.toString("utf8"));
    const parsed = parseStatement(data, json.name, nameResolver, { expectedId: SEED });
    expect(parsed.ok).toBe(true);
    expect(data.parties.find((party: { iso2: string | null }) => party.iso2 === "CZ")).toMatchObject({
      written: "the Czech Republic",
      iso3: "CZE",
      numeric: "203",
    });
    expect(errors).toEqual([]);
  });

  it("says so in the page when the export code cannot be loaded, and downloads on Try again", async () => {
    const exportFile = /\/assets\/export-[\w-]+\.js/;
    const { page, context, errors } = await openPage(browser, "./", undefined, { allow: [failedRequest(exportFile), failedImport(exportFile)] });
    // One function for route and unroute: unroute matches it by identity.
    const exportChunk = (url: URL) => /\/assets\/export-[\w-]+\.js$/.test(url.pathname);
    await page.route(exportChunk, (route) => route.abort("internetdisconnected"));
    await page.getByRole("button", { name: en.downloadButton, exact: true }).click();
    await page.getByRole("button", { name: en.downloadCsv, exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: en.downloadLoadFailed });
    await alert.waitFor();
    await page.unroute(exportChunk);
    const [file] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: en.downloadRetry }).click()]);
    expect(file.suggestedFilename()).toBe(`${SEED}.csv`);
    expect(await page.getByRole("alert").count()).toBe(0);
    // The failed fetch is the only thing the console reports.
    expect(errors.filter((error) => !/export-|Failed to fetch|dynamically imported|ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    await context.close();
  });

  it("works from the keyboard alone, and its open choices and failure message pass axe's WCAG 2.2 AA rules, light and dark", async () => {
    for (const theme of ["light", "dark"]) {
      // axe is injected as an inline script, which the page's CSP rightly refuses: bypassed for this test only, as in accessibility.test.ts.
      const exportFile = /\/assets\/export-[\w-]+\.js/;
      const { context } = await openContext(
        browser,
        { viewport: { width: 1280, height: 800 }, bypassCSP: true },
        { allow: [failedRequest(exportFile), failedImport(exportFile)] },
      );
      const page = await context.newPage();
      await page.goto(new URL(`./?theme=${theme}`, inject("baseUrl")).href);
      const button = page.getByRole("button", { name: en.downloadButton, exact: true });
      await button.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.downloadCsv);
      const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(file.suggestedFilename()).toBe(`${SEED}.csv`);
      await button.click();
      await page.evaluate(axeSource);
      const violations = () =>
        page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe;
          const result = await axe.run(document.querySelector(".download")!, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
      expect(await violations()).toEqual([]);
      // The failure message, with the chunk blocked (a fresh page: this one has the chunk already).
      await page.route(
        (url) => /\/assets\/export-[\w-]+\.js$/.test(url.pathname),
        (route) => route.abort(),
      );
      await page.reload();
      await page.evaluate(axeSource);
      await button.click();
      await page.getByRole("button", { name: en.downloadSvg, exact: true }).click();
      await page.getByRole("alert").filter({ hasText: en.downloadLoadFailed }).waitFor();
      expect(await violations()).toEqual([]);
      await context.close();
    }
  });

  it("is not offered in an embed (a sandboxed frame cannot download) nor on paper", async () => {
    const { page } = await shared.open("./?embed=1");
    await page.locator(".embed-credit").waitFor();
    expect(await page.getByRole("button", { name: en.downloadButton, exact: true }).isVisible()).toBe(false);
    await page.goto(new URL("./", page.url()).href);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: en.downloadButton, exact: true }).isVisible()).toBe(false);
  });
});

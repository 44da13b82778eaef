// Issue #13: every bundled statement's own page (s/ID/), prerendered, with its meta tags and share
// card; the statements' index; links that point at the pages; the site under any path.
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { cardPicture } from "../../src/build/writeCards";
import { renderMapSvg } from "../../src/export/renderMapSvg";
import worldJson from "../../src/generated/world.json";
import type { Point, World } from "../../src/geo/types";
import { worldProjection } from "../../src/geo/worldProjection";
import { PALETTE } from "../../src/map/palette";
import { pathArea } from "../unit/geo/pathPoints";
import { catalogues } from "../fixtures/catalogues";
import { PAGE_DATA_ID, type PageData } from "../../src/page/pageData";
import type { StatementSummary } from "../../src/page/statementIndex";
import { DEFAULT_STATEMENT_ID } from "../../src/statement/statementId";
import { serveStatic, type StaticServer } from "../bench/serve";
import { baseUrl, expectAdoptedAsItIs, launch, openContext, openPage, reusedPage } from "./browser";
import { CONTENT_SECURITY_POLICY, TEST_SITE_URL } from "./globalSetup";
import { SEED_SIGNATORIES, SEED_SUBJECTS } from "./seedCodes";

const en = catalogues.en!;
const world = worldJson as unknown as World;
const de = catalogues.de!;

/** The statements the repository bundles: every one must have a page. */
const BUNDLED = readdirSync("public/statements")
  .filter((name) => name.endsWith(".json"))
  .map((name) => basename(name, ".json"))
  .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts); its links are copied. */
const shared = reusedPage(() => browser, { permissions: ["clipboard-read", "clipboard-write"] });
/** The same with JavaScript off: the prerendered pages as they are. */
const scriptless = reusedPage(() => browser, { javaScriptEnabled: false });

const distFile = (path: string) => readFileSync(join(inject("distDir"), path), "utf8");
const pageHtml = (id: string) => distFile(`s/${id}/index.html`);
/** A page's data block, as the build wrote it. */
const pageData = (html: string): PageData =>
  JSON.parse(new RegExp(`<script type="application/json" id="${PAGE_DATA_ID}">(.*?)</script>`, "s").exec(html)![1]!) as PageData;
const appUrl = (path: string) => new URL(path, baseUrl()).href;
/** The content of a <meta> or <link rel> in the page's head; null when absent. */
const headValue = (html: string, attribute: "name" | "property" | "rel", key: string) => {
  const tag = new RegExp(`<(?:meta|link) ${attribute}="${key}" (?:content|href)="([^"]*)"`).exec(html);
  return tag
    ? tag[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, "&")
    : null;
};

/** The card's colour at a point, as "#rrggbb". */
const pixel = (png: PNG, [x, y]: Point): string => {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return `#${[0, 1, 2].map((c) => png.data[i + c]!.toString(16).padStart(2, "0")).join("")}`;
};
/** Where a point of the map's viewBox lands on a card, read from the card's SVG (its map group's transform). */
function cardPointOf(svg: string): (point: Point) => Point {
  const [, x, y, scale] = /<g id="map"[^>]*transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)"/.exec(svg)!.map(Number);
  return ([px, py]) => [x! + px * scale!, y! + py * scale!];
}

describe("statements/index.json", () => {
  it("lists every bundled statement, newest first, with its counts and its page", async () => {
    const response = await fetch(appUrl("./statements/index.json"));
    expect(response.status).toBe(200);
    const index = (await response.json()) as StatementSummary[];
    expect(index.map((entry) => entry.id).sort()).toEqual(BUNDLED);
    const dates = index.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(index.find((entry) => entry.id === DEFAULT_STATEMENT_ID)).toMatchObject({
      title: "48 nations condemn North Korea's supply of ballistic missiles to Russia",
      date: "2024-01-10",
      signatories: SEED_SIGNATORIES.length + 2,
      joined: 2,
      organisations: 1,
      subjects: SEED_SUBJECTS.length,
      page: `s/${DEFAULT_STATEMENT_ID}/`,
      card: `s/${DEFAULT_STATEMENT_ID}/card.png`,
    });
  });
});

describe.each(BUNDLED)("the page s/%s/", (id) => {
  it("is drawn before any script runs: its headline, its signatories and subjects on the map, its panel", async () => {
    const { prepared } = pageData(pageHtml(id));
    const { page } = await scriptless.open(`./s/${id}/`, { width: 375, height: 700 });
    expect(await page.locator("h1").textContent()).toBe(prepared.statement.title);
    const countries = prepared.statement.signatories.flatMap((party) => (party.kind === "country" ? [party.iso2] : []));
    expect(countries.length).toBeGreaterThan(0);
    for (const iso of countries) expect(await page.locator(`svg [data-iso="${iso}"]`).first().getAttribute("data-status"), iso).toBe("signatory");
    for (const { iso2 } of prepared.statement.subjects)
      expect(await page.locator(`svg [data-iso="${iso2}"]`).first().getAttribute("data-status"), iso2).toBe("subject");
    // Laid out by the stylesheet (found from s/ID/): the map as wide as the phone, the panel below it.
    const box = await page.locator("svg.map-svg").boundingBox();
    expect(box!.width).toBeGreaterThan(350);
    expect(box!.height).toBeGreaterThan(150);
    expect(await page.getByRole("complementary").locator(".statement-text p").count()).toBe(prepared.statement.text.length);
  });

  it("is adopted by React as it is: the same elements stay, nothing moves, the console stays clean", async () => {
    const { context, errors } = await openContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
    await expectAdoptedAsItIs(page, appUrl(`./s/${id}/`));
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });

  it("serves its share card, a 1200x630 PNG with its largest signatory in the signatory colour on the sea's", async () => {
    const response = await fetch(appUrl(`./s/${id}/card.png`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);
    const { statement } = pageData(pageHtml(id)).prepared;
    const at = cardPointOf(renderMapSvg(cardPicture(statement, world), { kind: "social" }));
    // The largest country that signed at first: its centroid is inside its largest polygon, far from any marker.
    const signed = new Set(statement.signatories.flatMap((party) => (party.kind === "country" ? [party.iso2] : [])));
    const largest = world.shapes.filter((shape) => signed.has(shape.iso)).reduce((a, b) => (pathArea(b.d) > pathArea(a.d) ? b : a));
    expect(pixel(png, at(largest.centroid)), largest.iso).toBe(PALETTE.signatory.light);
    expect(pixel(png, at(worldProjection(world.width).projection([-130, -35])!)), "the South Pacific").toBe(PALETTE.sea.light);
  });

  it("has its own title, description, canonical URL, Open Graph and Twitter card tags", () => {
    const html = pageHtml(id);
    const { title } = pageData(html).prepared.statement;
    const own = `${TEST_SITE_URL}s/${id}/`;
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]!.replace(/&#x27;|&quot;|&amp;/g, (m) => ({ "&#x27;": "'", "&quot;": '"', "&amp;": "&" })[m]!)).toBe(
      `${title} – ${en.appTitle}`,
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    const description = headValue(html, "name", "description")!;
    expect(description).toMatch(/ signed on \d+ \w+ \d{4}/);
    expect(description.length).toBeLessThan(400);
    expect(headValue(html, "rel", "canonical")).toBe(own);
    expect(headValue(html, "property", "og:url")).toBe(own);
    expect(headValue(html, "property", "og:title")).toBe(title);
    expect(headValue(html, "property", "og:description")).toBe(description);
    expect(headValue(html, "property", "og:image")).toBe(`${own}card.png`);
    expect(headValue(html, "property", "og:image:width")).toBe("1200");
    expect(headValue(html, "property", "og:image:height")).toBe("630");
    // The card's text alternative is the map's description, as the page gives it to screen readers (issue #25).
    const mapDescription = /<figure class="map"><p id="[^"]*" class="visually-hidden">([^<]*)<\/p>/
      .exec(html)![1]!
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
    expect(headValue(html, "property", "og:image:alt")).toMatch(/^\d+ (countr(y|ies)|members?)\b.* signed on \d+ \w+ \d{4}/);
    expect(headValue(html, "property", "og:image:alt")).toBe(mapDescription);
    expect(headValue(html, "name", "twitter:card")).toBe("summary_large_image");
    expect(headValue(html, "name", "twitter:image")).toBe(`${own}card.png`);
    expect(headValue(html, "name", "twitter:title")).toBe(title);
  });
});

describe("the root page", () => {
  it("is the default statement's page, whose canonical URL is the site's and whose card is the default statement's", () => {
    const html = distFile("index.html");
    expect(pageData(html).prepared.statement.id).toBe(DEFAULT_STATEMENT_ID);
    expect(pageData(html).site.root).toBe("./");
    expect(headValue(html, "rel", "canonical")).toBe(TEST_SITE_URL);
    expect(headValue(html, "property", "og:image")).toBe(`${TEST_SITE_URL}s/${DEFAULT_STATEMENT_ID}/card.png`);
    // The statement is in the page, once: the app's script carries none.
    const script = /<script type="module" crossorigin src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)![1]!;
    expect(distFile(script)).not.toContain("48 nations condemn");
  });
});

describe("a statement's page with URL parameters", () => {
  it("takes embed, country, lang, theme and panel as the root page does", async () => {
    const id = "global-methane-pledge-2021";
    const { page, errors } = await shared.open(`./s/${id}/?embed=1&country=US&lang=de&theme=dark&panel=open`, { width: 700, height: 800 });
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Vereinigte Staaten");
    const root = await page.evaluate(() => ({ ...document.documentElement.dataset, lang: document.documentElement.lang }));
    expect(root).toMatchObject({ embed: "", panel: "open", theme: "dark", lang: "de" });
    expect(await page.locator(".page-tools").isVisible()).toBe(false);
    expect(await page.locator(".other-statements").isVisible()).toBe(false);
    // The credit line's full-page link is the statement's own page, not ?statement=.
    const full = await page.getByRole("link", { name: de.openFullMap }).getAttribute("href");
    expect(new URL(full!, page.url()).href).toBe(appUrl(`./s/${id}/?country=US&lang=de&theme=dark`));
    expect(errors).toEqual([]);
  });

  it("shows another statement with ?statement=, fetched from the site's root", async () => {
    const { page, errors } = await shared.open("./s/pacific-islands-forum-retreat-2023/?statement=wto-mc11-ministers-support-2017");
    await expect.poll(() => page.locator("h1").textContent()).toContain("WTO");
    expect(errors).toEqual([]);
  });

  it("shows a statement file dropped in after the build, from the root and from a statement's page", async () => {
    const statement = {
      id: "dropped-after-build",
      title: "A statement dropped in after the build",
      date: "2025-05-01",
      source: { name: "Test Wire" },
      text: ["Paragraph one."],
      signatories: ["France", "Germany"],
      subjects: [],
      claims: [],
    };
    writeFileSync(join(inject("distDir"), "statements", "dropped-after-build.json"), JSON.stringify(statement));
    for (const path of ["./?statement=dropped-after-build", "./s/global-methane-pledge-2021/?statement=dropped-after-build"]) {
      const { page, errors } = await shared.open(path);
      await expect.poll(() => page.locator("h1").textContent()).toBe(statement.title);
      // It has no page of its own: its links stay at the root, with ?statement=.
      await page.getByRole("button", { name: en.copyLink }).click();
      await expect.poll(() => page.locator(".share").getByRole("status").textContent()).toBe(en.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(appUrl("./?statement=dropped-after-build&lang=en"));
      expect(errors).toEqual([]);
    }
  });
});

describe("links to a statement", () => {
  it("Copy link gives the statement's own page, from its page and from the root", async () => {
    for (const [path, id] of [
      [`./s/wto-mc11-ministers-support-2017/?country=CH`, "wto-mc11-ministers-support-2017"],
      ["./?country=PL", DEFAULT_STATEMENT_ID],
    ] as const) {
      const { page, errors } = await shared.open(path);
      await page.getByRole("button", { name: en.copyLink }).click();
      await expect.poll(() => page.locator(".share").getByRole("status").textContent()).toBe(en.copied);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(appUrl(`./s/${id}/?country=${new URL(appUrl(path)).searchParams.get("country")}&lang=en`));
      expect(errors).toEqual([]);
    }
  });

  it("the Embed dialog's codes frame the statement's own page and load the loader from the site's root", async () => {
    const id = "nuclear-humanitarian-consequences-2014";
    const { page, errors } = await shared.open(`./s/${id}/?country=AT`);
    await page.getByRole("button", { name: en.embedButton }).click();
    const dialog = page.getByRole("dialog", { name: en.embedTitle });
    await dialog.waitFor();
    for (const name of [en.embedResponsive, en.embedFixed]) {
      const code = await dialog.getByRole("textbox", { name }).inputValue();
      const src = /<iframe src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&");
      expect(src).toMatch(new RegExp(`^${appUrl(`./s/${id}/`).replace(/[.?]/g, "\\$&")}\\?embed=1&country=AT&lang=en`));
      expect(src).not.toContain("statement=");
    }
    // The loader from the site's root (its content-named file, with its hash), not from s/ID/.
    expect(await dialog.getByRole("textbox", { name: en.embedResponsive }).inputValue()).toMatch(
      new RegExp(`<script src="${appUrl("./assets/").replace(/[.?]/g, "\\$&")}embed-[\\w-]+\\.js" integrity="sha384-`),
    );
    // The preview is the statement's page as an embed, drawn in the dialog.
    const preview = page.frameLocator(".embed-preview iframe");
    await expect.poll(() => preview.locator("h1").textContent()).toBe(pageData(pageHtml(id)).prepared.statement.title);
    expect(errors).toEqual([]);
  });
});

describe("the other statements", () => {
  it("are a menu on the full page, newest first, whose links open their pages", async () => {
    const index = JSON.parse(distFile("statements/index.json")) as StatementSummary[];
    const id = "pacific-islands-forum-retreat-2023";
    const { page, errors } = await shared.open(`./s/${id}/`);
    const menu = page.getByRole("navigation", { name: en.otherStatements });
    await menu.getByText(en.otherStatements).click();
    const links = menu.getByRole("link");
    const expected = index.filter((entry) => entry.id !== id);
    await expect.poll(() => links.count()).toBe(expected.length);
    for (const [i, entry] of expected.entries()) {
      expect(await links.nth(i).textContent()).toBe(entry.title);
      expect(await links.nth(i).evaluate((a: HTMLAnchorElement) => a.href)).toBe(appUrl(`./s/${entry.id}/?lang=en`));
    }
    await links.first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(expected[0]!.title);
    expect(new URL(page.url()).pathname).toBe(`/s/${expected[0]!.id}/`);
    expect(errors).toEqual([]);
  });

  it("open with JavaScript off", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl("./"));
    await page.getByText(en.otherStatements, { exact: true }).click();
    const first = page.getByRole("navigation", { name: en.otherStatements }).getByRole("link").first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.getAttribute("href")).toMatch(/^\.\/s\/[a-z0-9-]+\/\?lang=en$/);
    await context.close();
  });
});

describe("the site under another path", () => {
  let server: StaticServer;
  let parent: string;
  beforeAll(async () => {
    // The built site at /news/maps/ of a host, as a newsroom may deploy it.
    parent = mkdtempSync(join(tmpdir(), "signatory-map-subpath-"));
    mkdirSync(join(parent, "news"));
    symlinkSync(inject("distDir"), join(parent, "news", "maps"), "dir");
    server = await serveStatic(parent, { "Content-Security-Policy": CONTENT_SECURITY_POLICY });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it("serves a statement's page whose every file loads, which hydrates and links within that path", async () => {
    const { page, context, errors } = await openPage(browser, `${server.url}news/maps/s/global-methane-pledge-2021/?country=US`);
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("United States");
    const missing = server.log.filter((response) => response.status !== 200).map((response) => response.path);
    expect(missing).toEqual([]);
    expect(server.log.every((response) => response.path.startsWith("/news/maps/"))).toBe(true);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
    await page.getByRole("button", { name: en.copyLink }).click();
    await expect.poll(() => page.locator(".share").getByRole("status").textContent()).toBe(en.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}news/maps/s/global-methane-pledge-2021/?country=US&lang=en`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

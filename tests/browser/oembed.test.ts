// oEmbed (#25), on the built site: every bundled statement's page links its oEmbed response in its
// <head>, the response is a valid rich one whose iframe is the statement's embed, and that
// embed, framed as WordPress frames it at the response's width, settles near the response's height
// (OEMBED_HEIGHT, a constant measured here: the build has no layout engine).
import { readdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OEMBED_HEIGHT, OEMBED_HEIGHT_TOLERANCE, OEMBED_WIDTH, type OEmbedResponse } from "../../src/build/oembed";
import { baseUrl, launch, openContext } from "./browser";
import { fixture, startParentServer, type ParentServer } from "./fixtures/parentServer";
import { TEST_SITE_URL } from "./globalSetup";

const BUNDLED = readdirSync("public/statements")
  .filter((file) => file.endsWith(".json") && file !== "index.json")
  .map((file) => file.replace(/\.json$/, ""))
  .sort();
const appUrl = (path: string) => new URL(path, baseUrl()).href;
/** An address the build wrote under the test's SITE_URL, served here by the test's server. */
const local = (url: string) => appUrl(url.slice(TEST_SITE_URL.length));

let browser: Browser;
let parents: ParentServer;
beforeAll(async () => {
  browser = await launch();
  parents = await startParentServer();
});
afterAll(async () => {
  await browser?.close();
  await parents?.close();
});

describe("oEmbed discovery and responses", () => {
  for (const id of BUNDLED) {
    it(`${id}: its page links its rich oEmbed response, whose iframe is its embed and whose thumbnail is its card`, async () => {
      const html = await (await fetch(appUrl(`./s/${id}/`))).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)" \/>/.exec(head);
      expect(link?.[1]).toBe(`${TEST_SITE_URL}s/${id}/oembed.json`);
      // WordPress reads only the first 150 KB of a page for discovery.
      expect(html.indexOf(link![0])).toBeLessThan(150 * 1024);

      const response = await fetch(local(link![1]!));
      expect(response.headers.get("content-type")).toContain("application/json");
      const oembed = (await response.json()) as OEmbedResponse;
      expect(oembed).toMatchObject({ version: "1.0", type: "rich", width: OEMBED_WIDTH, height: OEMBED_HEIGHT, provider_url: TEST_SITE_URL });
      expect(link![2]!.replace(/&#x27;|&#39;/g, "'")).toBe(oembed.title.replace(/&/g, "&amp;"));
      const src = new URL(/<iframe src="([^"]+)"/.exec(oembed.html)![1]!.replace(/&amp;/g, "&"));
      expect(`${src.origin}${src.pathname}`).toBe(`${TEST_SITE_URL}s/${id}/`);
      expect(src.searchParams.get("embed")).toBe("1");
      const thumbnail = await fetch(local(oembed.thumbnail_url));
      expect(thumbnail.headers.get("content-type")).toBe("image/png");
      await thumbnail.arrayBuffer();
    });
  }
});

describe("the oEmbed response's height", () => {
  it(`is within ${OEMBED_HEIGHT_TOLERANCE * 100}% of each bundled statement's embed, settled at ${OEMBED_WIDTH} px in WordPress's frame`, async () => {
    const { context } = await openContext(browser, { viewport: { width: OEMBED_WIDTH, height: 900 } });
    const page = await context.newPage();
    const heights: Record<string, number> = {};
    for (const id of BUNDLED) {
      const url = parents.page(`/oembed-${id}.html`, fixture("wordpress-parent.html", { SRC: appUrl(`./s/${id}/?embed=1&lang=en`), SECRET: "abc123XYZ0" }));
      await page.goto(url);
      const reported = () =>
        page.evaluate(() =>
          (window as unknown as { received: { message?: string; value?: number }[] }).received
            .filter((data) => data?.message === "height")
            .map((data) => data.value!),
        );
      // Settled: the last two reports agree and no new one comes while the frame's fonts and map are done.
      await expect.poll(async () => (await reported()).length, { timeout: 10_000 }).toBeGreaterThan(0);
      const frame = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
      await frame.locator("svg [data-iso]").first().waitFor();
      await frame.evaluate(() => document.fonts.ready.then(() => undefined));
      heights[id] = await frame.evaluate(() => document.documentElement.scrollHeight);
      await expect.poll(async () => (await reported()).at(-1)).toBe(heights[id]);
    }
    const far = Object.entries(heights).filter(([, height]) => Math.abs(height - OEMBED_HEIGHT) / OEMBED_HEIGHT > OEMBED_HEIGHT_TOLERANCE);
    expect(far, `settled heights ${JSON.stringify(heights)} against OEMBED_HEIGHT ${OEMBED_HEIGHT} (src/build/oembed.ts)`).toEqual([]);
  });
});

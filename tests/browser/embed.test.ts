// Embedding (#5): real parent pages on another origin (fixtures/parentServer.ts) frame the built
// app; the frame must follow the content's height with no scroll bars inside, whatever the width.
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { embedCodes } from "../../src/embed/embedCode";
import { catalogues } from "../fixtures/catalogues";
import { baseUrl, launch, openContext, openPage, reusedPage } from "./browser";
import { fixture, startParentServer, type ParentServer } from "./fixtures/parentServer";

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

const en = catalogues.en!;
const de = catalogues.de!;
const appUrl = (query: string) => new URL(query, baseUrl()).href;
const WIDTHS = [320, 700, 1200];

/** One page for the tests that need a page at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

/** Opens a parent page at `width` with console errors of every frame collected. */
const openParent = (url: string, width: number, height = 800) => shared.open(url, { width, height });

/** The app's frame inside a parent page, once its map is drawn. */
async function appFrame(page: Page, selector = "iframe"): Promise<Frame> {
  const frame = await (await page.locator(selector).first().elementHandle())!.contentFrame();
  if (!frame) throw new Error("no app frame");
  await frame.locator("svg [data-iso]").first().waitFor();
  return frame;
}

/** The frame's document metrics: what a scroll bar inside it would show. */
const metrics = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    return { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

/** Waits until the iframe is as tall as its content and stays so; returns that height. */
async function settled(page: Page, frame: Frame, selector = "iframe"): Promise<number> {
  const frameHeight = () =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
  let last = -1;
  await expect
    .poll(
      async () => {
        const { scrollHeight, clientHeight } = await metrics(frame);
        const outer = await frameHeight();
        const stable = outer === last && scrollHeight <= clientHeight + 1 && outer > 300;
        last = outer;
        return stable;
      },
      { timeout: 10_000, interval: 200 },
    )
    .toBe(true);
  return last;
}

/** No scroll bar inside the frame, either way, and the frame fills the parent's width. */
async function expectNoInnerScroll(page: Page, frame: Frame, width: number) {
  const m = await metrics(frame);
  expect(m.scrollHeight, "no vertical scrolling inside the frame").toBeLessThanOrEqual(m.clientHeight + 1);
  expect(m.scrollWidth, "no horizontal scrolling inside the frame").toBeLessThanOrEqual(m.clientWidth);
  expect(m.clientWidth, "the embed fills the frame's width").toBe(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no horizontal scrolling in the parent").toBeLessThanOrEqual(width);
}

describe("the embed layout (?embed=1)", () => {
  it("shows, top to bottom, the title, one line of context, the map, its legend, the panel's parts as closed sections and a credit line", async () => {
    const { page, errors } = await shared.open("./?embed=1", { width: 375, height: 700 });
    await page.locator("svg [data-iso]").first().waitFor();
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    const order = [
      await top("h1"),
      await top(".context"),
      await top("svg.map-svg"),
      await top(".legend"),
      await top("details.panel-section"),
      await top(".embed-credit"),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order[0], "nothing above the heading").toBeLessThan(24);
    expect(await page.locator("h1").textContent()).toBe("48 nations condemn North Korea's supply of ballistic missiles to Russia");
    expect(await page.locator(".context").textContent()).toBe(
      "48 countries and the EU signed on 10 January 2024; Micronesia and Paraguay joined on 12 January 2024",
    );
    const sections = page.locator("details.panel-section");
    expect(await sections.locator("summary h2").evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent))).toEqual([
      en.claimsHeading,
      en.signatoriesHeading,
      en.textHeading,
      en.groupsHeading,
    ]);
    expect(await sections.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, false, false]);
    expect(await page.locator(".embed-credit").textContent()).toMatch(/Source: dpa-AFX.*Natural Earth.*Open the full map/);
    expect(await page.getByRole("button", { name: en.embedButton }).count()).toBe(0);
    expect(await page.getByRole("button", { name: en.copyLink }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  /** Each closed section's heading: its box, its line height, and the section's box (issue #27 item 5). */
  const closedHeadings = (page: Page) =>
    page.locator("details.panel-section:not([open])").evaluateAll((sections) =>
      sections.map((section) => {
        const heading = section.querySelector("summary h2")!;
        const box = section.getBoundingClientRect();
        return {
          text: heading.textContent,
          height: heading.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(heading).lineHeight),
          left: box.left,
          top: box.top,
          width: box.width,
        };
      }),
    );

  // Issue #27: at 375 px two closed sections side by side broke "The statement / as published" and "Who did not / sign".
  it.each(Object.keys(catalogues))("keeps each closed section's heading on one line at 375 px (%s)", async (lang) => {
    const { page, context, errors } = await openPage(browser, `./?embed=1&lang=${lang}`, { width: 375, height: 700 });
    await page.locator("html[data-live]").waitFor();
    await expect.poll(() => page.locator("summary h2").first().textContent()).toContain(catalogues[lang]!.claimsHeading);
    const headings = await closedHeadings(page);
    expect(headings).toHaveLength(4);
    for (const heading of headings) expect(heading.height, heading.text!).toBeCloseTo(heading.lineHeight, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sets closed sections two to a row, in equal halves, where their headings fit (700 px)", async () => {
    const { page, context, errors } = await openPage(browser, "./?embed=1", { width: 700, height: 800 });
    await page.locator("html[data-live]").waitFor();
    const [a, b, c, d] = await closedHeadings(page);
    expect([a!.top, c!.top]).toEqual([b!.top, d!.top]);
    expect(b!.left).toBeGreaterThan(a!.left + a!.width);
    expect(Math.abs(a!.width - b!.width)).toBeLessThan(1);
    for (const heading of [a, b, c, d]) expect(heading!.height, heading!.text!).toBeCloseTo(heading!.lineHeight, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens and closes a section by its heading from the keyboard, and focus never lands inside a closed one", async () => {
    const { page, errors } = await shared.open("./?embed=1", { width: 375, height: 700 });
    await page.locator("svg [data-iso]").first().waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        return el.closest("details:not([open]) > :not(summary)")
          ? "inside a closed section"
          : el.tagName === "SUMMARY"
            ? `summary:${el.textContent}`
            : el.tagName;
      });
      stops.push(where);
    }
    expect(stops).not.toContain("inside a closed section");
    expect(new Set(stops.filter((stop) => stop.startsWith("summary:"))).size).toBe(4);
    const summary = page.locator("details[data-section=signatories] > summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("details[data-section=signatories]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("details[data-section=signatories]"))).toBe(true);
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("details[data-section=signatories]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(errors).toEqual([]);
  });

  it("says what a country chosen on the map did right under the map, without opening the list", async () => {
    const { page, errors } = await shared.open("./?embed=1", { width: 375, height: 700 });
    const australia = (await page.locator('svg path[data-iso="AU"]').boundingBox())!;
    await page.mouse.click(australia.x + australia.width * 0.45, australia.y + australia.height * 0.4);
    const note = page.locator(".selection-note");
    await expect.poll(() => note.textContent()).toBe("Australia signed on 10 January 2024, listed as “Australia”.");
    const map = (await page.locator("svg.map-svg").boundingBox())!;
    const noteBox = (await note.boundingBox())!;
    expect(noteBox.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(noteBox.y).toBeLessThan((await page.locator(".legend").boundingBox())!.y);
    expect(await page.locator("details[data-section=signatories]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // A country that did not sign is told so, with the organisation that speaks for it. (At phone
    // width Hungary lies under Croatia's dot; on a wide embed it is big enough to point at.)
    await page.setViewportSize({ width: 1200, height: 800 });
    // The markers follow the new width a frame or two later: point at Hungary once Croatia is drawn
    // as land again (no dot of hers) and nothing lies over Hungary's middle.
    const middleOfHungary = () =>
      page.evaluate(() => {
        // Croatia's dot on the world view (the inset may keep one of its own).
        if ([...document.querySelectorAll('svg .marker[data-iso="HR"]')].some((marker) => !marker.closest("g[data-inset]"))) return null;
        const box = document.querySelector('svg path[data-iso="HU"]')!.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        return document.elementFromPoint(x, y)?.getAttribute("data-iso") === "HU" ? { x, y } : null;
      });
    await expect.poll(middleOfHungary).not.toBeNull();
    const hungary = (await middleOfHungary())!;
    await page.mouse.click(hungary.x, hungary.y);
    await expect
      .poll(() => note.textContent())
      .toBe("Hungary did not sign. It is a member of the EU, which signed as “the High Representative of the European Union”.");
    expect(errors).toEqual([]);
  });

  it("opens the statement when a claim is chosen, marks its quote and brings it into view", async () => {
    const { page, errors } = await shared.open("./?embed=1", { width: 375, height: 700 });
    await page.locator("details[data-section=claims] > summary").click();
    await page.getByRole("button", { name: /US and South Korean national security chiefs/ }).click();
    await expect.poll(() => page.locator("details[data-section=text]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const mark = page.locator(".statement-text mark");
    await expect.poll(() => mark.textContent()).toContain("Jake Sullivan spoke with Director Chang Hojin");
    expect(errors).toEqual([]);
  });

  it("keeps every section open with panel=open and leaves the panel out with panel=none", async () => {
    const { page, errors } = await shared.open("./?embed=1&panel=open", { width: 375, height: 700 });
    await page.locator("svg [data-iso]").first().waitFor();
    expect(await page.locator("details.panel-section[open]").count()).toBe(4);
    await page.goto(new URL("./?embed=1&panel=none", baseUrl()).href);
    await page.locator("svg [data-iso]").first().waitFor();
    expect(await page.getByRole("complementary").isVisible()).toBe(false);
    for (const selector of ["h1", ".context", "svg.map-svg", ".legend", ".embed-credit"]) expect(await page.locator(selector).isVisible(), selector).toBe(true);
    expect(errors).toEqual([]);
  });

  it("sizes nothing by the viewport: a taller window leaves the content's height as it is", async () => {
    const { page } = await shared.open("./?embed=1", { width: 1200, height: 600 });
    await page.locator(".embed-credit").waitFor();
    const height = () => page.evaluate(() => Math.ceil(document.querySelector(".app")!.getBoundingClientRect().height));
    const before = await height();
    await page.setViewportSize({ width: 1200, height: 3000 });
    await expect.poll(height).toBe(before);
  });
});

/** Sums the layout shifts the frame records (a PerformanceObserver started before any of its scripts). */
const LAYOUT_SHIFTS = () => {
  const shifts: number[] = [];
  (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: "layout-shift", buffered: true });
};

describe("the compact embed in a real pym.js parent", () => {
  // Issue #10: a headline, a map and a legend on one phone screen; with the inset below the world,
  // at most 800 px at 375 and 700 (issue #22). At 320 px each closed section's heading takes a row
  // of its own, so that none breaks over two lines (issue #27): 4 rows of 41 px.
  const LIMITS: Record<number, number> = { 320: 820, 375: 800, 700: 800 };
  for (const width of [320, 375, 700, 1200]) {
    it(`settles at a compact height at ${width} px, reports it from the first message, and nothing shifts`, async () => {
      const { context, errors } = await openContext(browser, { viewport: { width, height: 800 } });
      await context.addInitScript(LAYOUT_SHIFTS);
      const page = await context.newPage();
      await page.goto(parents.page(`/compact-${width}.html`, fixture("pym-parent.html", { SRC: appUrl("./?embed=1") })));
      const frame = await appFrame(page);
      const height = await settled(page, frame);
      await expectNoInnerScroll(page, frame, width);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      const limit = LIMITS[width];
      if (limit) {
        expect(height).toBeLessThanOrEqual(limit);
        expect(Math.max(...heights), "no message ever reports the long layout").toBeLessThanOrEqual(limit);
      }
      expect(heights[0], "the first height is already the settled one").toBe(height);
      expect(await frame.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0))).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("grows the frame when a section opens and shrinks it back when it closes, one message each", async () => {
    const { page, errors } = await openParent(parents.page("/sections.html", fixture("pym-parent.html", { SRC: appUrl("./?embed=1") })), 375);
    const frame = await appFrame(page);
    const closed = await settled(page, frame);
    const count = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length);
    const before = await count();
    await frame.locator("details[data-section=claims] > summary").click();
    const open = await settled(page, frame);
    expect(open).toBeGreaterThan(closed + 200);
    expect(await count()).toBe(before + 1);
    await frame.locator("details[data-section=claims] > summary").click();
    expect(await settled(page, frame)).toBe(closed);
    expect(await count()).toBe(before + 2);
    expect(errors).toEqual([]);
  });

  it("asks the article to scroll to a chosen claim's quote when it is below the fold", async () => {
    const { page, errors } = await openParent(parents.page("/scroll.html", fixture("pym-parent.html", { SRC: appUrl("./?embed=1") })), 375, 700);
    const frame = await appFrame(page);
    await settled(page, frame);
    await frame.locator("details[data-section=claims] > summary").click();
    await settled(page, frame);
    // The last claim quotes the last paragraph, far below the article's window once the text opens.
    await frame.getByRole("button", { name: /US and South Korean national security chiefs/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { scrolls: number[] }).scrolls.length)).toBe(1);
    const [asked] = await page.evaluate(() => (window as unknown as { scrolls: number[] }).scrolls);
    const markTop = await frame.locator(".statement-text mark").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(asked).toBeGreaterThan(markTop - 120);
    expect(asked).toBeLessThanOrEqual(markTop);
    // pym's parent scrolled the article there: the quote is in the reader's window.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const frameTop = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().top);
    expect(frameTop + markTop).toBeGreaterThanOrEqual(0);
    expect(frameTop + markTop).toBeLessThan(700);
    expect(errors).toEqual([]);
  });
});

describe("an AMP-style parent on another origin", () => {
  for (const width of WIDTHS) {
    it(`resizes the frame to its content at ${width} px, with no scroll bars inside`, async () => {
      const url = parents.page(`/amp-${width}.html`, fixture("amp-parent.html", { SRC: appUrl("./?embed=1") }));
      const { page, errors } = await openParent(url, width);
      const frame = await appFrame(page);
      const height = await settled(page, frame);
      await expectNoInnerScroll(page, frame, width);
      const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      // AMP's message always; no pym.js message without a childId.
      expect(received.length).toBeGreaterThan(0);
      expect(received.every((data) => typeof data === "object")).toBe(true);
      expect(received.at(-1)).toEqual({ sentinel: "amp", type: "embed-size", height });
      expect(height).toBe(await frame.evaluate(() => document.documentElement.scrollHeight));
      // Settled means settled: no message loop that keeps growing the frame.
      const count = received.length;
      await page.waitForTimeout(600);
      expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBe(count);
      expect(errors).toEqual([]);
    });
  }

  it("follows the content when the parent narrows and widens the frame, both ways", async () => {
    const url = parents.page("/amp-resize.html", fixture("amp-parent.html", { SRC: appUrl("./?embed=1") }));
    const { page, errors } = await openParent(url, 1200);
    const frame = await appFrame(page);
    const wide = await settled(page, frame);
    await page.setViewportSize({ width: 320, height: 800 });
    const narrow = await settled(page, frame);
    expect(narrow).not.toBe(wide);
    await expectNoInnerScroll(page, frame, 320);
    await page.setViewportSize({ width: 1200, height: 800 });
    // Back to the wide height: a frame that grew also shrinks (the root's scrollHeight alone never would).
    expect(Math.abs((await settled(page, frame)) - wide)).toBeLessThanOrEqual(1);
    await expectNoInnerScroll(page, frame, 1200);
    expect(errors).toEqual([]);
  });
});

describe("a pym.js parent on another origin", () => {
  for (const width of WIDTHS) {
    it(`gets pym's height messages and sizes the frame at ${width} px, with no scroll bars inside`, async () => {
      const url = parents.page(`/pym-${width}.html`, fixture("pym-parent.html", { SRC: appUrl("./?embed=1") }));
      const { page, errors } = await openParent(url, width);
      const frame = await appFrame(page);
      // pym.Parent adds childId (and initialWidth, parentUrl…) to the frame's URL.
      expect(new URL(frame.url()).searchParams.get("childId")).toBe("map");
      const height = await settled(page, frame);
      await expectNoInnerScroll(page, frame, width);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(heights.at(-1)).toBe(height);
      expect(errors).toEqual([]);
    });
  }

  it("answers pym's width message from its parent by sending the height again", async () => {
    const url = parents.page("/pym-width.html", fixture("pym-parent.html", { SRC: appUrl("./?embed=1") }));
    const { page } = await openParent(url, 700);
    const frame = await appFrame(page);
    await settled(page, frame);
    const count = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length);
    const before = await count();
    await page.evaluate(() => (window as unknown as { pymParent: { sendWidth(): void } }).pymParent.sendWidth());
    await expect.poll(count).toBe(before + 1);
  });
});

describe("messages the embedded page receives", () => {
  it("never throws on junk, from its parent or from another window, and acts only on pym's width from its parent", async () => {
    const url = parents.page("/junk.html", fixture("junk-parent.html", { SRC: appUrl("./?embed=1&childId=map") }));
    const { page, errors } = await openParent(url, 700);
    const frame = await appFrame(page, "#app");
    await settled(page, frame, "#app");
    const heightMessages = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received.filter((data) => typeof data === "string").length);
    const before = await heightMessages();
    const sendJunk = () =>
      page.evaluate(() => {
        const target = (document.getElementById("app") as HTMLIFrameElement).contentWindow!;
        const junk: unknown[] = [
          "",
          "hello",
          "pymxPYMx",
          "pymxPYMxmapxPYMxwidthxPYMx",
          "pymxPYMxmapxPYMxwidthxPYMxNaN",
          "pymxPYMxotherxPYMxwidthxPYMx500",
          "pymxPYMxmapxPYMxheightxPYMx99999",
          "x".repeat(2_000_000),
          "pymxPYMxmapxPYMxwidthxPYMx" + "9".repeat(100_000),
          null,
          undefined,
          0,
          -1,
          true,
          {},
          [],
          [1, 2, 3],
          { sentinel: "amp", type: "embed-size", height: 5 },
          { type: "width", width: 300 },
          { toString: "not a function" },
          new Date(0),
          new Uint8Array(16),
          { data: { deeply: { nested: ["pymxPYMxmapxPYMxwidthxPYMx500"] } } },
        ];
        for (const data of junk) target.postMessage(data, "*");
      });
    await sendJunk();
    await page.waitForTimeout(400);
    expect(await heightMessages(), "junk from the parent triggers no height message").toBe(before);

    // pym's width message, from another window (a sibling frame): ignored.
    await frame
      .page()
      .frames()
      .find((f) => f.url().endsWith("/other.html"))!
      .evaluate(() => {
        const app = (window.parent.document.getElementById("app") as HTMLIFrameElement).contentWindow!;
        app.postMessage("pymxPYMxmapxPYMxwidthxPYMx500", "*");
        app.postMessage("x".repeat(1_000_000), "*");
        app.postMessage(null, "*");
        app.postMessage({ sentinel: "amp" }, "*");
      });
    await page.waitForTimeout(400);
    expect(await heightMessages(), "a width message from another window is ignored").toBe(before);

    // The same width message from the parent: the height comes again.
    await page.evaluate(() => (document.getElementById("app") as HTMLIFrameElement).contentWindow!.postMessage("pymxPYMxmapxPYMxwidthxPYMx500", "*"));
    await expect.poll(heightMessages).toBe(before + 1);
    // Still working, still the map.
    expect(await frame.locator("svg [data-iso]").count()).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe("the Embed control", () => {
  it("gives a responsive code and a fixed one, with the current statement, country and language", async () => {
    const { page, errors } = await shared.open("./?lang=de&country=FR", { width: 1280, height: 800 });
    // A click lands once the page is live (a German page hydrates once its language has loaded).
    await page.locator("html[data-live]").waitFor();
    // Choose another country: the codes carry the selection of the moment.
    await page.locator('.signatories [data-iso="DE"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("DE");
    await page.getByRole("button", { name: de.embedButton }).click();
    const dialog = page.getByRole("dialog", { name: de.embedTitle });
    await dialog.waitFor();
    const responsive = await dialog.getByRole("textbox", { name: de.embedResponsive }).inputValue();
    const fixed = await dialog.getByRole("textbox", { name: de.embedFixed }).inputValue();
    for (const code of [responsive, fixed]) {
      expect(code).toMatch(/^<iframe /);
      // The statement's own page (#13), not the root with ?statement=.
      expect(code).toContain(`src="${appUrl("./s/dprk-russia-missiles-2024/")}?embed=1&amp;country=DE&amp;lang=de`);
      expect(code).toContain('title="Karte: 48 nations condemn');
    }
    // The loader by its content-hashed name, with its integrity hash (#15; hardening.test.ts checks the hash).
    expect(responsive).toMatch(
      new RegExp(
        `<script src="${appUrl("./assets/embed-").replace(/[.?]/g, "\\$&")}[\\w-]+\\.js" integrity="sha384-[\\w+/=]+" crossorigin="anonymous" async></script>$`,
      ),
    );
    expect(fixed).not.toContain("<script");
    expect(fixed).toMatch(/height="\d+"/);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("lets the editor choose the panel and the theme, previews the embed and puts its measured height in the code", async () => {
    const { page, errors } = await shared.open("./?theme=dark", { width: 1280, height: 800 });
    await page.getByRole("button", { name: en.embedButton }).click();
    const dialog = page.getByRole("dialog", { name: en.embedTitle });
    const code = () => dialog.getByRole("textbox", { name: en.embedResponsive }).inputValue();
    // The theme the editor sees is the default, and the code carries it (issue #17).
    expect(await dialog.getByRole("radio", { name: en.themeDark }).isChecked()).toBe(true);
    expect(await code()).toContain("theme=dark");
    await dialog.getByRole("radio", { name: en.embedThemeReader }).check();
    expect(await code()).not.toContain("theme=");
    await dialog.getByRole("radio", { name: en.themeLight }).check();
    expect(await code()).toContain("theme=light");
    // At 375 px, each panel choice gives its own height, measured from the preview and put in the code.
    const measured = async () => {
      const reported = async () =>
        Number(/^At 375 px wide, the embed is (\d+) px tall/.exec((await dialog.locator(".embed-height").textContent()) ?? "")?.[1] ?? NaN);
      let last = NaN;
      // Settled: the same height twice in a row, and the code carries it.
      await expect
        .poll(
          async () => {
            const now = await reported();
            const stable = now === last && (await code()).includes(`height="${now}"`);
            last = now;
            return stable;
          },
          { timeout: 10_000, interval: 300 },
        )
        .toBe(true);
      return last;
    };
    await dialog.getByRole("radio", { name: "375 px" }).check();
    const closed = await measured();
    expect(closed).toBeLessThanOrEqual(800);
    await dialog.getByRole("radio", { name: en.embedPanelNone }).check();
    expect(await code()).toContain("panel=none");
    const none = await measured();
    await dialog.getByRole("radio", { name: en.embedPanelOpen }).check();
    const open = await measured();
    expect(none).toBeLessThan(closed);
    expect(open).toBeGreaterThan(closed);
    expect(errors).toEqual([]);
  });

  it("copies a code and says so politely", async () => {
    const { page, context } = await openPage(browser, "./?country=DE", { width: 1280, height: 800 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl()).origin });
    await page.getByRole("button", { name: en.embedButton }).click();
    const dialog = page.getByRole("dialog", { name: en.embedTitle });
    // The code's height follows the live preview: copy once it has settled.
    const code = () => dialog.getByRole("textbox", { name: en.embedFixed }).inputValue();
    let last = "";
    await expect
      .poll(
        async () => {
          const now = await code();
          const stable = now === last;
          last = now;
          return stable;
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(true);
    await dialog.getByRole("button", { name: en.copyFixed }).click();
    await expect.poll(() => dialog.locator(".share-status").textContent()).toBe(en.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByRole("textbox", { name: en.embedFixed }).inputValue());
    await context.close();
  });

  it("makes a responsive code that works pasted into an article on another origin", async () => {
    const { page: full } = await shared.open("./?country=UA&lang=fr", { width: 1280, height: 800 });
    await full.getByRole("button", { name: catalogues.fr!.embedButton }).click();
    const snippet = await full.getByRole("textbox", { name: catalogues.fr!.embedResponsive }).inputValue();
    for (const width of [320, 1200]) {
      const url = parents.page(`/article-${width}.html`, fixture("snippet-parent.html", { SNIPPET: snippet }));
      const { page, errors } = await openParent(url, width);
      const frame = await appFrame(page, "iframe[data-signatory-map]");
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe("fr");
      await expect.poll(() => frame.locator('.signatories [data-iso="UA"] button').getAttribute("aria-pressed")).toBe("true");
      const height = await settled(page, frame, "iframe[data-signatory-map]");
      expect(height).toBeGreaterThan(400);
      await expectNoInnerScroll(page, frame, width);
      // The article's text after the map sits right below the frame.
      const frameBox = (await page.locator("iframe").boundingBox())!;
      expect((await page.locator("#after").boundingBox())!.y).toBeCloseTo(frameBox.y + frameBox.height, 0);
      expect(errors).toEqual([]);
    }
  });

  it("offers a third code, the picture: map.png with the map's description as its alt text, linked to the page, showing in an article on another origin", async () => {
    const {
      page: full,
      context: fullContext,
      errors: fullErrors,
    } = await openPage(browser, "./s/pacific-islands-forum-retreat-2023/?lang=de", {
      width: 1280,
      height: 800,
    });
    await full.getByRole("button", { name: de.embedButton }).click();
    const snippet = await full.getByRole("textbox", { name: de.embedPicture }).inputValue();
    const description = await full.locator("figure.map > p.visually-hidden").textContent();
    expect(fullErrors).toEqual([]);
    await fullContext.close();
    expect(description).toMatch(/^Unterzeichnet am 24\. Februar 2023: 16 Staaten und 2 Gebiete – ganz Ozeanien/);

    const url = parents.page("/article-picture.html", fixture("snippet-parent.html", { SNIPPET: snippet }));
    const { page, errors } = await openParent(url, 700);
    const picture = page.getByRole("img", { name: description! });
    await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1280);
    // Laid out at the column's width, never wider than the article.
    expect((await picture.boundingBox())!.width).toBe(640);
    expect(await page.getByRole("link").getAttribute("href")).toBe(appUrl("./s/pacific-islands-forum-retreat-2023/?lang=de"));
    expect(errors).toEqual([]);
  });

  it("offers no picture for two statements compared, which no picture shows", async () => {
    const { page, context, errors } = await openPage(browser, "./?compare=global-methane-pledge-2021", { width: 1280, height: 800 });
    await page.getByRole("button", { name: en.embedButton }).click();
    await page.getByRole("textbox", { name: en.embedFixed }).waitFor();
    expect(await page.getByRole("textbox", { name: en.embedPicture }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers a transparent background, through which the article's own shows; without it the map keeps its own", async () => {
    const { page: full } = await shared.open("./", { width: 1280, height: 800 });
    await full.getByRole("button", { name: en.embedButton }).click();
    const dialog = full.getByRole("dialog", { name: en.embedTitle });
    const code = () => dialog.getByRole("textbox", { name: en.embedResponsive }).inputValue();
    await dialog.getByRole("radio", { name: en.themeLight }).check();
    const own = await code();
    expect(own).not.toContain("bg=");
    await dialog.getByRole("radio", { name: en.embedBackgroundTransparent }).check();
    const transparent = await code();
    expect(transparent).toContain("bg=transparent");
    // A beige article: the pixel just inside the frame's corner, in the embed's margin, is the article's or the map's own.
    const ARTICLE_BG = [0xe6, 0xdc, 0xcb];
    const cornerOf = async (snippet: string, name: string) => {
      const html = fixture("snippet-parent.html", { SNIPPET: `<style>body { background: rgb(${ARTICLE_BG.join(" ")}); }</style>${snippet}` });
      const { page, errors } = await openParent(parents.page(`/${name}.html`, html), 700);
      await appFrame(page, "iframe[data-signatory-map]");
      const box = (await page.locator("iframe").boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 1, height: 1 } }));
      expect(errors).toEqual([]);
      return [...png.data.subarray(0, 3)];
    };
    expect(await cornerOf(transparent, "transparent")).toEqual(ARTICLE_BG);
    expect(await cornerOf(own, "own")).toEqual([0xfa, 0xfa, 0xf8]);
  });

  it("still resizes the frame when a CMS has dropped its data-signatory-map marker", async () => {
    const html = fixture("snippet-parent.html", {
      SNIPPET: embedCodes(baseUrl(), { statement: "dprk-russia-missiles-2024", country: null, lang: "en", theme: null }, "Map", {
        panel: "closed",
        theme: null,
      }).responsive.replace(" data-signatory-map", ""),
    });
    expect(html).not.toContain("data-signatory-map");
    const { page, errors } = await openParent(parents.page("/unmarked.html", html), 700);
    const frame = await appFrame(page);
    // The code's first height (560) is a guess; the frame takes the page's own.
    expect(await settled(page, frame)).not.toBe(560);
    await expectNoInnerScroll(page, frame, 700);
    expect(errors).toEqual([]);
  });

  it("ignores height messages from a window that is not its frame, and from the wrong origin", async () => {
    const src = appUrl("./?embed=1");
    const html = fixture("snippet-parent.html", {
      SNIPPET: `<iframe src="${src}" data-signatory-map title="Map" height="300"></iframe><iframe id="impostor" title="Other" src="/other.html"></iframe><script src="${appUrl("./embed.js")}" async></script>`,
    });
    const { page, errors } = await openParent(parents.page("/impostor.html", html), 700);
    const frame = await appFrame(page, "iframe[data-signatory-map]");
    const height = await settled(page, frame, "iframe[data-signatory-map]");
    // A sibling window claims a height: the map's frame keeps its own.
    await page
      .frames()
      .find((f) => f.url().endsWith("/other.html"))!
      .evaluate(() => {
        window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: 77 }, "*");
        window.parent.postMessage("pymxPYMxmapxPYMxheightxPYMx77", "*");
      });
    // The parent page posting to itself (its own origin, not the frame's): ignored too.
    await page.evaluate(() => window.postMessage({ sentinel: "amp", type: "embed-size", height: 66 }, "*"));
    await page.waitForTimeout(300);
    expect(await page.locator("iframe[data-signatory-map]").evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
    expect(errors).toEqual([]);
  });
});

describe("Copy link", () => {
  it("copies a link to the current view and says Copied", async () => {
    const { page, context, errors } = await openPage(browser, "./?lang=de", { width: 1280, height: 800 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl()).origin });
    // A click lands once the page is live (a German page hydrates once its language has loaded).
    await page.locator("html[data-live]").waitFor();
    await page.locator('.signatories [data-iso="PL"] button').click();
    await page.getByRole("button", { name: de.copyLink }).click();
    await expect.poll(() => page.locator(".share").getByRole("status").textContent()).toBe(de.copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get("country")).toBe("PL");
    expect(new URL(link).searchParams.get("lang")).toBe("de");
    expect(new URL(link).pathname).toBe("/s/dprk-russia-missiles-2024/");
    // The link opens on the same view.
    const { page: opened, context: openedContext } = await openPage(browser, link);
    await expect.poll(() => opened.locator('.signatories [data-iso="PL"] button').getAttribute("aria-pressed")).toBe("true");
    expect(await opened.evaluate(() => document.documentElement.lang)).toBe("de");
    await openedContext.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the link selected, to copy by hand, where the Clipboard API is missing", async () => {
    const { context, errors } = await openContext(browser, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    const page = await context.newPage();
    await page.goto(appUrl("./?country=DE"));
    await page.locator("svg [data-iso]").first().waitFor();
    await page.getByRole("button", { name: en.copyLink }).click();
    const field = page.getByRole("textbox", { name: en.linkLabel });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(new URL(await field.inputValue()).searchParams.get("country")).toBe("DE");
    await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
    expect(await page.locator(".share").getByRole("status").textContent()).toBe(en.copyFallback);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("themes", () => {
  /** The page's background and text colours' luminance, to tell light from dark. */
  const colours = (page: Page) =>
    page.evaluate(() => {
      const lum = (css: string) => {
        const [r, g, b] = css
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      const root = getComputedStyle(document.documentElement);
      const panel = getComputedStyle(document.querySelector(".panel")!);
      return {
        background: lum(root.backgroundColor),
        text: lum(root.color),
        panel: lum(panel.backgroundColor),
        theme: document.documentElement.dataset.theme ?? null,
      };
    });

  it("theme=dark applies the dark colours, whatever the system prefers", async () => {
    const { page, errors } = await shared.open("./?theme=dark");
    await page.locator(".panel").waitFor();
    const dark = await colours(page);
    expect(dark.theme).toBe("dark");
    expect(dark.background).toBeLessThan(0.2);
    expect(dark.panel).toBeLessThan(0.2);
    expect(dark.text).toBeGreaterThan(0.8);
    expect(
      await page
        .locator('svg [data-iso="UA"]')
        .first()
        .evaluate((el) => getComputedStyle(el).fill),
    ).toBe("rgb(208, 231, 250)");
    expect(errors).toEqual([]);
  });

  it("follows the system setting with no theme, and theme=light overrides a dark system", async () => {
    const { context } = await openContext(browser, { viewport: { width: 1280, height: 800 }, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(appUrl("./"));
    expect((await colours(page)).background).toBeLessThan(0.2);
    await page.goto(appUrl("./?theme=light"));
    expect((await colours(page)).background).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(appUrl("./"));
    expect((await colours(page)).background).toBeGreaterThan(0.9);
    await context.close();
  });

  it("a bad theme value shows a message and the page goes on in the system's theme", async () => {
    const { page, errors } = await shared.open("./?theme=purple&country=DE");
    const notice = page.getByRole("status").filter({ hasText: "theme=purple" });
    await expect.poll(() => notice.textContent()).toContain(`theme=purple: ${en.themeProblem}`);
    expect((await colours(page)).theme).toBeNull();
    await expect.poll(() => page.locator('.signatories [data-iso="DE"] button').getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
  });
});

describe("deep links", () => {
  it("restore the statement, country, language and theme, in embed mode too", async () => {
    const { page, errors } = await shared.open("./?embed=1&statement=dprk-russia-missiles-2024&country=PL&lang=uk&theme=dark", {
      width: 700,
      height: 800,
    });
    await expect.poll(() => page.locator('.signatories [data-iso="PL"] button').getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(["uk", "dark"]);
    await page.locator(".embed-credit").waitFor();
    // The selection changes in place, with no new history entry.
    const length = await page.evaluate(() => history.length);
    await page.locator("details[data-section=signatories] > summary").click();
    await page.locator('.signatories [data-iso="DE"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("DE");
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    expect(errors).toEqual([]);
  });
});

describe("printing", () => {
  it("prints the map and legend with the panel below, and no controls", async () => {
    const { page, errors } = await shared.open("./?country=DE&theme=dark", { width: 1000, height: 800 });
    await page.getByRole("button", { name: en.embedButton }).waitFor();
    await page.emulateMedia({ media: "print" });
    for (const selector of [".share", ".map-controls", ".search", ".group-toggle"]) {
      const visible = await page.locator(selector).evaluateAll((els) => els.some((el) => el.getClientRects().length > 0));
      expect(visible, `${selector} is not printed`).toBe(false);
    }
    expect(await page.locator(".legend").isVisible()).toBe(true);
    const map = (await page.locator("figure.map").boundingBox())!;
    const panel = (await page.getByRole("complementary").boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(await page.locator("figure.map").evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    // On paper the text is dark on white, even with theme=dark.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).color)).toBe("rgb(29, 29, 27)");
    // On A4 (about 718 x 1047 CSS px inside 1 cm margins) the map and its legend fit on one page.
    await page.setViewportSize({ width: 718, height: 1047 });
    expect((await page.locator("figure.map").boundingBox())!.height).toBeLessThan(1047);
    const pdf = await page.pdf({ format: "A4", margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" } });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });
});

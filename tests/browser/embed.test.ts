// Embedding (#5): real parent pages on another origin (fixtures/parentServer.ts) frame the built
// app; the frame must follow the content's height with no scroll bars inside, whatever the width.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { embedCodes } from "../../src/embed/embedCode";
import { catalogues } from "../../src/i18n/catalogues";
import { baseUrl, launch, openPage } from "./browser";
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

/** Opens a parent page at `width` with console errors of every frame collected. */
async function openParent(url: string, width: number, height = 800) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(`${message.location().url}: ${message.text()}`));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, context, errors };
}

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
  const frameHeight = () => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().height);
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
  it("shows the map first, a credit line with the statement's source and Natural Earth, and no share controls", async () => {
    const { page, context, errors } = await openPage(browser, "./?embed=1", { width: 700, height: 600 });
    await expect.poll(() => page.locator(".embed-credit").count()).toBe(1);
    const credit = page.locator(".embed-credit");
    expect(await credit.textContent()).toMatch(/Source: dpa-AFX.*Natural Earth/);
    expect(await credit.isVisible()).toBe(true);
    const map = (await page.locator("figure.map").boundingBox())!;
    const creditBox = (await credit.boundingBox())!;
    const panel = (await page.getByRole("complementary").boundingBox())!;
    expect(creditBox.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(panel.y).toBeGreaterThanOrEqual(creditBox.y + creditBox.height - 1);
    expect(await page.getByRole("button", { name: en.embedButton }).count()).toBe(0);
    expect(await page.getByRole("button", { name: en.copyLink }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sizes nothing by the viewport: a taller window leaves the content's height as it is", async () => {
    const { page, context } = await openPage(browser, "./?embed=1", { width: 1200, height: 600 });
    await page.locator(".embed-credit").waitFor();
    const height = () => page.evaluate(() => Math.ceil(document.querySelector(".app")!.getBoundingClientRect().height));
    const before = await height();
    await page.setViewportSize({ width: 1200, height: 3000 });
    await expect.poll(height).toBe(before);
    // Wide: the panel beside the map, not squeezed into the window's height.
    const map = (await page.locator("figure.map").boundingBox())!;
    const panel = (await page.getByRole("complementary").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(await page.getByRole("complementary").evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await context.close();
  });
});

describe("an AMP-style parent on another origin", () => {
  for (const width of WIDTHS) {
    it(`resizes the frame to its content at ${width} px, with no scroll bars inside`, async () => {
      const url = parents.page(`/amp-${width}.html`, fixture("amp-parent.html", { SRC: appUrl("./?embed=1") }));
      const { page, context, errors } = await openParent(url, width);
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
      await context.close();
    });
  }

  it("follows the content when the parent narrows and widens the frame, both ways", async () => {
    const url = parents.page("/amp-resize.html", fixture("amp-parent.html", { SRC: appUrl("./?embed=1") }));
    const { page, context, errors } = await openParent(url, 1200);
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
    await context.close();
  });
});

describe("a pym.js parent on another origin", () => {
  for (const width of WIDTHS) {
    it(`gets pym's height messages and sizes the frame at ${width} px, with no scroll bars inside`, async () => {
      const url = parents.page(`/pym-${width}.html`, fixture("pym-parent.html", { SRC: appUrl("./?embed=1") }));
      const { page, context, errors } = await openParent(url, width);
      const frame = await appFrame(page);
      // pym.Parent adds childId (and initialWidth, parentUrl…) to the frame's URL.
      expect(new URL(frame.url()).searchParams.get("childId")).toBe("map");
      const height = await settled(page, frame);
      await expectNoInnerScroll(page, frame, width);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(heights.at(-1)).toBe(height);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("answers pym's width message from its parent by sending the height again", async () => {
    const url = parents.page("/pym-width.html", fixture("pym-parent.html", { SRC: appUrl("./?embed=1") }));
    const { page, context } = await openParent(url, 700);
    const frame = await appFrame(page);
    await settled(page, frame);
    const count = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length);
    const before = await count();
    await page.evaluate(() => (window as unknown as { pymParent: { sendWidth(): void } }).pymParent.sendWidth());
    await expect.poll(count).toBe(before + 1);
    await context.close();
  });
});

describe("messages the embedded page receives", () => {
  it("never throws on junk, from its parent or from another window, and acts only on pym's width from its parent", async () => {
    const url = parents.page("/junk.html", fixture("junk-parent.html", { SRC: appUrl("./?embed=1&childId=map") }));
    const { page, context, errors } = await openParent(url, 700);
    const frame = await appFrame(page, "#app");
    await settled(page, frame, "#app");
    const heightMessages = () =>
      page.evaluate(() => (window as unknown as { received: unknown[] }).received.filter((data) => typeof data === "string").length);
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
    await frame.page().frames().find((f) => f.url().endsWith("/other.html"))!.evaluate(() => {
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
    await context.close();
  });
});

describe("the Embed control", () => {
  it("gives a responsive code and a fixed one, with the current statement, country and language", async () => {
    const { page, context, errors } = await openPage(browser, "./?lang=de&country=FR", { width: 1280, height: 800 });
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
      expect(code).toContain("embed=1&amp;statement=dprk-russia-missiles-2024&amp;country=DE&amp;lang=de");
      expect(code).toContain('title="48 nations condemn');
    }
    expect(responsive).toContain(`<script src="${appUrl("./embed.js")}" async></script>`);
    expect(fixed).not.toContain("<script");
    expect(fixed).toMatch(/height="\d+"/);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("copies a code and says so politely", async () => {
    const { page, context } = await openPage(browser, "./?country=DE", { width: 1280, height: 800 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl()).origin });
    await page.getByRole("button", { name: en.embedButton }).click();
    const dialog = page.getByRole("dialog", { name: en.embedTitle });
    await dialog.getByRole("button", { name: en.copyFixed }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe(en.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByRole("textbox", { name: en.embedFixed }).inputValue());
    await context.close();
  });

  it("makes a responsive code that works pasted into an article on another origin", async () => {
    const { page: full, context: fullContext } = await openPage(browser, "./?country=UA&lang=fr", { width: 1280, height: 800 });
    await full.getByRole("button", { name: catalogues.fr!.embedButton }).click();
    const snippet = await full.getByRole("textbox", { name: catalogues.fr!.embedResponsive }).inputValue();
    await fullContext.close();
    for (const width of [320, 1200]) {
      const url = parents.page(`/article-${width}.html`, fixture("snippet-parent.html", { SNIPPET: snippet }));
      const { page, context, errors } = await openParent(url, width);
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
      await context.close();
    }
  });

  it("still resizes the frame when a CMS has dropped its data-signatory-map marker", async () => {
    const html = fixture("snippet-parent.html", {
      SNIPPET: embedCodes(baseUrl(), { statement: "dprk-russia-missiles-2024", country: null, lang: "en", theme: null }, "Map").responsive.replace(" data-signatory-map", ""),
    });
    expect(html).not.toContain("data-signatory-map");
    const { page, context, errors } = await openParent(parents.page("/unmarked.html", html), 700);
    const frame = await appFrame(page);
    expect(await settled(page, frame)).toBeGreaterThan(1000);
    await expectNoInnerScroll(page, frame, 700);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores height messages from a window that is not its frame, and from the wrong origin", async () => {
    const src = appUrl("./?embed=1");
    const html = fixture("snippet-parent.html", {
      SNIPPET: `<iframe src="${src}" data-signatory-map title="Map" height="300"></iframe><iframe id="impostor" title="Other" src="/other.html"></iframe><script src="${appUrl("./embed.js")}" async></script>`,
    });
    const { page, context, errors } = await openParent(parents.page("/impostor.html", html), 700);
    const frame = await appFrame(page, "iframe[data-signatory-map]");
    const height = await settled(page, frame, "iframe[data-signatory-map]");
    // A sibling window claims a height: the map's frame keeps its own.
    await page.frames().find((f) => f.url().endsWith("/other.html"))!.evaluate(() => {
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: 77 }, "*");
      window.parent.postMessage("pymxPYMxmapxPYMxheightxPYMx77", "*");
    });
    // The parent page posting to itself (its own origin, not the frame's): ignored too.
    await page.evaluate(() => window.postMessage({ sentinel: "amp", type: "embed-size", height: 66 }, "*"));
    await page.waitForTimeout(300);
    expect(await page.locator("iframe[data-signatory-map]").evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("Copy link", () => {
  it("copies a link to the current view and says Copied", async () => {
    const { page, context, errors } = await openPage(browser, "./?lang=de", { width: 1280, height: 800 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl()).origin });
    await page.locator('.signatories [data-iso="PL"] button').click();
    await page.getByRole("button", { name: de.copyLink }).click();
    await expect.poll(() => page.locator(".share").getByRole("status").textContent()).toBe(de.copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get("country")).toBe("PL");
    expect(new URL(link).searchParams.get("lang")).toBe("de");
    expect(new URL(link).searchParams.get("statement")).toBe("dprk-russia-missiles-2024");
    // The link opens on the same view.
    const { page: opened, context: openedContext } = await openPage(browser, link);
    await expect.poll(() => opened.locator('.signatories [data-iso="PL"] button').getAttribute("aria-pressed")).toBe("true");
    expect(await opened.evaluate(() => document.documentElement.lang)).toBe("de");
    await openedContext.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the link selected, to copy by hand, where the Clipboard API is missing", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(appUrl("./?country=DE"));
    await page.locator("svg [data-iso]").first().waitFor();
    await page.getByRole("button", { name: en.copyLink }).click();
    const field = page.getByRole("textbox", { name: en.linkLabel });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(new URL(await field.inputValue()).searchParams.get("country")).toBe("DE");
    await expect
      .poll(() => field.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length))
      .toBe(true);
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
        const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      const root = getComputedStyle(document.documentElement);
      const panel = getComputedStyle(document.querySelector(".panel")!);
      return { background: lum(root.backgroundColor), text: lum(root.color), panel: lum(panel.backgroundColor), theme: document.documentElement.dataset.theme ?? null };
    });

  it("theme=dark applies the dark colours, whatever the system prefers", async () => {
    const { page, context, errors } = await openPage(browser, "./?theme=dark");
    await page.locator(".panel").waitFor();
    const dark = await colours(page);
    expect(dark.theme).toBe("dark");
    expect(dark.background).toBeLessThan(0.2);
    expect(dark.panel).toBeLessThan(0.2);
    expect(dark.text).toBeGreaterThan(0.8);
    expect(await page.locator('svg [data-iso="UA"]').first().evaluate((el) => getComputedStyle(el).fill)).toBe("rgb(63, 127, 200)");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the system setting with no theme, and theme=light overrides a dark system", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "dark" });
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
    const { page, context, errors } = await openPage(browser, "./?theme=purple&country=DE");
    const notice = page.getByRole("status").filter({ hasText: "theme=purple" });
    await expect.poll(() => notice.textContent()).toContain(`theme=purple: ${en.themeProblem}`);
    expect((await colours(page)).theme).toBeNull();
    await expect.poll(() => page.locator('.signatories [data-iso="DE"] button').getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("deep links", () => {
  it("restore the statement, country, language and theme, in embed mode too", async () => {
    const { page, context, errors } = await openPage(browser, "./?embed=1&statement=dprk-russia-missiles-2024&country=PL&lang=uk&theme=dark", { width: 700, height: 800 });
    await expect.poll(() => page.locator('.signatories [data-iso="PL"] button').getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(["uk", "dark"]);
    await page.locator(".embed-credit").waitFor();
    // The selection changes in place, with no new history entry.
    const length = await page.evaluate(() => history.length);
    await page.locator('.signatories [data-iso="DE"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("DE");
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("printing", () => {
  it("prints the map and legend with the panel below, and no controls", async () => {
    const { page, context, errors } = await openPage(browser, "./?country=DE&theme=dark", { width: 1000, height: 800 });
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
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
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

describe("the panel", () => {
  it("marks a chosen claim's quote in the text and scrolls it into view", async () => {
    const { page, errors } = await shared.open("./");
    const claim = page.getByRole("button", { name: /US and South Korean national security chiefs/ });
    await claim.click();
    const mark = page.locator(".statement-text mark");
    await expect.poll(() => mark.textContent()).toContain("Jake Sullivan spoke with Director Chang Hojin");
    await expect
      .poll(() =>
        mark.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await claim.getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
  });

  it("highlights a country on the map when its entry is hovered, and the entry when the country is hovered", async () => {
    const { page } = await shared.open("./");
    await page.locator('.signatories [data-iso="DE"] button').hover();
    await expect.poll(() => page.locator("svg path.hover-outline").count()).toBe(1);
    // A micro-state is highlighted with a ring around its marker: in the inset, where Europe's are (#22).
    await page.locator('.signatories [data-iso="MC"] button').hover();
    await expect.poll(() => page.locator("svg g[data-inset] circle.inset-hover-outline").count()).toBe(1);
    // And back: hovering Australia on the map highlights its list entry.
    const australia = await page.locator('svg path[data-iso="AU"]').boundingBox();
    await page.mouse.move(australia!.x + australia!.width * 0.45, australia!.y + australia!.height * 0.4);
    await expect.poll(() => page.locator('.signatories [data-iso="AU"]').getAttribute("class")).toContain("is-highlighted");
  });

  it("selects a country chosen in the list, writes it to the URL and zooms the map to it", async () => {
    const { page } = await shared.open("./");
    const transform = () => page.locator("svg.map-svg g[transform]").first().getAttribute("transform");
    const before = await transform();
    await page.locator('.signatories [data-iso="SM"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("SM");
    await expect.poll(transform).not.toBe(before);
    expect(await page.locator('.signatories [data-iso="SM"] button').getAttribute("aria-pressed")).toBe("true");
    // The marker of San Marino is in view once the zoom settles.
    await expect
      .poll(
        () =>
          page
            .locator('svg [data-iso="SM"]')
            .last()
            .evaluate((el) => {
              const box = el.getBoundingClientRect();
              const svg = el.closest("svg")!.getBoundingClientRect();
              return box.left >= svg.left && box.right <= svg.right && box.top >= svg.top && box.bottom <= svg.bottom;
            }),
        { timeout: 3000 },
      )
      .toBe(true);
    // Escape on the map clears the selection and the URL.
    await page.locator('svg [tabindex="0"]').first().focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBeNull();
  });

  it("outlines the EU's 27 members when the EU entry is chosen and names those that did not sign", async () => {
    const { page } = await shared.open("./");
    await page.locator('[data-org="EU"] button').click();
    await expect.poll(() => page.locator("svg .group-outline > *").count()).toBe(27);
    await expect.poll(() => page.locator('[data-org="EU"]').textContent()).toMatch(/Hungary and Slovakia did not sign/);
    expect(await page.locator('[data-group="NATO"]').textContent()).toContain("NATO: 28 of 31 signed; not Hungary, Slovakia, and Türkiye.");
  });

  it("opens with the country of ?country= selected", async () => {
    const { page } = await shared.open("./?country=de");
    await expect.poll(() => page.locator('.signatories [data-iso="DE"] button').getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Germany");
  });
});

describe("the layout", () => {
  it("puts the panel beside the map on a desktop and scrolls long text inside it", async () => {
    const { page } = await shared.open("./", { width: 1280, height: 800 });
    const map = (await page.locator("figure.map").boundingBox())!;
    const panel = (await page.getByRole("complementary").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(panel.height).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
  });

  it("puts the panel below the map on a phone, with no sideways scrolling", async () => {
    const { page } = await shared.open("./", { width: 375, height: 700 });
    const map = (await page.locator("figure.map").boundingBox())!;
    const panel = (await page.getByRole("complementary").boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(map.width).toBeGreaterThan(350);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

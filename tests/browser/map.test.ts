import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { worldProjection } from "../../src/geo/worldProjection";
import countries from "../../src/generated/countries.json";
import { baseUrl, launch, reusedPage } from "./browser";
import { SEED_ADDITIONS, SEED_SIGNATORIES, SEED_SUBJECTS } from "./seedCodes";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

const NAMED = [...SEED_SIGNATORIES, ...SEED_SUBJECTS, ...SEED_ADDITIONS];

/**
 * For each ISO code: the largest on-screen box among its elements, and a point where the country
 * itself is what the pointer hits (found by probing, as a reader's pointer would).
 */
async function probe(page: Page, isos: string[]) {
  return page.evaluate((codes) => {
    const result: Record<string, { width: number; height: number; status: string[]; point: [number, number] | null }> = {};
    for (const iso of codes) {
      const elements = [...document.querySelectorAll(`svg [data-iso="${iso}"]`)];
      const boxes = elements.map((el) => el.getBoundingClientRect());
      // Wherever it is drawn (world view, marker, inset), the drawing whose narrower side is widest.
      const best = boxes.reduce((a, b) => (Math.min(b.width, b.height) > Math.min(a.width, a.height) ? b : a), new DOMRect());
      let point: [number, number] | null = null;
      // A micro-state is hovered at its marker's dot. Points are whole pixels: a pointer event at a
      // fraction of a pixel can land on the other side of a coast from elementsFromPoint's answer.
      const dot = document.querySelector(`svg .marker[data-iso="${iso}"] .marker-dot`)?.getBoundingClientRect();
      if (dot && dot.left >= 0 && dot.top >= 0 && dot.right <= innerWidth && dot.bottom <= innerHeight) {
        point = [Math.round(dot.left + dot.width / 2), Math.round(dot.top + dot.height / 2)];
      }
      // A shape is hovered where a reader would: where it shows, as far from any marker dot as it can be.
      const dots = [...document.querySelectorAll("svg .marker-dot")].map((d) => {
        const b = d.getBoundingClientRect();
        return [b.left + b.width / 2, b.top + b.height / 2];
      });
      let bestClearance = -1;
      for (const el of point ? [] : elements) {
        const box = el.getBoundingClientRect();
        // A 16x16 grid, finer for a box that spans far-off islands (New Zealand's reaches past 180°).
        // Where neighbours' dots leave only slivers of it (France on a phone), every pixel is tried.
        const coarse = Math.max(Math.floor(Math.max(Math.min(box.width, box.height) / 16, Math.sqrt((box.width * box.height) / 4000))), 1);
        for (const step of coarse > 1 ? [coarse, 1] : [1]) {
          if (point) break;
          for (let x = Math.round(box.left + step / 2); x < box.right; x += step) {
            for (let y = Math.round(box.top + step / 2); y < box.bottom; y += step) {
              if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
              // Through the invisible hover rings of markers: the question is whether the shape shows there.
              const hit = document
                .elementsFromPoint(x, y)
                .find((e) => !e.classList.contains("marker-hit"))
                ?.closest("[data-iso]");
              if (hit?.getAttribute("data-iso") !== iso) continue;
              const clearance = Math.min(Infinity, ...dots.map(([dx, dy]) => Math.hypot(dx! - x, dy! - y)));
              if (clearance > bestClearance) {
                bestClearance = clearance;
                point = [x, y];
              }
            }
          }
        }
      }
      result[iso] = { width: best.width, height: best.height, status: elements.map((el) => el.getAttribute("data-status") ?? ""), point };
    }
    return result;
  }, isos);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
]) {
  describe(`the map at ${viewport.width}x${viewport.height}`, () => {
    it("draws every signatory and subject with its status, at least 4x4 px, and shows its name on hover", async () => {
      const { page, errors } = await shared.open("./", viewport);
      // Probe once React has taken over: the map may settle by a fraction of a pixel at hydration,
      // enough to move a probed point off a small country's fill.
      await page.locator("html[data-live] svg [data-iso]").first().waitFor();
      const found = await probe(page, NAMED);
      const names = Object.fromEntries(countries.map((country) => [country.iso2, country.name]));
      for (const iso of NAMED) {
        const expected = SEED_SUBJECTS.includes(iso) ? "subject" : "signatory";
        expect(found[iso]?.status.length, `${iso} is drawn`).toBeGreaterThan(0);
        expect(new Set(found[iso]?.status), `${iso} status`).toEqual(new Set([expected]));
        expect(found[iso]!.width, `${iso} width`).toBeGreaterThanOrEqual(4);
        expect(found[iso]!.height, `${iso} height`).toBeGreaterThanOrEqual(4);
        // On a phone the map is at the top of the page; scroll so every country can be reached.
        expect(found[iso]!.point, `${iso} can be hit by the pointer`).not.toBeNull();
        const [x, y] = found[iso]!.point!;
        await page.mouse.move(x, y);
        // Read without waiting: a hidden tooltip reads as "" (getByRole would wait for it to show).
        await expect
          .poll(() => page.evaluate(() => document.querySelector('[role="tooltip"]:not([hidden])')?.textContent ?? ""), { timeout: 2000 })
          .toContain(names[iso]);
      }
      expect(errors).toEqual([]);
    });
  });
}

describe("the map's boundaries", () => {
  it("colours Crimea as Ukraine, a signatory, and Moscow as Russia", async () => {
    const { page } = await shared.open("./");
    await page.locator("svg [data-iso]").first().waitFor();
    const { projection } = worldProjection(await page.evaluate(() => document.querySelector<SVGSVGElement>("svg.map-svg")!.viewBox.baseVal.width));
    const at = async (lon: number, lat: number) => {
      const [x, y] = projection([lon, lat])!;
      return page.evaluate(
        ([vx, vy]) => {
          const svg = document.querySelector<SVGSVGElement>("svg.map-svg")!;
          const point = new DOMPoint(vx, vy).matrixTransform(svg.getScreenCTM()!);
          // Look under the markers: the question is which shape covers the place.
          const hit = document.elementsFromPoint(point.x, point.y).find((el) => el.matches("path[data-iso]"));
          return [hit?.getAttribute("data-iso"), hit?.getAttribute("data-status")];
        },
        [x, y] as [number, number],
      );
    };
    expect(await at(34.1, 44.95)).toEqual(["UA", "signatory"]); // Simferopol
    expect(await at(33.52, 44.6)).toEqual(["UA", "signatory"]); // Sevastopol
    expect(await at(37.62, 55.75)).toEqual(["RU", "subject"]); // Moscow
  });
});

describe("zooming", () => {
  it("zooms in with the + button, to Europe with its button, and back with reset", async () => {
    const { page } = await shared.open("./");
    const france = page.locator('path[data-iso="FR"]');
    await france.waitFor();
    const width = async () => (await france.boundingBox())!.width;
    const before = await width();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(width).toBeGreaterThan(before * 1.5);
    await page.getByRole("button", { name: "Show the whole world" }).click();
    await expect.poll(width).toBeLessThan(before * 1.05);
    await page.getByRole("button", { name: "Zoom to Europe" }).click();
    await expect.poll(width).toBeGreaterThan(before * 3);
  });

  it("loads the zoom code only once the reader reaches for the map, hovers without it, and makes a zoom asked for meanwhile", async () => {
    const zoomCode = /\/assets\/zoomBehaviour-[^/]*\.js$/;
    const requested: string[] = [];
    // Hold the zoom code back once asked for, to see the map work without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // ?country=LI: the selection's tooltip shows once the page has hydrated, with no pointer moved.
    const { page, errors } = await shared.open("./?country=LI", undefined, {}, async (page) => {
      page.on("request", (request) => zoomCode.test(request.url()) && requested.push(request.url()));
      await page.route(zoomCode, async (route) => {
        await held;
        await route.continue();
      });
    });
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Liechtenstein");
    await page.waitForLoadState("networkidle");
    expect(await page.locator('link[rel="modulepreload"][href*="zoomBehaviour"]').count()).toBe(0);
    expect(requested).toEqual([]);

    const ukraine = (await page.locator('path[data-iso="UA"]').boundingBox())!;
    await page.mouse.move(ukraine.x + ukraine.width * 0.5, ukraine.y + ukraine.height * 0.35);
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Ukraine");
    await expect.poll(() => requested.length).toBe(1);

    const group = page.locator("svg.map-svg g[transform]").first();
    const identity = await group.getAttribute("transform");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(200);
    expect(await group.getAttribute("transform")).toBe(identity);
    release();
    await expect.poll(() => group.getAttribute("transform")).toContain("scale(1.8)");
    expect(requested).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe("tapping the map on a touch screen", () => {
  it("offers the micro-states near a tap in a chooser, selects the one chosen, and selects a large country directly", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(new URL("./", baseUrl()).href);
    await page.locator("html[data-live] svg [data-iso]").first().waitFor();
    const centreOf = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    // Between the dots of Monaco, San Marino and Liechtenstein, a few px from each.
    const dots = await Promise.all(["MC", "SM", "LI"].map((iso) => centreOf(`svg .marker[data-iso="${iso}"] .marker-dot`)));
    const tap = [dots.reduce((sum, [x]) => sum + x, 0) / 3, dots.reduce((sum, [, y]) => sum + y, 0) / 3] as const;
    await page.touchscreen.tap(Math.round(tap[0]), Math.round(tap[1]));

    const chooser = page.getByRole("dialog", { name: "Which country did you mean?" });
    await chooser.waitFor();
    const options = await chooser
      .getByRole("listitem")
      .getByRole("button")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
    expect(options).toEqual(expect.arrayContaining(["Monaco: Signed", "San Marino: Signed", "Liechtenstein: Signed"]));
    // Focus moves into the chooser, to its first (nearest) country; no country was selected by the tap.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(options[0]);
    expect(new URL(page.url()).searchParams.get("country")).toBeNull();
    // Escape closes it and nothing is selected; a new tap opens it again.
    await page.keyboard.press("Escape");
    await expect.poll(() => chooser.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("country")).toBeNull();
    await page.touchscreen.tap(Math.round(tap[0]), Math.round(tap[1]));
    await chooser.getByRole("button", { name: "San Marino: Signed" }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("SM");
    expect(await chooser.count()).toBe(0);
    // Focus returns to the map, on the country chosen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-iso"))).toBe("SM");

    // The middle of a large country, far from any marker (Brazil's has Paraguay's dot in reach): selected at once.
    const [x, y] = await centreOf('svg path[data-iso="AU"]');
    await page.touchscreen.tap(Math.round(x), Math.round(y));
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("AU");
    expect(await chooser.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("group outlines and print", () => {
  const strokeOf = (page: Page, selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).stroke, selector);

  for (const [theme, dash, casing] of [
    ["light", "rgb(17, 17, 17)", "rgb(255, 255, 255)"],
    ["dark", "rgb(242, 241, 238)", "rgb(16, 20, 23)"],
  ] as const) {
    it(`outlines NATO above the markers in dashes on a casing, and names it in the legend (${theme} theme)`, async () => {
      const { page, errors } = await shared.open(`./?theme=${theme}`);
      await page.locator("html[data-live] svg [data-iso]").first().waitFor();
      await page.getByRole("button", { name: "Show on the map: NATO" }).click();
      await expect.poll(() => page.locator("svg .group-outline > *").count()).toBe(31);
      expect(await page.locator("svg .group-halo > *").count()).toBe(31);
      // Drawn after the markers, so a micro-state's dot never hides its ring (#17).
      expect(
        await page.evaluate(() => {
          const [markers, halo, dashes] = [".markers", ".group-halo", ".group-outline"].map((s) => document.querySelector(`svg ${s}`)!);
          return (
            !!(markers!.compareDocumentPosition(halo!) & Node.DOCUMENT_POSITION_FOLLOWING) &&
            !!(halo!.compareDocumentPosition(dashes!) & Node.DOCUMENT_POSITION_FOLLOWING)
          );
        }),
      ).toBe(true);
      expect(await strokeOf(page, "svg .group-outline > *")).toBe(dash);
      expect(await strokeOf(page, "svg .group-halo > *")).toBe(casing);
      expect(await page.locator(".legend").textContent()).toContain("Outlined: NATO");
      await page.getByRole("button", { name: "Hide from the map: NATO" }).click();
      await expect.poll(() => page.locator(".legend").textContent()).not.toContain("Outlined");
      expect(errors).toEqual([]);
    });
  }

  it("draws the selection in magenta on screen and, having no legend entry there, as a dark outline on paper", async () => {
    const { page } = await shared.open("./?country=FR");
    // The world view's outline (the inset draws one too, for a country it shows).
    await page.locator("svg .selected-outline").first().waitFor();
    expect(await strokeOf(page, "svg .selected-outline")).toBe("rgb(194, 24, 91)");
    await page.emulateMedia({ media: "print" });
    expect(await strokeOf(page, "svg .selected-outline")).toBe("rgb(17, 17, 17)");
  });
});

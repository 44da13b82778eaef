// A tap on a phone (#27): the country whose land is under the finger is always offered, first; the
// chooser lists only what is within the touch target, at most eight; a country with no neighbour
// in reach is selected at once. On the world view and in the inset (#22) alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launch, openContext } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(path: string): Promise<Page> {
  const { context } = await openContext(browser, { viewport: { width: 375, height: 900 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).href);
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-live"));
  return page;
}

/**
 * The middle of a country's land as drawn in `scope` ("" for the world view, or the inset's
 * selector): of the points whose every neighbour 3 px away is that land too (a finger's width from
 * its borders, where the browser's touch adjustment may pick a neighbour), the nearest its box's centre.
 */
function middleOf(page: Page, iso: string, scope: string): Promise<[number, number]> {
  return page.evaluate(
    ({ iso, scope }) => {
      const shapes = [...document.querySelectorAll(`svg.map-svg ${scope} .country[data-iso="${iso}"]`)].filter(
        (path) => scope || !path.closest("g[data-inset]"),
      );
      const box = shapes[0]!.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const landAt = (x: number, y: number) => document.elementsFromPoint(x + 0.5, y + 0.5).find((element) => element.matches(".country"));
      // As far from its borders as the country allows: 3 px, or less for a small one.
      for (const margin of [3, 2, 1, 0]) {
        let best: [number, number] | null = null;
        for (let y = Math.floor(box.top); y <= box.bottom; y++)
          for (let x = Math.floor(box.left); x <= box.right; x++) {
            const around = [
              [0, 0],
              [margin, 0],
              [-margin, 0],
              [0, margin],
              [0, -margin],
            ];
            if (around.some(([dx, dy]) => landAt(x + dx!, y + dy!) !== shapes[0])) continue;
            if (!best || Math.hypot(x - cx, y - cy) < Math.hypot(best[0] - cx, best[1] - cy)) best = [x + 0.5, y + 0.5];
          }
        if (best) return best;
      }
      throw new Error(`${iso} has no point of its own in ${scope || "the world view"}`);
    },
    { iso, scope },
  );
}

/** Taps a point; the country selected at once, or the chooser's entries (accessible names). */
async function tapAt(page: Page, [x, y]: [number, number]): Promise<{ selected: string | null; offered: string[] }> {
  await page.touchscreen.tap(x, y);
  const chooser = page.getByRole("dialog", { name: "Which country did you mean?" });
  await expect.poll(async () => (await chooser.count()) > 0 || new URL(page.url()).searchParams.get("country") !== null).toBe(true);
  const offered =
    (await chooser.count()) > 0
      ? await chooser
          .getByRole("listitem")
          .getByRole("button")
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")!))
      : [];
  return { selected: new URL(page.url()).searchParams.get("country"), offered };
}

describe("a tap on a phone (#27)", () => {
  for (const [iso, name] of [
    ["HU", "Hungary"],
    ["RS", "Serbia"],
  ] as const) {
    for (const [where, scope] of [
      ["the world view", ""],
      ["the inset", "g[data-inset]"],
    ] as const) {
      it(`a tap in the middle of ${name} on ${where} selects ${name}, or offers it first among at most eight`, async () => {
        const page = await openPhone("./?embed=1");
        const { selected, offered } = await tapAt(page, await middleOf(page, iso, scope));
        if (offered.length === 0) expect(selected).toBe(iso);
        else {
          expect(offered[0]).toMatch(new RegExp(`^${name}:`));
          expect(offered.length).toBeLessThanOrEqual(8);
        }
      });
    }
  }

  it("a tap in the middle of a large country far from any marker selects it at once", async () => {
    const page = await openPhone("./?embed=1");
    expect(await tapAt(page, await middleOf(page, "RU", ""))).toEqual({ selected: "RU", offered: [] });
  });
});

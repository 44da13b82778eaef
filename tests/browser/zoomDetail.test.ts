// Issue #11, zoom detail: from 4x the countries in view are drawn from finer geometry, fetched
// tile by tile for the region in view only; the tooltip still names the country under the
// pointer, Crimea stays Ukraine's, and a failed tile leaves the world-view shapes, quietly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DETAIL_GRID, tilesFor } from "../../src/geo/detail/detailGrid";
import { worldProjection } from "../../src/geo/worldProjection";
import countries from "../../src/generated/countries.json";
import world from "../../src/generated/world.json";
import { DETAIL_MIN_ZOOM, boxInView, detailTilesFor } from "../../src/map/zoomDetail";
import { failedRequest, launch, openPage } from "./browser";
import { viewOf, zoomIntoEurope } from "./mapView";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TILE = /\/assets\/tile-(\d+)-[\w-]+\.json$/;
const size = { width: world.width, height: world.height };
const { projection } = worldProjection(world.width);
const nameOf = (iso: string) => countries.find((country) => country.iso2 === iso)!.name;
const worldViewPath = (iso: string) => world.shapes.find((shape) => shape.iso === iso)!.d;
/** How finely a path is drawn: its count of numbers (world-view paths repeat commands implicitly). */
const numbersIn = (d: string) => d.match(/-?(\d+\.?\d*|\.\d+)/g)?.length ?? 0;

/** Opens the map with every detail tile requested recorded by its id. */
async function openRecording(allow: RegExp[] = []) {
  const opened = await openPage(browser, "./", undefined, { allow });
  const requested: number[] = [];
  opened.page.on("request", (request) => {
    const match = TILE.exec(new URL(request.url()).pathname);
    if (match) requested.push(Number(match[1]));
  });
  await opened.page.locator("html[data-live] svg [data-iso]").first().waitFor();
  return { ...opened, requested };
}

/** Where a place (longitude, latitude) shows on the screen, at the current zoom. */
async function onScreenAt(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  const [x, y] = projection(lonLat)!;
  return page.evaluate(
    ([vx, vy]) => {
      const group = document.querySelector<SVGGElement>("svg.map-svg g[transform]")!;
      const point = new DOMPoint(vx, vy).matrixTransform(group.getScreenCTM()!);
      return [Math.round(point.x), Math.round(point.y)] as [number, number];
    },
    [x, y] as [number, number],
  );
}

/**
 * Points the mouse at a place: the country drawn under the pointer must be `iso`, and the tooltip
 * must come to name it (a poll: the tooltip may still show the country hovered before).
 */
async function expectHoverNames(page: Page, lonLat: [number, number], iso: string) {
  const [x, y] = await onScreenAt(page, lonLat);
  await page.mouse.move(x, y);
  const under = await page.evaluate(
    ([px, py]) =>
      document
        .elementsFromPoint(px!, py!)
        .find((el) => el.matches("path[data-iso]"))
        ?.getAttribute("data-iso") ?? null,
    [x, y],
  );
  expect(under, `${iso} is drawn at ${lonLat.join(", ")}`).toBe(iso);
  const tooltip = () => page.evaluate(() => document.querySelector('[role="tooltip"]:not([hidden])')?.textContent ?? "");
  await expect.poll(tooltip, { timeout: 2000 }).toContain(nameOf(iso));
}

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const BERLIN: [number, number] = [13.4, 52.52];
const MOSCOW: [number, number] = [37.62, 55.75];

describe("zoom detail", () => {
  it("fetches nothing at the world view, then at 4x only the tiles of Europe in view, and draws those countries finer", async () => {
    const { page, context, requested, errors } = await openRecording();
    const path = (iso: string) => page.locator(`path.country[data-iso="${iso}"]`).getAttribute("d");
    expect(await path("UA")).toBe(worldViewPath("UA"));
    await page.waitForTimeout(300);
    expect(requested, "nothing at the world view").toEqual([]);

    const view = await zoomIntoEurope(page);
    // Ukraine and Germany are drawn from their detail: many more points than the world view's.
    for (const iso of ["UA", "DE"])
      await expect.poll(async () => numbersIn((await path(iso))!), { timeout: 5000 }).toBeGreaterThan(2 * numbersIn(worldViewPath(iso)));

    // The tiles the resting view shows, and none elsewhere: Europe is not the world.
    const wanted = new Set(detailTilesFor(view, size));
    expect(requested.length).toBeGreaterThan(0);
    for (const id of requested) expect(wanted.has(id), `tile ${id} is in view`).toBe(true);
    expect(new Set(requested).size, "each tile fetched once").toBe(requested.length);
    expect(requested.length).toBeLessThan((DETAIL_GRID.cols * DETAIL_GRID.rows) / 4);
    for (const far of [
      tilesFor([
        [250, 200],
        [251, 201],
      ])[0]!,
      tilesFor([
        [860, 330],
        [861, 331],
      ])[0]!,
    ])
      expect(requested).not.toContain(far); // South America, Australia
    // The view is about Europe: the box the map shows is.
    const [[x0, y0], [x1, y1]] = boxInView(view, size);
    expect(x1 - x0).toBeLessThan(size.width / DETAIL_MIN_ZOOM + 1);
    expect(projection(BERLIN)![0]).toBeGreaterThan(x0);
    expect(projection(BERLIN)![1]).toBeLessThan(y1);
    expect(y0).toBeLessThan(projection(BERLIN)![1]);

    // The tooltip names the country drawn under the pointer; Crimea is still Ukraine's (the same corrections).
    for (const [place, iso] of [
      [SIMFEROPOL, "UA"],
      [BERLIN, "DE"],
      [MOSCOW, "RU"],
    ] as const) {
      await expectHoverNames(page, place, iso);
    }
    // The hover outline follows the detailed shape, not the world-view one.
    expect(await page.locator(".hover-outline").getAttribute("d")).toBe(await path("RU"));

    // Closer still (about 19x): every country the map shows is detailed, right to the map's edges.
    for (let step = 0; step < 2; step++) {
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.waitForTimeout(450);
    }
    await expect.poll(async () => (await viewOf(page)).k).toBeGreaterThan(15);
    const shown = await page.evaluate(() => {
      const box = document.querySelector("svg.map-svg")!.getBoundingClientRect();
      const isos = new Set<string>();
      for (let i = 0; i < 8; i++) {
        for (let j = 0; j < 8; j++) {
          const hit = document
            .elementsFromPoint(box.x + ((i + 0.5) * box.width) / 8, box.y + ((j + 0.5) * box.height) / 8)
            .find((el) => el.matches("path.country[data-iso]"));
          if (hit) isos.add(hit.getAttribute("data-iso")!);
        }
      }
      return [...isos];
    });
    expect(shown.length).toBeGreaterThan(3);
    for (const iso of shown) await expect.poll(() => path(iso), { timeout: 5000, message: `${iso} is detailed` }).not.toBe(worldViewPath(iso));

    // Back to the world: the world view's shapes again.
    await page.getByRole("button", { name: "Show the whole world" }).click();
    await expect.poll(() => path("UA")).toBe(worldViewPath("UA"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the world-view shapes, the tooltip and the page when the tiles cannot be loaded", async () => {
    const { page, context, requested, errors } = await openRecording([failedRequest(/\/assets\/tile-\d+-[\w-]+\.json/)]);
    await page.route(TILE, (route) => route.abort("failed"));
    await zoomIntoEurope(page);
    await expect.poll(() => requested.length, { timeout: 5000 }).toBeGreaterThan(0);
    // Give the failures time to come back and be drawn (or not).
    await page.waitForTimeout(500);
    for (const iso of ["UA", "DE", "PL"]) expect(await page.locator(`path.country[data-iso="${iso}"]`).getAttribute("d")).toBe(worldViewPath(iso));
    await expectHoverNames(page, SIMFEROPOL, "UA");
    expect(await page.getByRole("alert").count()).toBe(0);
    // Only the browser's own lines for the failed requests reached the console as errors.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => /tile-\d+-[\w-]+\.json\]$/.test(error))).toBe(true);

    // The tiles come back: the next view fetches them again and the map draws them, there the
    // country at the map's centre.
    await page.unroute(TILE);
    await page.getByRole("button", { name: "Zoom in" }).click();
    const centre = await page.evaluate(() => {
      // The middle of the world view (its clip), not of the <svg>, which holds the inset's band too.
      const svg = document.querySelector<SVGSVGElement>("svg.map-svg")!;
      const clip = document.querySelector<SVGRectElement>("#map-clip rect")!;
      const middle = new DOMPoint(clip.x.baseVal.value + clip.width.baseVal.value / 2, clip.y.baseVal.value + clip.height.baseVal.value / 2).matrixTransform(
        svg.getScreenCTM()!,
      );
      return (
        document
          .elementsFromPoint(middle.x, middle.y)
          .find((el) => el.matches("path[data-iso]"))
          ?.getAttribute("data-iso") ?? null
      );
    });
    expect(centre).not.toBeNull();
    await expect
      .poll(async () => numbersIn((await page.locator(`path.country[data-iso="${centre}"]`).getAttribute("d"))!), { timeout: 5000 })
      .toBeGreaterThan(2 * numbersIn(worldViewPath(centre!)));
    await context.close();
  });
});

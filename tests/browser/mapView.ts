// The map's zoom as the browser tests read and drive it, shared by the zoom-detail and the
// tooltip-truth tests. Waits are the page's own (waitForFunction), not expect.poll, so they also
// serve a beforeAll.
import type { Page } from "playwright-core";
import { DETAIL_MIN_ZOOM } from "../../src/map/zoomDetail";
import type { View } from "../../src/map/zoomMath";

/** The zoom as the map draws it (its group's transform), in viewBox units. */
export async function viewOf(page: Page): Promise<View> {
  const transform = (await page.locator("svg.map-svg g[transform]").first().getAttribute("transform"))!;
  const [x, y, k] = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(transform)!.slice(1).map(Number);
  return { x: x!, y: y!, k: k! };
}

/** Waits until the map is drawn at least `k` times closer than the world view. */
function zoomAtLeast(page: Page, k: number) {
  return page.waitForFunction(
    (min) => Number(/scale\(([-\d.]+)\)/.exec(document.querySelector("svg.map-svg g[transform]")!.getAttribute("transform")!)![1]) >= min,
    k,
  );
}

/** Zooms to Europe, then one step closer (past 4x, where finer geometry is drawn), and waits until the view rests. */
export async function zoomIntoEurope(page: Page): Promise<View> {
  await page.getByRole("button", { name: "Zoom to Europe" }).click();
  await zoomAtLeast(page, 2);
  await page.waitForTimeout(500);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await zoomAtLeast(page, DETAIL_MIN_ZOOM);
  // The step animates for 350 ms: wait until the view rests.
  let view = await viewOf(page);
  for (;;) {
    await page.waitForTimeout(200);
    const next = await viewOf(page);
    if (JSON.stringify(next) === JSON.stringify(view)) return view;
    view = next;
  }
}

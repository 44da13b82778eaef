// Issue #11, tooltip truth: wherever the pointer rests at the default world view, the tooltip names
// the country under it, decided here from the drawn geometry alone, never from the app's hit test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { worldProjection } from "../../src/geo/worldProjection";
import { baseUrl, launch } from "./browser";
import { zoomIntoEurope } from "./mapView";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Point = [number, number];
/** A region as [west, north] and [east, south] corners, degrees. */
type Region = [Point, Point];

/** Where micro-states crowd against larger neighbours, and where the report's failures were seen. */
const REGIONS: Record<string, { region: Region; hasMarkers: boolean }> = {
  // From Ireland to the Caucasus, down to the Nile delta: Belarus, Slovakia, Hungary, Türkiye, Egypt.
  Europe: {
    region: [
      [-12, 62],
      [45, 28],
    ],
    hasMarkers: true,
  },
  // Guatemala is a marker on a phone only.
  Caribbean: {
    region: [
      [-92, 27],
      [-58, 8],
    ],
    hasMarkers: false,
  },
  // Bahrain and Qatar, small shapes beside large ones (none of them named by the statement).
  Gulf: {
    region: [
      [45, 31],
      [60, 22],
    ],
    hasMarkers: false,
  },
  // Palau, Micronesia and the islands of Indonesia and Papua New Guinea.
  Pacific: {
    region: [
      [125, 15],
      [170, -12],
    ],
    hasMarkers: true,
  },
};

/**
 * Places the report found wrongly named from outside (issue #11): a point over the first country
 * inside the second's enlarged hover radius named the second. Each is checked wherever the second
 * is drawn as a marker at that width.
 */
const REPORTED: [land: string, marker: string][] = [
  ["BY", "LT"],
  ["SK", "CZ"],
  ["HU", "SI"],
  ["TR", "CY"],
  ["EG", "IL"],
];

/** The hover radius a marker keeps over the sea (INTERFACE: a 24 px target), CSS px. */
const HOVER_RADIUS_PX = 12;
/** A pointer within this of a marker's drawn dot is on it (antialiasing draws its edge half a pixel out). */
const DOT_TOLERANCE_PX = 1;
/** Distances this close to a limit may fall either way in the app's arithmetic and in ours. */
const EPSILON_PX = 0.05;

interface View {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  stepPx: number;
  /** Zoomed into Europe past 4x, where the countries in view are drawn from finer geometry: only Europe is in view. */
  zoomedIntoEurope?: boolean;
}

const VIEWS: View[] = [
  { name: "the full page at 1280x800", path: "./", viewport: { width: 1280, height: 800 }, stepPx: 3 },
  { name: "a phone embed at 375 px", path: "./?embed=1", viewport: { width: 375, height: 700 }, stepPx: 2 },
  { name: "a tablet at 768x1024", path: "./", viewport: { width: 768, height: 1024 }, stepPx: 4 },
  { name: "the full page zoomed into Europe past 4x (finer geometry)", path: "./", viewport: { width: 1280, height: 800 }, stepPx: 5, zoomedIntoEurope: true },
];

/** What may be named at one point: ISO codes, null for "no tooltip". */
interface Truth {
  /** The country whose drawn land is under the point, or null over the sea. */
  land: string | null;
  allowed: (string | null)[];
  /** Each marker's distance from the point, CSS px. */
  markerDistance: Record<string, number>;
}

for (const view of VIEWS) {
  describe(`tooltip truth on ${view.name}`, () => {
    let context: BrowserContext;
    let page: Page;
    let cdp: CDPSession;
    let errors: string[];
    let names: Map<string, string>;

    beforeAll(async () => {
      // One page for the whole grid, so not openPage's per-test watch: its console errors are checked at the end.
      context = await browser.newContext({ viewport: view.viewport });
      errors = [];
      context.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
      context.on("weberror", (error) => errors.push(`Uncaught: ${error.error().message}`));
      page = await context.newPage();
      await page.goto(new URL(view.path, baseUrl()).href);
      await page.locator("html[data-live] svg [data-iso]").first().waitFor();
      await page.waitForLoadState("networkidle");
      if (view.zoomedIntoEurope) await zoomIntoDetailedEurope(page);
      cdp = await context.newCDPSession(page);
      names = new Map(await page.evaluate(countryNames));
      await page.evaluate(recordTooltips);
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const [regionName, { region, hasMarkers }] of Object.entries(REGIONS).filter(([name]) => !view.zoomedIntoEurope || name === "Europe")) {
      it(`names the country under the pointer at every point of a ${view.stepPx} px grid over ${regionName}`, { timeout: 240_000 }, async () => {
        const truthOf = (points: Point[]) =>
          page.evaluate(truthAt, { points, hoverRadiusPx: HOVER_RADIUS_PX, dotTolerancePx: DOT_TOLERANCE_PX, epsilonPx: EPSILON_PX });
        // Europe's grid takes the inset too (#22), where Europe's small countries are drawn large.
        const grid = [
          ...(await gridOver(page, region, view.stepPx)),
          ...(regionName === "Europe" && !view.zoomedIntoEurope ? await gridOverInset(page, view.stepPx) : []),
        ];
        // Europe's grid also takes every pixel of the reported places: a phone's grid crosses Slovakia twice.
        const points = regionName === "Europe" ? [...grid, ...(await reportedPlaces(page, truthOf, new Set(grid.map(String))))] : grid;
        const truths = await truthOf(points);
        const shown = await hoverEach(page, cdp, points);
        const nameOf = (iso: string | null) => (iso === null ? null : (names.get(iso) ?? iso));
        const wrong = points.flatMap((point, i) =>
          truths[i]!.allowed.map(nameOf).includes(shown[i]!) ? [] : [{ point, shown: shown[i], allowed: truths[i]!.allowed }],
        );
        const over = (iso: string) => truths.filter((truth) => truth.land === iso).length;
        console.log(
          `${view.name}, ${regionName}: ${points.length} points, ${truths.filter((t) => t.land).length} over land, ${wrong.length} wrong` +
            (regionName === "Europe"
              ? ` (over Belarus ${over("BY")}, Slovakia ${over("SK")}, Hungary ${over("HU")}, Türkiye ${over("TR")}, Egypt ${over("EG")})`
              : ""),
        );
        // The grid must reach land and markers, or it proves nothing.
        expect(truths.filter((truth) => truth.land !== null).length).toBeGreaterThan(20);
        // Zoomed in, most micro-states are drawn as land: their markers may be few.
        if (hasMarkers && !view.zoomedIntoEurope)
          expect(truths.filter((truth) => Object.values(truth.markerDistance).some((d) => d <= HOVER_RADIUS_PX)).length).toBeGreaterThan(20);
        expect(
          wrong
            .slice(0, 10)
            .map(
              ({ point, shown, allowed }) => `at ${point.join(",")}: ${shown ?? "nothing"}, not ${allowed.map((iso) => nameOf(iso) ?? "nothing").join(" or ")}`,
            ),
          `${wrong.length} of ${points.length} points name the wrong country`,
        ).toEqual([]);

        if (regionName !== "Europe") return;
        // The reported places are in the grid, inside their neighbour's hover radius and off every
        // dot, and named as the land they are.
        const markers = new Set(Object.keys(truths[0]!.markerDistance));
        for (const [land, marker] of REPORTED.filter(([, marker]) => markers.has(marker))) {
          const offDot = points.flatMap((_, i) => (isReportedPlace(truths[i]!, land, marker) ? [i] : []));
          const named = offDot.filter((i) => shown[i] === names.get(land));
          console.log(
            `  ${names.get(land)} within ${HOVER_RADIUS_PX} px of ${names.get(marker)}'s marker, off every dot: ${offDot.length} points, ${named.length} named ${names.get(land)}`,
          );
          expect(offDot.length, `points over ${land} near ${marker}'s marker`).toBeGreaterThan(0);
          expect(named.length).toBe(offDot.length);
        }
      });
    }

    it("keeps the console clean", () => {
      expect(errors).toEqual([]);
    });
  });
}

/** The integer CSS px points, `step` apart, over a region of the map as drawn now (at any zoom), where the map shows in the window. */
async function gridOver(page: Page, [[west, north], [east, south]]: Region, step: number): Promise<Point[]> {
  const viewBoxWidth = await page.evaluate(() => document.querySelector<SVGSVGElement>("svg.map-svg")!.viewBox.baseVal.width);
  const { projection } = worldProjection(viewBoxWidth);
  const corners = [projection([west, north])!, projection([east, north])!, projection([west, south])!, projection([east, south])!];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return page.evaluate(
    ({ box, step }) => {
      // The zoomed group's matrix: the map's viewBox units as drawn under the current zoom.
      const matrix = document.querySelector<SVGGElement>("svg.map-svg g[transform]")!.getScreenCTM()!;
      const from = new DOMPoint(box[0], box[1]).matrixTransform(matrix);
      const to = new DOMPoint(box[2], box[3]).matrixTransform(matrix);
      // The world view, as its clip shows it: a zoomed region's box may reach past it, into the inset's band
      // or (the taller drawing letterboxed in a wide box) past its sides, where nothing of the world is drawn.
      const svg = document.querySelector<SVGSVGElement>("svg.map-svg")!;
      const clip = document.querySelector<SVGRectElement>("#map-clip rect")!;
      const [x0, y0] = [clip.x.baseVal.value, clip.y.baseVal.value];
      const clipFrom = new DOMPoint(x0, y0).matrixTransform(svg.getScreenCTM()!);
      const clipTo = new DOMPoint(x0 + clip.width.baseVal.value, y0 + clip.height.baseVal.value).matrixTransform(svg.getScreenCTM()!);
      const map = svg.getBoundingClientRect();
      const [left, top] = [Math.max(from.x, map.left, clipFrom.x, 0), Math.max(from.y, map.top, clipFrom.y, 0)];
      const [right, bottom] = [Math.min(to.x, map.right - 1, clipTo.x - 1, innerWidth - 1), Math.min(to.y, map.bottom - 1, clipTo.y - 1, innerHeight - 1)];
      const points: [number, number][] = [];
      for (let x = Math.ceil(left); x <= right; x += step) {
        for (let y = Math.ceil(top); y <= bottom; y += step) points.push([x, y]);
      }
      return points;
    },
    { box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], step },
  );
}

/** The integer CSS px points, `step` apart, over the inset's frame where the window shows it; none without an inset. */
function gridOverInset(page: Page, step: number): Promise<Point[]> {
  return page.evaluate((step) => {
    const frame = document.querySelector("svg.map-svg g[data-inset] .inset-frame")?.getBoundingClientRect();
    if (!frame) return [];
    const points: [number, number][] = [];
    for (let x = Math.ceil(Math.max(frame.left, 0)); x <= Math.min(frame.right - 1, innerWidth - 1); x += step)
      for (let y = Math.ceil(Math.max(frame.top, 0)); y <= Math.min(frame.bottom - 1, innerHeight - 1); y += step) points.push([x, y]);
    return points;
  }, step);
}

/**
 * Every pixel over a reported country within its neighbour's hover radius and off every dot, where
 * that neighbour is drawn as a marker; leaving out those in `taken`.
 */
async function reportedPlaces(page: Page, truthOf: (points: Point[]) => Promise<Truth[]>, taken: ReadonlySet<string>): Promise<Point[]> {
  const centres = await page.evaluate(
    (isos) => {
      const found: Record<string, [number, number]> = {};
      for (const iso of isos) {
        const dot = document.querySelector(`.marker[data-iso="${iso}"] .marker-dot`)?.getBoundingClientRect();
        if (dot) found[iso] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
      }
      return found;
    },
    REPORTED.map(([, marker]) => marker),
  );
  const places: Point[] = [];
  for (const [land, marker] of REPORTED) {
    const centre = centres[marker];
    if (!centre) continue;
    const square: Point[] = [];
    for (let dx = -HOVER_RADIUS_PX; dx <= HOVER_RADIUS_PX; dx++) {
      for (let dy = -HOVER_RADIUS_PX; dy <= HOVER_RADIUS_PX; dy++) square.push([Math.round(centre[0]) + dx, Math.round(centre[1]) + dy]);
    }
    const truths = await truthOf(square);
    places.push(...square.filter((point, i) => isReportedPlace(truths[i]!, land, marker) && !taken.has(String(point))));
  }
  return places;
}

/** Whether a point is over `land`, inside `marker`'s hover radius, and off every dot: where the report saw `marker` named. */
const isReportedPlace = (truth: Truth, land: string, marker: string) =>
  truth.land === land && truth.markerDistance[marker]! <= HOVER_RADIUS_PX && truth.allowed.length === 1;

/** Every drawn country's name, from its button's accessible name ("Hungary: Did not sign"). */
function countryNames(): [string, string][] {
  return [...document.querySelectorAll("svg [data-iso][aria-label]")].map((element) => {
    const label = element.getAttribute("aria-label")!;
    return [element.getAttribute("data-iso")!, label.slice(0, label.lastIndexOf(": "))];
  });
}

/**
 * Runs in the page: what each point may be named, from the drawn geometry. The land is the topmost
 * `path.country` whose fill holds the point (mapped into the path's user space); a marker's drawn
 * dot may always be named; over the sea, the nearest marker within the hover radius; else nothing.
 */
function truthAt({
  points,
  hoverRadiusPx,
  dotTolerancePx,
  epsilonPx,
}: {
  points: [number, number][];
  hoverRadiusPx: number;
  dotTolerancePx: number;
  epsilonPx: number;
}): Truth[] {
  // The world view's paths, and the inset's <use>s of them (#22), each tested in the referenced path's own
  // user space; an inset shape only inside the inset's frame, which clips it.
  const insetFrame = document.querySelector("svg.map-svg g[data-inset] .inset-frame")?.getBoundingClientRect();
  const shapes = [...document.querySelectorAll<SVGGraphicsElement>(".country")].map((element) => {
    const path = (element instanceof SVGUseElement ? document.querySelector(element.getAttribute("href")!) : element) as SVGPathElement;
    return {
      path,
      iso: element.getAttribute("data-iso")!,
      box: element.getBoundingClientRect(),
      toUser: element.getScreenCTM()!.inverse(),
      clip: element instanceof SVGUseElement ? insetFrame : undefined,
    };
  });
  const markers = [...document.querySelectorAll<SVGCircleElement>(".marker .marker-dot")].map((dot) => {
    const matrix = dot.getScreenCTM()!;
    const centre = new DOMPoint(dot.cx.baseVal.value, dot.cy.baseVal.value).matrixTransform(matrix);
    return {
      iso: dot.closest("[data-iso]")!.getAttribute("data-iso")!,
      x: centre.x,
      y: centre.y,
      radius: dot.r.baseVal.value * Math.hypot(matrix.a, matrix.b),
    };
  });
  return points.map(([x, y]) => {
    let land: string | null = null;
    // Painted last is on top.
    for (let i = shapes.length - 1; i >= 0 && land === null; i--) {
      const { path, iso, box, toUser, clip } = shapes[i]!;
      if (x < box.left - 1 || x > box.right + 1 || y < box.top - 1 || y > box.bottom + 1) continue;
      if (clip && (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom)) continue;
      if (path.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser))) land = iso;
    }
    const near = markers.map((marker) => ({ ...marker, distance: Math.hypot(marker.x - x, marker.y - y) })).sort((a, b) => a.distance - b.distance);
    const onDot = near.filter((marker) => marker.distance <= marker.radius + dotTolerancePx + epsilonPx).map((marker) => marker.iso);
    const allowed: (string | null)[] = [...onDot];
    if (land !== null) allowed.push(land);
    else if (onDot.length === 0) {
      const inRadius = near.filter((marker) => marker.distance <= hoverRadiusPx + epsilonPx);
      // The nearest, or any as near give or take rounding; nothing where the nearest is on the radius' edge.
      allowed.push(...inRadius.filter((marker) => marker.distance <= inRadius[0]!.distance + epsilonPx).map((marker) => marker.iso));
      if (inRadius.length === 0 || inRadius[0]!.distance >= hoverRadiusPx - epsilonPx) allowed.push(null);
    }
    return { land, allowed, markerDistance: Object.fromEntries(near.map((marker) => [marker.iso, marker.distance])) };
  });
}

/** Zooms into Europe past 4x (mapView.ts) and waits until Hungary is drawn from the finer geometry, a path several times longer. */
async function zoomIntoDetailedEurope(page: Page): Promise<void> {
  const lengthOfHungary = () => document.querySelector('svg.map-svg path[data-iso="HU"]')!.getAttribute("d")!.length;
  const worldView = await page.evaluate(lengthOfHungary);
  await zoomIntoEurope(page);
  await page.waitForFunction((before) => document.querySelector('svg.map-svg path[data-iso="HU"]')!.getAttribute("d")!.length > before * 2, worldView);
  await page.waitForLoadState("networkidle");
}

/** Shift, as CDP's Input domain numbers it. */
const SHIFT = 8;
/** Moves sent at once; the page answers each in turn. */
const BATCH = 100;

/**
 * Moves the mouse through Chromium's own input pipeline (hit testing, pointer events, React) to each
 * point in turn, and returns what the tooltip names there (null: hidden), as `recordTooltips` logged
 * it. The moves are sent in batches, about five times faster than one at a time on a busy machine;
 * Chromium merges moves queued back to back into one event, so every other move carries Shift
 * (which the map ignores) and each stays an event of its own. A move that never arrived fails the
 * test rather than go unchecked.
 */
async function hoverEach(page: Page, cdp: CDPSession, points: Point[]): Promise<(string | null)[]> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (window as unknown as TooltipLog).__tooltipLog.splice(0));
  for (let start = 0; start < points.length; start += BATCH) {
    await Promise.all(
      points
        .slice(start, start + BATCH)
        .map(([x, y], i) => cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", x, y, modifiers: i % 2 === 1 ? SHIFT : 0 })),
    );
  }
  const log = await page.evaluate(() => (window as unknown as TooltipLog).__tooltipLog.splice(0));
  const moves = log.filter(([x, y]) => x !== 0 || y !== 0);
  expect(moves.map(([x, y]) => `${x},${y}`)).toEqual(points.map(([x, y]) => `${x},${y}`));
  return moves.map(([, , name]) => name);
}

interface TooltipLog {
  __tooltipLog: [x: number, y: number, name: string | null][];
}

/** Runs in the page: logs, for every pointer move, where it was and what the tooltip then names. */
function recordTooltips() {
  const log: TooltipLog["__tooltipLog"] = [];
  (window as unknown as TooltipLog).__tooltipLog = log;
  // On the window, so it runs after the map's own listener (and React's update) for the same move.
  addEventListener("pointermove", (event) => {
    const tooltip = document.querySelector('[role="tooltip"]:not([hidden]) strong');
    log.push([event.clientX, event.clientY, tooltip?.textContent ?? null]);
  });
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DETAIL_GRID, tilesFor } from "../../../src/geo/detail/detailGrid";
import type { WorldShape } from "../../../src/geo/types";
import {
  DETAIL_MIN_ZOOM,
  NO_DETAIL,
  boxInView,
  detailShown,
  detailTilesFor,
  layersWithDetail,
  withDetail,
  type LoadedDetail,
} from "../../../src/map/zoomDetail";
import { constrainView, framing, onScreen, type View } from "../../../src/map/zoomMath";

// The map's viewBox, as the world is built (DETAIL_GRID is cut over the same units).
const size = { width: DETAIL_GRID.width, height: DETAIL_GRID.height };
const CELLS = DETAIL_GRID.cols * DETAIL_GRID.rows;
/** Europe from Portugal to the Urals' foot, Iceland to Crete, in viewBox units. */
const EUROPE: [[number, number], [number, number]] = [
  [440, 60],
  [600, 160],
];

describe("boxInView", () => {
  it("is the whole map at zoom 1, and a quarter of it at 2x from the top left", () => {
    // + 0: -0 (the screen's left edge, 0, less a view offset of 0) is 0.
    const corners = (view: View) =>
      boxInView(view, size)
        .flat()
        .map((n) => n + 0);
    expect(corners({ k: 1, x: 0, y: 0 })).toEqual([0, 0, 1000, 487]);
    expect(corners({ k: 2, x: 0, y: 0 })).toEqual([0, 0, 500, 243.5]);
  });

  it("has the screen's corners at its corners, for any view kept inside the map", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 48, noNaN: true }),
        fc.double({ min: -50000, max: 0, noNaN: true }),
        fc.double({ min: -50000, max: 0, noNaN: true }),
        (k, x, y) => {
          const view = constrainView({ k, x, y }, size);
          const [[x0, y0], [x1, y1]] = boxInView(view, size);
          const [sx0, sy0] = onScreen(view, [x0, y0]);
          const [sx1, sy1] = onScreen(view, [x1, y1]);
          expect(sx0).toBeCloseTo(0, 6);
          expect(sy0).toBeCloseTo(0, 6);
          expect(sx1).toBeCloseTo(size.width, 6);
          expect(sy1).toBeCloseTo(size.height, 6);
        },
      ),
    );
  });

  it("grows by the allowance, in screen units, on each side", () => {
    const [[x0, y0], [x1, y1]] = boxInView({ k: 4, x: -400, y: -200 }, size, 8);
    expect([x0, y0, x1, y1]).toEqual([98, 48, 352, 173.75]);
  });
});

describe("detailTilesFor", () => {
  it("asks for nothing below 4x, where the world view's geometry is fine enough", () => {
    expect(detailTilesFor({ k: 1, x: 0, y: 0 }, size)).toEqual([]);
    expect(detailTilesFor(framing(EUROPE, size, DETAIL_MIN_ZOOM - 0.1), size)).toEqual([]);
  });

  it("asks for Europe's tiles at a zoom to Europe, a few, not the world's", () => {
    const view = framing(EUROPE, size, 12);
    expect(view.k).toBeGreaterThanOrEqual(DETAIL_MIN_ZOOM);
    const tiles = detailTilesFor(view, size);
    // Every tile the view shows, and a margin beyond it, but nowhere near the whole grid.
    expect(tiles).toEqual(expect.arrayContaining(tilesFor(boxInView(view, size))));
    expect(tiles.length).toBeLessThanOrEqual(20);
    expect(tiles.length).toBeLessThan(CELLS / 4);
    // Australia's cells (south-east) are not among them.
    expect(tiles).not.toContain(
      tilesFor([
        [850, 330],
        [860, 340],
      ])[0],
    );
  });

  it("covers what every view at 4x or more shows, with fewer tiles the closer it gets", () => {
    fc.assert(
      fc.property(
        fc.double({ min: DETAIL_MIN_ZOOM, max: 48, noNaN: true }),
        fc.double({ min: -50000, max: 0, noNaN: true }),
        fc.double({ min: -50000, max: 0, noNaN: true }),
        (k, x, y) => {
          const view = constrainView({ k, x, y }, size);
          const tiles = new Set(detailTilesFor(view, size));
          for (const id of tilesFor(boxInView(view, size))) expect(tiles.has(id)).toBe(true);
          // At 4x, a view spans 4 × 2 cells or so; with the margin and clamping, never more than 7 × 5.
          expect(tiles.size).toBeLessThanOrEqual(35);
        },
      ),
    );
  });
});

describe("detailShown", () => {
  const view: View = framing(EUROPE, size, 12);
  const shown = tilesFor(boxInView(view, size));
  const east = Math.max(...shown) + 1; // the cell east of the view's bottom-right one
  const paths = new Map([
    ["FR", "M1 1l1 0 0 1z"],
    ["UA", "M2 2l1 0 0 1z"],
  ]);
  const countriesByTile = { [String(shown[0])]: ["FR"], [String(east)]: ["UA", "RU"] };
  const loaded: LoadedDetail = { tiles: new Set(detailTilesFor(view, size)), paths, countriesByTile };
  /** The view moved one cell east. */
  const panned = { ...view, x: view.x - DETAIL_GRID.cell * view.k };

  it("shows the loaded paths at the view they were loaded for", () => {
    expect(detailShown(loaded, view, size)).toBe(paths);
  });

  it("leaves out, when the view reaches a tile not loaded, the countries in it (their chords would show), and only them", () => {
    expect(loaded.tiles.has(east)).toBe(false);
    expect(tilesFor(boxInView(panned, size))).toContain(east);
    expect([...detailShown(loaded, panned, size).keys()]).toEqual(["FR"]);
  });

  it("shows none below 4x, or before anything was loaded", () => {
    expect(detailShown(loaded, { k: 1, x: 0, y: 0 }, size)).toBe(NO_DETAIL);
    expect(detailShown(loaded, { ...view, k: DETAIL_MIN_ZOOM - 0.01 }, size)).toBe(NO_DETAIL);
    expect(detailShown(null, view, size)).toBe(NO_DETAIL);
  });
});

/** A shape of the given path, its other fields alike. */
const shape = (iso: string, d: string): WorldShape => ({
  iso,
  d,
  centroid: [1, 1],
  bounds: [
    [0, 0],
    [2, 2],
  ],
});

describe("withDetail", () => {
  const shapes = [shape("FR", "m0 0l2 0 0 2z"), shape("DE", "m3 0l2 0 0 2z"), shape("MC", "")];

  it("puts each detailed path in place of the world-view one, keeping everything else of the shape", () => {
    const merged = withDetail(shapes, new Map([["FR", "M0 0l1 0 1 0 0 2z"]]));
    expect(merged[0]).toEqual({ ...shapes[0], d: "M0 0l1 0 1 0 0 2z" });
    expect(merged[1]).toBe(shapes[1]);
  });

  it("leaves a country drawn only as a marker a marker, and the shapes themselves when there is no detail", () => {
    expect(withDetail(shapes, new Map([["MC", "M0 0l1 0 0 1z"]]))[2]).toBe(shapes[2]);
    expect(withDetail(shapes, NO_DETAIL)).toBe(shapes);
  });
});

describe("layersWithDetail", () => {
  const drawn = [shape("FR", "m0 0l2 0 0 2z"), shape("DE", "m3 0l2 0 0 2z")];
  const layers = { drawn, shapeByIso: new Map([...drawn, shape("MC", "")].map((s) => [s.iso, s])) };

  it("gives the fills and the outlines (by ISO code) the same detailed path", () => {
    const detailed = layersWithDetail(layers, new Map([["FR", "M0 0l1 0 1 0 0 2z"]]));
    expect(detailed.drawn[0]!.d).toBe("M0 0l1 0 1 0 0 2z");
    expect(detailed.shapeByIso.get("FR")).toBe(detailed.drawn[0]);
    expect(detailed.shapeByIso.get("DE")).toBe(layers.shapeByIso.get("DE"));
    expect(detailed.shapeByIso.get("MC")).toBe(layers.shapeByIso.get("MC"));
    // The world's layers are not changed under the component's memo.
    expect(layers.shapeByIso.get("FR")!.d).toBe("m0 0l2 0 0 2z");
  });

  it("is the layers themselves without detail", () => {
    expect(layersWithDetail(layers, NO_DETAIL)).toBe(layers);
  });
});

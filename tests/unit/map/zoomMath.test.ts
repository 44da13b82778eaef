import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IDENTITY, constrainView, framing, onScreen as mapOnScreen, zoomedBy, type View } from "../../../src/map/zoomMath";

const size = { width: 960, height: 500 };
/** Where a map point shows on screen under a view. */
const onScreen = (view: View, [x, y]: [number, number]) => [view.x + x * view.k, view.y + y * view.k];

describe("zoomedBy", () => {
  it("zooms in 1.8 times about the centre of the map", () => {
    const view = zoomedBy(IDENTITY, 1.8, size);
    expect(view.k).toBeCloseTo(1.8);
    expect(onScreen(view, [480, 250])).toEqual([480, 250]);
  });

  it("zooming in keeps whatever is at the centre there, from any view, and the zoom between 1 and 48", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 48, noNaN: true }),
        fc.double({ min: -5000, max: 0, noNaN: true }),
        fc.double({ min: -5000, max: 0, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (k, x, y, factor) => {
          const from = constrainView({ k, x, y }, size);
          const centre: [number, number] = [(480 - from.x) / from.k, (250 - from.y) / from.k];
          const to = zoomedBy(from, factor, size);
          expect(to.k).toBeGreaterThanOrEqual(1);
          expect(to.k).toBeLessThanOrEqual(48);
          const [sx, sy] = onScreen(to, centre);
          expect(sx).toBeCloseTo(480, 4);
          expect(sy).toBeCloseTo(250, 4);
        },
      ),
    );
  });

  it("steps in and out again back to where it was", () => {
    const there = zoomedBy(zoomedBy(IDENTITY, 1.8, size), 1.8, size);
    const back = zoomedBy(zoomedBy(there, 1 / 1.8, size), 1 / 1.8, size);
    expect(back.k).toBeCloseTo(1);
    expect(back.x).toBeCloseTo(0);
    expect(back.y).toBeCloseTo(0);
  });
});

describe("framing", () => {
  it("centres a box and fits it with a tenth to spare", () => {
    const view = framing(
      [
        [100, 100],
        [196, 150],
      ],
      size,
      12,
    );
    expect(view.k).toBeCloseTo(9);
    expect(onScreen(view, [148, 125])).toEqual([480, 250]);
  });

  it("comes no closer than the zoom it is allowed, for a micro-state", () => {
    expect(
      framing(
        [
          [500, 200],
          [501, 201],
        ],
        size,
        24,
      ).k,
    ).toBe(24);
  });
});

describe("constrainView", () => {
  it("returns to the whole world, centred, when zoomed fully out after a drag (issue #17)", () => {
    const zoomed = zoomedBy(IDENTITY, 1.8, size);
    const dragged = constrainView({ ...zoomed, x: zoomed.x + 300, y: zoomed.y - 120 }, size);
    expect(zoomedBy(dragged, 1 / 1.8, size)).toEqual({ k: 1, x: 0, y: 0 });
  });

  it("never leaves a blank band at an edge, at any zoom and offset", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (k, x, y) => {
          const view = constrainView({ k, x, y }, size);
          const [left, top] = mapOnScreen(view, [0, 0]);
          const [right, bottom] = mapOnScreen(view, [size.width, size.height]);
          expect(left).toBeLessThanOrEqual(1e-9);
          expect(top).toBeLessThanOrEqual(1e-9);
          expect(right).toBeGreaterThanOrEqual(size.width - 1e-6);
          expect(bottom).toBeGreaterThanOrEqual(size.height - 1e-6);
        },
      ),
    );
  });
});

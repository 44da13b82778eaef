// The zoom's maths, apart from the d3 code that animates it (zoomBehaviour.ts) and the hook that
// wires both to the page (useZoom.ts), as d3-geo keeps `equalEarthRaw` apart from `geoEqualEarth`.
import type { Point } from "../geo/types";

/** A zoom: map point p shows at p * k + (x, y) in the map's viewBox units. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
/** Closest zoom: Monaco (about 2 km across) fills a good part of a desktop map. */
export const MAX_ZOOM = 48;
/** One press of + or − zooms by this factor. */
export const ZOOM_STEP = 1.8;

/**
 * The view kept inside the map: the zoom between 1 and MAX_ZOOM, and no blank band at any edge, so
 * that zooming fully out always shows the whole world, centred (issue #17: after a drag, − back to
 * k = 1 left the map shifted). constrainView({ k: 1, x: 40, y: -9 }, size) → { k: 1, x: 0, y: 0 }.
 */
export function constrainView(view: View, size: Size): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
  const clamp = (offset: number, extent: number) => Math.min(0, Math.max(extent * (1 - k), offset));
  return { k, x: clamp(view.x, size.width), y: clamp(view.y, size.height) };
}

/**
 * The view `factor` times closer (or further, below 1), keeping the centre of the map where it is,
 * then kept inside the map. zoomedBy({ k: 1, x: 0, y: 0 }, 2, { width: 100, height: 50 }) → { k: 2, x: -50, y: -25 }.
 */
export function zoomedBy(from: View, factor: number, size: Size): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, from.k * factor));
  const cx = size.width / 2;
  const cy = size.height / 2;
  // The map point now at the centre, kept at the centre.
  const px = (cx - from.x) / from.k;
  const py = (cy - from.y) / from.k;
  return constrainView({ k, x: cx - px * k, y: cy - py * k }, size);
}

/**
 * The view that fits a box of map units, centred, with a 10% margin, no closer than `maxZoom`, kept
 * inside the map. framing([[0, 0], [50, 25]], { width: 100, height: 50 }, 12) → { k: 1.8, x: 0, y: 0 }.
 */
export function framing([[x0, y0], [x1, y1]]: [Point, Point], size: Size, maxZoom: number): View {
  const k = Math.min(maxZoom, 0.9 / Math.max((x1 - x0) / size.width, (y1 - y0) / size.height));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return constrainView({ k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k }, size);
}

/** Where a map point shows under a view: onScreen({ k: 2, x: -10, y: 0 }, [10, 5]) → [10, 10]. */
export function onScreen(view: View, [x, y]: Point): Point {
  return [x * view.k + view.x, y * view.k + view.y];
}

/** The box around some points, padded: frameOf([[1, 2], [5, 6]], 1) → [[0, 1], [6, 7]]. */
export function frameOf(points: readonly Point[], pad: number): [Point, Point] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs) - pad, Math.min(...ys) - pad],
    [Math.max(...xs) + pad, Math.max(...ys) + pad],
  ];
}

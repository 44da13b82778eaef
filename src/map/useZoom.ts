import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Point } from "../geo/types";
import type { InstalledZoom } from "./zoomBehaviour";

export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
const MAX_ZOOM = 48;
const STEP = 1.8;

type Size = { width: number; height: number };
type ZoomCode = typeof import("./zoomBehaviour");
/** A zoom step, from the view it starts at to the view it ends at. */
type Step = (from: View) => View;

/**
 * What shows the reader is about to use the map; the zoom code is loaded on the first of these,
 * and the listeners go once it is here. A gesture may be a pan or a zoom: load at once. Hovering
 * and focus are for the tooltip first: load when the browser is idle, after the frame that shows
 * it (the benchmark's hover-to-frame budget, issue #6). `pointermove` too, for a pointer that was
 * already over the map when the page hydrated (it entered before anything listened).
 */
const GESTURE_EVENTS = ["pointerdown", "touchstart", "wheel"] as const;
const HOVER_EVENTS = ["pointerenter", "pointermove", "focusin"] as const;

/** Runs `task` when the browser is idle (soon, where there is no requestIdleCallback); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

let zoomCode: Promise<ZoomCode> | undefined;
let loadedZoomCode: ZoomCode | null = null;

/** The d3 zoom code, imported once for every map on the page; a failed import is tried again next time. */
function loadZoomCode(): Promise<ZoomCode> {
  zoomCode ??= import("./zoomBehaviour").then(
    (code) => (loadedZoomCode = code),
    (error: unknown) => {
      zoomCode = undefined;
      throw error;
    },
  );
  return zoomCode;
}

/**
 * Pan and zoom for the map's <svg>, applied as one transform on the countries' group. The d3 code
 * behind it (src/map/zoomBehaviour.ts) is not part of the first view: it is imported when the
 * reader first points at, touches, scrolls over or tabs into `frameRef`, or asks for a zoom (a
 * button, a country chosen in the list); zooms asked for before it arrives are made once it has.
 * Hover, focus and selection never wait for it. Wheel zoom needs Ctrl/⌘ when `wheelNeedsModifier`
 * (an embed in an article must not trap the page's scroll), and one-finger touch is left to the
 * page: only a two-finger pinch zooms on phones.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  frameRef: RefObject<HTMLElement | null>,
  size: Size,
  wheelNeedsModifier: boolean,
) {
  const [view, setView] = useState<View>(IDENTITY);
  const [code, setCode] = useState<ZoomCode | null>(loadedZoomCode);
  const installed = useRef<InstalledZoom | null>(null);
  // The view as of the last zoom event, read by steps without waiting for a render.
  const current = useRef<View>(IDENTITY);
  const queued = useRef<Step[]>([]);

  const load = useCallback(() => {
    // A transition: installing re-renders the map, which must not hold up a hover in progress.
    loadZoomCode().then((loaded) => startTransition(() => setCode(loaded)), (error: unknown) => {
      queued.current = [];
      console.error(`The map's zoom could not be loaded (src/map/zoomBehaviour.ts): ${error instanceof Error ? error.message : String(error)}`);
    });
  }, []);

  // Until the code is here, listen for the first sign that the reader wants it.
  useEffect(() => {
    const frame = frameRef.current;
    if (code || !frame) return;
    let cancelIdle: (() => void) | undefined;
    const loadWhenIdle = () => {
      cancelIdle ??= whenIdle(() => {
        cancelIdle = undefined;
        load();
      });
    };
    for (const type of GESTURE_EVENTS) frame.addEventListener(type, load, { passive: true });
    for (const type of HOVER_EVENTS) frame.addEventListener(type, loadWhenIdle, { passive: true });
    return () => {
      cancelIdle?.();
      for (const type of GESTURE_EVENTS) frame.removeEventListener(type, load);
      for (const type of HOVER_EVENTS) frame.removeEventListener(type, loadWhenIdle);
    };
  }, [frameRef, code, load]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !code) return;
    const zoom = code.installZoom(svg, {
      size: { width: size.width, height: size.height },
      maxZoom: MAX_ZOOM,
      wheelNeedsModifier,
      initial: current.current,
      onZoom: (next) => {
        current.current = next;
        setView(next);
      },
    });
    installed.current = zoom;
    // Steps asked for while the code was loading (the click that loaded it), made as one move.
    const steps = queued.current;
    queued.current = [];
    if (steps.length > 0) zoom.moveTo(steps.reduce((from, step) => step(from), current.current));
    return () => {
      zoom.remove();
      installed.current = null;
    };
  }, [svgRef, code, size.width, size.height, wheelNeedsModifier]);

  const apply = useCallback(
    (step: Step) => {
      const zoom = installed.current;
      if (zoom) {
        zoom.moveTo(step(current.current));
      } else {
        queued.current.push(step);
        load();
      }
    },
    [load],
  );

  const zoomToBox = useCallback(
    (box: [Point, Point], maxZoom = 12) => apply(() => framing(box, size, maxZoom)),
    [apply, size],
  );

  return {
    view,
    zoomIn: () => apply((from) => zoomedBy(from, STEP, size)),
    zoomOut: () => apply((from) => zoomedBy(from, 1 / STEP, size)),
    reset: () => apply(() => IDENTITY),
    zoomToBox,
  };
}

/**
 * The view `factor` times closer (or further, below 1), keeping the centre of the map where it is;
 * the zoom stays between 1 and 48.
 * @example zoomedBy({ k: 1, x: 0, y: 0 }, 2, { width: 100, height: 50 }) // { k: 2, x: -50, y: -25 }
 */
export function zoomedBy(from: View, factor: number, size: Size): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, from.k * factor));
  const cx = size.width / 2;
  const cy = size.height / 2;
  // The map point now at the centre, kept at the centre.
  const px = (cx - from.x) / from.k;
  const py = (cy - from.y) / from.k;
  return { k, x: cx - px * k, y: cy - py * k };
}

/**
 * The view that fits a box of map units, centred, with a 10% margin, no closer than `maxZoom`.
 * @example framing([[0, 0], [50, 25]], { width: 100, height: 50 }, 12) // { k: 1.8, x: 5, y: 2.5 }
 */
export function framing([[x0, y0], [x1, y1]]: [Point, Point], size: Size, maxZoom: number): View {
  const k = Math.min(maxZoom, 0.9 / Math.max((x1 - x0) / size.width, (y1 - y0) / size.height));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

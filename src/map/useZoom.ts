import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Point } from "../geo/types";
import { loadedZoomCode, loadZoomCode, whenIdle } from "./loadZoomCode";
import type { InstalledZoom } from "./zoomBehaviour";
import { IDENTITY, MAX_ZOOM, ZOOM_STEP, constrainView, framing, zoomedBy, type Size, type View } from "./zoomMath";

/** A zoom step, from the view it starts at to the view it ends at. */
type Step = (from: View) => View;

/**
 * What shows the reader is about to use the map; the zoom code is loaded on the first of these,
 * and the listeners go once it is here. A gesture may be a pan or a zoom: load at once. Hovering
 * and focus are for the tooltip first: load when the browser is idle, after the frame that shows
 * it (the benchmark's hover-to-frame budget). `pointermove` too, for a pointer that was already
 * over the map when the page hydrated (it entered before anything listened).
 */
const GESTURE_EVENTS = ["pointerdown", "touchstart", "wheel"] as const;
const HOVER_EVENTS = ["pointerenter", "pointermove", "focusin"] as const;

export interface ZoomControls {
  view: View;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Brings a box of map units into view, no closer than `maxZoom`. */
  zoomToBox: (box: [Point, Point], maxZoom?: number) => void;
  /** The zoom code could not be loaded when the reader asked for a zoom: the map works without it, and says so. */
  failed: boolean;
  /** Tries to load the zoom code again. */
  retry: () => void;
}

/**
 * Pan and zoom for the map's <svg>, applied as one transform on the countries' group. The d3 code
 * behind it is imported when the reader first points at, touches, scrolls over or tabs into
 * `frameRef`, or asks for a zoom (a button, a country chosen in the list); zooms asked for before
 * it arrives are made once it has. Hover, focus and selection never wait for it. Wheel zoom needs
 * Ctrl/⌘ when `wheelNeedsModifier` (an embed in an article must not trap the page's scroll), and
 * one-finger touch is left to the page: only a two-finger pinch zooms on phones. If the code
 * cannot be loaded, `failed` says so once the reader has asked for a zoom (a load on hover is
 * only a head start, and is not retried until the reader asks); every later ask tries again.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  frameRef: RefObject<HTMLElement | null>,
  size: Size,
  wheelNeedsModifier: boolean,
): ZoomControls {
  const [view, setView] = useState<View>(IDENTITY);
  const [code, setCode] = useState(loadedZoomCode);
  const installed = useRef<InstalledZoom | null>(null);
  // The view as of the last zoom event, read by steps without waiting for a render.
  const current = useRef<View>(IDENTITY);
  const queued = useRef<Step[]>([]);
  const [failed, setFailed] = useState(false);
  // A head start that failed (on hover) is not tried again on every hover: only when the reader asks.
  const headStartFailed = useRef(false);

  const load = useCallback((asked: boolean) => {
    // A transition: installing re-renders the map, which must not hold up a hover in progress.
    loadZoomCode().then(
      (loaded) => {
        setFailed(false);
        startTransition(() => setCode(loaded));
      },
      () => {
        // The page goes on without zoom, and says so where the zoom buttons are (WorldMap).
        queued.current = [];
        if (asked) setFailed(true);
        else headStartFailed.current = true;
      },
    );
  }, []);

  // Until the code is here, listen for the first sign that the reader wants it.
  useEffect(() => {
    const frame = frameRef.current;
    if (code || !frame) return;
    let cancelIdle: (() => void) | undefined;
    const loadNow = () => load(true);
    const loadWhenIdle = () => {
      if (headStartFailed.current) return;
      cancelIdle ??= whenIdle(() => {
        cancelIdle = undefined;
        load(false);
      });
    };
    for (const type of GESTURE_EVENTS) frame.addEventListener(type, loadNow, { passive: true });
    for (const type of HOVER_EVENTS) frame.addEventListener(type, loadWhenIdle, { passive: true });
    return () => {
      cancelIdle?.();
      for (const type of GESTURE_EVENTS) frame.removeEventListener(type, loadNow);
      for (const type of HOVER_EVENTS) frame.removeEventListener(type, loadWhenIdle);
    };
  }, [frameRef, code, load]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !code) return;
    const zoom = code.installZoom(svg, {
      size,
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
  }, [svgRef, code, size, wheelNeedsModifier]);

  const apply = useCallback(
    (step: Step) => {
      const zoom = installed.current;
      if (zoom) zoom.moveTo(constrainView(step(current.current), size));
      else {
        queued.current.push(step);
        load(true);
      }
    },
    [load, size],
  );

  return {
    view,
    zoomIn: useCallback(() => apply((from) => zoomedBy(from, ZOOM_STEP, size)), [apply, size]),
    zoomOut: useCallback(() => apply((from) => zoomedBy(from, 1 / ZOOM_STEP, size)), [apply, size]),
    reset: useCallback(() => apply(() => IDENTITY), [apply]),
    zoomToBox: useCallback((box: [Point, Point], maxZoom = 12) => apply(() => framing(box, size, maxZoom)), [apply, size]),
    failed,
    retry: useCallback(() => load(true), [load]),
  };
}

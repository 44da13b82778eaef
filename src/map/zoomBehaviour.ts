// Loaded on demand: useZoom imports this module (and with it d3-zoom, d3-selection and
// d3-transition, about 18 KB gzipped) only when the reader first reaches for the map, so the
// default page's first view does without it (issue #6's 150 KB budget).
import { select } from "d3-selection";
// Adds selection.transition(), for animated zooms (d3-zoom depends on it already).
import "d3-transition";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import type { View } from "./zoomMath";

/** An animated zoom step takes this long, unless the reader prefers reduced motion. */
const STEP_MS = 350;

export interface ZoomOptions {
  size: { width: number; height: number };
  maxZoom: number;
  /** Wheel zoom only with Ctrl/⌘ held (an embed in an article must not trap the page's scroll). */
  wheelNeedsModifier: boolean;
  /** The view to start from: the behaviour may be installed again after the reader has zoomed. */
  initial: View;
  onZoom: (view: View) => void;
}

export interface InstalledZoom {
  /** Moves to `view`, animated unless the reader prefers reduced motion. */
  moveTo: (view: View) => void;
  /** Removes the behaviour's listeners from the <svg>. */
  remove: () => void;
}

/**
 * Installs d3-zoom on the map's <svg>: drag to pan, pinch and (filtered) wheel to zoom.
 * One-finger touch is left to the page (only a two-finger pinch zooms on phones), and a
 * double-click selects rather than zooms.
 * @example const zoom = installZoom(svg, { size, maxZoom: 48, wheelNeedsModifier: false, initial: IDENTITY, onZoom: setView }); zoom.moveTo({ k: 2, x: -400, y: -200 });
 */
export function installZoom(svg: SVGSVGElement, options: ZoomOptions): InstalledZoom {
  const { width, height } = options.size;
  const behaviour = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, options.maxZoom])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .filter((event: Event) => {
      if (event.type === "wheel") return !options.wheelNeedsModifier || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
      if (event.type === "dblclick") return false; // double-click is for selecting, not zooming
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      options.onZoom({ k, x, y });
    });
  const selection = select(svg);
  selection.call(behaviour);
  const transformOf = (view: View) => zoomIdentity.translate(view.x, view.y).scale(view.k);
  // Installing resets d3's stored transform to the identity; keep the view the reader has.
  const { k, x, y } = options.initial;
  if (k !== 1 || x !== 0 || y !== 0) selection.call(behaviour.transform, transformOf(options.initial));
  return {
    moveTo: (view) => {
      const reduceMotion = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (reduceMotion) selection.call(behaviour.transform, transformOf(view));
      else selection.transition().duration(STEP_MS).call(behaviour.transform, transformOf(view));
    },
    remove: () => {
      selection.on(".zoom", null);
    },
  };
}

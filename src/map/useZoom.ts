import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { select } from "d3-selection";
// Adds selection.transition(), for animated zooms (d3-zoom depends on it already).
import "d3-transition";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import type { Point } from "../geo/types";

export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
const MAX_ZOOM = 48;
const STEP = 1.8;

/**
 * Pan and zoom for the map's <svg> with d3-zoom, applied as one transform on the countries' group.
 * Wheel zoom needs Ctrl/⌘ when `wheelNeedsModifier` (an embed in an article must not trap the
 * page's scroll), and one-finger touch is left to the page: only a two-finger pinch zooms on phones.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, size: { width: number; height: number }, wheelNeedsModifier: boolean) {
  const [view, setView] = useState<View>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([[0, 0], [size.width, size.height]])
      .translateExtent([[0, 0], [size.width, size.height]])
      .filter((event: Event) => {
        if (event.type === "wheel") return !wheelNeedsModifier || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
        if (event.type === "dblclick") return false; // double-click is for selecting, not zooming
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setView({ k, x, y });
      });
    behaviour.current = zoom;
    const selection = select(svg);
    selection.call(zoom);
    return () => {
      selection.on(".zoom", null);
      behaviour.current = null;
    };
  }, [svgRef, size.width, size.height, wheelNeedsModifier]);

  const apply = useCallback(
    (to: (current: ZoomTransform) => ZoomTransform) => {
      const svg = svgRef.current;
      const zoom = behaviour.current;
      if (!svg || !zoom) return;
      const selection = select(svg);
      const current = zoomIdentity.translate(view.x, view.y).scale(view.k);
      const reduceMotion = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (reduceMotion) selection.call(zoom.transform, to(current));
      else selection.transition().duration(350).call(zoom.transform, to(current));
    },
    [svgRef, view],
  );

  const zoomBy = useCallback(
    (factor: number) =>
      apply((t) => {
        const k = Math.min(MAX_ZOOM, Math.max(1, t.k * factor));
        const cx = size.width / 2;
        const cy = size.height / 2;
        // Keep the centre of the view where it is.
        const [px, py] = t.invert([cx, cy]);
        return zoomIdentity.translate(cx - px * k, cy - py * k).scale(k);
      }),
    [apply, size.width, size.height],
  );

  const zoomToBox = useCallback(
    ([[x0, y0], [x1, y1]]: [Point, Point], maxZoom = 12) =>
      apply(() => {
        const k = Math.min(maxZoom, 0.9 / Math.max((x1 - x0) / size.width, (y1 - y0) / size.height));
        const cx = (x0 + x1) / 2;
        const cy = (y0 + y1) / 2;
        return zoomIdentity.translate(size.width / 2 - cx * k, size.height / 2 - cy * k).scale(k);
      }),
    [apply, size.width, size.height],
  );

  return {
    view,
    zoomIn: () => zoomBy(STEP),
    zoomOut: () => zoomBy(1 / STEP),
    reset: () => apply(() => zoomIdentity),
    zoomToBox,
  };
}

import type { HitTestInput } from "./hitTest";
import { isoOfTarget } from "./isoOfTarget";
import { MARKER_HIT_RADIUS_PX, type MarkerSpec } from "./markers";
import type { View } from "./zoomMath";

/** The part of a pointer event the hit test reads. */
export interface PointerAt {
  clientX: number;
  clientY: number;
  target: EventTarget | null;
}

/**
 * What the hit test (hitTest.ts) needs to know of a pointer event on the map's <svg>; null where
 * the browser cannot map the pointer (jsdom). `dotRadius` is the markers' drawn radius in the
 * zoomed group's units.
 */
export function hitTestInputOf(
  svg: SVGSVGElement | null,
  event: PointerAt,
  markers: readonly MarkerSpec[],
  dotRadius: number,
  view: View,
  worldSize?: { width: number; height: number },
): HitTestInput | null {
  const matrix = svg?.getScreenCTM?.();
  if (!matrix) return null;
  const user = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  // The scale as drawn now, not as of the last render: after a resize the drawing scales at once
  // while the measured size catches up a frame or two later, and the hit test must match the
  // screen (a phone-sized dot would otherwise claim a click beside it).
  const pxPerUnit = Math.hypot(matrix.a, matrix.b);
  return {
    point: [user.x, user.y],
    under: isoOfTarget(event.target),
    markers,
    view,
    pxPerUnit,
    dotRadiusPx: dotRadius * view.k * pxPerUnit,
    hitRadiusPx: MARKER_HIT_RADIUS_PX,
    worldSize,
  };
}

/**
 * The country whose land is under a point of the window, whatever marker is drawn over it: the
 * first country shape the browser finds there (a tap on a dot over Hungary is still over Hungary).
 */
export function landUnder(doc: Document, clientX: number, clientY: number): string | null {
  if (typeof doc.elementsFromPoint !== "function") return null;
  const land = doc.elementsFromPoint(clientX, clientY).find((element) => element.matches(".country[data-iso]"));
  return land?.getAttribute("data-iso") ?? null;
}

import { useLayoutEffect, useRef, type RefObject } from "react";
import type { Point } from "../geo/types";
import type { HighlightStore } from "../view/highlightStore";
import { placeTooltip } from "./placeTooltip";

interface MapTooltipProps {
  /** The tooltip's element. */
  tooltipRef: RefObject<HTMLDivElement | null>;
  highlight: HighlightStore;
  selectedIso: string | null;
  /** Where the tooltip points, in the map frame's CSS px: the pointer, or the country's label point; null when unknown. */
  anchorOf: (iso: string, fromPointer: boolean) => Point | null;
  /** The country's name and its status in words. */
  describe: (iso: string) => { name: string; status: string };
}

/**
 * The tooltip (role="tooltip") for the country hovered or focused on the map, else the selected
 * one. It changes on every hover, so it is written outside React (issue #11, hover speed): on each
 * change of the highlight, its two texts, its `hidden` and its position are set directly. React
 * draws the empty tooltip once; no style attribute is ever in the HTML (CSP).
 */
export function MapTooltip({ tooltipRef: ref, highlight, selectedIso, anchorOf, describe }: MapTooltipProps) {
  const nameRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const show = useRef(() => {});
  // First, so the first showing already finds the sizes' observer.
  useLayoutEffect(() => (ref.current ? observePlacement(ref.current) : undefined), [ref]);
  // Every render: the latest props, and the tooltip shown again (a new selection, a zoom, a resize).
  useLayoutEffect(() => {
    show.current = () => {
      const tooltip = ref.current;
      const name = nameRef.current;
      const status = statusRef.current;
      if (!tooltip || !name || !status) return;
      const current = highlight.get();
      const fromMap = current.onMap ? current.iso : null;
      const shown = fromMap ?? selectedIso;
      tooltip.hidden = !shown;
      if (!shown) return;
      const words = describe(shown);
      if (name.textContent !== words.name) name.textContent = words.name;
      if (status.textContent !== words.status) status.textContent = words.status;
      const anchor = anchorOf(shown, fromMap !== null);
      if (anchor) moveTooltip(tooltip, anchor);
    };
    show.current();
  });
  useLayoutEffect(() => highlight.subscribe(() => show.current()), [highlight]);

  return (
    <div ref={ref} className="map-tooltip" role="tooltip" hidden>
      <strong ref={nameRef} />
      <span ref={statusRef} />
    </div>
  );
}

/** Puts the tooltip at its place for `anchor` (the map frame's CSS px), inside its overlay, which covers the frame. */
export function moveTooltip(tooltip: HTMLElement, anchor: Point): void {
  const placer = placers.get(tooltip);
  if (placer) return placer.moveTo(anchor);
  // No ResizeObserver (jsdom): measure now.
  const overlay = tooltip.parentElement;
  if (overlay)
    setPlace(tooltip, anchor, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, { width: overlay.clientWidth, height: overlay.clientHeight });
}

/**
 * A hover must not read layout (issue #11, hover speed): reading the tooltip's size right after
 * its text changed made the browser lay out the page inside the pointer's handler, a third of a
 * hover's time at 4x. The sizes come from a ResizeObserver instead, which reports them after the
 * browser's own layout and before paint: a move places the tooltip with the sizes known, and a
 * new size (a longer name) places it again within the same frame.
 */
function observePlacement(tooltip: HTMLElement): (() => void) | undefined {
  const overlay = tooltip.parentElement;
  if (!overlay || typeof ResizeObserver === "undefined") return undefined;
  let anchor: Point | null = null;
  let size: Size | null = null;
  let bounds: Size | null = null;
  const place = () => {
    if (anchor && size && bounds && size.width > 0) setPlace(tooltip, anchor, size, bounds);
  };
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize[0];
      const measured = box ? { width: box.inlineSize, height: box.blockSize } : { width: entry.contentRect.width, height: entry.contentRect.height };
      if (entry.target === tooltip) size = measured;
      else bounds = { width: entry.contentRect.width, height: entry.contentRect.height };
    }
    place();
  });
  observer.observe(tooltip);
  observer.observe(overlay);
  placers.set(tooltip, {
    moveTo: (next) => {
      anchor = next;
      place();
    },
  });
  return () => {
    observer.disconnect();
    placers.delete(tooltip);
  };
}

interface Size {
  width: number;
  height: number;
}

const placers = new WeakMap<HTMLElement, { moveTo: (anchor: Point) => void }>();

function setPlace(tooltip: HTMLElement, anchor: Point, size: Size, bounds: Size): void {
  const { left, top } = placeTooltip(anchor, size, bounds);
  const [x, y] = [`${left}px`, `${top}px`];
  if (tooltip.style.left !== x) tooltip.style.setProperty("left", x);
  if (tooltip.style.top !== y) tooltip.style.setProperty("top", y);
}

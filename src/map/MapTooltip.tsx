import { useLayoutEffect, useRef, type RefObject } from "react";
import type { Point } from "../geo/types";
import type { HighlightStore } from "../view/highlightStore";
import { placeTooltip } from "./placeTooltip";

interface MapTooltipProps {
  ref: RefObject<HTMLDivElement | null>;
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
export function MapTooltip({ ref, highlight, selectedIso, anchorOf, describe }: MapTooltipProps) {
  const nameRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const show = useRef(() => {});
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
  const overlay = tooltip.parentElement;
  if (!overlay) return;
  const { left, top } = placeTooltip(
    anchor,
    { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
    { width: overlay.clientWidth, height: overlay.clientHeight },
  );
  tooltip.style.setProperty("left", `${left}px`);
  tooltip.style.setProperty("top", `${top}px`);
}

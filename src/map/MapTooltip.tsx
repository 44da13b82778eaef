import { useLayoutEffect, type RefObject } from "react";
import type { Point } from "../geo/types";
import { useHighlight, type HighlightStore } from "../view/highlightStore";
import { placeTooltip } from "./placeTooltip";

interface MapTooltipProps {
  ref: RefObject<HTMLDivElement | null>;
  highlight: HighlightStore;
  selectedIso: string | null;
  /** Where the tooltip points, in the map frame's CSS px: the pointer, or the country's label point; null when unknown. */
  anchorOf: (iso: string, fromPointer: boolean) => Point | null;
  frameRef: RefObject<HTMLDivElement | null>;
  /** The country's name and its status in words. */
  describe: (iso: string) => { name: string; status: string };
}

/**
 * The tooltip (role="tooltip") for the country hovered or focused on the map, else the selected
 * one. It subscribes to the highlight itself, so a hover re-renders it and nothing else.
 */
export function MapTooltip({ ref, highlight, selectedIso, anchorOf, frameRef, describe }: MapTooltipProps) {
  const current = useHighlight(highlight);
  const fromMap = current.onMap ? current.iso : null;
  const shown = fromMap ?? selectedIso;

  // Placed by writing its position directly: one DOM write, and no style attribute in the HTML (CSP).
  useLayoutEffect(() => {
    const tooltip = ref.current;
    const frame = frameRef.current;
    if (!tooltip || !frame || !shown) return;
    const anchor = anchorOf(shown, fromMap !== null);
    if (!anchor) return;
    moveTooltip(tooltip, anchor, frame);
  });

  const { name, status } = shown ? describe(shown) : { name: "", status: "" };
  // The overlay is a layout boundary (contain: strict): a new name lays out the tooltip alone, not
  // the map frame, whose relayout would lay out every country again (issue #11, hover speed).
  return (
    <div className="map-overlay">
      <div ref={ref} className="map-tooltip" role="tooltip" hidden={!shown}>
        {shown && (
          <>
            <strong>{name}</strong>
            <span>{status}</span>
          </>
        )}
      </div>
    </div>
  );
}

/** Puts the tooltip at its place for `anchor` (frame CSS px), inside the frame. */
export function moveTooltip(tooltip: HTMLElement, anchor: Point, frame: HTMLElement): void {
  const { left, top } = placeTooltip(anchor, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, { width: frame.clientWidth, height: frame.clientHeight });
  tooltip.style.setProperty("left", `${left}px`);
  tooltip.style.setProperty("top", `${top}px`);
}

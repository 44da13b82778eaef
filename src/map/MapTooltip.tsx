import { useLayoutEffect, type RefObject } from "react";
import type { Point } from "../geo/types";
import { useHighlight, type HighlightStore } from "./highlightStore";

interface MapTooltipProps {
  ref: RefObject<HTMLDivElement | null>;
  highlight: HighlightStore;
  selectedIso: string | null;
  /** Where the pointer is in the frame, when the highlight came from it; null for keyboard focus. */
  pointer: RefObject<Point | null>;
  frameRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The country's name and its status in words. */
  describe: (iso: string) => [string, string];
}

/**
 * The tooltip (role="tooltip") for the country hovered or focused on the map, else the selected
 * one. It subscribes to the highlight itself, so a hover re-renders it and nothing else.
 */
export function MapTooltip({ ref, highlight, selectedIso, pointer, frameRef, svgRef, describe }: MapTooltipProps) {
  const current = useHighlight(highlight);
  const fromMap = current.onMap ? current.iso : null;
  const shown = fromMap ?? selectedIso;

  // Placed by writing its position directly: one DOM write, and no style attribute in the HTML (CSP).
  useLayoutEffect(() => {
    const tooltip = ref.current;
    const frame = frameRef.current;
    if (!tooltip || !frame || !shown) return;
    const frameBox = frame.getBoundingClientRect();
    let x: number;
    let y: number;
    if (pointer.current && fromMap) {
      [x, y] = pointer.current;
    } else {
      const svg = svgRef.current;
      const element = svg?.querySelector(`[data-iso="${shown}"].marker`) ?? svg?.querySelector(`[data-iso="${shown}"]`);
      if (!element) return;
      const box = element.getBoundingClientRect();
      x = box.left + box.width / 2 - frameBox.left;
      y = box.top - frameBox.top;
    }
    const left = Math.max(4, Math.min(x + 12, frameBox.width - tooltip.offsetWidth - 4));
    const top = y - tooltip.offsetHeight - 10 < 0 ? y + 16 : y - tooltip.offsetHeight - 10;
    tooltip.style.setProperty("left", `${left}px`);
    tooltip.style.setProperty("top", `${top}px`);
  });

  const [name, status] = shown ? describe(shown) : ["", ""];
  return (
    <div ref={ref} className="map-tooltip" role="tooltip" hidden={!shown}>
      {shown && (
        <>
          <strong>{name}</strong>
          <span>{status}</span>
        </>
      )}
    </div>
  );
}

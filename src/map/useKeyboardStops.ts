import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Point } from "../geo/types";
import type { HighlightStore } from "../view/highlightStore";
import { isoOfTarget } from "./isoOfTarget";
import { nextCountry } from "./keyboardOrder";

export interface KeyboardStops {
  /** The one country in the Tab order (roving tabindex); null on an empty map. */
  currentStop: string | null;
  /** A country focused by any means becomes the stop. */
  setStop: (iso: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/**
 * The map's keyboard: one tab stop (the selected country, else the first in reading order), arrow
 * keys to the nearest country in their direction, Enter or Space to select, Escape to clear.
 */
export function useKeyboardStops(
  svgRef: RefObject<SVGSVGElement | null>,
  layers: { order: readonly string[]; labelPoints: ReadonlyMap<string, Point> },
  selectedIso: string | null,
  highlight: HighlightStore,
  onSelect: (iso: string | null) => void,
): KeyboardStops {
  const [tabStop, setTabStop] = useState<string | null>(null);
  const moveFocusTo = useRef<string | null>(null);
  const currentStop = tabStop ?? selectedIso ?? layers.order[0] ?? null;

  // Keyboard focus follows the arrow keys once the new tab stop is rendered: in a layout effect, so
  // focus has moved before the next key (a passive effect may run a frame later).
  useLayoutEffect(() => {
    const iso = moveFocusTo.current;
    if (!iso || iso !== currentStop) return;
    moveFocusTo.current = null;
    svgRef.current?.querySelector<SVGElement>(`[data-iso="${iso}"][tabindex="0"]`)?.focus();
  }, [svgRef, currentStop]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === "Escape") {
      onSelect(null);
      highlight.set({ iso: null, onMap: false });
      return;
    }
    const from = isoOfTarget(event.target);
    if (!from) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(from);
      return;
    }
    const next = nextCountry(layers.order, layers.labelPoints, from, event.key);
    if (next) {
      event.preventDefault();
      moveFocusTo.current = next;
      setTabStop(next);
    }
  };

  return { currentStop, setStop: setTabStop, onKeyDown };
}

import { useEffect, useRef, useState, type RefObject } from "react";
import type { Point } from "../geo/types";

/** The countries a tap may have meant, and where it was (the map frame's CSS px). */
export interface ChooserState {
  at: Point;
  isos: string[];
}

export interface CandidateChooserControls {
  /** The open chooser, or null. */
  chooser: ChooserState | null;
  /** Opens the chooser for a tap at client coordinates. */
  open: (clientX: number, clientY: number, isos: string[]) => void;
  /** A country chosen: the chooser closes and focus goes to that country on the map. */
  choose: (iso: string) => void;
  /** Nothing chosen (Escape, the close button): focus goes back where it was. */
  dismiss: () => void;
}

/**
 * The state around CandidateChooser (issue #11, touch): where it opened, where focus returns, and
 * closing it when a pointer goes down anywhere else (a tap on the map then decides anew).
 */
export function useCandidateChooser(
  frameRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  onSelect: (iso: string) => void,
): CandidateChooserControls {
  const [chooser, setChooser] = useState<ChooserState | null>(null);
  const focusFrom = useRef<Element | null>(null);

  useEffect(() => {
    if (!chooser) return;
    const close = (event: Event) => {
      if (!(event.target instanceof Element && event.target.closest(".map-chooser"))) setChooser(null);
    };
    document.addEventListener("pointerdown", close, true);
    return () => document.removeEventListener("pointerdown", close, true);
  }, [chooser]);

  return {
    chooser,
    open: (clientX, clientY, isos) => {
      const frame = frameRef.current?.getBoundingClientRect();
      focusFrom.current = document.activeElement;
      setChooser({ at: frame ? [clientX - frame.left, clientY - frame.top] : [0, 0], isos });
    },
    choose: (iso) => {
      setChooser(null);
      onSelect(iso);
      // Focus returns to the map, on the country chosen (its tooltip shows, and the keyboard goes on from there).
      svgRef.current?.querySelector<SVGElement>(`[data-iso="${iso}"][role="button"]`)?.focus();
    },
    dismiss: () => {
      setChooser(null);
      const from = focusFrom.current;
      if ((from instanceof HTMLElement || from instanceof SVGElement) && from.isConnected) from.focus();
    },
  };
}

import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import type { Point } from "../geo/types";
import { placeTooltip } from "./placeTooltip";

export interface Candidate {
  iso: string;
  name: string;
  /** Its status in words ("Signed"). */
  status: string;
  /** Both, as the country's button on the map says them ("San Marino: Signed"). */
  label: string;
}

interface CandidateChooserProps {
  /** Where the finger touched, in the map frame's CSS px. */
  at: Point;
  /** The countries the tap may have meant, nearest first. */
  candidates: readonly Candidate[];
  label: string;
  closeLabel: string;
  onChoose: (iso: string) => void;
  /** Escape or the close button: nothing chosen. */
  onClose: () => void;
}

/**
 * What a tap on a touch screen near several small countries opens (issue #11): each country it may
 * have meant, with its status, nearest first, instead of a guess. Micro-states keep their 24 px
 * targets and the map never selects a country the finger was not on. A small non-modal dialog by
 * the tap, in the map's frame: focus moves to its first country; Escape or the close button closes
 * it (the map returns focus).
 */
export function CandidateChooser({ at, candidates, label, closeLabel, onChoose, onClose }: CandidateChooserProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Placed like the tooltip, above the tap where it fits, else below it, where it may reach past
  // the map (a phone's map is shorter than a list of Europe's micro-states); a CSSOM write, no
  // style attribute (CSP).
  useLayoutEffect(() => {
    const dialog = ref.current;
    const frame = dialog?.parentElement;
    if (!dialog || !frame) return;
    const { left, top } = placeTooltip(at, { width: dialog.offsetWidth, height: dialog.offsetHeight }, { width: frame.clientWidth, height: Infinity });
    dialog.style.setProperty("left", `${left}px`);
    dialog.style.setProperty("top", `${top}px`);
  }, [at, candidates]);

  // Once, when it opens (the map keys it by the tap, so a new tap opens a new one).
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button[data-choice]")?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <div ref={ref} className="map-chooser" role="dialog" aria-label={label} onKeyDown={onKeyDown}>
      <div className="map-chooser-head">
        <span aria-hidden="true">{label}</span>
        <button type="button" className="map-chooser-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </div>
      <ul>
        {candidates.map(({ iso, name, status, label: countryLabel }) => (
          <li key={iso}>
            <button type="button" data-choice={iso} aria-label={countryLabel} onClick={() => onChoose(iso)}>
              <strong>{name}</strong>
              <span>{status}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { memo } from "react";
import type { HighlightStore } from "../view/highlightStore";
import { useIsHighlighted } from "./useIsHighlighted";

interface CountryEntryProps {
  iso: string;
  name: string;
  note: string;
  selected: boolean;
  /** What the selected country did, in words, shown at the entry; "" when it is not selected. */
  standing: string;
  /** The "Show on the map" button's text ("Show on the map: France"). */
  showOnMapLabel: string;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
  onShowOnMap: (iso: string) => void;
}

/**
 * One country in the panel's lists: a button linked both ways to the map (hover highlights,
 * choosing selects). Once chosen, the entry says what the country did and offers the map, which on
 * a phone is far above the list (issue #17); the map's own note announces the choice to screen readers.
 */
export const CountryEntry = memo(function CountryEntry({
  iso,
  name,
  note,
  selected,
  standing,
  showOnMapLabel,
  highlight,
  onChoose,
  onShowOnMap,
}: CountryEntryProps) {
  // Subscribed per entry: a hover on the map re-renders the entry it enters and the one it leaves, no more.
  const highlighted = useIsHighlighted(highlight, iso);
  const enter = () => highlight.set({ iso, onMap: false });
  const leave = () => highlight.set({ iso: null, onMap: false });
  return (
    <>
      <li data-iso={iso} className={`entry${highlighted ? " is-highlighted" : ""}`}>
        <button
          type="button"
          aria-pressed={selected}
          onClick={() => onChoose(iso)}
          onPointerEnter={enter}
          onPointerLeave={leave}
          onFocus={enter}
          onBlur={leave}
        >
          {name}
          {note && <span className="entry-note"> · {note}</span>}
        </button>
      </li>
      {/* Beside the entry, not in it: the entry (data-iso) stays one button, as newsroom CSS and tests know it. */}
      {standing && (
        <li className="entry-standing" data-standing-of={iso}>
          <p>{standing}</p>
          <button type="button" className="show-on-map" onClick={() => onShowOnMap(iso)}>
            {showOnMapLabel}
          </button>
        </li>
      )}
    </>
  );
});

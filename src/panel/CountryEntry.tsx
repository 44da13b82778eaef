import { memo } from "react";
import { useIsHighlighted, type HighlightStore } from "../view/highlightStore";

interface CountryEntryProps {
  iso: string;
  name: string;
  note: string;
  selected: boolean;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
}

/** One country in the panel's lists: a button linked both ways to the map (hover highlights, choosing selects). */
export const CountryEntry = memo(function CountryEntry({ iso, name, note, selected, highlight, onChoose }: CountryEntryProps) {
  // Subscribed per entry: a hover on the map re-renders the entry it enters and the one it leaves, no more.
  const highlighted = useIsHighlighted(highlight, iso);
  const enter = () => highlight.set({ iso, onMap: false });
  const leave = () => highlight.set({ iso: null, onMap: false });
  return (
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
  );
});

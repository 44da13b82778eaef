import { memo } from "react";

interface CountryEntryProps {
  iso: string;
  name: string;
  note: string;
  selected: boolean;
  highlighted: boolean;
  onHighlight: (iso: string | null) => void;
  onChoose: (iso: string) => void;
}

/** One country in the panel's lists: a button linked both ways to the map (hover highlights, choosing selects). */
export const CountryEntry = memo(function CountryEntry({ iso, name, note, selected, highlighted, onHighlight, onChoose }: CountryEntryProps) {
  return (
    <li data-iso={iso} className={`entry${highlighted ? " is-highlighted" : ""}`}>
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => onChoose(iso)}
        onPointerEnter={() => onHighlight(iso)}
        onPointerLeave={() => onHighlight(null)}
        onFocus={() => onHighlight(iso)}
        onBlur={() => onHighlight(null)}
      >
        {name}
        {note && <span className="entry-note"> · {note}</span>}
      </button>
    </li>
  );
});

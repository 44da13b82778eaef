import type { Messages } from "../i18n/messages";
import type { HighlightStore } from "../view/highlightStore";
import type { Comparison } from "../view/statementView";
import { CountryEntry } from "./CountryEntry";

interface ComparisonSectionProps {
  comparison: Comparison;
  messages: Messages;
  /** Where the first statement alone is shown (the page's link without compare=). */
  aloneHref: string;
  selectedIso: string | null;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
}

/** Which statement is which, and who signed both, only the first, only the second, each a list linked to the map. */
export function ComparisonSection({ comparison, messages, aloneHref, selectedIso, highlight, onChoose }: ComparisonSectionProps) {
  return (
    <div className="comparison">
      <p>{messages.compareFirst(comparison.first.title, comparison.first.date)}</p>
      <p>{messages.compareSecond(comparison.second.title, comparison.second.date)}</p>
      {comparison.parts.map((part) => (
        <div className="region" key={part.part} data-part={part.part}>
          <h3>{part.heading}</h3>
          <ul>
            {part.organisations.map((written) => (
              <li key={written} className="entry entry-org">
                {written}
              </li>
            ))}
            {part.countries.map((country) => (
              <CountryEntry
                key={country.iso}
                iso={country.iso}
                name={country.name}
                note=""
                selected={country.iso === selectedIso}
                highlight={highlight}
                onChoose={onChoose}
              />
            ))}
          </ul>
        </div>
      ))}
      <p>
        <a href={aloneHref}>{messages.compareStop}</a>
      </p>
    </div>
  );
}

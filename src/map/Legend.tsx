import type { LegendEntry } from "../view/statementView";

/** Legend entries with words and counts, so colour is never the only signal. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="legend">
      {entries.map((entry) => (
        <li key={`${entry.category}:${entry.text}`} data-category={entry.category}>
          <svg className="legend-swatch" viewBox="0 0 16 12" aria-hidden="true">
            <rect className={`swatch swatch-${entry.category}`} width="16" height="12" rx="2" />
          </svg>
          <span>{entry.text}</span>
        </li>
      ))}
    </ul>
  );
}

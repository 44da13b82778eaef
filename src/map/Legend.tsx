import type { LegendEntry } from "../view/statementView";

/**
 * Legend entries with words and counts, so colour is never the only signal; and, while a group is
 * outlined on the map, an entry for its dashed outline ("Outlined: NATO", issue #17).
 */
export function Legend({ entries, outlined }: { entries: readonly LegendEntry[]; outlined: string | null }) {
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
      {outlined && (
        <li data-legend="outlined">
          <svg className="legend-swatch" viewBox="0 0 16 12" aria-hidden="true">
            <rect className="swatch-group-halo" x="2" y="2" width="12" height="8" />
            <rect className="swatch-group-outline" x="2" y="2" width="12" height="8" />
          </svg>
          <span>{outlined}</span>
        </li>
      )}
    </ul>
  );
}

import type { Messages } from "../i18n/messages";
import { formatDate } from "../i18n/format";
import type { Categorised, Category } from "./categorise";

interface LegendProps {
  categorised: Categorised;
  messages: Messages;
  lang: string;
  /** Codes of the organisations that signed ("EU"); the catalogue names them. */
  organisations: string[];
}

interface Entry {
  category: Category;
  text: string;
}

/** Legend entries with words and counts, so colour is never the only signal. */
export function legendEntries({ categorised, messages, lang, organisations }: LegendProps): Entry[] {
  const entries: Entry[] = [{ category: "signatory", text: messages.legendSignatories(categorised.signatoryCountries, organisations) }];
  for (const { date, count } of categorised.additions) {
    entries.push({ category: "joined", text: messages.legendJoined(count, formatDate(date, lang)) });
  }
  if (categorised.subjects > 0) entries.push({ category: "subject", text: messages.legendSubjects(categorised.subjects) });
  entries.push({ category: "other", text: messages.legendOther });
  return entries;
}

export function Legend(props: LegendProps) {
  return (
    <ul className="legend">
      {legendEntries(props).map((entry) => (
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

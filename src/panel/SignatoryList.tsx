import type { GroupId } from "../countries/referenceGroups";
import { useId, useState } from "react";
import type { Messages } from "../i18n/messages";
import { formatDate } from "../i18n/format";
import type { HighlightStore } from "../view/highlightStore";
import { CountryEntry } from "./CountryEntry";
import { filterGroups, type RegionGroup } from "../view/groupSignatories";
import type { OrganisationEntry } from "../view/statementView";

interface SignatoryListProps {
  groups: RegionGroup[];
  /** Organisations that signed, with what choosing one says ("of its member states, Hungary and Slovakia did not sign"). */
  organisations: OrganisationEntry[];
  /** The reference group outlined on the map; an organisation's entry toggles its own group. */
  outlinedGroup: GroupId | null;
  onOutline: (group: GroupId | null) => void;
  messages: Messages;
  lang: string;
  englishNameOf: (iso: string) => string;
  selectedIso: string | null;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
}

/** Signatories by region with counts, searchable; each entry is linked both ways to the map. */
export function SignatoryList(props: SignatoryListProps) {
  const { groups, organisations, messages, lang, englishNameOf } = props;
  const [query, setQuery] = useState("");
  const searchId = useId();
  const shown = filterGroups(groups, query, englishNameOf);
  const outlinedHere = (org: OrganisationEntry) => org.group !== null && props.outlinedGroup === org.group;
  return (
    <div className="signatories">
      <label className="search" htmlFor={searchId}>
        <span>{messages.searchLabel}</span>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      </label>
      {organisations.length > 0 && (
        <div className="region">
          <h3>
            {messages.organisationsRegion} <span className="count">{organisations.length}</span>
          </h3>
          <ul>
            {organisations.map((org) => (
              <li key={org.code} data-org={org.code} className="entry entry-org">
                <button type="button" aria-pressed={outlinedHere(org)} onClick={() => props.onOutline(outlinedHere(org) ? null : org.group)}>
                  {org.written}
                </button>
                {outlinedHere(org) && <p className="org-note">{org.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Only a search can come up empty: a list with no signatories at all (an authoring draft) says nothing here. */}
      {shown.length === 0 && query.trim() !== "" && <p role="status">{messages.searchNone(query)}</p>}
      {shown.map((group) => (
        <div className="region" key={group.region}>
          <h3>
            {group.region} <span className="count">{group.entries.length}</span>
          </h3>
          <ul>
            {group.entries.map((entry) => (
              <CountryEntry
                key={entry.iso}
                iso={entry.iso}
                name={entry.name}
                note={[entry.joinedOn ? messages.statusJoined(formatDate(entry.joinedOn, lang)) : "", entry.territories ? messages.entryWithTerritories(entry.territories) : ""].filter(Boolean).join(" · ")}
                selected={entry.iso === props.selectedIso}
                highlight={props.highlight}
                onChoose={props.onChoose}
              />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

import { GROUP_OF_ORG, type GroupId } from "../countries/referenceGroups";
import type { OrgCode } from "../countries/types";
import { useId, useState } from "react";
import type { Messages } from "../i18n/messages";
import { formatDate } from "../i18n/format";
import type { HighlightStore } from "../map/highlightStore";
import { CountryEntry } from "./CountryEntry";
import { filterGroups, type RegionGroup } from "./groupSignatories";

interface SignatoryListProps {
  groups: RegionGroup[];
  /** Organisations that signed, with what choosing one says ("of its member states, Hungary and Slovakia did not sign"). */
  organisations: { code: OrgCode; name: string; note: string }[];
  /** The organisation whose members are outlined on the map, if any. */
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
  const outlinedHere = (code: OrgCode) => props.outlinedGroup === GROUP_OF_ORG[code];
  return (
    <section className="signatories" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{messages.signatoriesHeading}</h2>
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
                <button type="button" aria-pressed={outlinedHere(org.code)} onClick={() => props.onOutline(outlinedHere(org.code) ? null : (GROUP_OF_ORG[org.code] ?? null))}>
                  {org.name}
                </button>
                {outlinedHere(org.code) && <p className="org-note">{org.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.length === 0 && <p role="status">{messages.searchNone(query)}</p>}
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
                note={entry.joinedOn ? messages.statusJoined(formatDate(entry.joinedOn, lang)) : ""}
                selected={entry.iso === props.selectedIso}
                highlight={props.highlight}
                onChoose={props.onChoose}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

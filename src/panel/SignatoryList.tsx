import type { GroupId } from "../countries/referenceGroups";
import { useId, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Messages } from "../i18n/messages";
import { formatDate, regionName } from "../i18n/format";
import type { HighlightStore } from "../view/highlightStore";
import { CountryEntry } from "./CountryEntry";
import { searchCountries, type SearchIndex } from "../view/searchCountries";
import type { OrganisationEntry } from "../view/statementView";
import { resolverChunk } from "./resolverChunk";

interface SignatoryListProps {
  /** The signatories by region and the names search looks through (makeSearchIndex). */
  search: SearchIndex;
  /** The reference group outlined on the map; an organisation's entry toggles its own group. */
  outlinedGroup: GroupId | null;
  onOutline: (group: GroupId | null) => void;
  messages: Messages;
  lang: string;
  nameOf: (iso: string) => string;
  /** How a country stands, in words: "Hungary did not sign. It is a member of the EU, …". */
  standingOf: (iso: string) => string;
  /** Whether a country is on the map, so that it can be shown there. */
  onMap: (iso: string) => boolean;
  selectedIso: string | null;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
  /** Selects a country and brings the map into view, for a reader far below it (a phone). */
  onShowOnMap: (iso: string) => void;
}

/**
 * Signatories by region with counts, searchable by every name the resolver knows; each entry is
 * linked both ways to the map. A country the search names that did not sign is answered in words.
 */
export function SignatoryList(props: SignatoryListProps) {
  const { search, messages, lang, nameOf, standingOf } = props;
  const [query, setQuery] = useState("");
  const searchId = useId();
  // The resolver's tables are a chunk of their own: loaded when the reader reaches for the search.
  const resolver = useSyncExternalStore(resolverChunk.subscribe, resolverChunk.get, resolverChunk.get);
  const found = searchCountries(search, query, resolver.status === "ready" ? resolver.resolve : undefined);
  const nothing = found.groups.length === 0 && found.organisations.length === 0 && found.others.length === 0;
  // While the resolver loads, an empty result may still be answered by the names it knows.
  const settled = resolver.status === "ready" || resolver.status === "failed";
  const outlinedHere = (org: OrganisationEntry) => org.group !== null && props.outlinedGroup === org.group;
  const toggleOrg = (org: OrganisationEntry) => props.onOutline(outlinedHere(org) ? null : org.group);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || !found.chosen) return;
    event.preventDefault();
    if (found.chosen.kind === "country") props.onChoose(found.chosen.iso);
    else {
      const code = found.chosen.code;
      const org = found.organisations.find((entry) => entry.code === code);
      if (org && !outlinedHere(org)) toggleOrg(org);
    }
  };

  return (
    <div className="signatories">
      <label className="search" htmlFor={searchId}>
        <span>{messages.searchLabel}</span>
        <input
          id={searchId}
          type="search"
          value={query}
          onFocus={resolverChunk.load}
          onChange={(event) => {
            resolverChunk.load();
            setQuery(event.target.value);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </label>
      {/* One polite region, always in the page, so that what it comes to say is announced. */}
      <div className="search-answers" role="status">
        {found.others.map((iso) => (
          <p key={iso} data-answer={iso}>
            {standingOf(iso)}{" "}
            {props.onMap(iso) && (
              <button type="button" className="show-on-map" onClick={() => props.onShowOnMap(iso)}>
                {messages.showOnMap(nameOf(iso))}
              </button>
            )}
          </p>
        ))}
        {nothing && query.trim() !== "" && settled && <p>{messages.searchNone(query)}</p>}
      </div>
      {found.organisations.length > 0 && (
        <div className="region">
          <h3>
            {messages.organisationsRegion} <span className="count">{found.organisations.length}</span>
          </h3>
          <ul>
            {found.organisations.map((org) => (
              <li key={org.code} data-org={org.code} className="entry entry-org">
                <button type="button" aria-pressed={outlinedHere(org)} onClick={() => toggleOrg(org)}>
                  {org.label}
                </button>
                {outlinedHere(org) && <p className="org-note">{org.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {found.groups.map((group) => (
        <div className="region" key={group.region}>
          <h3>
            {regionName(group.region, lang)} <span className="count">{group.entries.length}</span>
          </h3>
          <ul>
            {group.entries.map((entry) => {
              const selected = entry.iso === props.selectedIso;
              return (
                <CountryEntry
                  key={entry.iso}
                  iso={entry.iso}
                  name={entry.name}
                  note={[
                    entry.ownRight ?? "",
                    entry.joinedOn ? messages.statusJoined(formatDate(entry.joinedOn, lang)) : "",
                    entry.territories ? messages.entryWithTerritories(entry.territories) : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                  selected={selected}
                  standing={selected ? standingOf(entry.iso) : ""}
                  showOnMapLabel={messages.showOnMap(entry.name)}
                  highlight={props.highlight}
                  onChoose={props.onChoose}
                  onShowOnMap={props.onShowOnMap}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

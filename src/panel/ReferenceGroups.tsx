import { memo } from "react";
import type { GroupId } from "../countries/referenceGroups";
import type { Messages } from "../i18n/messages";
import { formatDate } from "../i18n/format";
import type { GroupSummary } from "../view/groupSummaries";

interface ReferenceGroupsProps {
  summaries: GroupSummary[];
  date: string;
  messages: Messages;
  lang: string;
  outlined: GroupId | null;
  onOutline: (group: GroupId | null) => void;
}

/**
 * Each reference group in words, the groups some of whose members did not sign first (issue #17:
 * a block headed "Who did not sign" opened with "G7: all 7 signed"), each with a toggle that
 * outlines its members on the map.
 */
export const ReferenceGroups = memo(function ReferenceGroups({ summaries, date, messages, lang, outlined, onOutline }: ReferenceGroupsProps) {
  if (summaries.length === 0) return null;
  const ordered = [...summaries.filter((group) => group.notSigned.length > 0), ...summaries.filter((group) => group.notSigned.length === 0)];
  return (
    <div className="groups">
      <h3>{messages.groupsSubheading}</h3>
      <p className="groups-as-of">{messages.groupsAsOf(formatDate(date, lang))}</p>
      <ul>
        {ordered.map((group) => {
          const active = outlined === group.id;
          return (
            <li key={group.id} data-group={group.id}>
              <p>
                {group.sentence}
                {group.subjectNote && <> {group.subjectNote}</>}
              </p>
              <button type="button" className="group-toggle" aria-pressed={active} onClick={() => onOutline(active ? null : group.id)}>
                {active ? messages.hideOnMap(group.name) : messages.showOnMap(group.name)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

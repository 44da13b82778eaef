import { memo } from "react";
import { compareWithGroup, hasDataFor, type GroupId, type ReferenceGroupId } from "../countries/referenceGroups";
import type { Messages } from "../i18n/messages";
import { compareNames, formatDate, formatList } from "../i18n/format";
import type { Statement } from "../statement/types";

const GROUPS: { id: ReferenceGroupId; name: (m: Messages) => string }[] = [
  { id: "EU", name: (m) => m.groupEU },
  { id: "NATO", name: (m) => m.groupNATO },
  { id: "G7", name: (m) => m.groupG7 },
  { id: "UNSC-P5", name: (m) => m.groupUNSCPermanent },
  { id: "UNSC-E10", name: (m) => m.groupUNSCElected },
];

export interface GroupSummary {
  id: GroupId;
  name: string;
  sentence: string;
  subjectNote: string | null;
  members: string[];
  notSigned: string[];
}

/**
 * For each reference group the data covers on the statement's date: who signed and who did not,
 * in words. summariseGroups(seed, …)[1].sentence → "NATO: 28 of 31 signed; not Hungary, Slovakia and Türkiye."
 */
export function summariseGroups(statement: Statement, messages: Messages, lang: string, nameOf: (iso: string) => string): GroupSummary[] {
  const signed = new Set<string>();
  for (const party of [...statement.signatories, ...statement.additions]) if (party.kind === "country") signed.add(party.iso2);
  const subjects = new Set(statement.subjects.map((subject) => subject.iso2));
  const names = (isos: string[]) => formatList(isos.map(nameOf).sort((a, b) => compareNames(a, b, lang)), lang);
  return GROUPS.filter(({ id }) => hasDataFor(id, statement.date)).map(({ id, name }) => {
    const comparison = compareWithGroup(id, statement.date, signed, subjects);
    const groupName = name(messages);
    const counted = comparison.members.length;
    return {
      id,
      name: groupName,
      sentence: messages.groupSummary(groupName, comparison.signed.length, counted, comparison.notSigned.length ? names(comparison.notSigned) : ""),
      subjectNote: comparison.subjects.length ? messages.groupSubjectNote(names(comparison.subjects), comparison.subjects.length) : null,
      members: comparison.members,
      notSigned: comparison.notSigned,
    };
  });
}

interface ReferenceGroupsProps {
  summaries: GroupSummary[];
  date: string;
  messages: Messages;
  lang: string;
  outlined: GroupId | null;
  onOutline: (group: GroupId | null) => void;
}

/** "Who did not sign": each reference group in words, with a toggle that outlines its members on the map. */
export const ReferenceGroups = memo(function ReferenceGroups({ summaries, date, messages, lang, outlined, onOutline }: ReferenceGroupsProps) {
  if (summaries.length === 0) return null;
  return (
    <section className="groups" aria-labelledby="groups-heading">
      <h2 id="groups-heading">{messages.groupsHeading}</h2>
      <p className="groups-as-of">{messages.groupsAsOf(formatDate(date, lang))}</p>
      <ul>
        {summaries.map((group) => {
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
    </section>
  );
});

import { compareWithGroup, hasDataFor, type ReferenceGroupId } from "../countries/referenceGroups";
import { formatList, sortNames } from "../i18n/format";
import type { Messages } from "../i18n/messages";
import type { Categorised } from "./categorise";
import type { Locale } from "./locale";

/** The reference groups the panel sets a statement against, in the order it shows them, with their names. */
const GROUPS: { id: ReferenceGroupId; name: (m: Messages) => string }[] = [
  { id: "EU", name: (m) => m.groupEU },
  { id: "NATO", name: (m) => m.groupNATO },
  { id: "G7", name: (m) => m.groupG7 },
  { id: "UNSC-P5", name: (m) => m.groupUNSCPermanent },
  { id: "UNSC-E10", name: (m) => m.groupUNSCElected },
];

export interface GroupSummary {
  id: ReferenceGroupId;
  name: string;
  sentence: string;
  subjectNote: string | null;
  /** Members on the statement's date, ISO alpha-2. */
  members: string[];
  notSigned: string[];
}

/**
 * For each reference group the data covers on the statement's date: who signed and who did not,
 * in words. summariseGroups(seed view, "2024-01-10", en)[1].sentence → "NATO: 28 of 31 signed; not Hungary, Slovakia and Türkiye."
 */
export function summariseGroups(categorised: Categorised, date: string, locale: Locale): GroupSummary[] {
  const { messages, lang, nameOf } = locale;
  const signed = new Set<string>();
  const subjects = new Set<string>();
  for (const [iso, category] of categorised.byIso) {
    if (category === "signatory" || category === "joined") signed.add(iso);
    else if (category === "subject") subjects.add(iso);
  }
  const names = (isos: string[]) => formatList(sortNames(isos.map(nameOf), lang), lang);
  return GROUPS.filter(({ id }) => hasDataFor(id, date)).map(({ id, name }) => {
    const comparison = compareWithGroup(id, date, signed, subjects);
    const groupName = name(messages);
    return {
      id,
      name: groupName,
      sentence: messages.groupSummary(
        groupName,
        comparison.signed.length,
        comparison.members.length,
        comparison.notSigned.length ? names(comparison.notSigned) : "",
      ),
      subjectNote: comparison.subjects.length ? messages.groupSubjectNote(names(comparison.subjects), comparison.subjects.length) : null,
      members: comparison.members,
      notSigned: comparison.notSigned,
    };
  });
}

import type { GroupId } from "../countries/referenceGroups";
import type { StatementView } from "./statementView";

/**
 * The group the map outlines: a reference group of the panel, or an organisation that signed
 * whose members are on record; null when none is chosen or its members are unknown.
 * outlinedGroupOf(view, "nato") → { name: "NATO", members: ["AL", "BE", …] }.
 */
export function outlinedGroupOf(view: StatementView, group: GroupId | null): { name: string; members: string[] } | null {
  if (group === null) return null;
  const summary = view.groupSummaries.find((entry) => entry.id === group);
  if (summary) return { name: summary.name, members: summary.members };
  const org = view.organisations.find((entry) => entry.group === group);
  return org?.members ? { name: org.name, members: org.members } : null;
}

import { describe, expect, it } from "vitest";
import { outlinedGroupOf } from "../../../src/view/outlinedGroup";
import { deriveStatementView } from "../../../src/view/statementView";
import { englishLocale, fixtureOrgs } from "../../fixtures/locale";
import { shortStatement } from "../../fixtures/statement";

describe("outlinedGroupOf", () => {
  const view = deriveStatementView({ statement: shortStatement, warnings: [], orgs: fixtureOrgs }, englishLocale);

  it("outlines nothing until a group is chosen", () => {
    expect(outlinedGroupOf(view, null)).toBeNull();
  });

  it("outlines a reference group of the panel by its members, under its name", () => {
    const group = view.groupSummaries[0]!;
    expect(outlinedGroupOf(view, group.id)).toEqual({ name: group.name, members: group.members });
  });

  it("outlines an organisation that signed, through its group, when its members are on record", () => {
    const org = view.organisations.find((entry) => entry.group !== null && entry.members !== null);
    if (!org) throw new Error("the fixture statement should have an organisation with members on record");
    const outlined = outlinedGroupOf({ ...view, groupSummaries: [] }, org.group);
    expect(outlined).toEqual({ name: org.name, members: org.members });
  });
});

import { describe, expect, it } from "vitest";
import { deriveComparisonView } from "../../../src/view/comparisonView";
import type { Statement } from "../../../src/statement/types";
import { shortStatement } from "../../fixtures/statement";
import { englishLocale, fixtureOrgs } from "../../fixtures/locale";

// The short statement (Germany, Monaco, Tuvalu and the EU; France later; Russia the subject) against
// a second one that Germany, Hungary and Denmark signed.
const second: Statement = {
  ...shortStatement,
  id: "second-statement",
  title: "Another statement",
  date: "2024-03-01",
  signatories: [
    { kind: "country", written: "Germany", iso2: "DE" },
    { kind: "country", written: "Hungary", iso2: "HU" },
    { kind: "country", written: "Denmark", iso2: "DK" },
  ],
  subjects: [],
  additions: [],
  claims: [],
};
const view = deriveComparisonView({ statement: shortStatement, warnings: [], orgs: fixtureOrgs }, { statement: second, warnings: [], orgs: {} }, englishLocale);

describe("deriveComparisonView", () => {
  it("sorts countries into signed both, only the first, only the second; later signers of the first count as the first", () => {
    const category = (iso: string) => view.categorised.byIso.get(iso) ?? "other";
    expect(["DE", "MC", "TV", "FR", "HU", "DK", "RU", "CN"].map(category)).toEqual(["both", "first", "first", "first", "second", "second", "other", "other"]);
  });

  it("counts each part in the legend and the context line", () => {
    expect(view.legend.map((entry) => [entry.category, entry.text])).toEqual([
      ["both", "1 country signed both"],
      ["first", "3 only the first"],
      ["second", "2 only the second"],
      ["other", "Signed neither"],
    ]);
    expect(view.context).toBe("1 country signed both statements; 3 only the first, 2 only the second");
  });

  it("says which statement is which, and lists each part with its organisations", () => {
    expect(view.comparison!.first).toEqual({ id: "short-statement", title: "Three nations condemn something", date: "10 January 2024" });
    expect(view.comparison!.second.title).toBe("Another statement");
    const part = (name: string) => view.comparison!.parts.find((p) => p.part === name)!;
    expect(part("both").countries.map((c) => c.iso)).toEqual(["DE"]);
    expect(part("first").countries.map((c) => c.name)).toEqual(["France", "Monaco", "Tuvalu"]);
    expect(part("first").organisations).toEqual(["the High Representative of the European Union"]);
    expect(part("second").countries.map((c) => c.iso)).toEqual(["DK", "HU"]);
  });

  it("names each country's part in its tooltip, territories with their state", () => {
    expect(view.statusOf("HU").label).toBe("Hungary: Signed only the second");
    expect(view.statusOf("CN").status).toBe("Signed neither");
    expect(view.categorised.byIso.get("GL")).toBe("second");
    expect(view.categorised.coveredBy.get("GL")).toBe("DK");
  });
});

import { describe, expect, it } from "vitest";
import { deriveStatementView } from "../../../src/view/statementView";
import { shortStatement } from "../../fixtures/statement";
import { englishLocale, fixtureOrgs } from "../../fixtures/locale";

describe("deriveStatementView", () => {
  const view = deriveStatementView({ statement: shortStatement, warnings: [], orgs: fixtureOrgs }, englishLocale);

  it("writes one line of context: who signed and when, and who joined later", () => {
    expect(view.context).toBe("3 countries and the EU signed on 10 January 2024; France joined on 12 January 2024");
  });

  it("counts later signatories of one date instead of naming them when there are more than three", () => {
    const joined = ["FR", "MC", "RU", "TV"].map((iso2) => ({
      kind: "country" as const,
      written: iso2,
      iso2,
      date: "2024-01-12",
      source: { name: "Later Wire" },
    }));
    const many = deriveStatementView({ statement: { ...shortStatement, additions: joined }, warnings: [], orgs: fixtureOrgs }, englishLocale);
    expect(many.context).toMatch(/; 4 joined on 12 January 2024$/);
    const few = deriveStatementView({ statement: { ...shortStatement, additions: joined.slice(0, 3) }, warnings: [], orgs: fixtureOrgs }, englishLocale);
    expect(few.context).toMatch(/; .+, .+,? and .+ joined on 12 January 2024$/);
  });

  it("counts the legend's categories, organisations apart from countries", () => {
    expect(view.legend.map((entry) => [entry.category, entry.text])).toEqual([
      ["signatory", "3 countries + the EU signed"],
      ["joined", "1 joined on 12 January 2024"],
      ["subject", "1 subject of the statement"],
      ["other", "Did not sign"],
    ]);
  });

  it("says what a chosen country did, with its entry as the statement writes it", () => {
    expect(view.standingOf("DE")).toBe("Germany signed on 10 January 2024, listed as “Germany”.");
    expect(view.standingOf("FR")).toBe("France joined on 12 January 2024, listed as “France” by Later Wire.");
    expect(view.standingOf("RU")).toBe("Russia is a subject of the statement, named as “Russia”; it did not sign.");
  });

  it("says of a country that did not sign that an organisation it belongs to did (issue #17: Hungary and the EU)", () => {
    expect(view.standingOf("HU")).toBe("Hungary did not sign. It is a member of the EU, which signed as “the High Representative of the European Union”.");
    expect(view.standingOf("CN")).toBe("CN did not sign.");
  });

  it("names each country with its status for tooltips and accessible names", () => {
    expect(view.statusOf("FR")).toEqual({ name: "France", status: "Joined on 12 January 2024", label: "France: Joined on 12 January 2024" });
    expect(view.statusOf("HU").label).toBe("Hungary: Did not sign");
  });

  it("describes the map for screen readers in the words of its alt text: who signed, where, who joined later, the subject", () => {
    // Of the fixture's Europe, Russia is the subject and France joined later: Germany and Monaco are two of the three states left.
    expect(view.mapSummary).toBe(
      "3 countries and the EU signed on 10 January 2024: most of Europe (except Hungary) and Tuvalu. France joined on 12 January 2024. Russia is the subject of the statement.",
    );
  });

  it("tells the version story: the stated count and the later additions", () => {
    expect(view.versionStory).toEqual([
      "The source states 3 countries; the map shows all 3.",
      "France added in the version of 12 January 2024, published by Later Wire.",
    ]);
  });

  it("names the organisation as the statement writes it, with the group its entry outlines", () => {
    expect(view.organisations).toEqual([expect.objectContaining({ code: "EU", written: "the High Representative of the European Union", group: "EU" })]);
  });

  it("colours a territory with the state whose signature covers it, and says so, without counting it (issue #17)", () => {
    // France joined later: French Guiana and New Caledonia take its standing, its date and its words.
    expect(view.categorised.byIso.get("GF")).toBe("joined");
    expect(view.categorised.coveredBy.get("NC")).toBe("FR");
    expect(view.statusOf("GF").status).toBe("Part of France, which joined on 12 January 2024");
    expect(view.standingOf("NC")).toBe("NC: Part of France, which joined on 12 January 2024.");
    expect(view.legend[0]!.text).toBe("3 countries + the EU signed");
    expect(view.legendNote).toBe("Territories are shown with the state that conducts their foreign affairs.");
    const france = view.signatoryGroups.flatMap((group) => group.entries).find((entry) => entry.iso === "FR")!;
    expect(france.territories).toContain("GF");
  });

  it("leaves a territory that the statement names itself to its own standing", () => {
    const statement = { ...shortStatement, signatories: [...shortStatement.signatories, { kind: "country" as const, written: "New Caledonia", iso2: "NC" }] };
    const own = deriveStatementView({ statement, warnings: [], orgs: fixtureOrgs }, englishLocale);
    expect(own.categorised.byIso.get("NC")).toBe("signatory");
    expect(own.categorised.coveredBy.has("NC")).toBe(false);
    expect(own.categorised.coveredBy.get("GF")).toBe("FR");
  });

  it("names a territory's state as the sentence says it, in English the Kingdom of Denmark", () => {
    const statement = { ...shortStatement, signatories: [{ kind: "country" as const, written: "Denmark", iso2: "DK" }] };
    const denmark = deriveStatementView({ statement, warnings: [], orgs: {} }, englishLocale);
    expect(denmark.statusOf("GL").status).toBe("Part of the Kingdom of Denmark, which signed");
  });
});

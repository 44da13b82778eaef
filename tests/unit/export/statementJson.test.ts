import { describe, expect, it } from "vitest";
import { countryByIso, nameResolver } from "../../../src/countries/resolveCountry";
import { partyRows } from "../../../src/export/partyRows";
import { statementJson } from "../../../src/export/statementJson";
import { formatProblem } from "../../../src/statement/formatProblem";
import { parseStatement } from "../../../src/statement/parseStatement";
import { shortStatement } from "../../fixtures/statement";
import { seed } from "./pictures";

describe("statementJson", () => {
  const members = { ...shortStatement, id: "members-statement", countedAs: "members" as const };

  it.each([seed, shortStatement, members])("is a statement file that the parser reads back as the same statement ($id)", (statement) => {
    const result = parseStatement(JSON.parse(statementJson(statement, countryByIso)), `statements/${statement.id}.json`, nameResolver, {
      expectedId: statement.id,
    });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.statement).toEqual(statement);
  });

  it("carries every party's resolved codes, as the CSV rows do", () => {
    const download = JSON.parse(statementJson(seed, countryByIso));
    expect(download.parties).toEqual(JSON.parse(JSON.stringify(partyRows(seed, countryByIso))));
    expect(download.parties.find((party: { iso2: string }) => party.iso2 === "MD")).toMatchObject({ written: "Moldova", iso3: "MDA", numeric: "498" });
  });

  it("is indented for reading and ends with a newline", () => {
    const json = statementJson(shortStatement, countryByIso);
    expect(json.startsWith('{\n  "id": "short-statement"')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });
});

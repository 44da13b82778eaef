import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryByIso } from "../../../src/countries/resolveCountry";
import { partyRows, type PartyRow } from "../../../src/export/partyRows";
import { statementCsv } from "../../../src/export/statementCsv";
import { shortStatement } from "../../fixtures/statement";
import { readCsv } from "./csv";
import { seed } from "./pictures";

const HEADER = ["name_as_written", "name", "iso2", "iso3", "numeric", "organisation", "status", "date_joined", "source", "source_url"];

/** The CSV read back into records keyed by header, the BOM checked and removed first. */
function readBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\ufeff")).toBe(true);
  const [header, ...rows] = readCsv(csv.slice(1));
  expect(header).toEqual(HEADER);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

const row = (written: string, overrides: Partial<PartyRow> = {}): PartyRow => ({
  written,
  name: "South Korea",
  iso2: "KR",
  iso3: "KOR",
  numeric: "410",
  org: null,
  status: "signatory",
  dateJoined: "2024-01-10",
  source: { name: "dpa-AFX" },
  ...overrides,
});

describe("statementCsv", () => {
  it("round-trips names with commas, quotes and line breaks (RFC 4180)", () => {
    const names = ["Korea, Republic of", 'Côte d\'Ivoire ("the Ivory Coast")', "Line one\r\nline two", 'He said "yes", twice\n', ""];
    const records = readBack(statementCsv(names.map((name) => row(name, { source: { name: `${name} wire`, url: "https://example.org/a,b" } }))));
    expect(records.map((record) => record.name_as_written)).toEqual(names);
    expect(records.map((record) => record.source)).toEqual(names.map((name) => `${name} wire`));
    expect(records[0]!.source_url).toBe("https://example.org/a,b");
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" })), { maxLength: 8 }), (pairs) => {
        const records = readBack(statementCsv(pairs.map(([written, source]) => row(written, { source: { name: source } }))));
        expect(records.map((record) => [record.name_as_written, record.source])).toEqual(pairs);
      }),
    );
  });

  it("starts with a byte order mark and ends every line, the last too, with CRLF, for Excel and LibreOffice", () => {
    const csv = statementCsv([row("Albania")]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("lists every party of the seed once: its signatories, the EU, later signatories and subjects, with their codes", () => {
    const records = readBack(statementCsv(partyRows(seed, countryByIso)));
    expect(records).toHaveLength(seed.signatories.length + seed.additions.length + seed.subjects.length);
    const byWritten = new Map(records.map((record) => [record.name_as_written, record]));
    expect(byWritten.get("the Czech Republic")).toEqual({
      name_as_written: "the Czech Republic",
      name: "Czech Republic",
      iso2: "CZ",
      iso3: "CZE",
      numeric: "203",
      organisation: "",
      status: "signatory",
      date_joined: "2024-01-10",
      source: "dpa-AFX",
      source_url: "",
    });
    // Numeric codes keep their leading zeros.
    expect(byWritten.get("Albania")?.numeric).toBe("008");
    expect(byWritten.get("the High Representative of the European Union")).toMatchObject({
      name: "European Union",
      iso2: "",
      organisation: "EU",
      status: "signatory",
    });
    expect(byWritten.get("Paraguay")).toMatchObject({ iso2: "PY", status: "joined", date_joined: "2024-01-12", source: "the UK government" });
    expect(byWritten.get("North Korea")).toMatchObject({ iso2: "KP", iso3: "PRK", numeric: "408", status: "subject", date_joined: "" });
  });

  it("carries the statement's source link where it has one", () => {
    const records = readBack(statementCsv(partyRows(shortStatement, countryByIso)));
    expect(records.find((record) => record.iso2 === "DE")?.source_url).toBe("https://example.org/wire");
    expect(records.find((record) => record.iso2 === "FR")).toMatchObject({ status: "joined", source: "Later Wire", source_url: "" });
  });
});

describe("partyRows", () => {
  it("gives Kosovo no alpha-3 or numeric code, as ISO has none", () => {
    const statement = { ...shortStatement, signatories: [{ kind: "country" as const, written: "Kosovo", iso2: "XK" }] };
    expect(partyRows(statement, countryByIso)[0]).toMatchObject({ iso2: "XK", iso3: null, numeric: null, name: "Kosovo" });
  });

  it("says which code it could not find, rather than writing a row without codes", () => {
    const statement = { ...shortStatement, signatories: [{ kind: "country" as const, written: "Atlantis", iso2: "QQ" }] };
    expect(() => partyRows(statement, countryByIso)).toThrow(/QQ \("Atlantis"\)/);
  });
});

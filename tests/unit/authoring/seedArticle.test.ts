import { describe, expect, it } from "vitest";
import { draftStatement } from "../../../src/authoring/draftStatement";
import { formatDraftReport } from "../../../src/authoring/formatDraftReport";
import { resolveCountry } from "../../../src/countries/resolveCountry";
import { articleFixture } from "./fixtures";

const seed = articleFixture("seed-dpa-afx-2024");
const draft = draftStatement(seed.text);

describe("draftStatement on the seed article (dpa-AFX, 10 January 2024)", () => {
  it("finds its 48 countries and the EU's High Representative, in the report's order", () => {
    expect(draft.file.signatories).toHaveLength(49);
    expect(draft.file.signatories.at(-1)).toBe("the High Representative of the European Union");
    const countries = draft.file.signatories.map((name) => resolveCountry(name)).filter((r) => r.ok && r.kind === "country");
    expect(countries).toHaveLength(48);
  });

  it("does not take Hungary or Slovakia, which the report does not list, nor North Korea or Russia", () => {
    const codes = draft.file.signatories.map((name) => resolveCountry(name)).flatMap((r) => (r.ok && r.kind === "country" ? [r.country.iso2] : []));
    for (const code of ["HU", "SK", "KP", "RU"]) expect(codes).not.toContain(code);
  });

  it("takes North Korea and Russia for subjects, never Ukraine or South Korea, which signed", () => {
    expect(draft.file.subjects).toEqual(["North Korea", "Russia"]);
  });

  it("reads 48 from '48 nations', the dateline's agency as the source and the date line", () => {
    expect(draft.file.statedCount).toBe(48);
    expect(draft.file.source).toEqual({ name: "dpa-AFX" });
    expect(draft.file.date).toBe("2024-01-10");
  });

  it("keeps the paragraphs as published, the dateline in the first", () => {
    expect(draft.file.text).toHaveLength(9);
    expect(draft.file.text[0]).toMatch(/^SEOUL \(dpa-AFX\) - A group of 48 nations/);
  });

  it("makes a title from the lead sentence, and an id from the title and year", () => {
    expect(draft.file.title).toBe("A group of 48 nations have condemned North Korean supply of ballistic missiles to Russia");
    expect(draft.file.id).toMatch(/^[a-z0-9-]+-2024$/);
  });

  it("proposes the reported claims with voice 'reported' and who made them", () => {
    const reported = draft.file.claims.filter((claim) => claim.voice === "reported");
    expect(reported.map((claim) => claim.by)).toEqual([
      "the United States",
      "NSC Coordinator for Strategic Communications John Kirby",
      "Washington",
      "White House",
    ]);
    expect(reported[0]?.quote).toMatch(/^over the course of five days around the New Year's holiday, Russia launched/);
  });

  it("proposes the statement's own words in the statement's voice, by the ministers", () => {
    const own = draft.file.claims.filter((claim) => claim.voice === "statement");
    expect(own.map((claim) => claim.quote)).toContain(
      "We are deeply concerned about the security implications that this cooperation has in Europe, on the Korean Peninsula, across the Indo-Pacific region, and around the world",
    );
    expect(own.map((claim) => claim.quote)).toContain(
      "called on the two governments to abide by relevant Security Council resolutions and to immediately cease all activities that violate them",
    );
    expect(own.find((claim) => claim.quote.startsWith("We are deeply"))?.by).toBe("the Foreign Affairs Ministers");
  });

  it("validates with the build's parser and resolver", () => {
    expect(draft.report.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(draft.valid).toBe(true);
  });

  it("reports where the list was found, the count's agreement and the guessed subjects", () => {
    const report = formatDraftReport(draft).join("\n");
    expect(report).toContain("Signatories: 49 found (48 countries, 1 organisation)");
    expect(report).toContain('paragraph 2 (text[1]): 49 names after "around the world,\' the Foreign Affairs Ministers of"');
    expect(report).toContain('Stated count: 48 ("48 nations", paragraph 1 (text[0])) agrees with the 48 countries listed');
    expect(report).toMatch(/North Korea \(KP\): paragraph 1: "condemned North Korean"/);
    expect(report).toMatch(/^Draft "[a-z0-9-]+": valid$/m);
  });
});

// The real statements bundled beside the seed (docs/statements.md says where each list was checked).
// Each block would fail if its file lost or gained a signatory, resolved a name to the wrong place,
// or dropped the dates of later signatories.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { nameResolver } from "../../../src/countries/resolveCountry";
import { formatProblem } from "../../../src/statement/formatProblem";
import { parseStatement } from "../../../src/statement/parseStatement";
import type { Party, Statement } from "../../../src/statement/types";

function readRaw(id: string): Record<string, unknown> {
  const url = new URL(`../../../public/statements/${id}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
}

function parseBundled(id: string) {
  return parseStatement(readRaw(id), `statements/${id}.json`, nameResolver, { expectedId: id });
}

/** The statement, or a failure listing every problem, so a broken file says what broke. */
function load(id: string): Statement {
  const result = parseBundled(id);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.statement;
}

const countryCodes = (parties: Party[]) => parties.flatMap((party) => (party.kind === "country" ? [party.iso2] : []));
const orgs = (parties: Party[]) => parties.flatMap((party) => (party.kind === "org" ? [{ written: party.written, org: party.org }] : []));

/** What a newsroom shows from the file: the text is our summary, marked as such, with a link to the published list. */
function expectSummaryWithLink(id: string): void {
  const raw = readRaw(id);
  expect(raw.textKind).toBe("summary");
  expect((raw.source as { url?: unknown }).url).toMatch(/^https?:\/\//);
}

/** Parses with the real resolver and expects neither errors nor warnings (a count mismatch is a warning). */
function expectClean(id: string): void {
  const result = parseBundled(id);
  const problems = result.ok ? result.warnings : result.problems;
  expect(problems.map(formatProblem)).toEqual([]);
  expect(result.ok).toBe(true);
}

describe("pacific-islands-forum-retreat-2023: territories that sign in their own name", () => {
  const id = "pacific-islands-forum-retreat-2023";

  test("validates with the real resolver, and its text is a linked summary", () => {
    expectClean(id);
    expectSummaryWithLink(id);
  });

  test("lists the 18 Forum members the communiqué names as represented, in its order", () => {
    expect(countryCodes(load(id).signatories)).toEqual([
      "CK",
      "FM",
      "FJ",
      "KI",
      "MH",
      "NR",
      "NC",
      "NU",
      "PW",
      "WS",
      "SB",
      "TO",
      "TV",
      "VU",
      "PF",
      "NZ",
      "AU",
      "PG",
    ]);
  });

  test("the Cook Islands, Niue, New Caledonia and French Polynesia are their own entries, not New Zealand's or France's", () => {
    const byWritten = new Map(load(id).signatories.map((party) => [party.written, party]));
    expect(byWritten.get("the Cook Islands")).toMatchObject({ kind: "country", iso2: "CK" });
    expect(byWritten.get("Niue")).toMatchObject({ kind: "country", iso2: "NU" });
    expect(byWritten.get("New Caledonia")).toMatchObject({ kind: "country", iso2: "NC" });
    expect(byWritten.get("French Polynesia")).toMatchObject({ kind: "country", iso2: "PF" });
    expect(countryCodes(load(id).signatories)).not.toContain("FR");
  });

  test("keeps the communiqué's own words apart from what Loop PNG reported", () => {
    const { claims } = load(id);
    expect(claims.filter((claim) => claim.voice === "reported").map((claim) => claim.by)).toEqual(["Loop PNG", "Loop PNG"]);
    expect(claims.filter((claim) => claim.voice === "statement").length).toBeGreaterThanOrEqual(3);
  });
});

describe("nuclear-humanitarian-consequences-2014: a list of over 100, with observer states and non-UN members", () => {
  const id = "nuclear-humanitarian-consequences-2014";

  test("validates with the real resolver, and its text is a linked summary", () => {
    expectClean(id);
    expectSummaryWithLink(id);
  });

  test("lists the 155 countries the statement names, and the 155 it states", () => {
    const { signatories, statedCount } = load(id);
    const codes = countryCodes(signatories);
    expect(codes).toHaveLength(155);
    expect(new Set(codes).size).toBe(155);
    expect(orgs(signatories)).toEqual([]);
    expect(statedCount).toBe(155);
    expect(codes.slice(0, 3)).toEqual(["AF", "DZ", "AD"]);
  });

  test("ends as the statement does: New Zealand, the two observer states, then the Cook Islands and Niue", () => {
    expect(countryCodes(load(id).signatories).slice(-5)).toEqual(["NZ", "VA", "PS", "CK", "NU"]);
  });

  test("tells the two Congos, Niger and Nigeria, and the old names of North Macedonia and Eswatini apart", () => {
    const byWritten = new Map(load(id).signatories.map((party) => [party.written, party]));
    expect(byWritten.get("Congo")).toMatchObject({ iso2: "CG" });
    expect(byWritten.get("DR Congo")).toMatchObject({ iso2: "CD" });
    expect(byWritten.get("Niger")).toMatchObject({ iso2: "NE" });
    expect(byWritten.get("Nigeria")).toMatchObject({ iso2: "NG" });
    expect(byWritten.get("Macedonia")).toMatchObject({ iso2: "MK" });
    expect(byWritten.get("Swaziland")).toMatchObject({ iso2: "SZ" });
  });

  test("no state known to hold nuclear weapons is among the signers", () => {
    const codes = new Set(countryCodes(load(id).signatories));
    for (const armed of ["US", "RU", "GB", "FR", "CN", "IN", "PK", "IL", "KP"]) expect(codes.has(armed)).toBe(false);
  });
});

describe("global-methane-pledge-2021: an organisation among the founders, and signers who joined later", () => {
  const id = "global-methane-pledge-2021";

  test("validates with the real resolver, and its text is a linked summary", () => {
    expectClean(id);
    expectSummaryWithLink(id);
  });

  test("the United States, the European Union and the seven countries that backed the pledge on 17 September 2021", () => {
    const { signatories } = load(id);
    expect(countryCodes(signatories)).toEqual(["US", "AR", "GH", "ID", "IQ", "IT", "MX", "GB"]);
    expect(orgs(signatories)).toEqual([{ written: "the European Union", org: "EU" }]);
  });

  test("24 countries joined on 11 October 2021, each dated and sourced to the joint US-EU statement", () => {
    const { additions } = load(id);
    expect(additions).toHaveLength(24);
    expect(countryCodes(additions)).toEqual([
      "CA",
      "CF",
      "CG",
      "CR",
      "CI",
      "CD",
      "FM",
      "FR",
      "DE",
      "GT",
      "GN",
      "IL",
      "JP",
      "JO",
      "KG",
      "LR",
      "MT",
      "MA",
      "NG",
      "PK",
      "PH",
      "RW",
      "SE",
      "TG",
    ]);
    for (const addition of additions) {
      expect(addition.date).toBe("2021-10-11");
      expect(addition.source.url).toMatch(/^https:\/\/ru\.usembassy\.gov\//);
    }
  });

  test("the two Congos that joined are told apart: Congo-Brazzaville is CG, the Democratic Republic CD", () => {
    const byWritten = new Map(load(id).additions.map((party) => [party.written, party]));
    expect(byWritten.get("Congo-Brazzaville")).toMatchObject({ iso2: "CG" });
    expect(byWritten.get("Democratic Republic of the Congo")).toMatchObject({ iso2: "CD" });
  });
});

describe("wto-mc11-ministers-support-2017: customs territories that sign as WTO members", () => {
  const id = "wto-mc11-ministers-support-2017";

  test("validates with the real resolver, and its text is a linked summary", () => {
    expectClean(id);
    expectSummaryWithLink(id);
  });

  test("lists the 44 members the WTO named, agreeing with the 44 it states", () => {
    const { signatories, statedCount } = load(id);
    const codes = countryCodes(signatories);
    expect(codes).toHaveLength(44);
    expect(statedCount).toBe(44);
    expect(orgs(signatories)).toEqual([]);
    // El Salvador is the name one republication dropped (docs/statements.md); the WTO's count needs it.
    expect(codes.slice(8, 11)).toEqual(["DO", "SV", "GT"]);
  });

  test("Hong Kong, China and Chinese Taipei sign as themselves; China does not sign", () => {
    const codes = countryCodes(load(id).signatories);
    expect(codes).toContain("HK");
    expect(codes).toContain("TW");
    expect(codes).not.toContain("CN");
    const byWritten = new Map(load(id).signatories.map((party) => [party.written, party]));
    expect(byWritten.get("Chinese Taipei")).toMatchObject({ iso2: "TW" });
  });

  test("reads the WTO's names (Laos, the former Yugoslav Republic of Macedonia, Turkey), and its Korea, written KR, is the Republic", () => {
    const byWritten = new Map(load(id).signatories.map((party) => [party.written, party]));
    expect(countryCodes(load(id).signatories)).toContain("KR");
    expect(byWritten.get("Laos")).toMatchObject({ iso2: "LA" });
    expect(byWritten.get("the former Yugoslav Republic of Macedonia")).toMatchObject({ iso2: "MK" });
    expect(byWritten.get("Turkey")).toMatchObject({ iso2: "TR" });
    expect(byWritten.get("the Russian Federation")).toMatchObject({ iso2: "RU" });
  });
});

describe("future-of-the-internet-declaration-2022: the European Commission and Taiwan among the signers", () => {
  const id = "future-of-the-internet-declaration-2022";

  test("validates with the real resolver, and its text is a linked summary", () => {
    expectClean(id);
    expectSummaryWithLink(id);
  });

  test("the United States and the 60 partners of the White House's list: 60 countries and the European Commission", () => {
    const { signatories } = load(id);
    expect(signatories).toHaveLength(61);
    const codes = countryCodes(signatories);
    expect(codes).toHaveLength(60);
    expect(codes[0]).toBe("US");
    expect(codes.at(-1)).toBe("UY");
  });

  test("the European Commission signs as the EU, an organisation, and is not counted as a country", () => {
    expect(orgs(load(id).signatories)).toEqual([{ written: "the European Commission", org: "EU" }]);
  });

  test("Taiwan and Kosovo are their own entries, and Senegal, missing from the White House's list, is not added", () => {
    const codes = countryCodes(load(id).signatories);
    expect(codes).toContain("TW");
    expect(codes).toContain("XK");
    expect(codes).not.toContain("CN");
    expect(codes).not.toContain("SN");
  });
});

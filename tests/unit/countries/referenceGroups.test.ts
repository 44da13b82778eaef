import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareWithGroup, hasDataFor, membersOn, referenceGroups, type ReferenceGroupId } from "../../../src/countries/referenceGroups";
import generatedCountries from "../../../src/generated/countries.json";
import { SEED_DATE as STATEMENT_DATE, SEED_SIGNATORY_CODES, SEED_SUBJECTS } from "../../fixtures/seedStatement";

const SIGNED = new Set(SEED_SIGNATORY_CODES);
const SUBJECTS = new Set(SEED_SUBJECTS.map((subject) => subject.iso2));

const VALID_ISO = new Set(generatedCountries.map((country) => country.iso2));
const GROUP_IDS: ReferenceGroupId[] = referenceGroups.map((group) => group.id);

describe("referenceGroups on the statement's date, 2024-01-10", () => {
  it("the EU has 27 members", () => {
    expect(membersOn("EU", STATEMENT_DATE)).toHaveLength(27);
  });

  it("NATO has 31 members, Finland in and Sweden not yet", () => {
    const nato = membersOn("NATO", STATEMENT_DATE);
    expect(nato).toHaveLength(31);
    expect(nato).toContain("FI");
    expect(nato).not.toContain("SE");
  });

  it("the G7 has 7 members and the P5 are China, France, Russia, the UK and the US", () => {
    expect(membersOn("G7", STATEMENT_DATE)).toEqual(["CA", "DE", "FR", "GB", "IT", "JP", "US"]);
    expect(membersOn("UNSC-P5", STATEMENT_DATE)).toEqual(["CN", "FR", "GB", "RU", "US"]);
  });

  it("the elected Security Council members are the ten elected for 2023-2024 and 2024-2025", () => {
    expect(membersOn("UNSC-E10", STATEMENT_DATE)).toEqual(["CH", "DZ", "EC", "GY", "JP", "KR", "MT", "MZ", "SI", "SL"]);
  });
});

describe("compareWithGroup with the seed statement", () => {
  it("finds Hungary and Slovakia as the EU members that did not sign", () => {
    const eu = compareWithGroup("EU", STATEMENT_DATE, SIGNED, SUBJECTS);
    expect(eu.signed).toHaveLength(25);
    expect(eu.notSigned).toEqual(["HU", "SK"]);
    expect(eu.subjects).toEqual([]);
  });

  it("finds 28 of 31 NATO members signed, not Hungary, Slovakia or Türkiye", () => {
    const nato = compareWithGroup("NATO", STATEMENT_DATE, SIGNED, SUBJECTS);
    expect(nato.members).toHaveLength(31);
    expect(nato.signed).toHaveLength(28);
    expect(nato.notSigned).toEqual(["HU", "SK", "TR"]);
  });

  it("finds every G7 member signed", () => {
    const g7 = compareWithGroup("G7", STATEMENT_DATE, SIGNED, SUBJECTS);
    expect(g7.signed).toEqual(g7.members);
    expect(g7.notSigned).toEqual([]);
  });

  it("lists Russia as a subject, not as a P5 member that did not sign", () => {
    expect(compareWithGroup("UNSC-P5", STATEMENT_DATE, SIGNED, SUBJECTS)).toEqual({
      members: ["CN", "FR", "GB", "RU", "US"],
      signed: ["FR", "GB", "US"],
      notSigned: ["CN"],
      subjects: ["RU"],
    });
  });

  it("counts Russia as not signed when no subjects are given", () => {
    expect(compareWithGroup("UNSC-P5", STATEMENT_DATE, SIGNED).notSigned).toEqual(["CN", "RU"]);
  });

  it("finds Japan, Malta, South Korea and Slovenia signed among the elected members", () => {
    const e10 = compareWithGroup("UNSC-E10", STATEMENT_DATE, SIGNED, SUBJECTS);
    expect(e10.signed).toEqual(["JP", "KR", "MT", "SI"]);
    expect(e10.notSigned).toEqual(["CH", "DZ", "EC", "GY", "MZ", "SL"]);
  });
});

describe("membership dates are inclusive", () => {
  it("the UK is in the EU on 2019-06-01 and on 2020-01-31 but not on 2020-02-01", () => {
    expect(membersOn("EU", "2019-06-01")).toContain("GB");
    expect(membersOn("EU", "2020-01-31")).toContain("GB");
    expect(membersOn("EU", "2020-02-01")).not.toContain("GB");
    expect(membersOn("EU", "2020-02-01")).toHaveLength(27);
  });

  it("Sweden is in NATO on 2024-03-07 but not on 2024-03-06", () => {
    expect(membersOn("NATO", "2024-03-07")).toContain("SE");
    expect(membersOn("NATO", "2024-03-06")).not.toContain("SE");
    expect(membersOn("NATO", "2024-03-07")).toHaveLength(32);
  });

  it("Italy and the Netherlands split the 2017-2018 elected term", () => {
    expect(membersOn("UNSC-E10", "2017-12-31")).toContain("IT");
    expect(membersOn("UNSC-E10", "2017-12-31")).not.toContain("NL");
    expect(membersOn("UNSC-E10", "2018-01-01")).toContain("NL");
    expect(membersOn("UNSC-E10", "2018-01-01")).not.toContain("IT");
  });
});

describe("the data itself", () => {
  it("every elected-member year 2015-2026 has exactly 10 members with valid ISO codes", () => {
    for (let year = 2015; year <= 2026; year++) {
      for (const day of [`${year}-01-01`, `${year}-07-01`, `${year}-12-31`]) {
        const e10 = membersOn("UNSC-E10", day);
        expect(e10, day).toHaveLength(10);
        expect(
          e10.filter((iso) => !VALID_ISO.has(iso)),
          day,
        ).toEqual([]);
      }
    }
  });

  it("every code in the data is a valid ISO code and every date a real YYYY-MM-DD day in order", () => {
    for (const group of referenceGroups) {
      for (const member of group.members) {
        const where = `${group.id} ${JSON.stringify(member)}`;
        expect(VALID_ISO.has(member.iso), where).toBe(true);
        for (const date of [member.from, member.to ?? member.from]) {
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(date);
        }
        expect(member.from <= (member.to ?? member.from), where).toBe(true);
      }
    }
  });

  it("membersOn never returns duplicates and compareWithGroup splits members without loss, any date 2000-2030", () => {
    const day = fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...GROUP_IDS), day, (groupId, date) => {
        const members = membersOn(groupId, date);
        expect(new Set(members).size).toBe(members.length);
        const split = compareWithGroup(groupId, date, SIGNED, SUBJECTS);
        expect([...split.signed, ...split.notSigned, ...split.subjects].sort()).toEqual(members);
      }),
      { numRuns: 500 },
    );
  });
});

describe("hasDataFor", () => {
  it("is false for the elected members outside 2015-2026 and true inside", () => {
    expect(hasDataFor("UNSC-E10", "2014-12-31")).toBe(false);
    expect(hasDataFor("UNSC-E10", "2015-01-01")).toBe(true);
    expect(hasDataFor("UNSC-E10", "2026-12-31")).toBe(true);
    expect(hasDataFor("UNSC-E10", "2027-01-01")).toBe(false);
  });

  it("is true for every group on every statement date from 2015 to 2026", () => {
    for (const groupId of GROUP_IDS) {
      expect(hasDataFor(groupId, "2015-01-01"), groupId).toBe(true);
      expect(hasDataFor(groupId, "2026-12-31"), groupId).toBe(true);
    }
  });
});

describe("bad input", () => {
  it("membersOn rejects a date that is not YYYY-MM-DD, naming the value", () => {
    expect(() => membersOn("EU", "10.01.2024")).toThrow('got "10.01.2024"');
    expect(() => membersOn("EU", "2024-02-30")).toThrow('got "2024-02-30"');
  });

  it("membersOn rejects an unknown group, naming it", () => {
    expect(() => membersOn("ASEAN" as ReferenceGroupId, STATEMENT_DATE)).toThrow('unknown group "ASEAN"');
  });
});

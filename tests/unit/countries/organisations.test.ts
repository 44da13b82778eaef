import { describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import { organisations, orgMembersOn, orgName } from "../../../src/countries/organisations";
import { GROUP_OF_ORG, membersOn } from "../../../src/countries/referenceGroups";
import { describeResolution, resolveCountry } from "../../../src/countries/resolveCountry";
import { ORG_CODES } from "../../../src/countries/types";
import generatedCountries from "../../../src/generated/countries.json";

/** What a name resolves to: an organisation's code, a country's alpha-2, or why not. */
function codeOf(name: string): string {
  const resolution = resolveCountry(name);
  if (resolution.ok) return resolution.kind === "country" ? resolution.country.iso2 : resolution.org;
  return resolution.reason;
}

describe("resolveCountry on organisations", () => {
  it("resolves every organisation by its English name and each of its aliases and acronyms", () => {
    for (const org of organisations()) {
      for (const name of [org.names.en, ...org.aliases, ...org.acronyms]) expect(codeOf(name), name).toBe(org.code);
    }
  });

  it.each([
    ["the European Commission", "EU"],
    ["the Council of the European Union", "EU"],
    ["the European Council", "EU"],
    ["the European Parliament", "EU"],
    ["the High Representative of the European Union", "EU"],
    ["the EEAS", "EU"],
    ["the Council of Europe", "COE"],
    ["the Secretary General of the Council of Europe", "COE"],
    ["the Secretary-General of NATO", "NATO"],
    ["NATO Secretary General", "NATO"],
    ["Nato", "NATO"],
    ["the UN Secretary-General", "UN"],
    ["the Secretary-General of the United Nations", "UN"],
    ["U.N.", "UN"],
    ["UNICEF", "UNICEF"],
    ["the UN Refugee Agency", "UNHCR"],
    ["the WHO", "WHO"],
    ["WHO Director-General", "WHO"],
    ["the UN High Commissioner for Human Rights", "OHCHR"],
    ["the African Union", "AU"],
    ["the Chairperson of the African Union Commission", "AU"],
    ["the AU Commission", "AU"],
    ["the President of the ECOWAS Commission", "ECOWAS"],
    ["the Economic Community of West African States", "ECOWAS"],
    ["the Organization of American States", "OAS"],
    ["the Organisation of American States", "OAS"],
    ["Interpol", "INTERPOL"],
    ["the Organization for Security and Co-operation in Europe", "OSCE"],
    ["the League of Arab States", "LAS"],
    ["the Commonwealth", "COMMONWEALTH"],
    ["the Pacific Islands Forum", "PIF"],
    ["the Gulf Cooperation Council", "GCC"],
  ])("resolves %s to %s", (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it("returns an organisation's code and English name, as the resolver CLI prints them", () => {
    expect(resolveCountry("the Council of Europe")).toEqual({ ok: true, kind: "org", input: "the Council of Europe", org: "COE", name: "Council of Europe" });
  });

  it("reads acronyms only in capitals: 'who' and 'un' are words, not organisations", () => {
    expect(codeOf("who")).toBe("unknown");
    expect(codeOf("un")).toBe("unknown");
    expect(codeOf("Who")).toBe("unknown");
  });

  it("reads AU as Australia's ISO code, never as the African Union", () => {
    expect(codeOf("AU")).toBe("AU");
    const resolution = resolveCountry("AU");
    expect(resolution.ok && resolution.kind).toBe("country");
  });

  it("reports an organisation it does not know as unknown, like an unknown country", () => {
    const resolution = resolveCountry("the Organisation of Atlantean States");
    expect(resolution).toMatchObject({ ok: false, reason: "unknown" });
    expect(describeResolution(resolution)).toMatch(/^unknown: no country or organisation is called "the Organisation of Atlantean States"/);
  });

  it("suggests the organisation a misspelt name was close to, without resolving it", () => {
    const resolution = resolveCountry("the Counsel of Europe");
    expect(resolution.ok).toBe(false);
    expect(describeResolution(resolution)).toBe('unknown: no country or organisation is called "the Counsel of Europe"; closest: Council of Europe (COE)');
  });

  it("does not take an unknown title for an organisation", () => {
    expect(codeOf("the Ambassador of NATO")).toBe("unknown");
    expect(codeOf("the Prime Minister of NATO")).toBe("unknown");
  });
});

describe("orgName", () => {
  it("gives the organisation's name in the reader's language, and a regional tag its language's", () => {
    expect(orgName("COE", "de")).toBe("Europarat");
    expect(orgName("NATO", "fr")).toBe("OTAN");
    expect(orgName("NATO", "fr-CA")).toBe("OTAN");
    expect(orgName("EU", "ko")).toBe("유럽 연합");
    expect(orgName("AU", "uk")).toBe("Африканський союз");
  });

  it("falls back to English where the table has no name in the language", () => {
    expect(orgName("COE", "ja")).toBe("Council of Europe");
    for (const code of ORG_CODES) expect(orgName(code, "xx"), code).toBe(orgName(code, "en"));
  });
});

describe("orgMembersOn", () => {
  it("counts the Council of Europe's 47 members until Russia's expulsion took effect on 2022-03-16, then 46", () => {
    expect(orgMembersOn("COE", "2022-03-15")).toHaveLength(47);
    expect(orgMembersOn("COE", "2022-03-15")).toContain("RU");
    expect(orgMembersOn("COE", "2022-03-16")).toHaveLength(46);
    expect(orgMembersOn("COE", "2022-03-16")).not.toContain("RU");
  });

  it("leaves Mali, Burkina Faso and Niger out of ECOWAS from 2025-01-29", () => {
    expect(orgMembersOn("ECOWAS", "2025-01-28")).toHaveLength(15);
    const after = orgMembersOn("ECOWAS", "2025-01-29");
    expect(after).toHaveLength(12);
    for (const iso of ["ML", "BF", "NE"]) expect(after).not.toContain(iso);
  });

  it("counts the African Union's 55 members, Western Sahara's SADR and Morocco among them", () => {
    const au = orgMembersOn("AU", "2024-01-10");
    expect(au).toHaveLength(55);
    expect(au).toContain("EH");
    expect(au).toContain("MA");
  });

  it("counts Timor-Leste in ASEAN from 2025-10-26", () => {
    expect(orgMembersOn("ASEAN", "2025-10-25")).toHaveLength(10);
    expect(orgMembersOn("ASEAN", "2025-10-26")).toContain("TL");
  });

  it.each([
    ["OSCE", 57],
    ["COMMONWEALTH", 56],
    ["OIC", 57],
    ["LAS", 22],
    ["GCC", 6],
    ["CARICOM", 15],
    ["PIF", 18],
    ["G20", 19],
  ] as const)("counts %s's members on the seed's date as the organisation states them: %i", (code, count) => {
    expect(orgMembersOn(code, "2024-01-10")).toHaveLength(count);
  });

  it("agrees with world-countries on the UN's 193 members, less the Holy See, which is an observer", () => {
    const fromPackage = worldCountries
      .filter((country) => country.unMember && country.cca2 !== "VA")
      .map((country) => country.cca2)
      .sort();
    expect(orgMembersOn("UN", "2024-01-10")).toEqual(fromPackage);
    expect(fromPackage).toHaveLength(193);
  });

  it("gives the members of an organisation that is a reference group from that group", () => {
    expect(orgMembersOn("EU", "2024-01-10")).toEqual(membersOn("EU", "2024-01-10"));
    expect(orgMembersOn("NATO", "2024-03-07")).toContain("SE");
  });

  it("is null for an organisation whose members the table does not record, and for a date it does not cover", () => {
    expect(orgMembersOn("UNICEF", "2024-01-10")).toBeNull();
    expect(orgMembersOn("OAS", "2024-01-10")).toBeNull();
    expect(orgMembersOn("COE", "2000-01-01")).toBeNull();
  });

  it("rejects a date that is not YYYY-MM-DD, naming it", () => {
    expect(() => orgMembersOn("COE", "10.01.2024")).toThrow('got "10.01.2024"');
  });
});

describe("the organisations table", () => {
  const known = new Set(generatedCountries.map((country) => country.iso2));

  it("names only real countries as members, never one twice on a day", () => {
    for (const org of organisations()) {
      for (const day of ["2020-06-01", "2024-01-10", "2026-06-01"]) {
        const members = orgMembersOn(org.code, day) ?? [];
        expect(
          members.filter((iso) => !known.has(iso)),
          `${org.code} ${day}`,
        ).toEqual([]);
        expect(new Set(members).size, `${org.code} ${day}`).toBe(members.length);
      }
    }
  });

  it("gives an outline group to exactly the organisations whose members it records", () => {
    for (const org of organisations()) {
      const hasMembers = orgMembersOn(org.code, "2024-01-10") !== null;
      expect(GROUP_OF_ORG[org.code] !== undefined, org.code).toBe(hasMembers);
    }
  });
});

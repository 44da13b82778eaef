import { describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import { coveredBy, sovereignName, sovereignOf, territoriesOf } from "../../../src/countries/territories";
import generatedCountries from "../../../src/generated/countries.json";

const ALL_ISO = generatedCountries.map((country) => country.iso2);

describe("sovereignOf on the places issue #17 names", () => {
  it.each([
    ["AX", "FI", "Finland"],
    ["GL", "DK", "the Kingdom of Denmark"],
    ["FO", "DK", "the Kingdom of Denmark"],
    ["JE", "GB", "the United Kingdom"],
    ["GG", "GB", "the United Kingdom"],
    ["IM", "GB", "the United Kingdom"],
    ["PR", "US", "the United States"],
    ["GU", "US", "the United States"],
    ["NC", "FR", "France"],
    ["GF", "FR", "France"],
    ["RE", "FR", "France"],
    ["TK", "NZ", "New Zealand"],
    ["HK", "CN", "China"],
    ["MO", "CN", "China"],
    ["CW", "NL", "the Netherlands"],
    ["SJ", "NO", "Norway"],
    ["CX", "AU", "Australia"],
  ])("%s is covered by %s, named in words as %s", (territory, sovereign, name) => {
    expect(sovereignOf(territory)).toBe(sovereign);
    expect(sovereignName(sovereign)).toBe(name);
    expect(territoriesOf(sovereign)).toContain(territory);
  });

  it.each(["CK", "NU", "TW", "EH", "PS", "XK", "AQ"])("%s is no one's territory", (iso) => {
    expect(sovereignOf(iso)).toBeNull();
  });

  it("gives a sovereign state no sovereign, and a code it does not know none", () => {
    for (const iso of ["DK", "FR", "GB", "US", "NZ", "CN", "DE", "ZZ", "gl", "constructor", ""]) expect(sovereignOf(iso), iso).toBeNull();
    expect(sovereignName("DE")).toBeNull();
    expect(sovereignName("toString")).toBeNull();
    expect(territoriesOf("DE")).toEqual([]);
  });
});

describe("the territories table", () => {
  it("covers exactly the dependencies of world-countries, less Antarctica, the free-association states and the places no one's territory", () => {
    const neverCovered = new Set(["AQ", "CK", "NU", "TW", "EH", "PS"]);
    const dependencies = worldCountries
      .filter((entry) => entry.status === "officially-assigned" && !entry.independent && !neverCovered.has(entry.cca2))
      .map((entry) => entry.cca2)
      .sort();
    expect(ALL_ISO.filter((iso) => sovereignOf(iso) !== null).sort()).toEqual(dependencies);
  });

  it("names sovereigns that are themselves no one's territory, each with a name in words", () => {
    for (const iso of ALL_ISO) {
      const sovereign = sovereignOf(iso);
      if (sovereign === null) continue;
      expect(sovereignOf(sovereign), iso).toBeNull();
      expect(sovereignName(sovereign), iso).toMatch(/^(the )?[A-Z]/);
    }
  });

  it("lists each sovereign's territories sorted, and each territory once", () => {
    for (const sovereign of ["DK", "FI", "FR", "GB", "US", "NL", "NO", "AU", "NZ", "CN"]) {
      const territories = territoriesOf(sovereign);
      expect(territories, sovereign).toEqual([...territories].sort());
      for (const territory of territories) expect(sovereignOf(territory), territory).toBe(sovereign);
    }
  });
});

describe("coveredBy", () => {
  it("lets a sovereign's part cover its territory unless the statement names the territory itself", () => {
    expect(coveredBy("GL", new Set(["DK"]))).toBe("DK");
    expect(coveredBy("GL", new Set())).toBe("DK");
    expect(coveredBy("NC", new Set(["FR", "NC"]))).toBeNull();
    expect(coveredBy("CK", new Set(["NZ"]))).toBeNull();
    expect(coveredBy("FR", new Set(["FR"]))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { regionNameTable } from "../../../src/countries/regionNames";
import { regionName } from "../../../src/i18n/format";
import { supportedLanguages } from "../../../src/i18n/languages";
import generatedCountries from "../../../src/generated/countries.json";
import generatedRegionNames from "../../../src/generated/regionNames.json";

const REGIONS = [...new Set(generatedCountries.map((country) => country.region))];

describe("regionName", () => {
  it.each([
    ["Europe", "de", "Europa"],
    ["Europe", "en", "Europe"],
    ["Europe", "fr", "Europe"],
    ["Europe", "uk", "Європа"],
    ["Europe", "ko", "유럽"],
    ["Americas", "fr", "Amériques"],
    ["Africa", "de", "Afrika"],
    ["Asia", "ko", "아시아"],
    ["Oceania", "uk", "Океанія"],
  ])("names %s in %s as %s", (region, lang, name) => {
    expect(regionName(region, lang)).toBe(name);
  });

  it("reads a regional tag as its language, and leaves a region or language it has no name for as the region's own name", () => {
    expect(regionName("Europe", "de-AT")).toBe("Europa");
    expect(regionName("Europe", "ja")).toBe("Europe");
    expect(regionName("Other", "de")).toBe("Other");
    expect(regionName("toString", "de")).toBe("toString");
  });

  it("has a name, never a code, for every region of every country in every language of the page", () => {
    for (const lang of supportedLanguages) {
      for (const region of REGIONS) expect(regionName(region, lang), `${region} ${lang}`).not.toMatch(/^(\d{3}|[A-Z]{2})$/);
    }
    // The German page names every region in German: none is left as the English key.
    for (const region of REGIONS) expect(regionName(region, "de"), region).not.toBe(region);
  });
});

describe("regionNameTable", () => {
  it("is what the build wrote (run npm run data when this fails)", () => {
    expect(generatedRegionNames).toEqual(regionNameTable(REGIONS, supportedLanguages));
  });

  it("refuses a region it has no UN M49 code for, rather than ship a code as a name", () => {
    expect(() => regionNameTable(["Atlantis"], ["en"])).toThrow('region "Atlantis" has no UN M49 code');
  });
});

import { describe, expect, it } from "vitest";
import { buildCountryTable } from "../../../src/countries/buildCountryTable";
import generatedCountries from "../../../src/generated/countries.json";
import generatedNames from "../../../src/generated/countryNames.json";
import aliases from "../../../src/countries/aliases.json";
import aliasesDe from "../../../src/countries/aliases.de.json";
import aliasesFr from "../../../src/countries/aliases.fr.json";
import aliasesUk from "../../../src/countries/aliases.uk.json";
import aliasesKo from "../../../src/countries/aliases.ko.json";
import { normaliseName } from "../../../src/countries/normaliseName";

const table = buildCountryTable();

describe("buildCountryTable", () => {
  it("lists the 249 ISO 3166-1 entries and Kosovo, sorted by alpha-2 code", () => {
    const codes = table.countries.map((country) => country.iso2);
    expect(codes).toHaveLength(250);
    expect(new Set(codes).size).toBe(250);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain("XK");
  });

  it("gives every country but Kosovo an alpha-3 and a three-digit numeric code", () => {
    for (const country of table.countries.filter((c) => c.iso2 !== "XK")) {
      expect(country.iso3, country.iso2).toMatch(/^[A-Z]{3}$/);
      expect(country.numeric, country.iso2).toMatch(/^\d{3}$/);
    }
    const kosovo = table.countries.find((country) => country.iso2 === "XK");
    expect(kosovo).toMatchObject({ iso3: null, numeric: null, name: "Kosovo" });
  });

  it("uses the names a newsroom writes", () => {
    const nameOf = (iso2: string) => table.countries.find((country) => country.iso2 === iso2)?.name;
    expect(nameOf("KR")).toBe("South Korea");
    expect(nameOf("KP")).toBe("North Korea");
    expect(nameOf("RU")).toBe("Russia");
    expect(nameOf("MD")).toBe("Moldova");
    expect(nameOf("US")).toBe("United States");
    expect(nameOf("GB")).toBe("United Kingdom");
    expect(nameOf("CZ")).toBe("Czech Republic");
  });

  it("gives every country a region and a point on the globe", () => {
    for (const country of table.countries) {
      expect(country.region, country.iso2).not.toBe("");
      const [lat, lng] = country.latlng;
      expect(Math.abs(lat), country.iso2).toBeLessThanOrEqual(90);
      expect(Math.abs(lng), country.iso2).toBeLessThanOrEqual(180);
    }
  });

  it("maps only normalised names, each to sorted known codes", () => {
    const known = new Set(table.countries.map((country) => country.iso2));
    for (const [name, codes] of Object.values(table.names).flatMap((index) => Object.entries(index))) {
      expect(normaliseName(name), name).toBe(name);
      expect(
        codes.every((code) => known.has(code)),
        name,
      ).toBe(true);
      expect(codes, name).toEqual([...codes].sort());
    }
  });

  it("lets a name mean two countries only where aliases.json declares it", () => {
    const ambiguous = Object.entries(table.names.en).filter(([, codes]) => codes.length > 1);
    const declared = aliases.ambiguous.map((entry) => [normaliseName(entry.name), [...entry.iso2].sort()]);
    expect(ambiguous.sort()).toEqual(declared.sort());
  });

  it("lets a name mean two countries, in any language, only where that language's alias table declares it", () => {
    const tables = { en: aliases, de: aliasesDe, fr: aliasesFr, uk: aliasesUk, ko: aliasesKo };
    for (const [lang, index] of Object.entries(table.names)) {
      const ambiguous = Object.entries(index).filter(([, codes]) => codes.length > 1);
      const declared = tables[lang as keyof typeof tables].ambiguous.map((entry) => [normaliseName(entry.name), [...entry.iso2].sort()]);
      expect(ambiguous.sort(), lang).toEqual(declared.sort());
    }
  });

  it("gives a name the same countries in every language that has it", () => {
    const meaning = new Map<string, string>();
    for (const index of Object.values(table.names)) {
      for (const [key, codes] of Object.entries(index)) {
        expect(meaning.get(key) ?? codes.join(), key).toBe(codes.join());
        meaning.set(key, codes.join());
      }
    }
    expect(table.names.de["kongo"]).toEqual(["CG"]);
    expect(table.names.fr["congo"]).toEqual(["CG"]);
    expect(table.names.en["island"]).toBeUndefined();
    expect(table.names.de["island"]).toEqual(["IS"]);
  });

  it("gives no organisation's name to a country", () => {
    expect(table.names.en["european union"]).toBeUndefined();
    expect(table.names.en["council of europe"]).toBeUndefined();
    expect(table.names.de["europaische union"]).toBeUndefined();
  });

  it("matches the generated files the app ships (run npm run data when this fails)", () => {
    expect(generatedCountries).toEqual(table.countries);
    expect(generatedNames).toEqual(table.names);
  });
});

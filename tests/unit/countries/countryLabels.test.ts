import { describe, expect, it } from "vitest";
import { countryLabelTable, readCountryLabels } from "../../../src/countries/countryLabels";
import type { Country } from "../../../src/countries/types";
import generatedCountries from "../../../src/generated/countries.json";
import generatedLabels from "../../../src/generated/countryLabels.json";

const countries = generatedCountries as unknown as Country[];
const byIso = <T extends { iso2: string }>(list: T[]) => [...list].sort((a, b) => a.iso2.localeCompare(b.iso2));

describe("the country labels", () => {
  it("keep every country's name and region, and nothing else", () => {
    const labels = readCountryLabels(countryLabelTable(countries));
    expect(byIso(labels)).toEqual(byIso(countries).map(({ iso2, name, region }) => ({ iso2, name, region })));
  });

  it("group the countries by region: { Europe: { AD: 'Andorra', … } }", () => {
    const table = countryLabelTable(countries);
    expect(table.Europe?.AD).toBe("Andorra");
    expect(table.Asia?.KR).toBe("South Korea");
    expect(Object.keys(table).sort()).toEqual([...new Set(countries.map((country) => country.region))].sort());
  });

  it("as generated, agree with the resolver's table (src/generated/countries.json)", () => {
    expect(generatedLabels).toEqual(countryLabelTable(countries));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Country } from "../../../src/countries/types";
import { filterGroups, foldForSearch, groupSignatories } from "../../../src/view/groupSignatories";
import { shortStatement } from "../../fixtures/statement";

const table: Record<string, Partial<Country>> = {
  DE: { name: "Germany", region: "Europe" },
  MC: { name: "Monaco", region: "Europe" },
  TV: { name: "Tuvalu", region: "Oceania" },
  FR: { name: "France", region: "Europe" },
};
const english = (iso: string) => table[iso]?.name ?? iso;
const german: Record<string, string> = { DE: "Deutschland", MC: "Monaco", TV: "Tuvalu", FR: "Frankreich" };

describe("groupSignatories", () => {
  it("groups first and later signatories by region, sorted by name in the reader's language", () => {
    const groups = groupSignatories(shortStatement, (iso) => table[iso] as Country, (iso) => german[iso]!, "de");
    expect(groups.map((g) => g.region)).toEqual(["Europe", "Oceania"]);
    expect(groups[0]!.entries.map((e) => e.iso)).toEqual(["DE", "FR", "MC"]);
    expect(groups[0]!.entries.find((e) => e.iso === "FR")?.joinedOn).toBe("2024-01-12");
  });

  it("leaves the organisations out of the country groups", () => {
    const groups = groupSignatories(shortStatement, (iso) => table[iso] as Country, english, "en");
    expect(groups.flatMap((g) => g.entries).map((e) => e.iso).sort()).toEqual(["DE", "FR", "MC", "TV"]);
  });
});

describe("filterGroups", () => {
  const groups = groupSignatories(shortStatement, (iso) => table[iso] as Country, (iso) => german[iso]!, "de");

  it("finds a country by its name in the reader's language or in English, in any case, without accents", () => {
    expect(filterGroups(groups, "DEUTSCH", english).flatMap((g) => g.entries.map((e) => e.iso))).toEqual(["DE"]);
    expect(filterGroups(groups, "germ", english).flatMap((g) => g.entries.map((e) => e.iso))).toEqual(["DE"]);
    expect(foldForSearch("Côte d’Ivoire")).toBe("cote d’ivoire");
  });

  it("keeps everything for an empty query and drops regions left empty", () => {
    expect(filterGroups(groups, "  ", english)).toEqual(groups);
    expect(filterGroups(groups, "tuv", english).map((g) => g.region)).toEqual(["Oceania"]);
  });

  it("never throws and only ever narrows the list, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const found = filterGroups(groups, query, english).flatMap((g) => g.entries);
        expect(found.length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

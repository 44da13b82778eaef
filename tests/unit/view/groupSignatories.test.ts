import { describe, expect, it } from "vitest";
import type { Country } from "../../../src/countries/types";
import { groupSignatories } from "../../../src/view/groupSignatories";
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
    const groups = groupSignatories(
      shortStatement,
      (iso) => table[iso] as Country,
      (iso) => german[iso]!,
      "de",
    );
    expect(groups.map((g) => g.region)).toEqual(["Europe", "Oceania"]);
    expect(groups[0]!.entries.map((e) => e.iso)).toEqual(["DE", "FR", "MC"]);
    expect(groups[0]!.entries.find((e) => e.iso === "FR")?.joinedOn).toBe("2024-01-12");
  });

  it("leaves the organisations out of the country groups", () => {
    const groups = groupSignatories(shortStatement, (iso) => table[iso] as Country, english, "en");
    expect(
      groups
        .flatMap((g) => g.entries)
        .map((e) => e.iso)
        .sort(),
    ).toEqual(["DE", "FR", "MC", "TV"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adoptFormatted,
  compareCodes,
  compareNames,
  formatDate,
  formatList,
  formattedKey,
  recordFormatted,
  sortByName,
  sortNames,
} from "../../../src/i18n/format";

describe("recordFormatted and adoptFormatted (the prerendered page's dates and lists)", () => {
  it("records every date and list a render formats, in every language, and only while it runs", () => {
    const { result, formatted } = recordFormatted(() => `${formatDate("2024-01-10", "en")}; ${formatList(["Hungary", "Slovakia"], "de")}`);
    expect(result).toBe("10 January 2024; Hungary und Slovakia");
    expect(formatted).toEqual({
      [formattedKey("date|en|2024-01-10")]: "10 January 2024",
      [formattedKey('list|de|conjunction|["Hungary","Slovakia"]')]: "Hungary und Slovakia",
    });
    formatDate("2024-01-11", "en");
    expect(Object.keys(formatted)).toHaveLength(2);
  });

  it("keys what it formatted by a short hash, the same on every run and for no two things seen", () => {
    expect(formattedKey("date|en|2024-01-10")).toBe("dum2380h71");
    const keys = new Set<string>();
    for (let year = 1900; year < 2100; year++) for (const lang of ["en", "de", "fr", "uk", "ko"]) keys.add(formattedKey(`date|${lang}|${year}-01-01`));
    expect(keys.size).toBe(200 * 5);
  });

  it("answers from what it was given, key by key, and formats the rest", () => {
    // Text no formatter would make, so the answer can only come from the record.
    adoptFormatted({ [formattedKey("date|fr|1999-12-31")]: "la veille de l'an 2000", [formattedKey('list|fr|disjunction|["a","b"]')]: "a ou bien b" });
    expect(formatDate("1999-12-31", "fr")).toBe("la veille de l'an 2000");
    expect(formatList(["a", "b"], "fr", "disjunction")).toBe("a ou bien b");
    expect(formatList(["a", "b"], "fr")).toBe("a et b");
    expect(formatDate("1999-12-31", "en")).toBe("31 December 1999");
    // One name with a comma in it is not two names.
    expect(formatList(['a","b'], "fr", "disjunction")).not.toBe("a ou bien b");
  });
});

describe("sortNames, sortByName and compareCodes", () => {
  it("sorts as the language does, and is remembered like dates and lists", () => {
    expect(sortNames(["Polen", "Österreich", "Zypern"], "de")).toEqual(["Österreich", "Polen", "Zypern"]);
    const { result, formatted } = recordFormatted(() => sortNames(["Tschechien", "Belgien"], "de"));
    expect(result).toEqual(["Belgien", "Tschechien"]);
    expect(formatted).toEqual({ [formattedKey('sort|de|["Tschechien","Belgien"]')]: "[1,0]" });
    adoptFormatted({ [formattedKey('sort|xx|["a","b"]')]: "[1,0]" });
    expect(sortNames(["a", "b"], "xx")).toEqual(["b", "a"]);
  });

  it("keeps every item, duplicates and all, in its name's place", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.nat(), name: fc.constantFrom("Ägypten", "Albanien", "Zypern", "Österreich", "Belgien") })), (items) => {
        const sorted = sortByName(items, (item) => item.name, "de");
        expect([...sorted].sort((a, b) => a.id - b.id || a.name.localeCompare(b.name))).toEqual(
          [...items].sort((a, b) => a.id - b.id || a.name.localeCompare(b.name)),
        );
        for (let i = 1; i < sorted.length; i++) expect(compareNames(sorted[i - 1]!.name, sorted[i]!.name, "de")).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("orders codes and ISO dates as a collation would", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^([A-Z]{2}|\d{4}-\d{2}-\d{2})$/), fc.stringMatching(/^([A-Z]{2}|\d{4}-\d{2}-\d{2})$/), (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(Math.sign(a.localeCompare(b, "en")));
      }),
    );
  });
});

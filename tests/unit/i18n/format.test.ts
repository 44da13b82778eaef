import { describe, expect, it } from "vitest";
import { adoptFormatted, formatDate, formatList, recordFormatted } from "../../../src/i18n/format";

describe("recordFormatted and adoptFormatted (the prerendered page's dates and lists)", () => {
  it("records every date and list a render formats, in every language, and only while it runs", () => {
    const { result, formatted } = recordFormatted(() => `${formatDate("2024-01-10", "en")}; ${formatList(["Hungary", "Slovakia"], "de")}`);
    expect(result).toBe("10 January 2024; Hungary und Slovakia");
    expect(formatted).toEqual({ "date|en|2024-01-10": "10 January 2024", 'list|de|conjunction|["Hungary","Slovakia"]': "Hungary und Slovakia" });
    formatDate("2024-01-11", "en");
    expect(Object.keys(formatted)).toHaveLength(2);
  });

  it("answers from what it was given, key by key, and formats the rest", () => {
    // Text no formatter would make, so the answer can only come from the record.
    adoptFormatted({ "date|fr|1999-12-31": "la veille de l'an 2000", 'list|fr|disjunction|["a","b"]': "a ou bien b" });
    expect(formatDate("1999-12-31", "fr")).toBe("la veille de l'an 2000");
    expect(formatList(["a", "b"], "fr", "disjunction")).toBe("a ou bien b");
    expect(formatList(["a", "b"], "fr")).toBe("a et b");
    expect(formatDate("1999-12-31", "en")).toBe("31 December 1999");
    // One name with a comma in it is not two names.
    expect(formatList(['a","b'], "fr", "disjunction")).not.toBe("a ou bien b");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { supportedLanguages } from "../../../src/i18n/languages";
import { parseParams } from "../../../src/page/parseParams";
import { DEFAULT_STATEMENT_ID, STATEMENT_ID } from "../../../src/statement/statementId";

describe("parseParams", () => {
  it("reads a whole deep link", () => {
    const { params, problems } = parseParams("?statement=other-one&country=fr&lang=de&theme=dark&embed=1&childId=map&panel=open");
    expect(problems).toEqual([]);
    expect(params).toEqual({ statement: "other-one", embed: true, country: "FR", lang: "de", childId: "map", theme: "dark", panel: "open", compare: null });
  });

  it("opens the default statement in English, full page, following the system theme, with nothing in the URL", () => {
    const { params, problems } = parseParams("");
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ statement: DEFAULT_STATEMENT_ID, embed: false, country: null, lang: "en", theme: null, panel: "closed" });
  });

  it("takes the reader's language when the URL names none, and the URL's over it", () => {
    expect(parseParams("", ["fr-CA", "en"]).params.lang).toBe("fr");
    expect(parseParams("?lang=ko", ["fr-CA"]).params.lang).toBe("ko");
  });

  it("reads theme=light and theme=dark in any case, and reports anything else with the system as fallback", () => {
    expect(parseParams("?theme=Light").params.theme).toBe("light");
    const { params, problems } = parseParams("?theme=purple&country=de");
    expect(params.theme).toBeNull();
    expect(params.country).toBe("DE");
    expect(problems).toEqual([{ param: "theme", value: "purple", reason: "bad-theme" }]);
  });

  it("reads panel=closed|open|none, and reports anything else with closed sections as fallback", () => {
    expect(parseParams("?embed=1&panel=NONE").params.panel).toBe("none");
    const { params, problems } = parseParams("?embed=1&panel=half");
    expect(params.panel).toBe("closed");
    expect(problems).toEqual([{ param: "panel", value: "half", reason: "bad-panel" }]);
  });

  it("reports a bad statement ID, country, embed flag and language, and falls back for each", () => {
    const { params, problems } = parseParams("?statement=Bad_ID&country=DEU&embed=yes&lang=tlh");
    expect(params).toMatchObject({ statement: DEFAULT_STATEMENT_ID, country: null, embed: false, lang: "en" });
    expect(problems.map((p) => p.reason)).toEqual(["bad-statement-id", "bad-embed", "bad-country", "unsupported-lang"]);
  });

  it("reads compare=ID, and refuses a malformed ID or the page's own statement", () => {
    expect(parseParams("?statement=a&compare=b").params.compare).toBe("b");
    for (const value of ["B_c", "a"]) {
      const { params, problems } = parseParams(`?statement=a&compare=${value}`);
      expect(params.compare).toBeNull();
      expect(problems).toEqual([{ param: "compare", value, reason: "bad-compare" }]);
    }
  });

  it("counts a repeated parameter once, by its first value", () => {
    expect(parseParams("?country=FR&country=DE").params.country).toBe("FR");
  });

  it("cuts a very long bad value short in its message", () => {
    const { problems } = parseParams(`?theme=${"x".repeat(100_000)}`);
    expect(problems[0]!.value.length).toBeLessThanOrEqual(61);
  });

  it("never throws, and always gives a view the page can show, whatever the query", () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("", "1", "0", "%", "%E0%A4%A", "dark", "none", "de", "FR"));
    const key = fc.constantFrom("statement", "embed", "country", "lang", "theme", "panel", "childId", "compare", "other");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), fc.array(fc.string(), { maxLength: 3 }), (pairs, languages) => {
        const search = "?" + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const { params } = parseParams(search, languages);
        expect(STATEMENT_ID.test(params.statement)).toBe(true);
        expect(params.country === null || /^[A-Z]{2}$/.test(params.country)).toBe(true);
        expect(supportedLanguages).toContain(params.lang);
        expect([null, "light", "dark"]).toContain(params.theme);
        expect(["closed", "open", "none"]).toContain(params.panel);
      }),
    );
    // Malformed escapes too.
    expect(() => parseParams("?country=%E0%A4%A&lang=%")).not.toThrow();
  });
});

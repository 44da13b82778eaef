import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogues } from "../../fixtures/catalogues";
import { supportedLanguages } from "../../../src/i18n/languages";
import { describeParamProblem } from "../../../src/page/describeParamProblem";
import { parseParams, PRERENDERED_PARAMS, type PageParams } from "../../../src/page/parseParams";
import { DEFAULT_STATEMENT_ID, STATEMENT_ID } from "../../../src/statement/statementId";

describe("parseParams", () => {
  it("reads a whole deep link", () => {
    const { params, problems } = parseParams("?statement=other-one&country=fr&lang=de&theme=dark&embed=1&childId=map&panel=open");
    expect(problems).toEqual([]);
    expect(params).toEqual({
      statement: "other-one",
      embed: true,
      country: "FR",
      lang: "de",
      childId: "map",
      theme: "dark",
      panel: "open",
      compare: null,
      background: null,
    });
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

  it("reads bg=transparent in any case, and reports anything else with the page's own background as fallback", () => {
    expect(parseParams("?embed=1&bg=Transparent").params.background).toBe("transparent");
    expect(parseParams("?embed=1&bg=").params.background).toBeNull();
    const { params, problems } = parseParams("?embed=1&bg=white");
    expect(params.background).toBeNull();
    expect(problems).toEqual([{ param: "bg", value: "white", reason: "bad-bg" }]);
  });

  it("reads compare=ID, and refuses a malformed ID or the page's own statement", () => {
    expect(parseParams("?statement=a&compare=b").params.compare).toBe("b");
    for (const value of ["B_c", "a"]) {
      const { params, problems } = parseParams(`?statement=a&compare=${value}`);
      expect(params.compare).toBeNull();
      expect(problems).toEqual([{ param: "compare", value, reason: "bad-compare" }]);
    }
  });

  it("on a statement's own page, opens that statement when the URL names none, and the URL's when it does", () => {
    expect(parseParams("?lang=de", [], "global-methane-pledge-2021").params.statement).toBe("global-methane-pledge-2021");
    expect(parseParams("?statement=other", [], "global-methane-pledge-2021").params.statement).toBe("other");
    const bad = parseParams("?statement=Bad!", [], "global-methane-pledge-2021");
    expect(bad.params.statement).toBe("global-methane-pledge-2021");
    expect(bad.problems).toHaveLength(1);
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
    const key = fc.constantFrom("statement", "embed", "country", "lang", "theme", "panel", "childId", "compare", "bg", "other");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), fc.array(fc.string(), { maxLength: 3 }), (pairs, languages) => {
        const search = "?" + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const { params } = parseParams(search, languages);
        expect(STATEMENT_ID.test(params.statement)).toBe(true);
        expect(params.country === null || /^[A-Z]{2}$/.test(params.country)).toBe(true);
        expect(supportedLanguages).toContain(params.lang);
        expect([null, "light", "dark"]).toContain(params.theme);
        expect(["closed", "open", "none"]).toContain(params.panel);
        expect([null, "transparent"]).toContain(params.background);
      }),
    );
    // Malformed escapes too.
    expect(() => parseParams("?country=%E0%A4%A&lang=%")).not.toThrow();
  });
});

// Issue #15: every parameter fuzzed with long, repeated, encoded and unknown values.
describe("parseParams, fuzzed parameter by parameter", () => {
  /** A value of any length and alphabet, up to 100 000 characters now and then. */
  const anyValue = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 1_000, max: 100_000 })).map(([c, n]) => c.repeat(n)) },
  );

  /** For each parameter: values it takes and what it makes of them, and values it must refuse. */
  const PARAMS = {
    statement: {
      good: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,4}$/).map((id) => ({ raw: id, value: id })),
      // The contract's rule: lower-case letters, digits and hyphens, in any order ("-" is an ID too).
      bad: anyValue.filter((v) => v !== "" && !(STATEMENT_ID.test(v) && v.length <= 100)),
      fallback: PRERENDERED_PARAMS.statement,
    },
    embed: {
      good: fc.constantFrom(["1", true], ["true", true], ["0", false], ["false", false], ["", true]).map(([raw, value]) => ({ raw: raw as string, value })),
      bad: anyValue.filter((v) => !["", "0", "1", "true", "false"].includes(v)),
      fallback: false,
    },
    country: {
      good: fc.stringMatching(/^[a-zA-Z]{2}$/).map((code) => ({ raw: code, value: code.toUpperCase() })),
      bad: anyValue.filter((v) => v !== "" && !/^[a-zA-Z]{2}$/.test(v)),
      fallback: null,
    },
    lang: {
      good: fc
        .tuple(fc.constantFrom(...supportedLanguages), fc.constantFrom("", "-AT", "_ca", "-Hant-TW"))
        .map(([lang, region]) => ({ raw: `${lang.toUpperCase()}${region}`, value: lang })),
      bad: anyValue.filter((v) => v !== "" && !supportedLanguages.includes(v.toLowerCase().split(/[-_]/)[0] as never)),
      fallback: "en",
    },
    theme: {
      good: fc.constantFrom("light", "dark", "Light", "DARK").map((raw) => ({ raw, value: raw.toLowerCase() })),
      bad: anyValue.filter((v) => v !== "" && !["light", "dark"].includes(v.toLowerCase())),
      fallback: null,
    },
    panel: {
      good: fc.constantFrom("closed", "open", "none", "Open").map((raw) => ({ raw, value: raw.toLowerCase() })),
      bad: anyValue.filter((v) => v !== "" && !["closed", "open", "none"].includes(v.toLowerCase())),
      fallback: "closed",
    },
    bg: {
      good: fc.constantFrom("transparent", "Transparent", "TRANSPARENT").map((raw) => ({ raw, value: raw.toLowerCase() })),
      bad: anyValue.filter((v) => v !== "" && v.toLowerCase() !== "transparent"),
      fallback: null,
    },
  } as const;
  type Name = keyof typeof PARAMS;
  const NAMES = Object.keys(PARAMS) as Name[];
  /** The field of PageParams a parameter fills, where its name is not the field's. */
  const fieldOf = (name: string) => (name === "bg" ? "background" : name) as keyof PageParams;

  /** A query of some parameters, each good or bad, in any order. */
  const query = fc
    .subarray(NAMES, { minLength: 1 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.oneof(
            PARAMS[name].good.map((good) => ({ name, raw: good.raw, bad: false, value: good.value as unknown })),
            PARAMS[name].bad.map((raw) => ({ name, raw, bad: true, value: PARAMS[name].fallback as unknown })),
          ),
        ),
      ),
    )
    .chain((entries) => fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
  const search = (entries: { name: string; raw: string }[]) => "?" + entries.map(({ name, raw }) => `${name}=${encodeURIComponent(raw)}`).join("&");

  it("takes each good value, and reports each bad one by its parameter and falls back to the default for it", () => {
    fc.assert(
      fc.property(query, (entries) => {
        const { params, problems } = parseParams(search(entries));
        for (const entry of entries) {
          expect(params[fieldOf(entry.name)]).toEqual(entry.value);
          expect(problems.filter((problem) => problem.param === entry.name)).toHaveLength(entry.bad ? 1 : 0);
        }
        expect(problems).toHaveLength(entries.filter((entry) => entry.bad).length);
      }),
      { numRuns: 300 },
    );
  });

  it("gives every problem a message in every language, naming the value, cut short when long", () => {
    fc.assert(
      fc.property(query, (entries) => {
        for (const problem of parseParams(search(entries)).problems) {
          expect(problem.value.length).toBeLessThanOrEqual(61);
          for (const messages of Object.values(catalogues)) {
            const message = describeParamProblem(problem, messages);
            expect(message).toContain(problem.value);
            expect(message.length).toBeLessThan(400);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("reads a repeated parameter by its first value, whatever follows", () => {
    fc.assert(
      fc.property(query, fc.array(fc.tuple(fc.constantFrom(...NAMES), anyValue), { maxLength: 4 }), (entries, repeats) => {
        const all = [...entries, ...repeats.map(([name, raw]) => ({ name, raw }))];
        const firsts = all.filter((entry, i) => all.findIndex((other) => other.name === entry.name) === i);
        expect(parseParams(search(all))).toEqual(parseParams(search(firsts)));
      }),
      { numRuns: 200 },
    );
  });

  it("reads a value the same however it is percent-encoded, and + as a space", () => {
    /** Every UTF-8 byte of the value as %XX, upper or lower case. */
    const encodeAll = (value: string, lower: boolean) =>
      [...new TextEncoder().encode(value)].map((byte) => `%${byte.toString(16).padStart(2, "0")[lower ? "toLowerCase" : "toUpperCase"]()}`).join("");
    fc.assert(
      fc.property(query, fc.boolean(), (entries, lower) => {
        const plain = parseParams(search(entries));
        const encoded = parseParams("?" + entries.map(({ name, raw }) => `${encodeAll(name, lower)}=${encodeAll(raw, lower)}`).join("&"));
        expect(encoded).toEqual(plain);
      }),
      { numRuns: 200 },
    );
    expect(parseParams("?statement=dprk+russia").problems[0]).toMatchObject({ param: "statement", value: "dprk russia" });
  });

  it("ignores parameters it does not know, whatever their names and values", () => {
    const unknownName = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((name) => !["statement", "embed", "country", "lang", "theme", "panel", "childId"].includes(name));
    fc.assert(
      fc.property(query, fc.array(fc.tuple(unknownName, anyValue), { maxLength: 5 }), (entries, extra) => {
        const withExtra = search(entries) + extra.map(([name, raw]) => `&${encodeURIComponent(name)}=${encodeURIComponent(raw)}`).join("");
        expect(parseParams(withExtra)).toEqual(parseParams(search(entries)));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a pym childId of up to 200 characters, and drops a longer one without a message", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), (id) => {
        const { params, problems } = parseParams(`?embed=1&childId=${encodeURIComponent(id)}`);
        expect(params.childId).toBe(id.length <= 200 ? id : null);
        expect(problems).toEqual([]);
      }),
    );
  });
});

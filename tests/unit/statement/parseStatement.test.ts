import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem, parseStatement } from "../../../src/statement/parseStatement";
import type { ParseResult, StatementProblem } from "../../../src/statement/types";
import { stubResolver } from "./stubResolver";

const FILE = "statements/mini-statement.json";
const fixtureUrl = new URL("../../fixtures/statements/mini-statement.json", import.meta.url);

/** A fresh copy of the fixture, changed by `edit`, for one broken field per test. */
function fixture(edit: (statement: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const statement = JSON.parse(readFileSync(fixtureUrl, "utf8")) as Record<string, unknown>;
  edit(statement);
  return statement;
}

function parse(raw: unknown): ParseResult {
  return parseStatement(raw, FILE, stubResolver, { expectedId: "mini-statement" });
}

/** The problems of a statement that must fail. */
function problemsOf(raw: unknown): StatementProblem[] {
  const result = parse(raw);
  if (result.ok) throw new Error("expected the statement to fail");
  return result.problems;
}

/** The only problem of a statement that must fail with exactly one. */
function onlyProblem(raw: unknown): StatementProblem {
  const problems = problemsOf(raw);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("parseStatement on a valid file", () => {
  test("parses the fixture into parties, a located claim and defaults", () => {
    const result = parse(fixture());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    const { statement } = result;
    expect(statement.signatories).toEqual([
      { kind: "country", written: "Albania", iso2: "AL" },
      { kind: "country", written: "the Czech Republic", iso2: "CZ" },
    ]);
    expect(statement.subjects).toEqual([{ kind: "country", written: "Russia", iso2: "RU" }]);
    expect(statement.lang).toBe("en");
    expect(statement.additions).toEqual([]);
    expect(statement.source).toEqual({ name: "Test Wire", url: "https://example.org/mini-statement" });
    expect(statement.claims).toEqual([
      {
        claim: "Both governments oppose the arms transfers",
        quote: "We condemn the transfer of arms",
        by: "the ministers",
        voice: "statement",
        paragraph: 1,
        offset: 1,
      },
    ]);
    const [claim] = statement.claims;
    expect(statement.text[claim!.paragraph]!.slice(claim!.offset, claim!.offset + claim!.quote.length)).toBe(claim!.quote);
  });

  test("keeps an organisation as an org party and does not count it against statedCount", () => {
    const result = parse(
      fixture((s) => {
        s.signatories = ["Albania", "the Czech Republic", "the High Representative of the European Union"];
        s.statedCount = 2;
      }),
    );
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.statement.signatories[2]).toEqual({ kind: "org", written: "the High Representative of the European Union", org: "EU" });
  });

  test.each(["none", "europe", "caribbean"])("keeps the map's inset choice %j", (inset) => {
    const result = parse(fixture((s) => (s.inset = inset)));
    expect(result.ok && result.statement.inset).toBe(inset);
  });

  test("reads additions with their date and source, and does not count them against statedCount", () => {
    const result = parse(
      fixture((s) => {
        s.statedCount = 2;
        s.additions = [{ name: "Paraguay", date: "2024-01-12", source: { name: "UK government" } }];
      }),
    );
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) {
      expect(result.statement.additions).toEqual([{ kind: "country", written: "Paraguay", iso2: "PY", date: "2024-01-12", source: { name: "UK government" } }]);
    }
  });

  test("keeps a claim's voice 'reported' apart from the statement's own claims", () => {
    const result = parse(
      fixture((s) => {
        s.claims = [{ claim: "Two governments spoke", quote: "Two governments issued", by: "Test Wire", voice: "reported" }];
      }),
    );
    expect(result.ok && result.statement.claims[0]).toMatchObject({ voice: "reported", paragraph: 0, offset: 21 });
  });

  test("accepts empty subjects and claims", () => {
    expect(parse(fixture((s) => Object.assign(s, { subjects: [], claims: [] }))).ok).toBe(true);
  });

  test("ignores unknown extra fields", () => {
    expect(parse(fixture((s) => Object.assign(s, { editorNote: 42, tags: ["x"] }))).ok).toBe(true);
  });

  test("canonicalises the lang tag", () => {
    const result = parse(fixture((s) => (s.lang = "en-gb")));
    expect(result.ok && result.statement.lang).toBe("en-GB");
  });
});

describe("parseStatement reports one error per bad field, naming ID, field and value", () => {
  test("rejects non-object input without throwing", () => {
    for (const raw of [null, undefined, "text", 42, [fixture()]]) {
      const problem = onlyProblem(raw);
      expect(problem).toMatchObject({ severity: "error", file: FILE, field: "", value: raw });
      expect(problem.message).toMatch(/^statements\/mini-statement\.json: a statement must be a JSON object, not /);
    }
    expect(onlyProblem([]).message).toBe("statements/mini-statement.json: a statement must be a JSON object, not an array");
  });

  test.each(["id", "title", "date", "source", "text", "signatories", "subjects", "claims"])("reports a missing %s", (field) => {
    const problem = onlyProblem(fixture((s) => delete s[field]));
    expect(problem).toMatchObject({ severity: "error", field, value: undefined });
    // Without an id the message names the file instead.
    const label = field === "id" ? FILE : "mini-statement";
    expect(problem.message).toBe(`${label}: ${field} is missing`);
  });

  test("reads countedAs (issue #27): members where the source counts members, countries the default, anything else is an error", () => {
    const members = parse(fixture((s) => (s.countedAs = "members")));
    expect(members.ok && members.statement.countedAs).toBe("members");
    const countries = parse(fixture((s) => (s.countedAs = "countries")));
    expect(countries.ok && countries.statement.countedAs).toBeUndefined();
    const problem = onlyProblem(fixture((s) => (s.countedAs = "states")));
    expect(problem).toMatchObject({ field: "countedAs", value: "states" });
    expect(problem.message).toBe('mini-statement: countedAs must be "countries" or "members", not "states"');
  });

  test("reads textKind: a summary is marked, the published text is the default, anything else is an error", () => {
    const summary = parse(fixture((s) => (s.textKind = "summary")));
    expect(summary.ok && summary.statement.textKind).toBe("summary");
    const published = parse(fixture((s) => (s.textKind = "published")));
    expect(published.ok && published.statement.textKind).toBeUndefined();
    const problem = onlyProblem(fixture((s) => (s.textKind = "paraphrase")));
    expect(problem).toMatchObject({ field: "textKind", value: "paraphrase" });
    expect(problem.message).toBe('mini-statement: textKind must be "published" or "summary", not "paraphrase"');
  });

  test("reports a missing source name", () => {
    const problem = onlyProblem(fixture((s) => (s.source = { url: "https://example.org" })));
    expect(problem.message).toBe("mini-statement: source.name is missing");
  });

  test("reports a date that is not a real calendar day", () => {
    const problem = onlyProblem(fixture((s) => (s.date = "2024-02-30")));
    expect(problem).toMatchObject({ field: "date", value: "2024-02-30" });
    expect(problem.message).toBe('mini-statement: date "2024-02-30" is not a real calendar date');
  });

  test("accepts 29 February in a leap year only", () => {
    expect(parse(fixture((s) => (s.date = "2024-02-29"))).ok).toBe(true);
    expect(onlyProblem(fixture((s) => (s.date = "2023-02-29"))).field).toBe("date");
  });

  test("reports a date not written YYYY-MM-DD", () => {
    expect(onlyProblem(fixture((s) => (s.date = "10 January 2024"))).message).toBe('mini-statement: date "10 January 2024" must be written YYYY-MM-DD');
  });

  test("reports an id with characters other than lower-case letters, digits and hyphens", () => {
    const problem = onlyProblem(fixture((s) => (s.id = "Mini_Statement")));
    expect(problem).toMatchObject({ field: "id", value: "Mini_Statement" });
    expect(problem.message).toBe(`${FILE}: id "Mini_Statement" may hold only lower-case letters, digits and hyphens`);
  });

  test("reports an id that differs from the file name", () => {
    const problem = onlyProblem(fixture((s) => (s.id = "other-statement")));
    expect(problem.message).toBe('other-statement: id "other-statement" does not match the file name "mini-statement"');
  });

  test("reports a quote that is not in the text", () => {
    const problem = onlyProblem(fixture((s) => (s.claims = [{ claim: "c", quote: "We applaud the transfer", by: "b" }])));
    expect(problem).toMatchObject({ field: "claims[0].quote", value: "We applaud the transfer" });
    expect(problem.message).toBe(
      'mini-statement: claims[0].quote "We applaud the transfer" is not in the text: it must match one paragraph character for character',
    );
  });

  test("points at the paragraph when a quote differs only in its quote marks", () => {
    const problem = onlyProblem(fixture((s) => (s.claims = [{ claim: "c", quote: "\u2018We condemn", by: "b" }])));
    expect(problem.message).toBe(
      'mini-statement: claims[0].quote "‘We condemn" is not in the text: text[1] has it only with different case, quote marks or spacing',
    );
  });

  test("reports a quote that spans two paragraphs", () => {
    const quote = "short statement. 'We condemn";
    expect(onlyProblem(fixture((s) => (s.claims = [{ claim: "c", quote, by: "b" }]))).field).toBe("claims[0].quote");
  });

  test("reports an ambiguous name with the candidates' names and codes", () => {
    const problem = onlyProblem(fixture((s) => (s.signatories = ["Albania", "Korea"])));
    expect(problem).toMatchObject({ severity: "error", field: "signatories[1]", value: "Korea" });
    expect(problem.message).toBe('mini-statement: signatories[1] "Korea" is ambiguous: North Korea (KP) or South Korea (KR)');
  });

  test("reports an unknown name with the resolver's suggestions, in the resolver's words", () => {
    const problem = onlyProblem(fixture((s) => (s.signatories = ["Atlantis", "Albania"])));
    expect(problem).toMatchObject({ field: "signatories[0]", value: "Atlantis" });
    expect(problem.message).toBe(
      'mini-statement: signatories[0] "Atlantis" is unknown: no country or organisation is called "Atlantis"; closest: Austria (AT)',
    );
  });

  test("reports an unknown name without suggestions plainly", () => {
    expect(onlyProblem(fixture((s) => (s.subjects = ["Narnia"]))).message).toBe(
      'mini-statement: subjects[0] "Narnia" is unknown: no country or organisation is called "Narnia"',
    );
  });

  test("reports a country listed twice under two spellings, naming both positions", () => {
    const problem = onlyProblem(fixture((s) => (s.signatories = ["the Czech Republic", "Albania", "Czechia"])));
    expect(problem).toMatchObject({ field: "signatories[2]", value: "Czechia" });
    expect(problem.message).toBe('mini-statement: signatories[2] "Czechia" (CZ) is listed twice: also at signatories[0] "the Czech Republic"');
  });

  test("reports an addition that is already a signatory", () => {
    const problem = onlyProblem(fixture((s) => (s.additions = [{ name: "Albania", date: "2024-01-12", source: { name: "UK" } }])));
    expect(problem.message).toBe('mini-statement: additions[0].name "Albania" (AL) is listed twice: also at signatories[0] "Albania"');
  });

  test("reports a country that is both signatory and subject, naming both positions", () => {
    const problem = onlyProblem(fixture((s) => (s.subjects = ["Russia", "Albania"])));
    expect(problem).toMatchObject({ field: "subjects[1]", value: "Albania" });
    expect(problem.message).toBe('mini-statement: subjects[1] "Albania" (AL) is both a signatory and a subject: also at signatories[0] "Albania"');
  });

  test("reports an organisation as subject", () => {
    const name = "the High Representative of the European Union";
    const problem = onlyProblem(fixture((s) => (s.subjects = [name])));
    expect(problem).toMatchObject({ field: "subjects[0]", value: name });
    expect(problem.message).toBe(`mini-statement: subjects[0] "${name}" is an organisation (EU); subjects must be countries`);
  });

  test("reports empty signatories and empty text", () => {
    expect(onlyProblem(fixture((s) => (s.signatories = []))).message).toBe("mini-statement: signatories is empty: a statement needs at least one signatory");
    const problems = problemsOf(fixture((s) => (s.text = [])));
    expect(problems.map((p) => p.message)).toContain("mini-statement: text is empty: it needs at least one paragraph");
  });

  test("reports a blank paragraph by its index", () => {
    const problems = problemsOf(fixture((s) => (s.text = ["'We condemn the transfer of arms,' they said.", "  "])));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe("mini-statement: text[1] is empty");
  });

  test("reports an addition with a bad date by its path", () => {
    const problem = onlyProblem(fixture((s) => (s.additions = [{ name: "Paraguay", date: "2024-13-01", source: { name: "UK" } }])));
    expect(problem).toMatchObject({ field: "additions[0].date", value: "2024-13-01" });
  });

  test("reports a bad lang tag", () => {
    const problem = onlyProblem(fixture((s) => (s.lang = "english please")));
    expect(problem.message).toBe('mini-statement: lang "english please" is not a BCP 47 language tag such as "en" or "fr-CA"');
  });

  test("reports a claim voice other than 'statement' or 'reported'", () => {
    const problem = onlyProblem(fixture((s) => (s.claims = [{ claim: "c", quote: "We condemn", by: "b", voice: "rumour" }])));
    expect(problem.message).toBe('mini-statement: claims[0].voice "rumour" must be "statement" or "reported"');
  });

  test.each([
    ["title", 42, "mini-statement: title must be a string, not the number 42"],
    ["source", "Test Wire", 'mini-statement: source must be an object with a name, not "Test Wire"'],
    ["text", "One paragraph", 'mini-statement: text must be an array of paragraphs, not "One paragraph"'],
    ["signatories", "Albania", 'mini-statement: signatories must be an array of names, not "Albania"'],
    ["subjects", null, "mini-statement: subjects must be an array of names, not null"],
    ["claims", {}, "mini-statement: claims must be an array of claims, not an object"],
    ["additions", "Paraguay", 'mini-statement: additions must be an array of { name, date, source }, not "Paraguay"'],
    ["statedCount", -1, "mini-statement: statedCount must be a whole number of countries, 0 or more, not the number -1"],
    ["statedCount", 2.5, "mini-statement: statedCount must be a whole number of countries, 0 or more, not the number 2.5"],
    ["statedCount", "2", 'mini-statement: statedCount must be a whole number of countries, 0 or more, not "2"'],
    ["lang", 7, 'mini-statement: lang must be a BCP 47 language tag such as "en", not the number 7'],
    [
      "inset",
      "Europe",
      'mini-statement: inset must be "none" or one of the regions "europe", "caribbean", "west-asia", "west-africa", "southeast-asia", not "Europe"',
    ],
  ])("reports a wrong type for %s (%j)", (field, value, message) => {
    const problem = onlyProblem(fixture((s) => (s[field] = value)));
    expect(problem).toMatchObject({ severity: "error", field, value, message });
  });

  test("reports wrong types inside arrays by their index", () => {
    const problems = problemsOf(
      fixture((s) => {
        s.signatories = ["Albania", 7];
        s.claims = ["a claim", { claim: true, quote: "We condemn", by: "b" }];
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "mini-statement: signatories[1] must be a string, not the number 7",
      'mini-statement: claims[0] must be an object { claim, quote, by }, not "a claim"',
      "mini-statement: claims[1].claim must be a string, not the boolean true",
    ]);
  });
});

describe("parseStatement warnings", () => {
  test("a statedCount that differs from the country signatories is a warning, and the statement still loads", () => {
    const result = parse(fixture((s) => (s.statedCount = 3)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.statedCount).toBe(3);
    expect(result.warnings).toEqual([
      {
        severity: "warning",
        file: FILE,
        field: "statedCount",
        value: 3,
        message: "mini-statement: statedCount 3 does not match the 2 countries in signatories (organisations and additions not counted)",
      },
    ]);
  });

  test("a source url that is not http or https is dropped with a warning", () => {
    const result = parse(fixture((s) => (s.source = { name: "Test Wire", url: "javascript:alert(1)" })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.source).toEqual({ name: "Test Wire" });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ severity: "warning", field: "source.url", value: "javascript:alert(1)" });
    expect(result.warnings[0]!.message).toBe('mini-statement: source.url "javascript:alert(1)" is not an http or https address, so it is not shown as a link');
  });

  test("an addition's non-http url is dropped with a warning at its path", () => {
    const result = parse(fixture((s) => (s.additions = [{ name: "Paraguay", date: "2024-01-12", source: { name: "UK", url: "ftp://example.org/x" } }])));
    expect(result.ok && result.statement.additions[0]!.source).toEqual({ name: "UK" });
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(["additions[0].source.url"]);
  });

  test("a relative url is dropped, an http url is kept", () => {
    expect(parse(fixture((s) => (s.source = { name: "W", url: "/news/1" }))).ok).toBe(true);
    const kept = parse(fixture((s) => (s.source = { name: "W", url: "http://example.org/a b" })));
    expect(kept.ok && kept.statement.source.url).toBe("http://example.org/a%20b");
  });

  test("warnings are listed among the problems when the statement also has errors", () => {
    const problems = problemsOf(fixture((s) => Object.assign(s, { statedCount: 9, title: "" })));
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ["error", "title"],
      ["warning", "statedCount"],
    ]);
  });
});

describe("parseStatement reports every problem at once", () => {
  test("lists a problem for each broken field, cross-field checks last", () => {
    const problems = problemsOf(
      fixture((s) => {
        s.date = "2024-02-30";
        s.source = { name: "W", url: "mailto:desk@example.org" };
        s.lang = "no such tag";
        s.signatories = ["Korea", "Albania", "Atlantis", "Albania"];
        s.subjects = ["Russia", "Albania"];
        s.claims = [{ claim: "", quote: "not there", by: "b" }];
        s.statedCount = 1;
      }),
    );
    expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual([
      "error date",
      "warning source.url",
      "error lang",
      "error signatories[0]",
      "error signatories[2]",
      "error claims[0].claim",
      "error claims[0].quote",
      "error signatories[3]",
      "error subjects[1]",
    ]);
    // Every message names the statement and its field.
    for (const problem of problems) expect(problem.message).toContain(`mini-statement: ${problem.field}`);
  });
});

describe("formatProblem", () => {
  test("writes one line: file, then the message with ID, field and value", () => {
    const problem = onlyProblem(fixture((s) => (s.signatories = ["Korea"])));
    expect(formatProblem(problem)).toBe(
      'statements/mini-statement.json: mini-statement: signatories[0] "Korea" is ambiguous: North Korea (KP) or South Korea (KR)',
    );
  });

  test("does not repeat the file when the message already starts with it", () => {
    expect(formatProblem(onlyProblem(null))).toBe("statements/mini-statement.json: a statement must be a JSON object, not null");
  });

  test("keeps a value with line breaks on one line", () => {
    const problem = onlyProblem(fixture((s) => (s.signatories = ["Atl\nantis"])));
    expect(formatProblem(problem)).not.toContain("\n");
    expect(formatProblem(problem)).toContain('"Atl\\nantis"');
  });
});

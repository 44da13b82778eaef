import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test, vi } from "vitest";
import { STATEMENT_LIMITS } from "../../../src/statement/limits";
import { readStatementFile } from "../../../src/statement/readStatementFile";
import type { ParseResult, StatementProblem } from "../../../src/statement/types";
import { resolveStub, stubResolver } from "./stubResolver";

const FILE = "statements/mini-statement.json";
const fixtureText = readFileSync(new URL("../../fixtures/statements/mini-statement.json", import.meta.url), "utf8");

/** The fixture as JSON text, changed by `edit`. */
function fixtureWith(edit: (statement: Record<string, unknown>) => void): string {
  const statement = JSON.parse(fixtureText) as Record<string, unknown>;
  edit(statement);
  return JSON.stringify(statement);
}

function read(text: string, resolver = stubResolver): ParseResult {
  return readStatementFile(text, FILE, resolver, { expectedId: "mini-statement" });
}

function onlyProblem(text: string, resolver = stubResolver): StatementProblem {
  const result = read(text, resolver);
  if (result.ok) throw new Error("expected the file to be refused");
  expect(result.problems.map((problem) => problem.message)).toHaveLength(1);
  return result.problems[0]!;
}

/** A resolver that counts its calls, to show a refused list was never resolved. */
function countingResolver() {
  const resolve = vi.fn(resolveStub);
  return { resolver: { ...stubResolver, resolve }, resolve };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("readStatementFile on sound files", () => {
  test("reads the fixture as parseStatement does", () => {
    const result = read(fixtureText);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.statement.signatories.map((party) => party.kind === "country" && party.iso2)).toEqual(["AL", "CZ"]);
  });

  test("ignores a byte-order mark before the JSON, as some editors save it", () => {
    expect(read(`\uFEFF${fixtureText}`).ok).toBe(true);
  });

  test("counts no brackets inside strings as nesting", () => {
    expect(read(fixtureWith((s) => (s.title = "[".repeat(500)))).ok).toBe(true);
  });

  test("accepts nesting up to the limit in fields it ignores", () => {
    const nested = (depth: number) => fixtureWith((s) => (s.notes = JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)));
    // The statement object itself is the first level.
    expect(read(nested(STATEMENT_LIMITS.depth - 1)).ok).toBe(true);
    expect(read(nested(STATEMENT_LIMITS.depth)).ok).toBe(false);
  });
});

describe("readStatementFile refuses files past the limits, before they can freeze the page", () => {
  test("a 5 MB file, without parsing it", () => {
    const text = fixtureWith((s) => (s.padding = "x".repeat(5 * 1024 * 1024)));
    const parse = vi.spyOn(JSON, "parse");
    const problem = onlyProblem(text);
    expect(parse).not.toHaveBeenCalled();
    expect(problem).toMatchObject({ severity: "error", file: FILE, field: "", value: text.length });
    expect(problem.message).toBe(`${FILE}: the file is ${text.length.toLocaleString("en")} characters long; at most 2,000,000 are allowed`);
  });

  test("JSON nested 10,000 deep, without parsing it", () => {
    const parse = vi.spyOn(JSON, "parse");
    const problem = onlyProblem(`{"id":"mini-statement","notes":${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    expect(parse).not.toHaveBeenCalled();
    expect(problem.message).toBe(`${FILE}: the JSON nests arrays and objects more than 20 levels deep; at most 20 are allowed`);
  });

  test("10,000 signatories, without resolving one", () => {
    const { resolver, resolve } = countingResolver();
    const problem = onlyProblem(
      fixtureWith((s) => (s.signatories = Array.from({ length: 10_000 }, () => "Albania"))),
      resolver,
    );
    expect(resolve).not.toHaveBeenCalledWith("Albania");
    expect(problem).toMatchObject({ field: "signatories", value: 10_000 });
    expect(problem.message).toBe("mini-statement: signatories has 10,000 entries; at most 500 are allowed");
  });

  test("2,000 paragraphs", () => {
    const problem = onlyProblem(fixtureWith((s) => (s.text = Array.from({ length: 2_000 }, () => "We condemn the transfer of arms"))));
    expect(problem.message).toBe("mini-statement: text has 2,000 entries; at most 1,000 are allowed");
  });

  test("a 100 KB name, without resolving it", () => {
    const { resolver, resolve } = countingResolver();
    const name = "Albania".repeat(15_000);
    const result = read(
      fixtureWith((s) => (s.signatories = [name, "the Czech Republic"])),
      resolver,
    );
    expect(result.ok).toBe(false);
    expect(resolve).not.toHaveBeenCalledWith(name);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      `mini-statement: signatories[0] "${name.slice(0, 59)}…" is 105,000 characters long; at most 300 are allowed`,
    ]);
  });

  test.each([
    [
      "subjects",
      (s: Record<string, unknown>) => (s.subjects = Array.from({ length: 501 }, () => "Russia")),
      "subjects has 501 entries; at most 500 are allowed",
    ],
    [
      "additions",
      (s: Record<string, unknown>) => (s.additions = Array.from({ length: 501 }, () => ({}))),
      "additions has 501 entries; at most 500 are allowed",
    ],
    ["claims", (s: Record<string, unknown>) => (s.claims = Array.from({ length: 201 }, () => ({}))), "claims has 201 entries; at most 200 are allowed"],
    [
      "a paragraph",
      (s: Record<string, unknown>) => ((s.text as string[])[0] = "a".repeat(50_001)),
      'text[0] "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is 50,001 characters long; at most 50,000 are allowed',
    ],
    [
      "the title",
      (s: Record<string, unknown>) => (s.title = "T".repeat(2_001)),
      `title "${"T".repeat(59)}…" is 2,001 characters long; at most 2,000 are allowed`,
    ],
    [
      "a source URL",
      (s: Record<string, unknown>) => (s.source = { name: "W", url: `https://example.org/${"a".repeat(2_000)}` }),
      `source.url "https://example.org/${"a".repeat(39)}…" is 2,020 characters long; at most 2,000 are allowed`,
    ],
    [
      "a claim's speaker",
      (s: Record<string, unknown>) => (s.claims = [{ claim: "c", quote: "We condemn", by: "b".repeat(301) }]),
      `claims[0].by "${"b".repeat(59)}…" is 301 characters long; at most 300 are allowed`,
    ],
  ])("%s past its limit, naming the field and the limit", (_, edit, says) => {
    expect(onlyProblem(fixtureWith(edit)).message).toBe(`mini-statement: ${says}`);
  });

  test("lists at their limits are read like any other", () => {
    const result = read(fixtureWith((s) => (s.subjects = Array.from({ length: STATEMENT_LIMITS.subjects }, () => "Narnia"))));
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(STATEMENT_LIMITS.subjects);
    expect(problems.every((problem) => /^subjects\[\d+\]$/.test(problem.field))).toBe(true);
  });
});

describe("readStatementFile on text that is not a statement", () => {
  test("reports text that is not JSON, naming the file", () => {
    const problem = onlyProblem('{"id": "mini-statement",');
    expect(problem).toMatchObject({ field: "", file: FILE });
    expect(problem.message).toMatch(/^statements\/mini-statement\.json: not valid JSON: /);
  });

  test("reports JSON that is not an object", () => {
    expect(onlyProblem("[1, 2]").message).toBe(`${FILE}: a statement must be a JSON object, not an array`);
    expect(onlyProblem("").message).toMatch(/^statements\/mini-statement\.json: not valid JSON/);
  });
});

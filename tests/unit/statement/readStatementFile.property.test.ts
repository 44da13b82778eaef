import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STATEMENT_LIMITS } from "../../../src/statement/limits";
import { parseStatement } from "../../../src/statement/parseStatement";
import { readStatementFile } from "../../../src/statement/readStatementFile";
import type { ParseResult, Statement } from "../../../src/statement/types";
import { resolveStub, stubResolver } from "./stubResolver";

/** Long enough for a loaded machine: the run's bound is there to catch a hang, not to time it. */
const PROPERTY_TIMEOUT = 120_000;

const FILE = "statements/mini-statement.json";
const fixtureText = readFileSync(new URL("../../fixtures/statements/mini-statement.json", import.meta.url), "utf8");
const fixture = JSON.parse(fixtureText) as Record<string, unknown>;

/**
 * What every statement the parser accepts must be, checked from the outside: the format's rules
 * as the public contract states them, with the stand-in resolver as the judge of names.
 */
function assertSound(statement: Statement): void {
  expect(statement.id).toBe("mini-statement");
  for (const text of [statement.title, statement.source.name, ...statement.text]) {
    expect(typeof text).toBe("string");
    expect(text.trim()).not.toBe("");
  }
  expect(new Date(`${statement.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(statement.date);
  expect(statement.text.length).toBeGreaterThan(0);
  expect(statement.text.length).toBeLessThanOrEqual(STATEMENT_LIMITS.paragraphs);
  if (statement.source.url !== undefined) expect(new URL(statement.source.url).protocol).toMatch(/^https?:$/);
  expect(Intl.getCanonicalLocales(statement.lang)[0]).toBe(statement.lang);
  expect(statement.signatories.length).toBeGreaterThan(0);
  const codes: string[] = [];
  for (const party of [...statement.signatories, ...statement.additions, ...statement.subjects]) {
    expect(party.written.length).toBeLessThanOrEqual(STATEMENT_LIMITS.nameCharacters);
    const resolution = resolveStub(party.written);
    expect(resolution.ok).toBe(true);
    if (resolution.ok) expect(party.kind === "country" ? party.iso2 : party.org).toBe(resolution.kind === "country" ? resolution.country.iso2 : resolution.org);
    codes.push(`${party.kind}:${party.kind === "country" ? party.iso2 : party.org}`);
  }
  expect(new Set(codes).size).toBe(codes.length);
  for (const subject of statement.subjects) expect(subject.kind).toBe("country");
  for (const claim of statement.claims) {
    expect(statement.text[claim.paragraph]?.slice(claim.offset, claim.offset + claim.quote.length)).toBe(claim.quote);
    expect(["statement", "reported"]).toContain(claim.voice);
  }
  if (statement.statedCount !== undefined) expect(Number.isInteger(statement.statedCount) && statement.statedCount >= 0).toBe(true);
}

/** Checks a result's shape whatever it is, and the statement's soundness when accepted. */
function assertWellFormed(result: ParseResult): void {
  if (result.ok) {
    assertSound(result.statement);
    for (const warning of result.warnings) expect(warning.severity).toBe("warning");
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.some((problem) => problem.severity === "error")).toBe(true);
  for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
}

const FIELDS = ["id", "title", "date", "source", "text", "lang", "signatories", "subjects", "claims", "statedCount", "additions"];

/** Values a careless or hostile file might hold, real names among them. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    "Albania",
    "Korea",
    "Atlantis",
    "the Czech Republic",
    "Russia",
    "the High Representative of the European Union",
    "2024-02-30",
    "2024-01-12",
    "javascript:alert(1)",
    "",
    "  ",
  ),
  fc.constant(undefined),
);

/** The fixture with a few fields, or a field inside a list, replaced, removed or duplicated. */
const mangledStatement = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant("set" as const), field: fc.constantFrom(...FIELDS), value: anyValue }),
      fc.record({ kind: fc.constant("push" as const), field: fc.constantFrom("signatories", "subjects", "text", "claims", "additions"), value: anyValue }),
      fc.record({ kind: fc.constant("claim" as const), key: fc.constantFrom("claim", "quote", "by", "voice"), value: anyValue }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((edits) => {
    const statement = structuredClone(fixture);
    for (const edit of edits) {
      if (edit.kind === "set") statement[edit.field] = edit.value;
      else if (edit.kind === "push" && Array.isArray(statement[edit.field])) (statement[edit.field] as unknown[]).push(edit.value);
      else if (edit.kind === "claim" && Array.isArray(statement.claims) && typeof statement.claims[0] === "object" && statement.claims[0] !== null) {
        (statement.claims[0] as Record<string, unknown>)[edit.key] = edit.value;
      }
    }
    return statement;
  });

/** The fixture's text with characters deleted, inserted or swapped: mostly not JSON, sometimes JSON of another shape. */
const mangledText = fc
  .array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 4 }), insert: fc.string({ unit: fc.constantFrom(...'{}[]",:\\ 0aA-é\u2019'), maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((edits) =>
    edits.reduce((text, { at, cut, insert }) => text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + cut), fixtureText),
  );

describe("the statement validator on random and mangled input", () => {
  it(
    "never throws on any text, and accepts none that is not a sound statement",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary", maxLength: 200 }), fc.json({ maxDepth: 4 }), mangledText), (text) => {
          assertWellFormed(readStatementFile(text, FILE, stubResolver, { expectedId: "mini-statement" }));
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on a mangled statement, and accepts it only when it is sound",
    () => {
      fc.assert(
        fc.property(mangledStatement, (statement) => {
          assertWellFormed(parseStatement(statement, FILE, stubResolver, { expectedId: "mini-statement" }));
          assertWellFormed(readStatementFile(JSON.stringify(statement), FILE, stubResolver, { expectedId: "mini-statement" }));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on any JSON value as a statement",
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
          assertWellFormed(parseStatement(value, FILE, stubResolver, { expectedId: "mini-statement" }));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "refuses exactly the files nested past the limit, whatever the depth",
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom("[]", "{}"), (depth, brackets) => {
          const open = brackets === "[]" ? "[" : '{"a":';
          const close = brackets === "[]" ? "]" : "}";
          const notes = depth === 0 ? "0" : `${open.repeat(depth)}${brackets === "[]" ? "" : "0"}${close.repeat(depth)}`;
          const text = `${fixtureText.trimEnd().slice(0, -1)}, "notes": ${notes}}`;
          const result = readStatementFile(text, FILE, stubResolver, { expectedId: "mini-statement" });
          // The statement object is the first level.
          expect(result.ok, `depth ${depth}`).toBe(depth + 1 <= STATEMENT_LIMITS.depth);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

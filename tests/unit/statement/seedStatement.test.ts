import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { nameResolver } from "../../../src/countries/resolveCountry";
import { formatProblem } from "../../../src/statement/formatProblem";
import { readStatementFile } from "../../../src/statement/readStatementFile";
import { SEED_ADDITIONS, SEED_ORGANISATION, SEED_SIGNATORY_CODES, SEED_SUBJECTS } from "../../fixtures/seedStatement";

const SEED_ID = "dprk-russia-missiles-2024";
const seedUrl = new URL(`../../../public/statements/${SEED_ID}.json`, import.meta.url);

/** The bundled seed file, read as the build and the page read it. */
function parseSeed() {
  return readStatementFile(readFileSync(seedUrl, "utf8"), `statements/${SEED_ID}.json`, nameResolver, { expectedId: SEED_ID });
}

test("the seed statement parses with the real resolver, with no errors and no warnings", () => {
  const result = parseSeed();
  const problems = result.ok ? result.warnings : result.problems;
  expect(problems.map(formatProblem)).toEqual([]);
  expect(result.ok).toBe(true);
});

test("the seed lists the report's 48 countries and the EU, and the count it states agrees", () => {
  const result = parseSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const { signatories, statedCount } = result.statement;
  const countries = signatories.flatMap((party) => (party.kind === "country" ? [party.iso2] : []));
  expect(countries).toEqual(SEED_SIGNATORY_CODES);
  expect(statedCount).toBe(48);
  expect(signatories.filter((party) => party.kind === "org")).toEqual([{ kind: "org", ...SEED_ORGANISATION }]);
});

test("the seed's subjects are North Korea and Russia, and Micronesia and Paraguay joined on 12 January", () => {
  const result = parseSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const { subjects, additions } = result.statement;
  expect(subjects.map((party) => party.iso2)).toEqual(SEED_SUBJECTS.map((party) => party.iso2));
  expect(additions.map((party) => (party.kind === "country" ? [party.iso2, party.date] : party.org))).toEqual(
    SEED_ADDITIONS.map((party) => [party.iso2, party.date]),
  );
  expect(additions.every((addition) => addition.source.url === undefined)).toBe(true);
});

test("every seed claim's quote is found where the parser says, and both voices are present", () => {
  const result = parseSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const { text, claims } = result.statement;
  expect(claims.length).toBeGreaterThanOrEqual(6);
  expect(claims.length).toBeLessThanOrEqual(10);
  for (const claim of claims) {
    const paragraph = text[claim.paragraph] ?? "";
    expect(paragraph.slice(claim.offset, claim.offset + claim.quote.length)).toBe(claim.quote);
  }
  expect(new Set(claims.map((claim) => claim.voice))).toEqual(new Set(["statement", "reported"]));
});

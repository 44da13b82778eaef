import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBundledStatements } from "../../../src/build/readBundledStatements";
import { nameResolver } from "../../../src/countries/resolveCountry";
import { formatProblem } from "../../../src/statement/formatProblem";
import { readStatementFile } from "../../../src/statement/readStatementFile";

const germanText = readFileSync(new URL("../../fixtures/statements/g7-aussenminister-nordkorea-de.json", import.meta.url), "utf8");
const GERMAN_ID = "g7-aussenminister-nordkorea-de";
const dir = mkdtempSync(join(tmpdir(), "statement-languages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The German fixture with `edit` applied, as file text. */
function germanWith(edit: (statement: Record<string, unknown>) => void): string {
  const statement = JSON.parse(germanText) as Record<string, unknown>;
  edit(statement);
  return JSON.stringify(statement);
}

const read = (text: string, id = GERMAN_ID) => readStatementFile(text, `statements/${id}.json`, nameResolver, { expectedId: id });

describe("statement files in other languages", () => {
  it("reads a German statement's names in German and English", () => {
    const result = read(germanText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.lang).toBe("de");
    expect(result.statement.signatories.map((party) => (party.kind === "country" ? party.iso2 : party.org))).toEqual([
      "DE",
      "FR",
      "IT",
      "JP",
      "CA",
      "GB",
      "US",
      "EU",
    ]);
    expect(result.statement.signatories[5]?.written).toBe("das Vereinigte Königreich");
    expect(result.statement.subjects.map((party) => party.iso2)).toEqual(["KP"]);
    expect(result.warnings).toEqual([]);
  });

  it("refuses the same names in a file that says it is English, naming field and value", () => {
    const result = read(germanWith((s) => (s.lang = "en")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toContain(
      `statements/${GERMAN_ID}.json: ${GERMAN_ID}: signatories[0] "Deutschland" is unknown: no country or organisation is called "Deutschland"`,
    );
  });

  it("reads French, Ukrainian and Korean names and organisations in their files, with English beside them", () => {
    const cases: [string, string[], string[]][] = [
      ["fr", ["l'Allemagne", "le Canada", "les États-Unis", "l'Union européenne", "Japan"], ["DE", "CA", "US", "EU", "JP"]],
      ["uk", ["Німеччина", "Сполучене Королівство", "США", "Європейський Союз", "Canada"], ["DE", "GB", "US", "EU", "CA"]],
      ["ko", ["독일", "영국", "미국", "유럽연합", "France"], ["DE", "GB", "US", "EU", "FR"]],
    ];
    for (const [lang, signatories, codes] of cases) {
      const result = read(
        germanWith((s) => {
          Object.assign(s, { lang, signatories, subjects: [], statedCount: undefined });
        }),
      );
      expect(result.ok, lang).toBe(true);
      if (result.ok) expect(result.statement.signatories.map((party) => (party.kind === "country" ? party.iso2 : party.org))).toEqual(codes);
    }
  });

  it("reads a language the resolver does not read in English alone", () => {
    const result = read(germanWith((s) => (s.lang = "es")));
    expect(result.ok).toBe(false);
    expect(read(germanWith((s) => Object.assign(s, { lang: "es", signatories: ["Germany", "France"], subjects: ["North Korea"], statedCount: 2 }))).ok).toBe(
      true,
    );
  });

  it("is read alike by the build and by statement check", () => {
    const german = join(dir, `${GERMAN_ID}.json`);
    writeFileSync(german, germanText);
    expect(readBundledStatements(dir).map((prepared) => prepared.statement.signatories.length)).toEqual([8]);
    const check = spawnSync("npx", ["tsx", "src/cli/statement.ts", "check", german], { encoding: "utf8", timeout: 60_000 });
    expect(check.stderr).toBe("");
    expect(check.stdout).toBe(`${german}: ok (7 countries, 1 organisation, 0 later signatories, 1 subject, 1 claim)\n`);
    expect(check.status).toBe(0);
    writeFileSync(
      german,
      germanWith((s) => (s.lang = "fr")),
    );
    expect(() => readBundledStatements(dir)).toThrow(/signatories\[0\] "Deutschland" is unknown/);
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

/** Runs `npm run --silent resolve` (without npm in between) on `stdin`. */
const runCli = (stdin: string, args: string[] = []) =>
  spawnSync("npx", ["tsx", "src/countries/cli.ts", ...args], { input: stdin, encoding: "utf8", timeout: 60_000 });

/** The CLI's output lines, parsed. */
const linesOf = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("npm run resolve", () => {
  it("writes one JSON object per name in the public format, in input order, and exits 1 when a name fails", () => {
    const result = runCli("the Republic of Moldova\r\n\r\nthe High Representative of the European Union\r\nKorea\r\n");
    expect(result.stdout).toBe(
      '{"input":"the Republic of Moldova","iso2":"MD","iso3":"MDA","numeric":"498","name":"Moldova"}\n' +
        '{"input":"the High Representative of the European Union","org":"EU","name":"European Union"}\n' +
        '{"input":"Korea","error":"ambiguous: North Korea (KP) or South Korea (KR)"}\n',
    );
    expect(result.status).toBe(1);
  }, 60_000);

  it("keeps leading zeros, gives Kosovo null codes, skips blank lines, echoes the input less a CR, and exits 0 when all resolve", () => {
    const result = runCli("Albania\n\n   \n  Moldova \r\nKosovo\n008\nthe Council of Europe");
    expect(linesOf(result.stdout)).toEqual([
      { input: "Albania", iso2: "AL", iso3: "ALB", numeric: "008", name: "Albania" },
      { input: "  Moldova ", iso2: "MD", iso3: "MDA", numeric: "498", name: "Moldova" },
      { input: "Kosovo", iso2: "XK", iso3: null, numeric: null, name: "Kosovo" },
      { input: "008", iso2: "AL", iso3: "ALB", numeric: "008", name: "Albania" },
      { input: "the Council of Europe", org: "COE", name: "Council of Europe" },
    ]);
    expect(result.status).toBe(0);
  }, 60_000);

  it("names an unknown input and its closest parties in the error, and reads no code from a word", () => {
    const result = runCli("Germny\nand\nColumbia\n");
    expect(linesOf(result.stdout)).toEqual([
      { input: "Germny", error: 'unknown: no country or organisation is called "Germny"; closest: Germany (DE)' },
      { input: "and", error: 'unknown: no country or organisation is called "and"' },
      { input: "Columbia", error: 'unknown: no country or organisation is called "Columbia"; closest: Colombia (CO)' },
    ]);
    expect(result.status).toBe(1);
  }, 60_000);

  it("exits 0 with no output for empty input", () => {
    const result = runCli("");
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);

  it("reads names in every language without --lang, and in one language and English with it", () => {
    const names = "Tschechien\nCorée du Sud\nСполучене Королівство\n대한민국\ndes Vereinigten Königreichs\nGermany\n";
    const everyLanguage = runCli(names);
    expect(linesOf(everyLanguage.stdout).map((line) => line.iso2)).toEqual(["CZ", "KR", "GB", "KR", "GB", "DE"]);
    expect(everyLanguage.status).toBe(0);
    const german = runCli(names, ["--lang", "de"]);
    expect(linesOf(german.stdout).map((line) => line.iso2 ?? line.error)).toEqual([
      "CZ",
      'unknown: no country or organisation is called "Corée du Sud"',
      'unknown: no country or organisation is called "Сполучене Королівство"',
      'unknown: no country or organisation is called "대한민국"',
      "GB",
      "DE",
    ]);
    expect(german.status).toBe(1);
    expect(linesOf(runCli("Corée du Sud\n", ["--lang=fr"]).stdout)).toEqual([
      { input: "Corée du Sud", iso2: "KR", iso3: "KOR", numeric: "410", name: "South Korea" },
    ]);
  }, 60_000);

  it("refuses a language it does not read, exit 2", () => {
    const result = runCli("Spanien\n", ["--lang", "es"]);
    expect(result.stderr).toMatch(/--lang "es" is not one of en, de, fr, uk, ko/);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  }, 60_000);
});

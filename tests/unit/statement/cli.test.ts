import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const fixtureText = readFileSync(new URL("../../fixtures/statements/mini-statement.json", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "statement-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file named `name` into a fresh directory, with the fixture changed by `edit`; returns its path. */
function statementFile(name: string, edit: (statement: Record<string, unknown>) => void = () => {}): string {
  const statement = JSON.parse(fixtureText) as Record<string, unknown>;
  edit(statement);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(statement));
  return path;
}

/** Runs the real command, `npm run --silent statement -- ...args` without npm in between. */
const run = (...args: string[]) => spawnSync("npx", ["tsx", "src/cli/statement.ts", ...args], { encoding: "utf8", timeout: 60_000 });

describe("npm run statement -- check", () => {
  it("says ok, one line per file, and exits 0 when every file is sound", () => {
    const good = statementFile("mini-statement.json");
    const result = run("check", good, "public/statements/dprk-russia-missiles-2024.json");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      `${good}: ok (2 countries, 0 organisations, 0 later signatories, 1 subject, 1 claim)\n` +
        "public/statements/dprk-russia-missiles-2024.json: ok (48 countries, 1 organisation, 2 later signatories, 2 subjects, 10 claims)\n",
    );
    expect(result.status).toBe(0);
  }, 60_000);

  it("writes every problem with file, field and value to stderr, and exits 1 when any file has one", () => {
    const good = statementFile("mini-statement.json");
    const bad = statementFile("bad-statement.json", (s) => {
      s.id = "bad-statement";
      s.signatories = ["Albania", "Korea", "Columbia"];
      s.date = "2024-02-30";
    });
    const missing = join(dir, "missing.json");
    const result = run("check", bad, good, missing);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      `${bad}: bad-statement: date "2024-02-30" is not a real calendar date`,
      `${bad}: bad-statement: signatories[1] "Korea" is ambiguous: North Korea (KP) or South Korea (KR)`,
      `${bad}: bad-statement: signatories[2] "Columbia" is unknown: no country or organisation is called "Columbia"; closest: Colombia (CO)`,
      expect.stringMatching(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: cannot be read: ENOENT`)),
    ]);
    expect(result.stdout).toBe(`${good}: ok (2 countries, 0 organisations, 0 later signatories, 1 subject, 1 claim)\n`);
    expect(result.status).toBe(1);
  }, 60_000);

  it("checks the ID against the file name and refuses a file past the limits, as the build does", () => {
    const renamed = statementFile("renamed.json");
    const huge = statementFile("huge.json", (s) => {
      s.id = "huge";
      s.signatories = Array.from({ length: 10_000 }, () => "Albania");
    });
    const result = run("check", renamed, huge);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      `${renamed}: mini-statement: id "mini-statement" does not match the file name "renamed"`,
      `${huge}: huge: signatories has 10,000 entries; at most 500 are allowed`,
    ]);
    expect(result.status).toBe(1);
  }, 60_000);

  it("prints warnings as warnings, and a file with only warnings passes", () => {
    const counted = statementFile("mini-statement.json", (s) => (s.statedCount = 3));
    const result = run("check", counted);
    expect(result.stderr).toBe(
      `warning: ${counted}: mini-statement: statedCount 3 does not match the 2 countries in signatories (organisations and additions not counted)\n`,
    );
    expect(result.status).toBe(0);
  }, 60_000);
});

describe("npm run statement", () => {
  it("says how to use it, exit 2, without a file to check or a known command", () => {
    for (const args of [["check"], [], ["publish"]]) {
      const result = run(...args);
      expect(result.stderr, args.join(" ")).toMatch(/usage: npm run --silent statement -- check FILE\.\.\./);
      expect(result.status, args.join(" ")).toBe(2);
    }
  }, 120_000);

  it("dispatches draft to the authoring command, which says how to use it on a bad argument, exit 2", () => {
    const result = run("draft", "--colour", "red");
    expect(result.stderr).toMatch(/^statement draft: unknown argument "--colour"\nusage: npm run --silent statement -- draft /);
    expect(result.status).toBe(2);
  }, 60_000);
});

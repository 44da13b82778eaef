import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseDraftArgs, runDraft } from "../../../src/authoring/draftCli";
import { articleFixture } from "./fixtures";

/** The real command, `npm run --silent statement -- draft ...args`, without npm in between. */
const draft = (input: string, ...args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/statement.ts", "draft", ...args], { input, encoding: "utf8", timeout: 120_000 });

/** An article written for this test, with one name no resolver knows and one it can read two ways. */
const WITH_UNKNOWN_NAMES = `Ministers condemn missile launch

PARIS (Example Wire) - The foreign ministers of Albania, Atlantis, Andorra and Korea said in a joint statement on Monday that the launch broke several Security Council resolutions.

They called on North Korea to stop all such launches at once.
`;

describe("npm run statement -- draft", () => {
  it("drafts the seed: the statement file on stdout, the report on stderr, exit 0", () => {
    const result = draft(articleFixture("seed-dpa-afx-2024").text);
    expect(result.status).toBe(0);
    const file = JSON.parse(result.stdout);
    expect(file.signatories).toHaveLength(49);
    expect(file.subjects).toEqual(["North Korea", "Russia"]);
    expect(file.source).toEqual({ name: "dpa-AFX" });
    expect(result.stderr).toMatch(/^Draft "[a-z0-9-]+-2024": valid\n/);
    expect(result.stderr).toContain("Signatories: 49 found (48 countries, 1 organisation)");
    expect(result.stderr).toContain("Subjects (guessed, check them): North Korea, Russia");
  }, 120_000);

  it("still writes the draft but exits 1 when a name is unknown or ambiguous, and names each with suggestions", () => {
    const result = draft(WITH_UNKNOWN_NAMES, "--date", "2024-03-04");
    expect(result.status).toBe(1);
    const file = JSON.parse(result.stdout);
    expect(file.signatories).toEqual(["Albania", "Atlantis", "Andorra", "Korea"]);
    expect(file.source).toEqual({ name: "Example Wire" });
    expect(result.stderr).toMatch(/NOT valid/);
    expect(result.stderr).toContain('signatories[1] "Atlantis": unknown');
    expect(result.stderr).toContain('signatories[3] "Korea": ambiguous: North Korea (KP) or South Korea (KR)');
    expect(result.stderr).toMatch(/draft: .*signatories\[1\] "Atlantis" is unknown/);
    expect(result.stderr).toContain("[statement] the foreign ministers: The launch broke several Security Council resolutions");
  }, 120_000);

  it("fills id, date, source, url and title from the options, over what the text says", () => {
    const result = draft(
      articleFixture("seed-dpa-afx-2024").text,
      "--id",
      "missiles-2024",
      "--date=2024-01-11",
      "--source",
      "Example News",
      "--url",
      "https://example.org/a",
      "--title",
      "Forty-eight nations condemn missile transfers",
    );
    const file = JSON.parse(result.stdout);
    expect(file).toMatchObject({
      id: "missiles-2024",
      date: "2024-01-11",
      source: { name: "Example News", url: "https://example.org/a" },
      title: "Forty-eight nations condemn missile transfers",
    });
    expect(result.status).toBe(0);
  }, 120_000);
});

describe("runDraft and parseDraftArgs", () => {
  it("leaves a missing date empty, so that validation reports it, and says how to fill it", () => {
    const result = runDraft([], "Albania, Andorra and Austria said in a joint statement that they condemn the launch.");
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout.join("\n")).date).toBe("");
    expect(result.stderr.join("\n")).toContain("Left empty: date: pass --date YYYY-MM-DD");
    expect(result.stderr.join("\n")).toMatch(/date is empty/);
  });

  it("refuses unknown flags and flags without values, exit 2", () => {
    expect(parseDraftArgs(["--date"])).toEqual({ error: "--date needs a value" });
    expect(parseDraftArgs(["--colour", "red"])).toEqual({ error: 'unknown argument "--colour"' });
    expect(parseDraftArgs(["--date=2024-01-10", "--source", "AP"])).toEqual({ options: { date: "2024-01-10", source: "AP" } });
    expect(runDraft(["--nope"], "").status).toBe(2);
  });
});

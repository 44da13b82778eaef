import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { resolveLines } from "../../../src/countries/cli";

describe("resolveLines", () => {
  it("writes one JSON object per name in the INTERFACE.md format, in input order", () => {
    const { output, failed } = resolveLines([
      "the Republic of Moldova",
      "the High Representative of the European Union",
      "Korea",
    ]);
    expect(output).toEqual([
      '{"input":"the Republic of Moldova","iso2":"MD","iso3":"MDA","numeric":"498","name":"Moldova"}',
      '{"input":"the High Representative of the European Union","org":"EU","name":"European Union"}',
      '{"input":"Korea","error":"ambiguous: North Korea (KP) or South Korea (KR)"}',
    ]);
    expect(failed).toBe(true);
  });

  it("keeps leading zeros in numeric codes", () => {
    expect(JSON.parse(resolveLines(["Albania"]).output[0] ?? "")).toMatchObject({ iso2: "AL", iso3: "ALB", numeric: "008" });
  });

  it("gives Kosovo null alpha-3 and numeric codes", () => {
    expect(JSON.parse(resolveLines(["Kosovo"]).output[0] ?? "")).toEqual({ input: "Kosovo", iso2: "XK", iso3: null, numeric: null, name: "Kosovo" });
  });

  it("skips empty and blank lines", () => {
    const { output, failed } = resolveLines(["", "France", "   ", "\r", "Japan", ""]);
    expect(output.map((line) => JSON.parse(line).iso2)).toEqual(["FR", "JP"]);
    expect(failed).toBe(false);
  });

  it("echoes the input as given but without a CRLF file's carriage return, and resolves it trimmed", () => {
    const { output } = resolveLines(["  Moldova \r"]);
    expect(JSON.parse(output[0] ?? "")).toMatchObject({ input: "  Moldova ", iso2: "MD" });
  });

  it("reports failure when any line fails, and only then", () => {
    expect(resolveLines(["France", "Atlantis", "Japan"]).failed).toBe(true);
    expect(resolveLines(["France", "Japan"]).failed).toBe(false);
    expect(resolveLines([]).failed).toBe(false);
  });

  it("names an unknown input and its closest countries in the error", () => {
    expect(resolveLines(["Germny"]).output).toEqual([
      '{"input":"Germny","error":"unknown: no country or organisation is called \\"Germny\\"; closest: Germany (DE)"}',
    ]);
  });
});

describe("the resolver CLI", () => {
  const runCli = (stdin: string) =>
    spawnSync("npx", ["tsx", "src/countries/cli.ts"], { input: stdin, encoding: "utf8", timeout: 60_000 });

  it("reads names from stdin and writes JSON lines to stdout, exiting 1 when a name fails", () => {
    const result = runCli("the Republic of Moldova\r\n\r\nthe High Representative of the European Union\r\nKorea\r\n");
    expect(result.stdout).toBe(
      '{"input":"the Republic of Moldova","iso2":"MD","iso3":"MDA","numeric":"498","name":"Moldova"}\n' +
        '{"input":"the High Representative of the European Union","org":"EU","name":"European Union"}\n' +
        '{"input":"Korea","error":"ambiguous: North Korea (KP) or South Korea (KR)"}\n',
    );
    expect(result.status).toBe(1);
  }, 60_000);

  it("exits 0 when every name resolves", () => {
    const result = runCli("Moldova\nKosovo");
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(result.status).toBe(0);
  }, 60_000);
});

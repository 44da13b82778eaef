import { describe, expect, it } from "vitest";
import { makeDownload } from "../../../src/export";
import { shortStatement } from "../../fixtures/statement";
import { pictureOf } from "./pictures";

describe("makeDownload", () => {
  const view = { statement: shortStatement, picture: pictureOf(shortStatement), size: { kind: "screen", width: 800 } as const };

  it.each([
    ["svg", "short-statement.svg", "image/svg+xml;charset=utf-8", "<?xml"],
    ["csv", "short-statement.csv", "text/csv;charset=utf-8", "\ufeffname_as_written,"],
    ["json", "short-statement.json", "application/json", '{\n  "id": "short-statement"'],
  ] as const)("names the %s file after the statement and gives it its type", async (format, filename, type, start) => {
    const download = await makeDownload(format, view);
    expect(download.filename).toBe(filename);
    expect(download.blob.type).toBe(type);
    // Blob.text() would drop the BOM as a decoder does; read the bytes.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await download.blob.arrayBuffer()).startsWith(start)).toBe(true);
  });

  it("names the social card's SVG apart from the map as shown", async () => {
    expect((await makeDownload("svg", { ...view, size: { kind: "social" } })).filename).toBe("short-statement-social.svg");
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveFile } from "../../../src/export/saveFile";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("saveFile", () => {
  it("clicks a hidden <a download> on a blob: URL of the file, takes the link out again, and frees the URL later", () => {
    vi.useFakeTimers();
    const revoked: string[] = [];
    // jsdom has no blob: URLs.
    vi.stubGlobal(
      "URL",
      Object.assign(class extends URL {}, { createObjectURL: () => "blob:test/1", revokeObjectURL: (url: string) => void revoked.push(url) }),
    );
    const clicked: { href: string; download: string; hidden: boolean; inDocument: boolean }[] = [];
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.getAttribute("href")!, download: link.download, hidden: link.hidden === true, inDocument: document.contains(link) });
      event.preventDefault();
    };
    document.addEventListener("click", onClick);
    saveFile({ filename: "x.csv", blob: new Blob(["a,b\r\n"], { type: "text/csv" }) });
    document.removeEventListener("click", onClick);
    expect(clicked).toEqual([{ href: "blob:test/1", download: "x.csv", hidden: true, inDocument: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(["blob:test/1"]);
  });
});

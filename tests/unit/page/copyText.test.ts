import { describe, expect, it } from "vitest";
import { copyText } from "../../../src/page/copyText";

describe("copyText", () => {
  it("resolves true when the Clipboard API took the text", async () => {
    const written: string[] = [];
    expect(await copyText("hello", { writeText: async (text) => void written.push(text) })).toBe(true);
    expect(written).toEqual(["hello"]);
  });

  it("resolves false, for the caller's fallback, when there is no Clipboard API or it refuses", async () => {
    expect(await copyText("hello", undefined)).toBe(false);
    expect(await copyText("hello", { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) })).toBe(false);
  });
});

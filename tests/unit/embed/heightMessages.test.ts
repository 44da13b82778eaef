import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ampEmbedSizeMessage,
  isWordPressReady,
  MAX_HEIGHT_PX,
  parseHeightMessage,
  parsePymWidthMessage,
  pymHeightMessage,
  wordPressHeightMessage,
  wordPressLinkMessage,
  wordPressSecret,
} from "../../../src/embed/heightMessages";

describe("the height messages", () => {
  it("pymHeightMessage writes pym.js's format: pymxPYMx{childId}xPYMxheightxPYMx{height}", () => {
    expect(pymHeightMessage("map", 812)).toBe("pymxPYMxmapxPYMxheightxPYMx812");
    expect(pymHeightMessage("signatory-map-1", 1200)).toBe("pymxPYMxsignatory-map-1xPYMxheightxPYMx1200");
  });

  it("ampEmbedSizeMessage writes AMP's embed-size request", () => {
    expect(ampEmbedSizeMessage(812)).toEqual({ sentinel: "amp", type: "embed-size", height: 812 });
  });
});

describe("parsePymWidthMessage", () => {
  it("reads the width pym.js sends to this child", () => {
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx640", "map")).toBe(640);
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx320.5", "map")).toBe(320.5);
  });

  it("ignores another child's message, another message type and a bad width", () => {
    expect(parsePymWidthMessage("pymxPYMxotherxPYMxwidthxPYMx640", "map")).toBeNull();
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxheightxPYMx640", "map")).toBeNull();
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx", "map")).toBeNull();
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx640px", "map")).toBeNull();
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx-1", "map")).toBeNull();
    expect(parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx640", "")).toBeNull();
  });

  it("returns null, never throws, for junk of any type", () => {
    const junk = [null, undefined, 0, NaN, true, {}, [], { width: 640 }, "", "pym", "x".repeat(5_000_000), Symbol("s"), () => 1, new Date(0)];
    for (const data of junk) expect(parsePymWidthMessage(data, "map")).toBeNull();
    fc.assert(fc.property(fc.anything(), (data) => parsePymWidthMessage(data, "map") === null));
    fc.assert(
      fc.property(fc.string(), fc.string(), (data, id) => {
        const width = parsePymWidthMessage(data, id);
        return width === null || Number.isFinite(width);
      }),
    );
  });
});

describe("parseHeightMessage (the loader's side)", () => {
  it("reads both formats, whole pixels", () => {
    expect(parseHeightMessage(ampEmbedSizeMessage(812))).toBe(812);
    expect(parseHeightMessage(ampEmbedSizeMessage(812.2))).toBe(813);
    expect(parseHeightMessage(pymHeightMessage("map", 640))).toBe(640);
  });

  it("ignores other AMP messages, impossible heights and junk, and never throws", () => {
    expect(parseHeightMessage({ sentinel: "amp", type: "embed-ready" })).toBeNull();
    expect(parseHeightMessage({ sentinel: "amp", type: "embed-size", height: "812" })).toBeNull();
    expect(parseHeightMessage({ sentinel: "amp", type: "embed-size", height: -5 })).toBeNull();
    expect(parseHeightMessage({ sentinel: "amp", type: "embed-size", height: Infinity })).toBeNull();
    expect(parseHeightMessage({ sentinel: "amp", type: "embed-size", height: MAX_HEIGHT_PX + 1 })).toBeNull();
    expect(parseHeightMessage("pymxPYMxmapxPYMxheightxPYMx" + "9".repeat(1000))).toBeNull();
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
      },
    );
    expect(parseHeightMessage(throwing)).toBeNull();
    for (const data of [null, undefined, 0, "", "x".repeat(5_000_000), [], [812], { height: 812 }]) expect(parseHeightMessage(data)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const height = parseHeightMessage(data);
        return height === null || (Number.isInteger(height) && height > 0 && height <= MAX_HEIGHT_PX);
      }),
    );
  });
});

describe("WordPress's embed messages", () => {
  it("wordPressSecret reads the secret WordPress adds to the frame's address", () => {
    expect(wordPressSecret("#?secret=abc123XYZ0")).toBe("abc123XYZ0");
    expect(wordPressSecret("#?secret=a")).toBe("a");
    expect(wordPressSecret(`#?secret=${"a".repeat(64)}`)).toBe("a".repeat(64));
    expect(wordPressSecret("#?foo=1&secret=abc")).toBe("abc");
  });

  it("wordPressSecret ignores a fragment without one, and a secret WordPress would never send", () => {
    for (const hash of [
      "",
      "#",
      "#secret=abc",
      "#?secret=",
      "#?secret=a-b",
      "#?secret=a%3Cb",
      "#?secret=ab%20c",
      `#?secret=${"a".repeat(65)}`,
      "#?secret=über",
    ])
      expect(wordPressSecret(hash), hash).toBeNull();
    fc.assert(fc.property(fc.string(), (hash) => wordPressSecret(hash) === null || /^[A-Za-z0-9]{1,64}$/.test(wordPressSecret(hash)!)));
  });

  it("wordPressHeightMessage writes the message wp-embed.js resizes the frame from", () => {
    expect(wordPressHeightMessage(812, "abc123XYZ0")).toEqual({ message: "height", value: 812, secret: "abc123XYZ0" });
  });

  it("wordPressLinkMessage writes the request wp-embed.js opens a link of the frame's own host from", () => {
    expect(wordPressLinkMessage("https://maps.example.org/s/a/", "abc")).toEqual({ message: "link", value: "https://maps.example.org/s/a/", secret: "abc" });
  });

  it("isWordPressReady knows WordPress's ready message for this frame only, and never throws", () => {
    expect(isWordPressReady({ message: "ready", secret: "abc" }, "abc")).toBe(true);
    expect(isWordPressReady({ message: "ready", secret: "abd" }, "abc")).toBe(false);
    expect(isWordPressReady({ message: "height", secret: "abc" }, "abc")).toBe(false);
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no");
        },
      },
    );
    for (const data of [null, undefined, "ready", 1, {}, [], throwing]) expect(isWordPressReady(data, "abc")).toBe(false);
  });
});

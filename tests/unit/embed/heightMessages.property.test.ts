// Fuzzing the messages a page of ours and the pages around it exchange (issue #15): random and
// mangled input never throws, never hangs (Vitest's timeout would catch one), and is never
// accepted unless it is a well-formed message, read as what it says.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ampEmbedSizeMessage,
  MAX_HEIGHT_PX,
  parseHeightMessage,
  parsePymWidthMessage,
  parseScrollRequest,
  pymHeightMessage,
  scrollRequestMessage,
} from "../../../src/embed/heightMessages";

/** A pym child id as pym.js parents make them: no whitespace, at most 200 characters here. */
const childId = fc.string({ minLength: 1, maxLength: 200 }).filter((id) => !/\s/.test(id));
const height = fc.integer({ min: 1, max: MAX_HEIGHT_PX });

/** One edit of a string: a character inserted, deleted or replaced, a piece doubled, its case changed, padding. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant("double" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("case" as const) }),
  fc.record({ kind: fc.constant("pad" as const), before: fc.constantFrom("", " ", "\n", "\u200b"), after: fc.constantFrom("", " ", "px", "\n", ".5", "e3") }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function mangle(text: string, edits: Edit[]): string {
  let out = text;
  for (const change of edits) {
    const at = "at" in change ? change.at % (out.length + 1) : 0;
    if (change.kind === "insert") out = out.slice(0, at) + change.text + out.slice(at);
    else if (change.kind === "delete") out = out.slice(0, at) + out.slice(at + change.length);
    else if (change.kind === "replace") out = out.slice(0, at) + change.text + out.slice(at + change.text.length);
    else if (change.kind === "double") out = out.slice(0, at + change.length) + out.slice(at, at + change.length) + out.slice(at + change.length);
    else if (change.kind === "case") out = out === out.toUpperCase() ? out.toLowerCase() : out.toUpperCase();
    else out = change.before + out + change.after;
  }
  return out;
}

/**
 * What a pym height message is, said without the parser's regular expression: pym's prefix, a
 * child id with no whitespace, "height", and the height in digits at the very end.
 */
function pymHeightOf(text: string): number | null {
  const prefix = "pymxPYMx";
  const marker = "xPYMxheightxPYMx";
  const at = text.lastIndexOf(marker);
  if (!text.startsWith(prefix) || at < prefix.length + 1) return null;
  const id = text.slice(prefix.length, at);
  const digits = text.slice(at + marker.length);
  if (/\s/.test(id) || id.length > 200 || !/^[0-9]{1,6}$/.test(digits)) return null;
  const value = Number(digits);
  return value > 0 && value <= MAX_HEIGHT_PX ? value : null;
}

/**
 * Objects that fight back: throwing getters and traps, revoked proxies, no prototype. Tried one
 * by one, not through fast-check, which itself asks such objects questions they throw on.
 */
const HOSTILE: unknown[] = [
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("get");
      },
    },
  ),
  new Proxy(
    {},
    {
      has: () => {
        throw new Error("has");
      },
      get: () => {
        throw new Error("get");
      },
      getPrototypeOf: () => {
        throw new Error("proto");
      },
    },
  ),
  (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })(),
  Object.defineProperty({ sentinel: "amp", type: "embed-size" }, "height", {
    get: () => {
      throw new Error("height");
    },
  }),
  Object.defineProperty({ type: "embed-size", height: 500 }, "sentinel", {
    get: () => {
      throw new Error("sentinel");
    },
  }),
  Object.defineProperty({ sentinel: "signatory-map", type: "scroll-to" }, "top", {
    get: () => {
      throw new Error("top");
    },
  }),
  Object.create(null),
  new String("pymxPYMxmapxPYMxheightxPYMx500"),
];

describe("parseHeightMessage, fuzzed", () => {
  it("reads back every well-formed message in either format", () => {
    fc.assert(fc.property(childId, height, (id, h) => parseHeightMessage(pymHeightMessage(id, h)) === h));
    fc.assert(fc.property(fc.double({ min: 0.001, max: MAX_HEIGHT_PX, noNaN: true }), (h) => parseHeightMessage(ampEmbedSizeMessage(h)) === Math.ceil(h)));
  });

  it("accepts a mangled pym message only if it is still a well-formed one, and reads what it says", () => {
    fc.assert(
      fc.property(childId, height, fc.array(edit, { minLength: 1, maxLength: 4 }), (id, h, edits) => {
        const text = mangle(pymHeightMessage(id, h), edits);
        expect(parseHeightMessage(text)).toBe(text.length <= 300 ? pymHeightOf(text) : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts an AMP-shaped object only with AMP's own sentinel, type and a plausible number", () => {
    const sentinel = fc.constantFrom<unknown>("amp", "AMP", "amp ", "", "signatory-map", null, undefined, ["amp"], 1);
    const type = fc.constantFrom<unknown>("embed-size", "embed-Size", "embed-size ", "embed-ready", "", null, undefined, {});
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom<unknown>("812", 812n, null, undefined, [812], { valueOf: () => 812 }, true, NaN, Infinity, -Infinity, -0, MAX_HEIGHT_PX + 1),
    );
    fc.assert(
      fc.property(sentinel, type, value, fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }), (s, t, h, extra) => {
        const message = { ...extra, sentinel: s, type: t, height: h };
        const plausible = s === "amp" && t === "embed-size" && typeof h === "number" && Number.isFinite(h) && h > 0 && h <= MAX_HEIGHT_PX;
        expect(parseHeightMessage(message)).toBe(plausible ? Math.ceil(h as number) : null);
      }),
    );
  });

  it("returns null for anything else and for objects that fight back, and never throws", () => {
    for (const data of HOSTILE) expect(parseHeightMessage(data)).toBeNull();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 })), (data) => {
        const result = parseHeightMessage(data);
        expect(result === null || (Number.isInteger(result) && result > 0 && result <= MAX_HEIGHT_PX)).toBe(true);
        if (typeof data === "string") expect(result).toBe(data.length <= 300 ? pymHeightOf(data) : null);
      }),
      { numRuns: 1000 },
    );
  });

  it("answers at once for messages built to make a parser backtrack, however long", () => {
    const token = fc.constantFrom("pym", "xPYMx", "height", "width", "x", "P", "Y", "M", "9", "0", " ", "\n", "-", ".");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), fc.integer({ min: 1, max: 2000 }), (tokens, repeat) => {
        const text = "pymxPYMx" + tokens.join("").repeat(Math.ceil(repeat / Math.max(1, tokens.length)));
        expect(parseHeightMessage(text)).toBe(text.length <= 300 ? pymHeightOf(text) : null);
      }),
    );
    for (const size of [1_000, 100_000, 5_000_000]) {
      expect(parseHeightMessage("pymxPYMx" + "xPYMx".repeat(size / 5) + "xPYMxheightxPYMx5")).toBeNull();
      expect(parseHeightMessage("pymxPYMx" + "a".repeat(size) + "xPYMxheightxPYMx5")).toBeNull();
    }
  });
});

describe("parsePymWidthMessage, fuzzed", () => {
  const widthMessage = (id: string, width: string) => `pymxPYMx${id}xPYMxwidthxPYMx${width}`;

  it("reads back pym's width message for this child", () => {
    fc.assert(fc.property(childId, fc.integer({ min: 0, max: 999_999 }), (id, width) => parsePymWidthMessage(widthMessage(id, String(width)), id) === width));
  });

  it("accepts a mangled message only if it is still this child's width message, in digits", () => {
    fc.assert(
      fc.property(childId, fc.integer({ min: 0, max: 99_999 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (id, width, edits) => {
        const text = mangle(widthMessage(id, String(width)), edits);
        const result = parsePymWidthMessage(text, id);
        const prefix = widthMessage(id, "");
        const rest = text.startsWith(prefix) ? text.slice(prefix.length) : null;
        expect(result).toBe(rest !== null && /^[0-9]{1,6}(\.[0-9]{1,4})?$/.test(rest) ? Number(rest) : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("never takes another child's message, and never throws on anything", () => {
    fc.assert(
      fc.property(childId, childId, fc.integer({ min: 0, max: 9999 }), (mine, other, width) => {
        fc.pre(!widthMessage(other, "").startsWith(widthMessage(mine, "")));
        expect(parsePymWidthMessage(widthMessage(other, String(width)), mine)).toBeNull();
      }),
    );
    for (const data of HOSTILE) expect(parsePymWidthMessage(data, "map")).toBeNull();
    fc.assert(fc.property(fc.anything(), childId, (data, id) => typeof data === "string" || parsePymWidthMessage(data, id) === null));
  });
});

describe("parseScrollRequest, fuzzed", () => {
  it("reads back every request, and nothing that is not one", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_HEIGHT_PX }), (top) => parseScrollRequest(scrollRequestMessage(top)) === top));
    for (const data of HOSTILE) expect(parseScrollRequest(data)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = parseScrollRequest(data);
        expect(result === null || (Number.isInteger(result) && result >= 0 && result <= MAX_HEIGHT_PX)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("needs its own sentinel and type: an AMP message or a pym string is no scroll request", () => {
    fc.assert(
      fc.property(height, childId, (h, id) => parseScrollRequest(ampEmbedSizeMessage(h)) === null && parseScrollRequest(pymHeightMessage(id, h)) === null),
    );
  });
});

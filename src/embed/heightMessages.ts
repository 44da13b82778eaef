// The messages an embedded page exchanges with the page around it (INTERFACE.md, "Embed messages").
//
// Why our own module and not a library: pym.js (the protocol's origin) ships Parent and Child in
// one 9 KB minified file with no module build, was last released in 2018, and knows nothing of
// AMP; AMP has no child-side library at all. Both formats are one line each, so these few pure
// functions (well under 1 KB in the bundle, unit-tested in tests/unit/embed/) are what readers
// download instead. The message strings match pym.js 1.3.2's `_makeMessage`.

/** pym.js's field delimiter, as its `MESSAGE_DELIMITER`. */
const PYM = "xPYMx";

/** Heights beyond this are treated as junk: no real page is 100 000 CSS px tall. */
export const MAX_HEIGHT_PX = 100_000;

/** A pym.js child-to-parent height message: pymHeightMessage("map", 812) → "pymxPYMxmapxPYMxheightxPYMx812". */
export function pymHeightMessage(childId: string, height: number): string {
  return ["pym", childId, "height", String(height)].join(PYM);
}

/** The AMP `amp-iframe` resize request: ampEmbedSizeMessage(812) → { sentinel: "amp", type: "embed-size", height: 812 }. */
export function ampEmbedSizeMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height };
}

/**
 * The width in a pym.js parent-to-child `width` message for this child, or null for anything else:
 * parsePymWidthMessage("pymxPYMxmapxPYMxwidthxPYMx640", "map") → 640. Never throws, whatever `data` is.
 */
export function parsePymWidthMessage(data: unknown, childId: string): number | null {
  if (typeof data !== "string" || childId === "") return null;
  const prefix = `pym${PYM}${childId}${PYM}width${PYM}`;
  if (!data.startsWith(prefix)) return null;
  const value = data.slice(prefix.length);
  // Digits only (pym sends the element's offsetWidth); a short cap keeps a huge string from parsing.
  if (!/^\d{1,6}(?:\.\d{1,4})?$/.test(value)) return null;
  return Number(value);
}

/**
 * A height request from an embedded page, in either format, or null: what the loader (embed.js)
 * acts on. parseHeightMessage({ sentinel: "amp", type: "embed-size", height: 812 }) → 812;
 * parseHeightMessage("pymxPYMxmapxPYMxheightxPYMx812") → 812. Never throws, whatever `data` is.
 */
export function parseHeightMessage(data: unknown): number | null {
  let height: unknown;
  if (typeof data === "string") {
    const match = /^pymxPYMx[^\s]{1,200}xPYMxheightxPYMx(\d{1,6})$/.exec(data.length <= 300 ? data : "");
    height = match ? Number(match[1]) : null;
  } else if (typeof data === "object" && data !== null) {
    try {
      const message = data as { sentinel?: unknown; type?: unknown; height?: unknown };
      if (message.sentinel === "amp" && message.type === "embed-size") height = message.height;
    } catch {
      // A getter or proxy that throws is junk too.
      return null;
    }
  }
  return typeof height === "number" && Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT_PX ? Math.ceil(height) : null;
}

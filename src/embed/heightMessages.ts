// The messages an embedded page exchanges with the page around it (docs/interface.md, "Embed messages").
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

/**
 * A pym.js child-to-parent request to scroll the article so that a point of the child, `top` CSS px
 * from its top, shows at the top of the window (pym's `scrollParentToChildPos`):
 * pymScrollMessage("map", 640) → "pymxPYMxmapxPYMxscrollToChildPosxPYMx640".
 */
export function pymScrollMessage(childId: string, top: number): string {
  return ["pym", childId, "scrollToChildPos", String(Math.max(0, Math.round(top)))].join(PYM);
}

/** The same request for our own loader, embed.js, on pages without pym.js: scrollRequestMessage(640) → { sentinel: "signatory-map", type: "scroll-to", top: 640 }. */
export function scrollRequestMessage(top: number): { sentinel: "signatory-map"; type: "scroll-to"; top: number } {
  return { sentinel: "signatory-map", type: "scroll-to", top: Math.max(0, Math.round(top)) };
}

/**
 * How far into a frame a scroll request asks its parent to scroll, or null for anything else:
 * parseScrollRequest(scrollRequestMessage(640)) → 640. Never throws, whatever `data` is.
 */
export function parseScrollRequest(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  try {
    const message = data as { sentinel?: unknown; type?: unknown; top?: unknown };
    if (message.sentinel !== "signatory-map" || message.type !== "scroll-to") return null;
    const top = message.top;
    return typeof top === "number" && Number.isFinite(top) && top >= 0 && top <= MAX_HEIGHT_PX ? Math.round(top) : null;
  } catch {
    return null;
  }
}

/** The AMP `amp-iframe` resize request: ampEmbedSizeMessage(812) → { sentinel: "amp", type: "embed-size", height: 812 }. */
export function ampEmbedSizeMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height };
}

/**
 * WordPress's secret from the frame's URL fragment, or null: WordPress frames an oEmbed's iframe
 * with `#?secret=S` added to its address (wp-embed.js), and resizes the frame only from messages
 * carrying that S. WordPress makes a 10-character alphanumeric S and drops messages whose secret
 * has anything else (wp-embed.js), so anything but 1 to 64 letters and digits is ignored.
 * wordPressSecret("#?secret=abc123XYZ0") → "abc123XYZ0"; wordPressSecret("#?secret=a<b") → null.
 */
export function wordPressSecret(hash: string): string | null {
  if (!hash.startsWith("#?") || hash.length > 300) return null;
  const secret = new URLSearchParams(hash.slice(2)).get("secret");
  return secret !== null && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

/**
 * WordPress's height message (wp-embed.js; WordPress clamps the value to 200 to 1000 px):
 * wordPressHeightMessage(812, "abc123XYZ0") → { message: "height", value: 812, secret: "abc123XYZ0" }.
 */
export function wordPressHeightMessage(height: number, secret: string): { message: "height"; value: number; secret: string } {
  return { message: "height", value: height, secret };
}

/**
 * WordPress's request to open a link in the article's window (wp-embed.js opens it only for a link
 * to the frame's own host, while the frame has focus):
 * wordPressLinkMessage("https://maps.example.org/s/a/", "abc") → { message: "link", value: "https://maps.example.org/s/a/", secret: "abc" }.
 */
export function wordPressLinkMessage(href: string, secret: string): { message: "link"; value: string; secret: string } {
  return { message: "link", value: href, secret };
}

/**
 * Whether `data` is WordPress's `ready` message for this frame, which wp-embed.js sends once it
 * listens, in case the frame's first height message came before: isWordPressReady({ message: "ready", secret: "abc" }, "abc") → true.
 * Never throws, whatever `data` is.
 */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== "object" || data === null) return false;
  try {
    const message = data as { message?: unknown; secret?: unknown };
    return message.message === "ready" && message.secret === secret;
  } catch {
    return false;
  }
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

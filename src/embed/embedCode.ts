import type { Theme } from "./parseParams";

/** The view a link or an embed code reproduces. */
export interface View {
  statement: string;
  /** ISO alpha-2 of the selected country, or null. */
  country: string | null;
  lang: string;
  /** Only a theme the reader forced; null follows each reader's own system setting. */
  theme: Theme | null;
}

/** Height of the fixed iframe, and the responsive one's before its first message: the map and the top of the panel at phone width. */
export const FIXED_HEIGHT_PX = 900;

/** The stable name the build gives the loader (vite.config.ts), beside index.html. */
export const LOADER_FILE = "embed.js";

/** Marks the iframes the loader resizes. */
export const FRAME_ATTRIBUTE = "data-signatory-map";

/**
 * The query string of the page showing `view`: viewSearch({ statement: "s", country: "DE", lang: "de", theme: null })
 * → "?statement=s&country=DE&lang=de". The language is always written, so a link opens as its
 * sender saw it whatever the reader's browser prefers.
 */
export function viewSearch(view: View, embed = false): string {
  const query = new URLSearchParams();
  if (embed) query.set("embed", "1");
  query.set("statement", view.statement);
  if (view.country) query.set("country", view.country);
  query.set("lang", view.lang);
  if (view.theme) query.set("theme", view.theme);
  return `?${query}`;
}

/** The page at `page` (an absolute address) showing `view`: viewUrl("https://maps.example/?x=1#y", view) → "https://maps.example/?statement=…". */
export function viewUrl(page: string, view: View, embed = false): string {
  const url = new URL(page);
  url.search = viewSearch(view, embed);
  url.hash = "";
  return url.href;
}

/** Escapes text for a double-quoted HTML attribute: escapeAttribute('a "b" & c') → "a &quot;b&quot; &amp; c". */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The two embed codes for `view`, given the page's own address (location.href) and a title for
 * the frame (screen readers announce it):
 * - responsive: the iframe and our loader script, which sets the frame's height from the page's messages;
 * - fixed: the iframe alone at FIXED_HEIGHT_PX, for systems that strip scripts (the page scrolls inside it).
 */
export function embedCodes(page: string, view: View, title: string): { responsive: string; fixed: string } {
  const src = escapeAttribute(viewUrl(page, view, true));
  const loader = escapeAttribute(new URL(LOADER_FILE, page).href);
  const label = escapeAttribute(title);
  // Inline style so the codes work pasted as they are; the host page's CSP is the newsroom's own.
  const frame = (extra: string) =>
    `<iframe src="${src}" title="${label}" width="100%" height="${FIXED_HEIGHT_PX}" style="display:block;width:100%;border:0"${extra} loading="lazy"></iframe>`;
  return {
    responsive: `${frame(` ${FRAME_ATTRIBUTE}`)}\n<script src="${loader}" async></script>`,
    fixed: frame(""),
  };
}

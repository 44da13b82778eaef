import type { PanelMode, Theme } from "../page/parseParams";

/** What a link to the page carries: the statement, the selected country, the language, a forced theme. */
export interface PageLink {
  statement: string;
  /** ISO alpha-2 of the selected country, or null. */
  country: string | null;
  lang: string;
  /** Only a theme the reader forced; null follows each reader's own system setting. */
  theme: Theme | null;
  /** Another statement shown on the same map (compare=ID), if any. */
  compare?: string | null;
}

/** How an embed shows: its panel, and its theme (null: each reader's own system setting). */
export interface EmbedOptions {
  panel: PanelMode;
  theme: Theme | null;
}

/**
 * Height of the frame in the codes before the page measures it: the compact embed (headline, map,
 * legend, closed sections, credit) at phone width, which is also the first height AMP allows
 * without a placeholder; the Embed dialog puts the measured height there instead.
 */
export const FIXED_HEIGHT_PX = 560;

/** The stable name the build gives the loader (vite.config.ts), beside index.html. */
export const LOADER_FILE = "embed.js";

/** Marks the iframes the loader resizes. */
export const FRAME_ATTRIBUTE = "data-signatory-map";

/**
 * The query string of the page showing `link`: viewSearch({ statement: "s", country: "DE", lang: "de", theme: null })
 * → "?statement=s&country=DE&lang=de". The language is always written, so a link opens as its
 * sender saw it whatever the reader's browser prefers. With `embed`, the embed layout and its options.
 */
export function viewSearch(link: PageLink, embed?: EmbedOptions): string {
  const query = new URLSearchParams();
  if (embed) query.set("embed", "1");
  query.set("statement", link.statement);
  if (link.country) query.set("country", link.country);
  if (link.compare) query.set("compare", link.compare);
  query.set("lang", link.lang);
  const theme = embed ? embed.theme : link.theme;
  if (theme) query.set("theme", theme);
  if (embed && embed.panel !== "closed") query.set("panel", embed.panel);
  return `?${query}`;
}

/** The page at `page` (an absolute address) showing `link`: viewUrl("https://maps.example/?x=1#y", link) → "https://maps.example/?statement=…". */
export function viewUrl(page: string, link: PageLink, embed?: EmbedOptions): string {
  const url = new URL(page);
  url.search = viewSearch(link, embed);
  url.hash = "";
  return url.href;
}

/** Escapes text for a double-quoted HTML attribute: escapeAttribute('a "b" & c') → "a &quot;b&quot; &amp; c". */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The two embed codes for `link` shown as `embed` says, given the page's own address (location.href),
 * a title for the frame (screen readers announce it) and its height as measured (the compact
 * height, so nothing jumps when the frame loads lazily):
 * - responsive: the iframe and our loader script, which follows the page's height messages;
 * - fixed: the iframe alone, for systems that strip scripts (the page scrolls inside it).
 */
export function embedCodes(page: string, link: PageLink, title: string, embed: EmbedOptions, height = FIXED_HEIGHT_PX): { responsive: string; fixed: string } {
  const src = escapeAttribute(viewUrl(page, link, embed));
  const loader = escapeAttribute(new URL(LOADER_FILE, page).href);
  const label = escapeAttribute(title);
  // Inline style so the codes work pasted as they are; the host page's CSP is the newsroom's own.
  const frame = (extra: string) =>
    `<iframe src="${src}" title="${label}" width="100%" height="${Math.round(height)}" style="display:block;width:100%;border:0"${extra} loading="lazy"></iframe>`;
  return {
    responsive: `${frame(` ${FRAME_ATTRIBUTE}`)}\n<script src="${loader}" async></script>`,
    fixed: frame(""),
  };
}

import { statementPagePath, type Background, type PanelMode, type Theme } from "./pageAddress";

/**
 * The static picture of a bundled statement's map (`s/ID/map.png`, the build writes it): for
 * newsletters, Apple News and systems that run no script or strip iframes. Drawn for an article's
 * column `width` CSS px wide, at `scale` times that in pixels, so it stays sharp on a phone.
 */
export const MAP_PICTURE = { file: "map.png", width: 640, scale: 2 } as const;

/** What a link to the page carries: the statement, the selected country, the language, a forced theme. */
export interface PageLink {
  statement: string;
  /**
   * Whether the statement has a page of its own (`s/ID/`, every bundled statement has): links
   * then point there, else at the site's root with `?statement=ID` (a file added after the build).
   * Default false.
   */
  ownPage?: boolean;
  /** The site's root relative to the page the link is made on: "./" (the default) at the root, "../../" on `s/ID/`. */
  root?: string;
  /** ISO alpha-2 of the selected country, or null. */
  country: string | null;
  lang: string;
  /** Only a theme the reader forced; null follows each reader's own system setting. */
  theme: Theme | null;
  /** Another statement shown on the same map (compare=ID), if any. */
  compare?: string | null;
}

/** How an embed shows: its panel, its theme (null: each reader's own system setting), and its background (null: its own). */
export interface EmbedOptions {
  panel: PanelMode;
  theme: Theme | null;
  background?: Background | null;
}

/**
 * Height of the frame in the codes before the page measures it: the compact embed (headline, map,
 * legend, closed sections, credit) at phone width, which is also the first height AMP allows
 * without a placeholder; the Embed dialog puts the measured height there instead.
 */
export const FIXED_HEIGHT_PX = 560;

/** The stable name the build gives the loader (vite.config.ts), beside index.html: what codes made before #15 load. */
export const LOADER_FILE = "embed.js";

/**
 * The loader a responsive code loads: its file beside index.html and its Subresource Integrity
 * hash. The build names it by its content (`assets/embed-<hash>.js`) and knows its hash; the
 * development server has no loader file of its own, so there it is embed.js with no hash.
 */
export interface LoaderRef {
  file: string;
  /** "sha384-…", or null when unknown. */
  integrity: string | null;
}

/** The loader with no integrity hash: what the development server and the tests without a build give. */
export const UNHASHED_LOADER: LoaderRef = { file: LOADER_FILE, integrity: null };

/** Marks the iframes the loader resizes. */
export const FRAME_ATTRIBUTE = "data-signatory-map";

/**
 * The query string of the page showing `link`: viewSearch({ statement: "s", country: "DE", lang: "de", theme: null })
 * → "?statement=s&country=DE&lang=de"; on the statement's own page, no `statement=`. The language
 * is always written, so a link opens as its sender saw it whatever the reader's browser prefers.
 * With `embed`, the embed layout and its options.
 */
export function viewSearch(link: PageLink, embed?: EmbedOptions): string {
  const query = new URLSearchParams();
  if (embed) query.set("embed", "1");
  if (!link.ownPage) query.set("statement", link.statement);
  if (link.country) query.set("country", link.country);
  if (link.compare) query.set("compare", link.compare);
  query.set("lang", link.lang);
  const theme = embed ? embed.theme : link.theme;
  if (theme) query.set("theme", theme);
  if (embed && embed.panel !== "closed") query.set("panel", embed.panel);
  if (embed?.background) query.set("bg", embed.background);
  return `?${query}`;
}

/**
 * The address showing `link`, relative to the page the link is made on (its `root`):
 * viewHref({ statement: "s", ownPage: true, root: "../../", country: null, lang: "en", theme: null }) → "../../s/s/?lang=en".
 */
export function viewHref(link: PageLink, embed?: EmbedOptions): string {
  return `${link.root ?? "./"}${link.ownPage ? statementPagePath(link.statement) : ""}${viewSearch(link, embed)}`;
}

/**
 * The absolute address showing `link`, from the address of the page it is made on (location.href):
 * viewUrl("https://maps.example/news/s/a/?x=1#y", { statement: "b", ownPage: true, root: "../../", … }) → "https://maps.example/news/s/b/?lang=en".
 */
export function viewUrl(page: string, link: PageLink, embed?: EmbedOptions): string {
  return new URL(viewHref(link, embed), page).href;
}

/** Escapes text for a double-quoted HTML attribute: escapeAttribute('a "b" & c') → "a &quot;b&quot; &amp; c". */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The two embed codes for `link` shown as `embed` says, given the page's own address (location.href),
 * a title for the frame (screen readers announce it) and its height as measured (the compact
 * height, so nothing jumps when the frame loads lazily):
 * - responsive: the iframe and our loader script, which follows the page's height messages; with
 *   the loader's integrity hash and crossorigin="anonymous" when the build knows it, so a host that
 *   is ever tampered with cannot run other code on the newsroom's page (the browser refuses it);
 * - fixed: the iframe alone, for systems that strip scripts (the page scrolls inside it).
 */
export function embedCodes(
  page: string,
  link: PageLink,
  title: string,
  embed: EmbedOptions,
  height = FIXED_HEIGHT_PX,
  loaderRef: LoaderRef = UNHASHED_LOADER,
): { responsive: string; fixed: string } {
  const src = escapeAttribute(viewUrl(page, link, embed));
  // The loader is beside the site's index.html, wherever the page is (loaderRef.file is relative to the root).
  const loader = escapeAttribute(new URL(`${link.root ?? "./"}${loaderRef.file}`, page).href);
  const integrity = loaderRef.integrity ? ` integrity="${escapeAttribute(loaderRef.integrity)}" crossorigin="anonymous"` : "";
  const label = escapeAttribute(title);
  // Inline style so the codes work pasted as they are; the host page's CSP is the newsroom's own.
  const frame = (extra: string) =>
    `<iframe src="${src}" title="${label}" width="100%" height="${Math.round(height)}" style="display:block;width:100%;border:0"${extra} loading="lazy"></iframe>`;
  return {
    responsive: `${frame(` ${FRAME_ATTRIBUTE}`)}\n<script src="${loader}"${integrity} async></script>`,
    fixed: frame(""),
  };
}

/**
 * The picture code for `link`: the statement's map.png, with `alt` as its text alternative, linked
 * to the statement's page in the link's language; null for a statement without a page of its own
 * (a file added after the build has no picture).
 * @example pictureCode("https://maps.example/s/a/", { statement: "a", ownPage: true, root: "../../", country: null, lang: "en", theme: null }, "48 countries signed …")
 *   // '<a href="https://maps.example/s/a/?lang=en"><img src="https://maps.example/s/a/map.png" alt="48 countries signed …" width="640" …></a>'
 */
export function pictureCode(page: string, link: PageLink, alt: string): string | null {
  if (!link.ownPage) return null;
  const href = escapeAttribute(viewUrl(page, { ...link, compare: null }));
  const src = escapeAttribute(new URL(`${link.root ?? "./"}${statementPagePath(link.statement)}${MAP_PICTURE.file}`, page).href);
  return `<a href="${href}"><img src="${src}" alt="${escapeAttribute(alt)}" width="${MAP_PICTURE.width}" style="display:block;max-width:100%;height:auto;border:0"></a>`;
}

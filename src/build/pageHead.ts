// Build only: what goes into a prerendered page's <head> besides the template's: its title,
// description, canonical address, Open Graph and Twitter card tags with the share card, and the
// template's own relative addresses moved to where the page is.

/** The share card's size (src/build/writeCards.ts draws it). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The environment variable that gives the site's public address to the build. */
export const SITE_URL_VARIABLE = "SITE_URL";

/**
 * The site's public address from SITE_URL, as a base for absolute URLs (ending in "/"), or null
 * when it is not set. Throws, naming the variable and the value, on anything but an http(s)
 * address without query or fragment, so a typo never ships as every page's canonical URL.
 * @example siteUrlFrom("https://maps.example.org/signatories") // "https://maps.example.org/signatories/"
 */
export function siteUrlFrom(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE}=${value}: not an absolute address; expected one like https://maps.example.org/ (the site's root, where index.html is served)`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${SITE_URL_VARIABLE}=${value}: expected an http or https address`);
  if (url.search || url.hash) throw new Error(`${SITE_URL_VARIABLE}=${value}: the site's address takes no query or fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** Text for HTML element content and double-quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface PageMeta {
  /** The page's <title>. */
  title: string;
  /** The statement's headline: og:title and twitter:title. */
  headline: string;
  description: string;
  siteName: string;
  /** The page's path from the site's root: "" for the root, "s/ID/". */
  path: string;
  /** The share card's path from the site's root: "s/ID/card.png". */
  card: string;
  cardAlt: string;
  /** The statement's oEmbed response's path from the site's root: "s/ID/oembed.json". */
  oembed: string;
}

/**
 * The <head> tags of a page. With the site's address (SITE_URL), every URL is absolute, as Open
 * Graph requires, and the page names its canonical URL and its oEmbed response (discovery, for
 * WordPress and other consumers). Without it the build cannot know where the site will live: the
 * canonical, og:url and oEmbed tags are left out (a wrong canonical is worse than none, and an
 * oEmbed response needs absolute URLs), and the card's URL is relative to the page, which some
 * crawlers resolve and others ignore.
 * @example headTags(meta, "https://maps.example.org/", "../../") // '<title>…</title>\n<meta name="description" …'
 */
export function headTags(meta: PageMeta, siteUrl: string | null, root: string): string {
  const absolute = (path: string) => (siteUrl === null ? null : new URL(path, siteUrl).href);
  const pageUrl = absolute(meta.path);
  const image = absolute(meta.card) ?? `${root}${meta.card}`;
  const tags: [string, string, string][] = [
    ["name", "description", meta.description],
    ["property", "og:type", "article"],
    ["property", "og:site_name", meta.siteName],
    ["property", "og:title", meta.headline],
    ["property", "og:description", meta.description],
    ...(pageUrl === null ? [] : [["property", "og:url", pageUrl] as [string, string, string]]),
    ["property", "og:image", image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", String(CARD_SIZE.width)],
    ["property", "og:image:height", String(CARD_SIZE.height)],
    ["property", "og:image:alt", meta.cardAlt],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", meta.headline],
    ["name", "twitter:description", meta.description],
    ["name", "twitter:image", image],
    ["name", "twitter:image:alt", meta.cardAlt],
  ];
  const oembedUrl = absolute(meta.oembed);
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    ...(pageUrl === null ? [] : [`<link rel="canonical" href="${escapeHtml(pageUrl)}" />`]),
    ...(oembedUrl === null
      ? []
      : [`<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(meta.headline)}" />`]),
    ...tags.map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeHtml(value)}" />`),
  ].join("\n    ");
}

/**
 * The template's relative addresses (`./assets/…`, the boot script, the stylesheet), moved for a
 * page `root` away from the site's root: relocate('src="./assets/a.js"', "../../") → 'src="../../assets/a.js"'.
 * Only `src` and `href` attributes starting with "./" are the template's own; nothing else moves.
 */
export function relocate(template: string, root: string): string {
  return root === "./" ? template : template.replace(/\b(src|href)="\.\//g, `$1="${root}`);
}

/**
 * The page from the template: its head tags in place of the template's title and description,
 * its markup in the root element, its JSON blocks after it.
 */
export function fillTemplate(template: string, head: string, markup: string, blocks: string): string {
  const placeholder = '<div id="root"></div>';
  if (!template.includes(placeholder)) throw new Error(`the template has no ${placeholder} to render into (already prerendered?)`);
  if (!/<title>[^<]*<\/title>/.test(template)) throw new Error("the template has no <title>");
  return template
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace(placeholder, () => `<div id="root">${markup}</div>\n    ${blocks}`);
}

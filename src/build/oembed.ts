// Build only: each bundled statement's oEmbed response, `s/ID/oembed.json` (issue #25), which its
// page links in its <head> (oEmbed discovery, oembed.com §4): an editor pastes the page's URL into
// WordPress (or any oEmbed consumer) and gets the embed. A static file, so the consumer's
// `maxwidth` and `maxheight` are not honoured: the embed is responsive, and resizes itself.
import { embedCodes, MAP_PICTURE, type LoaderRef } from "../embed/embedCode";
import { statementPagePath } from "../embed/pageAddress";
import { en } from "../i18n/messages";
import type { Statement } from "../statement/types";
import { CARD_SIZE } from "./pageHead";
import { statementLocale } from "./statementLocale";

/** The response's file name, in the statement's folder. */
export const OEMBED_FILE = "oembed.json";

/** The width the response gives: an article's column, as map.png's (the frame itself is 100% wide). */
export const OEMBED_WIDTH = MAP_PICTURE.width;

/**
 * The height the response and its iframe give: the compact embed's settled height at
 * OEMBED_WIDTH, measured in Chromium for the bundled statements (616 to 794 px, December 2026,
 * with the inset that statements crowding a region draw below the world;
 * tests/browser/oembed.test.ts checks that each is within OEMBED_HEIGHT_TOLERANCE of it). A constant, not a height per
 * statement: the build has no layout engine, and the frame resizes itself from its first height
 * message (WordPress's, pym's, AMP's or the loader's), so this is only its height until then.
 */
export const OEMBED_HEIGHT = 700;

/** How far a bundled statement's measured height may be from OEMBED_HEIGHT, as a share of it. */
export const OEMBED_HEIGHT_TOLERANCE = 0.15;

/** How long a consumer may keep the response, in seconds: a day, so a corrected statement's title reaches articles. */
export const OEMBED_CACHE_AGE_S = 86_400;

/** A rich oEmbed response (oembed.com §2.3.4, §2.3.4.4). */
export interface OEmbedResponse {
  version: "1.0";
  type: "rich";
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/**
 * A statement's oEmbed response, for a site at `siteUrl` (absolute URLs are required: a consumer
 * puts the html into pages anywhere). The html is the Embed dialog's responsive code (the iframe
 * and the loader) in the statement's language; WordPress keeps the iframe alone, which reports
 * its height in WordPress's own message.
 * @example oembedOf(seed, "https://maps.example.org/", loader).html // '<iframe src="https://maps.example.org/s/dprk-russia-missiles-2024/?embed=1&amp;lang=en" …'
 */
export function oembedOf(statement: Statement, siteUrl: string, loader: LoaderRef): OEmbedResponse {
  const { lang, messages } = statementLocale(statement);
  const pagePath = statementPagePath(statement.id);
  const page = new URL(pagePath, siteUrl).href;
  const link = { statement: statement.id, ownPage: true, root: "../../", country: null, lang, theme: null };
  const { responsive } = embedCodes(page, link, messages.frameTitle(statement.title), { panel: "closed", theme: null }, OEMBED_HEIGHT, loader);
  return {
    version: "1.0",
    type: "rich",
    html: responsive,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    title: statement.title,
    provider_name: en.appTitle,
    provider_url: siteUrl,
    thumbnail_url: new URL(`${pagePath}card.png`, siteUrl).href,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
    cache_age: OEMBED_CACHE_AGE_S,
  };
}

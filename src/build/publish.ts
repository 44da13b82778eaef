// Build only, the step after `vite build` (src/build/build.ts runs both): everything the site
// makes of its bundled statements (the files in dist/statements/, as shipped):
// - dist/index.html: the default statement's page, prerendered;
// - dist/s/ID/index.html: each statement's own page, prerendered, with its title, description,
//   canonical URL and share card in its head (absolute URLs from SITE_URL: see pageHead.ts);
// - dist/s/ID/card.png: each statement's share card (writeCards.ts);
// - dist/s/ID/map.png: each statement's map as a picture, for places that run no script (writeMapPictures.ts);
// - dist/s/ID/oembed.json: each statement's oEmbed response, with SITE_URL only (oembed.ts);
// - dist/statements/index.json: the statements, newest first, with their counts.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { UNHASHED_LOADER, type LoaderRef } from "../embed/embedCode";
import { statementPagePath } from "../embed/pageAddress";
import type { World } from "../geo/types";
import worldJson from "../generated/world.json";
import { OTHER_STATEMENTS_SHOWN } from "../page/OtherStatements";
import { linkOf, newestFirst, STATEMENT_INDEX_FILE, summariseStatement, type SiteNav, type StatementLink, type StatementSummary } from "../page/statementIndex";
import { DEFAULT_STATEMENT_ID } from "../statement/statementId";
import { statementPage, worldDataJson } from "./prerender";
import { readBundledStatements } from "./readBundledStatements";
import { OEMBED_FILE, oembedOf } from "./oembed";
import { writeCards, type WrittenCard } from "./writeCards";
import { writeMapPictures, type WrittenPicture } from "./writeMapPictures";

export interface PublishOptions {
  /** The site's public address (siteUrlFrom(SITE_URL)), or null. */
  siteUrl: string | null;
  /** Where the bundled statements are: default `<distDir>/statements` (Vite copied them there from public/). */
  statementsDir?: string;
  /** Whether to draw the share cards and map pictures (the benchmark measures pages and cards apart); default true. */
  cards?: boolean;
}

export interface WrittenPage {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface PublishReport {
  pages: WrittenPage[];
  index: string;
  cards: WrittenCard[];
  /** The map pictures, s/ID/map.png. */
  pictures: WrittenPicture[];
  /** The oEmbed responses' paths, s/ID/oembed.json: none without SITE_URL. */
  oembeds: string[];
  /** Seconds spent reading the statements, writing pages (and the index and oEmbed responses), drawing cards and map pictures. */
  seconds: { statements: number; pages: number; cards: number };
}

/**
 * The embed loader `vite build` published in `distDir`: its content-named copy with its sha384,
 * as the Embed dialog's code loads it (vite.config.ts, embedLoader); embed.js without a hash where
 * there is none (a test's bare template).
 */
export function publishedLoader(distDir: string): LoaderRef {
  const assets = join(distDir, "assets");
  const file = existsSync(assets) ? readdirSync(assets).find((name) => /^embed-[\w-]+\.js$/.test(name)) : undefined;
  if (file === undefined) return UNHASHED_LOADER;
  const digest = createHash("sha384")
    .update(readFileSync(join(assets, file)))
    .digest("base64");
  return { file: `assets/${file}`, integrity: `sha384-${digest}` };
}

/**
 * The statements a page lists in its own markup (OtherStatements shows them; the rest come from the
 * index on request): the newest, one more than it shows so that the page's own can be left out, and
 * the page's own, so that the page knows it has a page.
 */
export function recentFor(summaries: readonly StatementSummary[], own: StatementSummary): StatementLink[] {
  const newest = summaries.slice(0, OTHER_STATEMENTS_SHOWN + 1);
  return (newest.some((entry) => entry.id === own.id) ? newest : newestFirst([...newest, own])).map(linkOf);
}

/** The index's text: one statement a line, so it reads in a diff and stays compact. */
const indexJson = (summaries: readonly StatementSummary[]) => `[\n${summaries.map((entry) => JSON.stringify(entry)).join(",\n")}\n]\n`;

/**
 * Writes the pages, the index and the cards into `distDir` (a fresh `vite build`: its index.html
 * is the template); returns what it wrote. Throws, saying what and where, on a statement that does
 * not validate, a missing default statement, or a template already prerendered.
 * @example publish("dist", { siteUrl: "https://maps.example.org/" }).pages.length // 7: the root and six statements
 */
export function publish(distDir: string, { siteUrl, statementsDir = join(distDir, "statements"), cards = true }: PublishOptions): PublishReport {
  const clock = stopwatch();
  const template = readFileSync(join(distDir, "index.html"), "utf8");
  const prepared = readBundledStatements(statementsDir);
  if (!prepared.some((entry) => entry.statement.id === DEFAULT_STATEMENT_ID)) {
    throw new Error(`${join(statementsDir, `${DEFAULT_STATEMENT_ID}.json`)}: missing; the default statement (the root page's) must be bundled`);
  }
  const statementsSeconds = clock();

  const summaries = newestFirst(prepared.map((entry) => summariseStatement(entry.statement)));
  const summaryOf = new Map(summaries.map((entry) => [entry.id, entry]));
  const index = join(statementsDir, STATEMENT_INDEX_FILE);
  writeFileSync(index, indexJson(summaries));

  const world = worldJson as unknown as World;
  const shared = { template, world, worldData: worldDataJson(world), siteUrl };
  const pages: WrittenPage[] = [];
  const write = (path: string, html: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    pages.push({ path, bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html, { level: 9 }).byteLength });
  };
  const siteFor = (id: string, root: string): SiteNav => ({ root, recent: recentFor(summaries, summaryOf.get(id)!), total: summaries.length });
  const byId = new Map(prepared.map((entry) => [entry.statement.id, entry]));
  // The root page last: until then its template is the file on disk.
  for (const entry of prepared) {
    const { id } = entry.statement;
    write(
      join(distDir, statementPagePath(id), "index.html"),
      statementPage({ prepared: entry, site: siteFor(id, "../../") }, { ...shared, path: statementPagePath(id) }),
    );
  }
  write(
    join(distDir, "index.html"),
    statementPage({ prepared: byId.get(DEFAULT_STATEMENT_ID)!, site: siteFor(DEFAULT_STATEMENT_ID, "./") }, { ...shared, path: "" }),
  );
  // oEmbed needs absolute URLs: without the site's address there is no response to give (headTags leaves its link out too).
  const oembeds: string[] = [];
  if (siteUrl !== null) {
    const loader = publishedLoader(distDir);
    for (const { statement } of prepared) {
      const path = join(distDir, statementPagePath(statement.id), OEMBED_FILE);
      writeFileSync(path, `${JSON.stringify(oembedOf(statement, siteUrl, loader), null, 2)}\n`);
      oembeds.push(path);
    }
  }
  const pagesSeconds = clock();

  const written = cards
    ? writeCards(
        distDir,
        prepared.map((entry) => entry.statement),
      )
    : [];
  const pictures = cards ? writeMapPictures(distDir, prepared, world) : [];
  return { pages, index, cards: written, pictures, oembeds, seconds: { statements: statementsSeconds, pages: pagesSeconds, cards: clock() } };
}

/** Seconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}

// A page's first view counted from the built files, without a browser: the HTML and what its <head>
// makes the browser fetch before the page is whole (scripts, module preloads, stylesheets), each
// gzipped at level 9 as serve.ts sends it. The benchmark's Chromium loads count the same bodies
// plus headers; this count is what a build of 1,000 pages can afford to measure for every page.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstView {
  /** The page's path in the site ("s/ID/index.html"). */
  page: string;
  /** Gzipped bytes by file, the page first. */
  files: { path: string; gzipBytes: number }[];
  gzipBytes: number;
}

/** The site-relative paths a page's head loads: <script src>, <link rel="stylesheet"|"modulepreload" href>. */
export function headResources(html: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  const paths: string[] = [];
  for (const [tag] of head.matchAll(/<(script|link)\b[^>]*>/g)) {
    if (tag.startsWith("<link") && !/\brel="(stylesheet|modulepreload)"/.test(tag)) continue;
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url && !/^(data:|[a-z]+:\/\/)/.test(url)) paths.push(url);
  }
  return paths;
}

const gzipped = new Map<string, number>();
/** Gzipped size of a file, read once (the assets are shared by every page). */
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(file), { level: 9 }).byteLength));
  return size;
}

/**
 * The first view of the page at `page` (relative to `distDir`), in gzipped bytes.
 * @example firstView("dist", "s/x/index.html").gzipBytes // 141000
 */
export function firstView(distDir: string, page: string): FirstView {
  const html = readFileSync(join(distDir, page), "utf8");
  const files = [{ path: page, gzipBytes: gzipSync(html, { level: 9 }).byteLength }];
  for (const url of headResources(html)) {
    const path = normalize(join(dirname(page), url));
    if (path.startsWith("..")) throw new Error(`${page}: ${url} points outside the site`);
    files.push({ path, gzipBytes: gzipSize(join(distDir, path)) });
  }
  return { page, files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

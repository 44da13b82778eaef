// `npm run build` (after `npm run data`), and the browser tests' build, so that both run the same
// steps: `vite build` into the output folder, then publish.ts (the prerendered pages, the share
// cards, the map pictures, the oEmbed responses, the statements' index). SITE_URL, when set, is
// the site's public address, for the pages' canonical, Open Graph and oEmbed URLs.
//   tsx src/build/build.ts [outDir (default dist)] [--quiet]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { SITE_URL_VARIABLE, siteUrlFrom } from "./pageHead";
import { publish, type PublishReport } from "./publish";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the build prints after Vite's own lines. */
export function describePublished(outDir: string, report: PublishReport, siteUrl: string | null): string {
  const largest = report.pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const cardBytes = report.cards.reduce((sum, card) => sum + card.bytes, 0);
  const pictureBytes = report.pictures.reduce((sum, picture) => sum + picture.bytes, 0);
  const lines = [
    `${outDir}/index.html and ${report.pages.length - 1} statement pages (s/ID/index.html) prerendered in ${report.seconds.pages.toFixed(1)} s; ` +
      `largest ${largest.path}: ${kb(largest.bytes)} raw, ${kb(largest.gzipBytes)} gzipped`,
    `${report.index}: ${report.pages.length - 1} statements, newest first`,
    ...report.cards
      .filter((card) => card.systemFonts)
      .map((card) => `${card.path}: some text is in a script Noto Sans lacks, drawn with the system's fonts where it has them`),
    `${report.cards.length} share cards (s/ID/card.png, 1200x630) and ${report.pictures.length} map pictures (s/ID/map.png, ${pictureSizes(report)}): ` +
      `${((cardBytes + pictureBytes) / 1024 / 1024).toFixed(1)} MB in ${report.seconds.cards.toFixed(1)} s`,
  ];
  lines.push(
    siteUrl === null
      ? `${SITE_URL_VARIABLE} is not set: pages have no canonical URL and no oEmbed discovery (s/ID/oembed.json is not written: oEmbed needs absolute URLs), and their share cards' URLs are relative, which some sites' link previews ignore. Set ${SITE_URL_VARIABLE}=https://… (where the site will be served) for absolute URLs.`
      : `Canonical, share-card and oEmbed URLs under ${siteUrl}; ${report.oembeds.length} oEmbed responses (s/ID/oembed.json)`,
  );
  return lines.join("\n");
}

/** The map pictures' sizes in pixels: "1280 px wide, 1042 to 1188 px tall". */
function pictureSizes(report: PublishReport): string {
  const heights = report.pictures.map((picture) => picture.height);
  const widths = [...new Set(report.pictures.map((picture) => picture.width))];
  return heights.length === 0 ? "none" : `${widths.join(" or ")} px wide, ${Math.min(...heights)} to ${Math.max(...heights)} px tall`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const quiet = args.includes("--quiet");
  const outDir = args.find((arg) => !arg.startsWith("--")) ?? "dist";
  try {
    const siteUrl = siteUrlFrom(process.env[SITE_URL_VARIABLE]);
    await build({ logLevel: quiet ? "warn" : "info", build: { outDir: resolve(outDir), emptyOutDir: true } });
    const report = publish(outDir, { siteUrl });
    if (!quiet) console.log(describePublished(outDir, report, siteUrl));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

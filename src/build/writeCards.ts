// Part of `npm run build` (src/build/publish.ts), after `vite build`: a share card
// (`dist/s/ID/card.png`, 1200x630, the page's og:image) for every bundled statement: the
// headline, the map in the statement's colours, the legend with its counts, the date and the
// source. Drawn by the downloads' own renderer (src/export/renderMapSvg.ts: one renderer, not
// two) and rasterised in Node by resvg, not by a browser in the build. On its own, for the
// bundled statements: tsx src/build/writeCards.ts dist
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allCountries } from "../countries/resolveCountry";
import { SOCIAL_MAP_WIDTH } from "../export/constants";
import { pictureFromWorld, pictureTexts } from "../export/pictureFromWorld";
import { renderMapSvg } from "../export/renderMapSvg";
import type { MapPicture } from "../export/types";
import type { World } from "../geo/types";
import worldJson from "../generated/world.json";
import { en } from "../i18n/messages";
import { orgFactsOf } from "../countries/orgFacts";
import { deriveStatementView } from "../view/statementView";
import { makeLocale } from "../view/locale";
import type { Statement } from "../statement/types";
import { readBundledStatements } from "./readBundledStatements";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

/**
 * The cards' font, shipped by a devDependency (Noto Sans, SIL Open Font License) so that a CI
 * machine without fonts draws the same card: Latin, Greek and Cyrillic, regular and bold.
 */
export const CARD_FONT_FILES = [
  "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
].map((file) => require.resolve(file));
const CARD_FONT_FAMILY = "Noto Sans";

/** What Noto Sans covers; other text (a Korean title) also needs the system's fonts. */
const COVERED_BY_CARD_FONT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** Whether a text needs more than the cards' font: needsSystemFonts("북한") → true. */
export const needsSystemFonts = (text: string): boolean => !COVERED_BY_CARD_FONT.test(text);

/**
 * Rasterises an SVG at its own size, or `scale` times it, with the cards' font. Text in a script
 * Noto Sans lacks is drawn with whatever system font has it (scanning them costs time, so only
 * then); where none does, those characters are left out rather than the card failing.
 * @example rasteriseSvg(renderMapSvg(picture, { kind: "social" })) // a PNG Buffer, 1200x630
 */
export function rasteriseSvg(svg: string, scale = 1): Buffer {
  const loadSystemFonts = needsSystemFonts(svg);
  const resvg = new Resvg(svg, {
    font: { fontFiles: CARD_FONT_FILES, loadSystemFonts, defaultFontFamily: CARD_FONT_FAMILY, sansSerifFamily: CARD_FONT_FAMILY },
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    logLevel: "error",
  });
  return resvg.render().asPng();
}

/**
 * A statement's card as a picture: English words (the prerendered pages' language), light theme,
 * markers as the page draws them on a map of the card's width.
 * @example renderMapSvg(cardPicture(seed, world), { kind: "social" })
 */
export function cardPicture(statement: Statement, world: World): MapPicture {
  const locale = makeLocale("en", en, allCountries());
  const view = deriveStatementView({ statement, warnings: [], orgs: orgFactsOf(statement, ["en"]) }, locale);
  return pictureFromWorld(world, view.categorised, view.legend, pictureTexts(statement, en, "en"), {
    nameOf: locale.nameOf,
    lang: "en",
    theme: "light",
    mapWidthPx: SOCIAL_MAP_WIDTH,
    insetChoice: statement.inset ?? null,
  });
}

/** What writeCards wrote for one statement. */
export interface WrittenCard {
  id: string;
  path: string;
  bytes: number;
  /** Some text is in a script the cards' font lacks, drawn with the system's fonts where it has them. */
  systemFonts: boolean;
}

/**
 * Writes `<distDir>/s/ID/card.png` for each statement; returns what it wrote.
 * @example writeCards("dist", [seed]) // [{ id: "dprk-russia-missiles-2024", path: "dist/s/dprk-russia-missiles-2024/card.png", bytes: 161034, systemFonts: false }]
 */
export function writeCards(distDir: string, statements: readonly Statement[]): WrittenCard[] {
  const world = worldJson as unknown as World;
  return statements.map((statement) => {
    const svg = renderMapSvg(cardPicture(statement, world), { kind: "social" });
    const png = rasteriseSvg(svg);
    const path = join(distDir, "s", statement.id, "card.png");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, png);
    return { id: statement.id, path, bytes: png.byteLength, systemFonts: needsSystemFonts(svg) };
  });
}

/** The build's summary of the cards: one line per card that needed the system's fonts, then the total. */
export function describeCards(cards: readonly WrittenCard[], seconds: number): string {
  const notes = cards
    .filter((card) => card.systemFonts)
    .map((card) => `${card.path}: some text is in a script Noto Sans lacks, drawn with the system's fonts where it has them`);
  const bytes = cards.reduce((sum, card) => sum + card.bytes, 0);
  return [
    ...notes,
    `${cards.length} share card${cards.length === 1 ? "" : "s"} (s/ID/card.png), ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${seconds.toFixed(1)} s`,
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = process.argv[2] ?? "dist";
  try {
    const started = performance.now();
    const cards = writeCards(
      distDir,
      readBundledStatements(join(root, "public", "statements")).map((prepared) => prepared.statement),
    );
    console.log(describeCards(cards, (performance.now() - started) / 1000));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

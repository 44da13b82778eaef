// What the page's Download control asks for: one of its choices, of the view as the reader sees
// it (statement, language, theme, selected country, outlined group, the map's width on screen).
// Pure but for the PNG, which the browser rasterises (svgToPngBlob).
import type { World } from "../geo/types";
import type { Locale } from "../view/locale";
import type { StatementView } from "../view/statementView";
import { SOCIAL_MAP_WIDTH } from "./constants";
import { makeDownload, type Download } from "./makeDownload";
import { pictureFromWorld, pictureTexts } from "./pictureFromWorld";
import type { PictureSize, Theme } from "./types";

/** The control's choices: the map as shown (SVG, PNG), the social card (PNG, 1200x630), the data (CSV, JSON). */
export type DownloadChoice = "svg" | "png" | "social" | "csv" | "json";

/** The page's view at the moment the reader asks. */
export interface ViewToDownload {
  world: World;
  view: Pick<StatementView, "statement" | "categorised" | "legend" | "context">;
  locale: Pick<Locale, "lang" | "messages" | "nameOf">;
  theme: Theme;
  /** The map's drawn width in CSS px (drawnMapWidth): the picture's width, and what decides its markers, as on screen. Default 800, the prerendered map's. */
  mapWidthPx?: number;
  selected: string | null;
  outlined: readonly string[] | null;
}

/** The page's map width before it is measured, as WorldMap and pictureFromWorld assume. */
const DEFAULT_MAP_WIDTH_PX = 800;
/** A map narrower than this cannot hold the picture's margins and text; it is drawn this wide instead. */
const MIN_PICTURE_WIDTH_PX = 240;

/**
 * The file for one choice of the Download control.
 * @example await downloadView("png", { world, view, locale, theme: "dark", mapWidthPx: 861, selected: "FR", outlined: null }) // { filename: "ID.png", blob } 1722 px wide
 */
export function downloadView(choice: DownloadChoice, input: ViewToDownload): Promise<Download> {
  const { world, view, locale, theme, selected, outlined } = input;
  const social = choice === "social";
  const width = Math.max(MIN_PICTURE_WIDTH_PX, Math.round(input.mapWidthPx ?? DEFAULT_MAP_WIDTH_PX));
  const size: PictureSize = social ? { kind: "social" } : { kind: "screen", width };
  // CSV and JSON do not draw it, but a picture costs a few milliseconds and keeps makeDownload's one signature.
  const picture = pictureFromWorld(world, view.categorised, view.legend, pictureTexts(view.statement, locale.messages, locale.lang, view.context), {
    nameOf: locale.nameOf,
    lang: locale.lang,
    theme,
    // The card's markers are those of a map the card's width, as the build's share cards have them.
    mapWidthPx: social ? SOCIAL_MAP_WIDTH : width,
    selected,
    outlined,
    insetChoice: view.statement.inset ?? null,
  });
  return makeDownload(social ? "png" : choice, { statement: view.statement, picture, size });
}

/**
 * The width the map is drawn at inside its <svg> box, in CSS px: the box's width, or less where the
 * box is too short for it (the drawing keeps its proportions, preserveAspectRatio "meet", as
 * WorldMap's pxPerUnit does).
 * @example drawnMapWidth({ width: 900, height: 300 }, { width: 1000, height: 500 }) // 600
 */
export function drawnMapWidth(box: { width: number; height: number }, world: { width: number; height: number }): number {
  return box.height > 0 ? Math.min(box.width, (box.height * world.width) / world.height) : box.width;
}

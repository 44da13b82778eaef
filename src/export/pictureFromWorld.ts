// The map's inputs (the prepared World, the statement's view: its categories and the legend's
// entries) as a MapPicture, plain data the renderers draw.
import type { World, WorldShape } from "../geo/types";
import { formatDate } from "../i18n/format";
import type { Messages } from "../i18n/messages";
import { categoryOf, type Categorised, type Category } from "../view/categorise";
import { chooseInset, insetLayout, insetRegionName, markersOfMap, meetsWindow, type InsetChoice } from "../map/inset";
import { markerRadiusPx } from "../map/markers";
import type { Statement } from "../statement/types";
import type { MapPicture, Theme } from "./types";

/** The words a picture carries besides the legend (see MapPicture). */
export type PictureTexts = Pick<MapPicture, "title" | "titleLang" | "context" | "date" | "source" | "credit">;

export interface PictureView {
  /** A country's name in the picture's language. */
  nameOf: (iso: string) => string;
  lang: string;
  theme: Theme;
  /** The map's width in CSS px, which decides (as on screen) which countries get a marker and how large. Default 800, the prerendered map's. */
  mapWidthPx?: number;
  selected?: string | null;
  outlined?: readonly string[] | null;
  /** The statement's own choice of inset, as the page follows it (null: chosen from the data); required, so no picture forgets it. */
  insetChoice: InsetChoice | null;
}

/** The page's map width before it is measured, as WorldMap assumes. */
const DEFAULT_MAP_WIDTH_PX = 800;

/**
 * A MapPicture from the page's data: every country with a shape, and a marker wherever the page
 * would draw one at `mapWidthPx`.
 * @example pictureFromWorld(world, view.categorised, view.legend, pictureTexts(seed, en, "en", view.context), { nameOf, lang: "en", theme: "light" })
 */
export function pictureFromWorld(
  world: World,
  categorised: Categorised,
  legend: readonly { category: Category; text: string }[],
  texts: PictureTexts,
  view: PictureView,
): MapPicture {
  const mapWidthPx = view.mapWidthPx ?? DEFAULT_MAP_WIDTH_PX;
  const pxPerUnit = mapWidthPx / world.width;
  const dotRadiusPx = markerRadiusPx(mapWidthPx);
  const category = (iso: string) => categoryOf(categorised, iso);
  const country = (shape: WorldShape) => ({ iso: shape.iso, name: view.nameOf(shape.iso), d: shape.d, category: category(shape.iso) });
  // The same inset and markers as the page draws at this width.
  const inset = chooseInset(world, category, categorised.coveredBy, view.insetChoice);
  const band = inset ? insetLayout(world, inset.window) : null;
  const markers = markersOfMap(world, category, categorised.coveredBy, inset, band, { pxPerUnit, k: 1, dotRadiusPx });
  return {
    width: world.width,
    height: band?.height ?? world.height,
    sphere: world.sphere,
    countries: world.shapes.filter((shape) => shape.d !== "").map(country),
    markers: markers.map(({ iso, centre, category, anchor }) => ({
      iso,
      centre,
      category,
      ...(anchor ? { anchor } : {}),
      name: view.nameOf(iso),
      radius: dotRadiusPx / pxPerUnit,
    })),
    ...(inset && band
      ? {
          inset: {
            region: inset.region,
            label: insetRegionName(inset.region, view.lang),
            window: inset.window,
            frame: band.frame,
            k: band.k,
            x: band.x,
            y: band.y,
            countries: world.shapes.filter((shape) => meetsWindow(shape, inset.window)).map(country),
          },
        }
      : {}),
    legend: legend.map(({ category, text }) => ({ category, text })),
    ...texts,
    lang: view.lang,
    theme: view.theme,
    selected: view.selected ?? null,
    outlined: view.outlined ?? null,
  };
}

/**
 * The headline, date, source and credit of a statement in the page's language; the title stays as
 * published. `context` is left to the caller (the page's one line on who signed).
 * @example pictureTexts(seed, en, "en").date // "10 January 2024"
 */
export function pictureTexts(statement: Statement, messages: Messages, lang: string, context?: string): PictureTexts {
  return {
    title: statement.title,
    ...(statement.lang !== lang ? { titleLang: statement.lang } : {}),
    ...(context ? { context } : {}),
    date: formatDate(statement.date, lang),
    source: `${messages.sourceIntro} ${statement.source.name}`,
    credit: messages.mapCredit,
  };
}

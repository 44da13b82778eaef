// The map's inputs (the prepared World, the statement's view: its categories and the legend's
// entries) as a MapPicture, plain data the renderers draw.
import type { World } from "../geo/types";
import { formatDate } from "../i18n/format";
import type { Messages } from "../i18n/messages";
import { categoryOf, type Categorised, type Category } from "../view/categorise";
import { MARKER_RADIUS_NARROW_PX, MARKER_RADIUS_PX, NARROW_MAP_PX, markersFor } from "../map/markers";
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
  const radius = (mapWidthPx < NARROW_MAP_PX ? MARKER_RADIUS_NARROW_PX : MARKER_RADIUS_PX) / pxPerUnit;
  const category = (iso: string) => categoryOf(categorised, iso);
  return {
    width: world.width,
    height: world.height,
    sphere: world.sphere,
    countries: world.shapes
      .filter((shape) => shape.d !== "")
      .map((shape) => ({ iso: shape.iso, name: view.nameOf(shape.iso), d: shape.d, category: category(shape.iso) })),
    markers: markersFor(world.shapes, category, pxPerUnit, categorised.coveredBy).map((marker) => ({ ...marker, name: view.nameOf(marker.iso), radius })),
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

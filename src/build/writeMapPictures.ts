// Part of `npm run build` (src/build/publish.ts): each bundled statement's map as a picture,
// `dist/s/ID/map.png` (issue #25), for places that run no script (newsletters, Apple News,
// systems that strip iframes): the map as drawn, with its headline, legend, date and source, for
// a 640 px column at twice that in pixels, in the statement's language. Drawn by the downloads'
// renderer (src/export/renderMapSvg.ts), rasterised by resvg as the share cards are.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MAP_PICTURE } from "../embed/embedCode";
import { statementPagePath } from "../embed/pageAddress";
import { pictureFromWorld, pictureTexts } from "../export/pictureFromWorld";
import { mapSvgSize, renderMapSvg } from "../export/renderMapSvg";
import type { MapPicture, PictureSize } from "../export/types";
import type { World } from "../geo/types";
import type { PreparedStatement } from "../view/preparedStatement";
import { deriveStatementView } from "../view/statementView";
import { statementLocale } from "./statementLocale";
import { needsSystemFonts, rasteriseSvg } from "./writeCards";

/** The size renderMapSvg lays map.png out at: the article column's width in CSS px. */
const MAP_PICTURE_SIZE: PictureSize = { kind: "screen", width: MAP_PICTURE.width };

/**
 * A statement's map.png as a picture: the statement's language, light theme, markers as the page
 * draws them on a map of the column's width.
 * @example renderMapSvg(mapPictureOf(prepared, world), { kind: "screen", width: 640 })
 */
export function mapPictureOf(prepared: PreparedStatement, world: World): MapPicture {
  const locale = statementLocale(prepared.statement);
  const view = deriveStatementView(prepared, locale);
  return pictureFromWorld(world, view.categorised, view.legend, pictureTexts(prepared.statement, locale.messages, locale.lang, view.context), {
    nameOf: locale.nameOf,
    lang: locale.lang,
    theme: "light",
    mapWidthPx: MAP_PICTURE.width,
    insetChoice: prepared.statement.inset ?? null,
  });
}

/** What writeMapPictures wrote for one statement: where, its size in pixels and in bytes. */
export interface WrittenPicture {
  id: string;
  path: string;
  width: number;
  height: number;
  bytes: number;
  systemFonts: boolean;
}

/**
 * Writes `<distDir>/s/ID/map.png` for each statement; returns what it wrote.
 * @example writeMapPictures("dist", prepared, world)[0] // { id: "dprk-russia-missiles-2024", path: "dist/s/dprk-russia-missiles-2024/map.png", width: 1280, height: 1090, … }
 */
export function writeMapPictures(distDir: string, statements: readonly PreparedStatement[], world: World): WrittenPicture[] {
  return statements.map((prepared) => {
    const picture = mapPictureOf(prepared, world);
    const svg = renderMapSvg(picture, MAP_PICTURE_SIZE);
    const png = rasteriseSvg(svg, MAP_PICTURE.scale);
    const { width, height } = mapSvgSize(picture, MAP_PICTURE_SIZE);
    const path = join(distDir, statementPagePath(prepared.statement.id), MAP_PICTURE.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, png);
    return {
      id: prepared.statement.id,
      path,
      width: width * MAP_PICTURE.scale,
      height: height * MAP_PICTURE.scale,
      bytes: png.byteLength,
      systemFonts: needsSystemFonts(svg),
    };
  });
}

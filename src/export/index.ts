// The export chunk: everything the Download control needs, loaded with `import("./export")` when a
// reader asks for a download, never in the first view. It brings the resolver's full country table
// (alpha-3 and numeric codes), which the first view does not load either.
import { countryByIso } from "../countries/resolveCountry";
import type { Statement } from "../statement/types";
import { partyRows } from "./partyRows";
import { mapSvgSize, renderMapSvg } from "./renderMapSvg";
import { statementCsv } from "./statementCsv";
import { statementJson } from "./statementJson";
import { svgToPngBlob } from "./svgToPngBlob";
import type { MapPicture, PictureSize } from "./types";

export { pictureFromWorld, pictureTexts, type PictureTexts, type PictureView } from "./pictureFromWorld";
export { partyRows, type PartyRow } from "./partyRows";
export { mapSvgSize, renderMapSvg } from "./renderMapSvg";
export { statementCsv } from "./statementCsv";
export { statementJson, type StatementDownload } from "./statementJson";
export { svgToPngBlob } from "./svgToPngBlob";
export type * from "./types";

export type DownloadFormat = "svg" | "png" | "csv" | "json";

/** A file ready to hand to the reader: its name (after the statement's ID, as INTERFACE.md says) and its contents. */
export interface Download {
  filename: string;
  blob: Blob;
}

/**
 * One download of the current view. SVG and PNG draw `picture` at `size` (a screen-size PNG at
 * twice its CSS size, a social card at 1200x630); CSV and JSON list the statement's parties with
 * their codes.
 * @example await makeDownload("csv", { statement, picture, size: { kind: "screen", width: 800 } }) // { filename: "dprk-russia-missiles-2024.csv", blob }
 */
export async function makeDownload(format: DownloadFormat, view: { statement: Statement; picture: MapPicture; size: PictureSize }): Promise<Download> {
  const { statement, picture, size } = view;
  const suffix = size.kind === "social" ? "-social" : "";
  switch (format) {
    case "svg":
      return { filename: `${statement.id}${suffix}.svg`, blob: new Blob([renderMapSvg(picture, size)], { type: "image/svg+xml;charset=utf-8" }) };
    case "png": {
      const { width, height } = mapSvgSize(picture, size);
      // The map as shown at twice its CSS size; the social card at exactly the size networks ask for.
      const scale = size.kind === "social" ? 1 : 2;
      return { filename: `${statement.id}${suffix}.png`, blob: await svgToPngBlob(renderMapSvg(picture, size), width, height, scale) };
    }
    case "csv":
      return { filename: `${statement.id}.csv`, blob: new Blob([statementCsv(partyRows(statement, countryByIso))], { type: "text/csv;charset=utf-8" }) };
    case "json":
      return { filename: `${statement.id}.json`, blob: new Blob([statementJson(statement, countryByIso)], { type: "application/json" }) };
  }
}

// One file of the current view, named after the statement's ID (docs/interface.md, "Downloads").
import { countryByIso } from "../countries/resolveCountry";
import type { Statement } from "../statement/types";
import { partyRows } from "./partyRows";
import { mapSvgSize, renderMapSvg } from "./renderMapSvg";
import { statementCsv } from "./statementCsv";
import { statementJson } from "./statementJson";
import { svgToPngBlob } from "./svgToPngBlob";
import type { MapPicture, PictureSize } from "./types";

export type DownloadFormat = "svg" | "png" | "csv" | "json";

/** A file ready to hand to the reader: its name (after the statement's ID, as docs/interface.md says) and its contents. */
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

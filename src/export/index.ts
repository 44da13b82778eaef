// The export chunk: everything the Download control needs, loaded with `import("./export")` when a
// reader asks for a download, never in the first view. It brings the resolver's full country table
// (alpha-3 and numeric codes), which the first view does not load either.
export { downloadView, drawnMapWidth, type DownloadChoice, type ViewToDownload } from "./downloadView";
export { makeDownload, type Download, type DownloadFormat } from "./makeDownload";
export { pictureFromWorld, pictureTexts, type PictureTexts, type PictureView } from "./pictureFromWorld";
export { partyRows, type PartyRow } from "./partyRows";
export { mapSvgSize, renderMapSvg } from "./renderMapSvg";
export { saveFile } from "./saveFile";
export { saveView, type PageView } from "./saveView";
export { statementCsv } from "./statementCsv";
export { statementJson, type StatementDownload } from "./statementJson";
export { svgToPngBlob } from "./svgToPngBlob";
export type * from "./types";

// The Download control's one call into the export chunk: the page's view at the moment of the
// click, measured and resolved here (the map's drawn width, the theme shown), made into a file and
// handed to the browser. Kept out of the control so that the first view carries as little as it can.
import { downloadView, drawnMapWidth, type DownloadChoice, type ViewToDownload } from "./downloadView";
import { saveFile } from "./saveFile";
import type { Theme } from "./types";

/** The view as the page holds it: the theme only when the reader forced one. */
export interface PageView extends Omit<ViewToDownload, "theme" | "mapWidthPx"> {
  theme: Theme | null;
}

/**
 * Makes one choice's file of the page's view and starts its download; resolves to the file's name.
 * `mapSvg` is the page's map, measured now: the picture is as wide as the map is drawn.
 * @example await saveView("png", { world, view, locale, theme: null, selected: "FR", outlined: null }, document.querySelector("svg.map-svg")) // "dprk-russia-missiles-2024.png"
 */
export async function saveView(choice: DownloadChoice, page: PageView, mapSvg: Element | null | undefined, win: Window = window): Promise<string> {
  const box = mapSvg?.getBoundingClientRect();
  // The theme shown: the one forced, else the system's.
  const theme = page.theme ?? (win.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  // The drawing's own proportions (the world, with the inset's band below it when there is one), as its viewBox gives them.
  const viewBox = (mapSvg as SVGSVGElement | null | undefined)?.viewBox?.baseVal;
  const drawing = viewBox && viewBox.height > 0 ? { width: viewBox.width, height: viewBox.height } : page.world;
  const file = await downloadView(choice, { ...page, theme, mapWidthPx: box && box.width > 0 ? drawnMapWidth(box, drawing) : undefined });
  saveFile(file, win.document);
  return file.filename;
}

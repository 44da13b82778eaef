// The d3 zoom code (zoomBehaviour.ts, with d3-zoom, d3-selection and d3-transition, about 18 KB
// gzipped) is not part of the first view: it is imported once for every map on the page, when
// the reader first reaches for a map.

type ZoomCode = typeof import("./zoomBehaviour");

let zoomCode: Promise<ZoomCode> | undefined;
let loaded: ZoomCode | null = null;

/** The zoom code if it has arrived, else null: loadedZoomCode() → { installZoom } or null. */
export const loadedZoomCode = (): ZoomCode | null => loaded;

/** Imports the zoom code once; a failed import is tried again on the next call. loadZoomCode().then(({ installZoom }) => …). */
export function loadZoomCode(): Promise<ZoomCode> {
  zoomCode ??= import("./zoomBehaviour").then(
    (code) => (loaded = code),
    (error: unknown) => {
      zoomCode = undefined;
      throw error;
    },
  );
  return zoomCode;
}

/** Runs `task` when the browser is idle (soon, where there is no requestIdleCallback); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

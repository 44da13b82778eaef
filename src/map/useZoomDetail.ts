import { startTransition, useEffect, useRef, useState } from "react";
import { detailTilesFor, type LoadedDetail } from "./zoomDetail";
import type { Size, View } from "./zoomMath";

/**
 * How long a view must rest before its tiles are fetched: a pan or an animated zoom step (350 ms)
 * passes through many views, and only where it stops is worth the bytes and the assembling.
 */
const SETTLE_MS = 150;

type DetailCode = typeof import("../geo/detail/loadDetail");
let detailCode: Promise<DetailCode> | undefined;

/**
 * The loader (with the tiles' URLs and assembleDetail) is no part of the first view: imported the
 * first time a view reaches 4x. A failed import is tried again on the next view.
 */
function loadDetailCode(): Promise<DetailCode> {
  detailCode ??= import("../geo/detail/loadDetail").catch((error: unknown) => {
    detailCode = undefined;
    throw error;
  });
  return detailCode;
}

/**
 * Zoom detail for the view (#11): from 4x, once the view rests, the tiles it shows (the box grown
 * by `allowance`, as the map checks with detailShown) are fetched (each file once, see loadDetail)
 * and their countries' detailed paths returned, null until then.
 * A result for a view the reader has already left is dropped. The new paths go in as a transition,
 * so a hover or a zoom is never held up by them. Nothing here throws or rejects: whatever fails,
 * the map keeps its world-view shapes (the loader warns of a failed file; this, of failed code).
 */
export function useZoomDetail(view: View, size: Size, allowance = 0): LoadedDetail | null {
  const [detail, setDetail] = useState<LoadedDetail | null>(null);
  const latest = useRef(detail);
  latest.current = detail;
  // A string, so the effect runs when the tiles change, not at every frame of a zoom.
  const wanted = detailTilesFor(view, size, allowance).join(",");

  useEffect(() => {
    if (wanted === "") return;
    const ids = wanted.split(",").map(Number);
    // Zoomed in within what is loaded: nothing to fetch or assemble again.
    if (ids.every((id) => latest.current?.tiles.has(id))) return;
    let left = false;
    const timer = setTimeout(() => {
      loadDetailCode()
        .then(({ loadDetail }) => loadDetail(ids))
        .then(
          ({ paths, countriesByTile, failed }) => {
            // A failed tile counts as not loaded: its countries keep their world-view shapes (detailShown), and the next view asks again.
            const tiles = new Set(ids.filter((id) => !failed.includes(id)));
            if (!left) startTransition(() => setDetail({ tiles, paths, countriesByTile }));
          },
          (error: unknown) =>
            console.warn(`Zoom detail could not be loaded; the map keeps its world-view shapes. ${error instanceof Error ? error.message : String(error)}`),
        );
    }, SETTLE_MS);
    return () => {
      left = true;
      clearTimeout(timer);
    };
  }, [wanted]);

  return detail;
}

import { useLayoutEffect } from "react";

/**
 * Marks <html data-live> once React shows what the URL asks (after a hydrating page's first,
 * prerendered render), before that frame is painted. Until then the stylesheet stands in for
 * React where the prerendered markup differs from the URL's view: an embed's panel sections are
 * drawn closed, though the full page they were prerendered for has them open.
 */
export function useLiveMarker(live: boolean): void {
  useLayoutEffect(() => {
    if (live) document.documentElement.dataset.live = "";
  }, [live]);
}

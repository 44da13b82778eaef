import { pymScrollMessage, scrollRequestMessage } from "./heightMessages";

/** Space kept above an element the article is asked to scroll to, CSS px: the line before it shows too. */
const SCROLL_MARGIN_PX = 60;

const reducedMotion = (win: Window) => typeof win.matchMedia === "function" && win.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Scrolls an element into the middle of the page's view (no animation for readers who prefer reduced motion). */
export function bringIntoView(element: HTMLElement): void {
  element.scrollIntoView({ block: "center", behavior: reducedMotion(window) ? "auto" : "smooth" });
}

/**
 * For an embed: the frame is as tall as its content, so it cannot scroll to an element itself.
 * When the element is outside the reader's window on the article (an IntersectionObserver in a
 * cross-origin frame measures against the top-level viewport), ask the article to scroll to it:
 * in pym.js's format when a pym parent embeds us (`childId`), else in our loader's (embed.js).
 * Returns a function for App's `bringIntoView`.
 */
export function bringIntoViewInEmbed(parent: Window, childId: string | null): (element: HTMLElement) => void {
  // Two frames later: a claim chosen opens the text, and the article must have the frame's new
  // height (sent once a frame) before it scrolls to a place in it, or it scrolls a frame that is
  // still short and overshoots once the frame grows (seen with React, whose effects run before
  // that frame is sent).
  return (element) => requestAnimationFrame(() => requestAnimationFrame(() => scrollArticleTo(element)));

  function scrollArticleTo(element: HTMLElement) {
    bringIntoView(element);
    if (typeof IntersectionObserver !== "function") return;
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      if (!entry || entry.intersectionRatio >= 1) return;
      const top = element.getBoundingClientRect().top + window.scrollY - SCROLL_MARGIN_PX;
      // "*": the position of a quote in a public page is no secret, and the parent's origin is unknown to us.
      parent.postMessage(childId ? pymScrollMessage(childId, top) : scrollRequestMessage(top), "*");
    });
    observer.observe(element);
  }
}

// The loader of the responsive embed code, built to dist/embed.js (vite.config.ts) as one classic
// script with no imports: it runs on the newsroom's page, on any origin, next to iframes marked
// data-signatory-map (or loading our origin). It sets a frame's height from the height messages
// its page posts (src/embed/heightMessages.ts) and scrolls the article to a part of the frame when
// the page asks, only for a message whose source is that frame's own window and whose origin is the
// origin of that frame's src. Everything else is ignored, never thrown on.
import { FRAME_ATTRIBUTE } from "./embedCode";
import { parseHeightMessage, parseScrollRequest } from "./heightMessages";

declare global {
  interface Window {
    /** Set once the loader is listening, so a page that includes the code twice resizes once. */
    signatoryMapEmbed?: true;
  }
}

/**
 * The iframe whose window sent `event`, if it is one of ours (marked, or loading a page from the
 * loader's own origin: some CMSs drop unknown attributes) and the message came from the origin it loads.
 */
function frameOf(event: MessageEvent, doc: Document, loaderOrigin: string | null): HTMLIFrameElement | null {
  for (const frame of doc.getElementsByTagName("iframe")) {
    if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
    try {
      const origin = new URL(frame.src, doc.baseURI).origin;
      const ours = frame.hasAttribute(FRAME_ATTRIBUTE) || origin === loaderOrigin;
      return ours && origin === event.origin ? frame : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The origin this script was loaded from, or null when that cannot be told. */
function scriptOrigin(doc: Document): string | null {
  const script = doc.currentScript;
  try {
    return script instanceof HTMLScriptElement && script.src ? new URL(script.src, doc.baseURI).origin : null;
  } catch {
    return null;
  }
}

/** Starts resizing; returns the teardown. */
function startEmbedLoader(win: Window = window): () => void {
  const loaderOrigin = scriptOrigin(win.document);
  const onMessage = (event: MessageEvent) => {
    const height = parseHeightMessage(event.data);
    const scrollTo = height === null ? parseScrollRequest(event.data) : null;
    if (height === null && scrollTo === null) return;
    const frame = frameOf(event, win.document, loaderOrigin);
    if (!frame) return;
    // CSSOM, not a style attribute: allowed under a strict CSP on the host page.
    if (height !== null) frame.style.height = `${height}px`;
    // A reader chose a claim whose quote is out of sight: bring that part of the frame into the window.
    else if (scrollTo !== null) win.scrollTo({ top: frame.getBoundingClientRect().top + win.scrollY + scrollTo, behavior: "smooth" });
  };
  win.addEventListener("message", onMessage);
  return () => win.removeEventListener("message", onMessage);
}

if (typeof window !== "undefined" && !window.signatoryMapEmbed) {
  window.signatoryMapEmbed = true;
  startEmbedLoader();
}

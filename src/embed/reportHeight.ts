import { ampEmbedSizeMessage, isWordPressReady, parsePymWidthMessage, pymHeightMessage, wordPressHeightMessage } from "./heightMessages";

/** A height request still waiting this long for an animation frame is sent anyway: browsers pause frames in off-screen cross-origin iframes. */
const FRAME_FALLBACK_MS = 100;

/**
 * The page's content height in CSS px, as docs/interface.md defines it: the root's scrollHeight.
 * Workaround: the root's scrollHeight is never less than the frame itself, so a frame that grew
 * would never shrink back (at 320 px the page is tall; widen the frame and it keeps that height).
 * When nothing overflows, the root element's own height is the content height, and it equals
 * scrollHeight as soon as the frame fits it. Both are rounded up: scrollHeight rounds a content
 * height of 685.4 px down, so a first report from a short frame said 685, and the frame, once 685
 * tall, reported 686 (issue #27, seen when one-line section headings changed the layout's fraction).
 * contentHeight(document) → 1184.
 */
export function contentHeight(doc: Document): number {
  const root = doc.documentElement;
  if (root.scrollHeight > root.clientHeight) return Math.max(root.scrollHeight, Math.ceil(root.getBoundingClientRect().height));
  return Math.ceil(root.getBoundingClientRect().height);
}

export interface HeightReportingOptions {
  /** The page to report to: window.parent. */
  parent: Window;
  /** pym.js child id from the URL, when a pym parent embeds the page. */
  childId: string | null;
  /** WordPress's secret from the URL's fragment (wordPressSecret), when WordPress embeds the page; default null. */
  wordPressSecret?: string | null;
  /** The embedded page's own window. */
  win?: Window & typeof globalThis;
}

/**
 * Posts the content height to the parent (pym.js string when there is a child id, WordPress's
 * message when there is its secret, AMP object always): now, on every change of the content's
 * size, at most once a frame; and again whenever the parent sends pym's `width` message or
 * WordPress's `ready`. Acts on no other message and on no other window.
 * Returns the teardown. startHeightReporting({ parent: window.parent, childId: "map" }).
 */
export function startHeightReporting({ parent, childId, wordPressSecret = null, win = window }: HeightReportingOptions): () => void {
  const doc = win.document;
  let lastSent = -1;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let force = false;

  const send = () => {
    cancel();
    const height = contentHeight(doc);
    if (height <= 0 || (height === lastSent && !force)) return;
    force = false;
    lastSent = height;
    // "*": the height of a public page is no secret, and the parent's origin is unknown to us.
    if (childId) parent.postMessage(pymHeightMessage(childId, height), "*");
    parent.postMessage(ampEmbedSizeMessage(height), "*");
    if (wordPressSecret) parent.postMessage(wordPressHeightMessage(height, wordPressSecret), "*");
  };
  const cancel = () => {
    if (frame !== null) win.cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
  };
  const schedule = (always = false) => {
    force ||= always;
    if (frame !== null || timer !== null) return;
    frame = win.requestAnimationFrame(send);
    timer = setTimeout(send, FRAME_FALLBACK_MS);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (childId && parsePymWidthMessage(event.data, childId) !== null) schedule(true);
    else if (wordPressSecret && isWordPressReady(event.data, wordPressSecret)) schedule(true);
  };
  win.addEventListener("message", onMessage);

  const observer = typeof win.ResizeObserver === "function" ? new win.ResizeObserver(() => schedule()) : null;
  observer?.observe(doc.documentElement);
  if (doc.body) observer?.observe(doc.body);
  // Late images and fonts; ResizeObserver normally sees these first.
  const onLoad = () => schedule();
  win.addEventListener("load", onLoad);

  force = true;
  send();

  return () => {
    cancel();
    observer?.disconnect();
    win.removeEventListener("message", onMessage);
    win.removeEventListener("load", onLoad);
  };
}

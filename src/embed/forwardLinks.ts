import { wordPressLinkMessage } from "./heightMessages";

export interface LinkForwardingOptions {
  /** The page to ask: window.parent. */
  parent: Window;
  /** WordPress's secret from the URL's fragment (wordPressSecret). */
  secret: string;
  /** The embedded page's own window. */
  win?: Window & typeof globalThis;
}

/**
 * WordPress frames an embed with sandbox="allow-scripts" alone, where no link can open: not in a
 * new tab (no allow-popups), not in the article's window (no allow-top-navigation). WordPress
 * opens a link to the frame's own host for it, when asked with its `link` message while the frame
 * has focus (wp-embed.js). So a click on such a link ("Open the full map") becomes that message;
 * a link elsewhere (a statement's source) is left to the browser, since WordPress refuses it.
 * Returns the teardown. forwardLinksToWordPress({ parent: window.parent, secret: "abc123XYZ0" }).
 */
export function forwardLinksToWordPress({ parent, secret, win = window }: LinkForwardingOptions): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    const link = event.target instanceof win.Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof win.HTMLAnchorElement) || link.host !== win.location.host) return;
    event.preventDefault();
    parent.postMessage(wordPressLinkMessage(link.href, secret), "*");
  };
  win.document.addEventListener("click", onClick);
  return () => win.document.removeEventListener("click", onClick);
}

// The boot script: a classic, render-blocking script in <head>, built on its own (vite.config.ts)
// and kept tiny. It sets the attributes on <html> that the stylesheet lays the page out by, from
// the URL, before the body is parsed: an embed's first paint, and so the first height it reports,
// is already the compact layout in the chosen theme (issue #10: no flash of the long layout).
import { applyRootAttributes } from "./rootAttributes";
import { parseParams } from "./parseParams";

applyRootAttributes(document.documentElement, parseParams(location.search, navigator.languages).params);

import type { Theme } from "../embed/pageAddress";
import { parseParams, PRERENDERED_PARAMS, type PageParams } from "./parseParams";
import { applyTheme } from "./rootAttributes";

/** What the page shows, as its URL says; `live` is false for the snapshot a prerendered page was built with. */
export interface PageState extends PageParams {
  live: boolean;
}

/**
 * The page's URL state as a store (for React's useSyncExternalStore): read from the URL, written
 * back to it, and followed through the browser's Back and Forward. One place for what a link
 * carries, so no component copies it into state of its own.
 */
export interface PageStateStore {
  get(): PageState;
  /** What the prerendered markup was rendered with: React renders it while hydrating (useSyncExternalStore's server snapshot). */
  getPrerendered(): PageState;
  subscribe(listener: () => void): () => void;
  /** Selects a country (null: none). On the full page, a history entry, so Back walks selections back. */
  select(iso: string | null): void;
  /** Forces a theme, or with null follows the reader's system again; kept in the URL. */
  setTheme(theme: Theme | null): void;
}

const PRERENDERED: PageState = { ...PRERENDERED_PARAMS, live: false };

/**
 * The store for a page in a browser window: createPageState(window, params).select("FR") writes
 * ?country=FR. Inside an embed it only ever replaces the URL (issue #17: an iframe's history
 * entries are the host page's, and its Back button must never walk through our selections).
 */
export function createPageState(win: Window, params: PageParams): PageStateStore {
  let state: PageState = { ...params, live: true };
  const listeners = new Set<() => void>();
  const update = (next: Partial<PageState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const write = (name: string, value: string | null, entry: "push" | "replace") => {
    const url = new URL(win.location.href);
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    if (url.href === win.location.href) return;
    try {
      if (entry === "push" && !state.embed) win.history.pushState(null, "", url);
      else win.history.replaceState(win.history.state, "", url);
    } catch {
      // A sandboxed frame (WordPress frames embeds with sandbox="allow-scripts") has an opaque
      // origin, and a browser that checks a new URL against the document's origin throws a
      // SecurityError there (today's Chromium allows it); the view changes all the same.
    }
  };
  // Back and Forward: the URL is the truth again.
  win.addEventListener("popstate", () => {
    const { params: fromUrl } = parseParams(win.location.search);
    update({ country: fromUrl.country, theme: fromUrl.theme });
    applyTheme(win.document.documentElement, fromUrl.theme);
  });
  return {
    get: () => state,
    getPrerendered: () => PRERENDERED,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select(iso) {
      if (iso === state.country) return;
      update({ country: iso });
      write("country", iso, "push");
    },
    setTheme(theme) {
      applyTheme(win.document.documentElement, theme);
      update({ theme });
      write("theme", theme, "replace");
    },
  };
}

/** A store that never changes, for the build's prerender: fixedPageState(PRERENDERED_PARAMS). */
export function fixedPageState(params: PageParams): PageStateStore {
  const state: PageState = { ...params, live: false };
  return { get: () => state, getPrerendered: () => state, subscribe: () => () => {}, select() {}, setTheme() {} };
}

/** Reloads the page in another language (a page is prerendered in one language, so a reload is the clean switch). */
export function reloadInLanguage(win: Window, lang: string): void {
  const url = new URL(win.location.href);
  url.searchParams.set("lang", lang);
  win.location.replace(url);
}

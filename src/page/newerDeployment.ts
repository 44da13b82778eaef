// A reader with the page open while we deploy: the page's lazy chunks (zoom, a language, the
// resolver, downloads) have hashed names, and the new deployment may no longer have the old ones.
// When a chunk fails, this asks the server which build it serves now; if it is not the one
// running, the page offers a reload (App), the only way to get the chunks again. No automatic
// reload: chunks load when the reader hovers or clicks, and a reload then would throw away their
// place (scroll, open sections, a chosen claim) in the middle of a gesture, inside an article's
// frame too; the page works without the chunk meanwhile, and a reader's click cannot loop.

/**
 * The address of the page's module entry script in its HTML, resolved against `base`, or null:
 * entryScriptOf('<script type="module" src="./assets/index-abc.js"></script>', "https://maps.example/s/x/")
 * → "https://maps.example/s/x/assets/index-abc.js".
 */
export function entryScriptOf(html: string, base: string): string | null {
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\stype\s*=\s*["']?module["'\s>]/i.test(tag)) continue;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value === undefined) continue;
    try {
      return new URL(value, base).href;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Whether the server now serves this page with another entry script than `runningEntry`: a new
 * deployment. False when it cannot tell (offline, an error page, no entry script found).
 * @example await isNewerDeployment(location.href, import.meta.url) // true after a deployment
 */
export async function isNewerDeployment(pageUrl: string, runningEntry: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(pageUrl, { cache: "no-store", headers: { accept: "text/html" } });
    if (!response.ok) return false;
    const entry = entryScriptOf(await response.text(), response.url || pageUrl);
    return entry !== null && entry !== new URL(runningEntry, pageUrl).href;
  } catch {
    return false;
  }
}

/** Whether the page has learnt that a newer deployment is live, as a store for useSyncExternalStore, and the way to get it. */
export interface UpdateNotice {
  get(): boolean;
  subscribe(listener: () => void): () => void;
  /** Loads the page again, as the URL has it (the URL carries the view). */
  reload(): void;
}

/** A notice that never changes: for the prerender and for tests. */
export const NO_UPDATE: UpdateNotice = { get: () => false, subscribe: () => () => {}, reload: () => {} };

/**
 * Watches the page's chunk failures (Vite's `vite:preloadError`, dispatched on the window for every
 * lazy import that fails, before the import's own caller handles it) and, after each, asks whether
 * a newer deployment is live; one question at a time, none once the answer is yes.
 * @example const notice = watchForNewerDeployment(window, import.meta.url)
 */
export function watchForNewerDeployment(win: Window, runningEntry: string, fetchImpl: typeof fetch = (...args) => win.fetch(...args)): UpdateNotice {
  let newer = false;
  let asking = false;
  const listeners = new Set<() => void>();
  win.addEventListener("vite:preloadError", () => {
    if (newer || asking) return;
    asking = true;
    void isNewerDeployment(win.location.href, runningEntry, fetchImpl).then((answer) => {
      asking = false;
      if (!answer) return;
      newer = true;
      for (const listener of listeners) listener();
    });
  });
  return {
    get: () => newer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload: () => win.location.reload(),
  };
}

import type { Resolve } from "../view/searchCountries";

/** Where the resolver's lazy chunk is: not asked for, on its way, here, or failed (search then goes on with the page's own names). */
export type ResolverState = { status: "idle" | "loading" | "failed" } | { status: "ready"; resolve: Resolve };

/**
 * The resolver's name tables (about 18 KB gzipped) as a store for useSyncExternalStore: never
 * part of the first view, loaded once per page when the reader first focuses or types in the
 * search box (resolverChunk.load), shared by every list that searches.
 */
export interface ResolverChunk {
  get(): ResolverState;
  subscribe(listener: () => void): () => void;
  /** Starts loading the chunk, once; later calls do nothing. */
  load(): void;
}

/** A chunk store over any loader: makeResolverChunk(() => import("../countries/resolveCountry")). */
export function makeResolverChunk(importResolver: () => Promise<{ resolveCountry: Resolve }>): ResolverChunk {
  let state: ResolverState = { status: "idle" };
  const listeners = new Set<() => void>();
  const set = (next: ResolverState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      if (state.status !== "idle") return;
      set({ status: "loading" });
      importResolver().then(
        (module) => set({ status: "ready", resolve: module.resolveCountry }),
        (error: unknown) => {
          // Search still finds every name the page knows; only the resolver's extra names are missing.
          console.warn(
            `The country-name tables could not be loaded; search finds the names on the page only. ${error instanceof Error ? error.message : String(error)}`,
          );
          set({ status: "failed" });
        },
      );
    },
  };
}

/** The page's one resolver chunk. */
export const resolverChunk = makeResolverChunk(() => import("../countries/resolveCountry"));

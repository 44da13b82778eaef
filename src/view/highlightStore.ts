import { useSyncExternalStore } from "react";

/** The country under the reader's pointer or keyboard focus, and whether that is on the map (then a tooltip shows). */
export interface Highlight {
  iso: string | null;
  onMap: boolean;
}

export interface HighlightStore {
  get(): Highlight;
  set(next: Highlight): void;
  subscribe(listener: () => void): () => void;
}

const NONE: Highlight = { iso: null, onMap: false };

/**
 * The highlight, kept outside React state so that a hover re-renders only what shows it (the
 * outline, the tooltip, the two list entries that change), not the app, the map or the panel.
 * createHighlightStore().set({ iso: "FR", onMap: true }).
 */
export function createHighlightStore(): HighlightStore {
  let current = NONE;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (next.iso === current.iso && next.onMap === current.onMap) return;
      current = next.iso === null ? NONE : next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const serverSnapshot = () => NONE;

/** The current highlight; re-renders the caller when it changes. */
export function useHighlight(store: HighlightStore): Highlight {
  return useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
}

/** Whether one country is highlighted; re-renders the caller only when that answer changes. */
export function useIsHighlighted(store: HighlightStore, iso: string): boolean {
  return useSyncExternalStore(
    store.subscribe,
    () => store.get().iso === iso,
    () => false,
  );
}

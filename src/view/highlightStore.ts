/** The country under the reader's pointer or keyboard focus, and whether that is on the map (then a tooltip shows). */
export interface Highlight {
  iso: string | null;
  onMap: boolean;
}

export interface HighlightStore {
  get(): Highlight;
  set(next: Highlight): void;
  /** Called on every change. */
  subscribe(listener: () => void): () => void;
  /** Called only when whether `iso` is highlighted changes: a hover wakes the two list entries it concerns, not all of them. */
  subscribeTo(iso: string, listener: () => void): () => void;
}

const NONE: Highlight = { iso: null, onMap: false };

/**
 * The highlight, kept outside React state so that a hover redraws only what shows it (the outline
 * and the tooltip, written directly; the two list entries that change), not the app, the map or
 * the panel.
 * createHighlightStore().set({ iso: "FR", onMap: true }).
 */
export function createHighlightStore(): HighlightStore {
  let current = NONE;
  const listeners = new Set<() => void>();
  const byIso = new Map<string, Set<() => void>>();
  const notify = (iso: string | null) => {
    for (const listener of (iso !== null && byIso.get(iso)) || []) listener();
  };
  return {
    get: () => current,
    set(next) {
      if (next.iso === current.iso && next.onMap === current.onMap) return;
      const previous = current.iso;
      current = next.iso === null ? NONE : next;
      for (const listener of listeners) listener();
      if (previous !== current.iso) {
        notify(previous);
        notify(current.iso);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeTo(iso, listener) {
      const set = byIso.get(iso) ?? new Set();
      byIso.set(iso, set.add(listener));
      return () => {
        set.delete(listener);
        if (set.size === 0) byIso.delete(iso);
      };
    },
  };
}

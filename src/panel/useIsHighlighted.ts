import { useCallback, useSyncExternalStore } from "react";
import type { HighlightStore } from "../view/highlightStore";

/** Whether one country is highlighted; re-renders the caller only when that answer changes, and is asked only then. */
export function useIsHighlighted(store: HighlightStore, iso: string): boolean {
  const subscribe = useCallback((listener: () => void) => store.subscribeTo(iso, listener), [store, iso]);
  return useSyncExternalStore(
    subscribe,
    () => store.get().iso === iso,
    () => false,
  );
}

import { describe, expect, it, vi } from "vitest";
import { createHighlightStore } from "../../../src/view/highlightStore";

describe("createHighlightStore", () => {
  it("tells every subscriber of each change, and none of a repeat", () => {
    const store = createHighlightStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ iso: "FR", onMap: true });
    store.set({ iso: "FR", onMap: true });
    store.set({ iso: "FR", onMap: false });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual({ iso: "FR", onMap: false });
  });

  it("tells a country's subscribers only when that country gains or loses the highlight", () => {
    const store = createHighlightStore();
    const [france, germany, italy] = [vi.fn(), vi.fn(), vi.fn()];
    store.subscribeTo("FR", france);
    const stopGermany = store.subscribeTo("DE", germany);
    store.subscribeTo("IT", italy);
    store.set({ iso: "FR", onMap: true });
    store.set({ iso: "FR", onMap: false });
    store.set({ iso: "DE", onMap: true });
    expect(france).toHaveBeenCalledTimes(2);
    expect(germany).toHaveBeenCalledTimes(1);
    expect(italy).not.toHaveBeenCalled();
    stopGermany();
    store.set({ iso: null, onMap: false });
    expect(germany).toHaveBeenCalledTimes(1);
  });
});

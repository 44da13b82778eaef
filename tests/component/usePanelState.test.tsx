import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SectionId } from "../../src/panel/PanelSection";
import { ALL_SECTIONS, NO_SECTIONS, usePanelState } from "../../src/panel/usePanelState";

describe("the panel's state", () => {
  it("follows its defaults until the reader opens or closes a section", () => {
    const { result, rerender } = renderHook(({ defaults }) => usePanelState(defaults), { initialProps: { defaults: NO_SECTIONS } });
    expect([...result.current.openSections]).toEqual([]);
    rerender({ defaults: ALL_SECTIONS });
    expect(result.current.openSections).toBe(ALL_SECTIONS);
    // Closing a section that is open is the reader's choice: the defaults no longer apply.
    act(() => result.current.toggleSection("claims", false));
    expect(result.current.openSections.has("claims")).toBe(false);
    rerender({ defaults: NO_SECTIONS });
    expect([...result.current.openSections].sort()).toEqual((["compare", "not-signed", "signatories", "text"] as SectionId[]).sort());
  });

  it("keeps following the defaults when a toggle changes nothing", () => {
    const { result, rerender } = renderHook(({ defaults }) => usePanelState(defaults), { initialProps: { defaults: ALL_SECTIONS } });
    act(() => result.current.toggleSection("text", true));
    rerender({ defaults: NO_SECTIONS });
    expect(result.current.openSections).toBe(NO_SECTIONS);
  });

  it("opens the text and gives a new key each time a claim is chosen, even the same one", () => {
    const { result } = renderHook(() => usePanelState(NO_SECTIONS));
    expect(result.current.claim).toEqual({ index: null, key: 0 });
    act(() => result.current.chooseClaim(2));
    expect(result.current.claim).toEqual({ index: 2, key: 1 });
    expect([...result.current.openSections]).toEqual(["text"]);
    act(() => result.current.chooseClaim(2));
    expect(result.current.claim).toEqual({ index: 2, key: 2 });
  });
});

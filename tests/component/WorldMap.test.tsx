import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { WorldMap } from "../../src/map/WorldMap";
import { categorise } from "../../src/map/categorise";
import { createHighlightStore } from "../../src/map/highlightStore";
import { en } from "../../src/i18n/messages";
import { tinyWorld } from "../fixtures/world";
import { shortStatement } from "../fixtures/statement";

const names: Record<string, string> = { DE: "Germany", MC: "Monaco", RU: "Russia", TV: "Tuvalu", FR: "France" };

function renderMap(overrides: Partial<Parameters<typeof WorldMap>[0]> = {}) {
  const onSelect = vi.fn();
  const highlight = createHighlightStore();
  const utils = render(
    <WorldMap
      world={tinyWorld}
      categorised={categorise(shortStatement)}
      nameOf={(iso) => names[iso] ?? iso}
      messages={en}
      lang="en"
      selectedIso={null}
      highlight={highlight}
      focusRequest={null}
      wheelNeedsModifier={false}
      onSelect={onSelect}
      {...overrides}
    />,
  );
  return { ...utils, onSelect, highlight };
}

describe("WorldMap", () => {
  it("draws every country with its ISO code and public status", () => {
    const { container } = renderMap();
    const status = (iso: string) => [...container.querySelectorAll(`[data-iso="${iso}"]`)].map((el) => el.getAttribute("data-status"));
    expect(status("DE")).toEqual(["signatory"]);
    expect(status("RU")).toEqual(["subject"]);
    // A later signatory is still a signatory for the public hook, with its own category for the colour.
    expect(status("FR")).toEqual(["signatory"]);
    expect(container.querySelector('[data-iso="FR"]')?.getAttribute("data-category")).toBe("joined");
  });

  it("gives a micro-state and a country without a shape a marker, but not a country big enough to see", () => {
    const { container } = renderMap();
    const markers = [...container.querySelectorAll(".marker")].map((el) => el.getAttribute("data-iso"));
    expect(markers.sort()).toEqual(["MC", "TV"]);
    // Monaco is drawn both as its (tiny) shape and as a marker; both carry the same status.
    expect([...container.querySelectorAll('[data-iso="MC"]')].map((el) => el.getAttribute("data-status"))).toEqual(["signatory", "signatory"]);
  });

  it("names each category in the legend with its count", () => {
    renderMap();
    expect(screen.getByText("3 countries + the EU signed")).toBeTruthy();
    expect(screen.getByText("1 joined on 12 January 2024")).toBeTruthy();
    expect(screen.getByText("1 subject of the statement")).toBeTruthy();
    expect(screen.getByText("Did not sign")).toBeTruthy();
  });

  it("shows a tooltip with the name and status when a country is hovered", () => {
    const { container, highlight } = renderMap();
    fireEvent.pointerMove(container.querySelector('[data-iso="RU"]')!);
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip.textContent).toContain("Russia");
    expect(tooltip.textContent).toContain("Subject of the statement");
    // The list shares the highlight, and the map outlines the country.
    expect(highlight.get()).toEqual({ iso: "RU", onMap: true });
    expect(container.querySelector("path.hover-outline")?.getAttribute("d")).toBe("M60,10H90V40H60Z");
  });

  it("shows the joining date in the tooltip of a later signatory when it is focused", () => {
    renderMap();
    fireEvent.focus(screen.getByRole("button", { name: "France: Joined on 12 January 2024" }));
    expect(screen.getByRole("tooltip").textContent).toContain("Joined on 12 January 2024");
  });

  it("selects a clicked country and clears the selection on a click on the sea", () => {
    const { container, onSelect } = renderMap();
    fireEvent.click(container.querySelector('[data-iso="DE"]')!);
    expect(onSelect).toHaveBeenLastCalledWith("DE");
    fireEvent.click(container.querySelector(".sphere")!);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it("lets the keyboard walk from signatory to signatory and select with Enter", () => {
    const { onSelect } = renderMap();
    const first = screen.getAllByRole("button").find((el) => el.getAttribute("tabindex") === "0")!;
    expect(first.getAttribute("data-category")).toBe("signatory");
    fireEvent.keyDown(first, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(first.getAttribute("data-iso"));
    fireEvent.keyDown(first, { key: "Escape" });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});

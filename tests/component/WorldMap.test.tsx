import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { CandidateChooser } from "../../src/map/CandidateChooser";
import { WorldMap } from "../../src/map/WorldMap";
import { createHighlightStore } from "../../src/view/highlightStore";
import { deriveStatementView } from "../../src/view/statementView";
import { en } from "../../src/i18n/messages";
import { tinyWorld } from "../fixtures/world";
import { shortStatement } from "../fixtures/statement";
import { englishLocale, fixtureOrgs } from "../fixtures/locale";

function renderMap(overrides: Partial<Parameters<typeof WorldMap>[0]> = {}) {
  const onSelect = vi.fn();
  const highlight = createHighlightStore();
  const utils = render(
    <WorldMap
      world={tinyWorld}
      view={deriveStatementView({ statement: shortStatement, warnings: [], orgs: fixtureOrgs }, englishLocale)}
      messages={en}
      selectedIso={null}
      selectionNote=""
      highlight={highlight}
      outlined={null}
      outlinedName={null}
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

  it("moves the tooltip and the outline from country to country, rings a micro-state's marker, and clears both when the pointer leaves", () => {
    const { container } = renderMap();
    const outlines = () => container.querySelectorAll(".hover-outline");
    fireEvent.pointerMove(container.querySelector('[data-iso="RU"]')!);
    fireEvent.pointerMove(container.querySelector('path[data-iso="DE"]')!);
    expect(screen.getByRole("tooltip").textContent).toBe("GermanySigned");
    expect(outlines()).toHaveLength(1);
    expect(container.querySelector("path.hover-outline")?.getAttribute("d")).toBe("M10,10H30V30H10Z");
    fireEvent.pointerMove(container.querySelector('.marker[data-iso="MC"]')!);
    expect(screen.getByRole("tooltip").textContent).toContain("Monaco");
    expect(outlines()).toHaveLength(1);
    expect(container.querySelector("circle.hover-outline")?.getAttribute("cx")).toBe(String(tinyWorld.shapes.find((shape) => shape.iso === "MC")!.centroid[0]));
    fireEvent.pointerLeave(container.querySelector("svg")!);
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(outlines()).toHaveLength(0);
  });

  it("shows the selected country's tooltip while nothing is hovered, and the hovered one's meanwhile", () => {
    const { container } = renderMap({ selectedIso: "FR" });
    expect(screen.getByRole("tooltip").textContent).toContain("France");
    fireEvent.pointerMove(container.querySelector('[data-iso="RU"]')!);
    expect(screen.getByRole("tooltip").textContent).toContain("Russia");
    fireEvent.pointerLeave(container.querySelector("svg")!);
    expect(screen.getByRole("tooltip").textContent).toContain("France");
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

  it("starts the keyboard on a signatory, moves it with the arrows, selects with Enter and clears with Escape", () => {
    const { onSelect } = renderMap();
    const tabStop = () => screen.getAllByRole("button").find((el) => el.getAttribute("tabindex") === "0")!;
    expect(tabStop().getAttribute("data-iso")).toBe("DE");
    // On the fixture's map Monaco's dot lies east of Germany, and Russia further east.
    fireEvent.keyDown(tabStop(), { key: "ArrowRight" });
    expect(tabStop().getAttribute("data-iso")).toBe("MC");
    fireEvent.keyDown(tabStop(), { key: "ArrowRight" });
    expect(tabStop().getAttribute("data-iso")).toBe("RU");
    expect(document.activeElement).toBe(tabStop());
    fireEvent.keyDown(tabStop(), { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith("RU");
    fireEvent.keyDown(tabStop(), { key: "Escape" });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it("outlines a group's members above the markers, on a casing, and names the outline in the legend", () => {
    const { container } = renderMap({ outlined: ["DE", "MC"], outlinedName: "NATO" });
    const halo = container.querySelector(".group-halo")!;
    const dashes = container.querySelector(".group-outline")!;
    expect([...dashes.children].map((el) => el.tagName)).toEqual(["path", "circle"]);
    expect(halo.children).toHaveLength(2);
    // Drawn after (over) the markers, the casing under the dashes; decoration, no data-iso.
    const markers = container.querySelector(".markers")!;
    expect(markers.compareDocumentPosition(halo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(halo.compareDocumentPosition(dashes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(dashes.querySelector("[data-iso]")).toBeNull();
    expect(screen.getByText("Outlined: NATO")).toBeTruthy();
  });

  it("has no outline entry in the legend while no group is outlined", () => {
    renderMap({ outlinedName: "NATO" });
    expect(screen.queryByText(/Outlined/)).toBeNull();
  });

  it("says what the selected country did under the map", () => {
    renderMap({ selectedIso: "FR", selectionNote: "France joined on 12 January 2024." });
    expect(screen.getByRole("status").textContent).toBe("France joined on 12 January 2024.");
  });
});

describe("CandidateChooser", () => {
  const candidates = [
    { iso: "MC", name: "Monaco", status: "Signed", label: "Monaco: Signed" },
    { iso: "FR", name: "France", status: "Joined on 12 January 2024", label: "France: Joined on 12 January 2024" },
  ];
  const renderChooser = () => {
    const onChoose = vi.fn();
    const onClose = vi.fn();
    render(
      <CandidateChooser at={[50, 20]} candidates={candidates} label="Which country did you mean?" closeLabel="Close" onChoose={onChoose} onClose={onClose} />,
    );
    return { onChoose, onClose };
  };

  it("names each country with its status, nearest first, and takes the focus to the first", () => {
    renderChooser();
    const dialog = screen.getByRole("dialog", { name: "Which country did you mean?" });
    const options = [...dialog.querySelectorAll("li button")].map((button) => button.getAttribute("aria-label"));
    expect(options).toEqual(["Monaco: Signed", "France: Joined on 12 January 2024"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Monaco: Signed" }));
  });

  it("chooses a country, and closes with Escape or its close button", () => {
    const { onChoose, onClose } = renderChooser();
    fireEvent.click(screen.getByRole("button", { name: "France: Joined on 12 January 2024" }));
    expect(onChoose).toHaveBeenCalledWith("FR");
    fireEvent.keyDown(screen.getByRole("button", { name: "Monaco: Signed" }), { key: "Escape" });
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe("WorldMap on a touch screen", () => {
  it("selects at once a country a tap can only mean", () => {
    const { container, onSelect } = renderMap();
    const russia = container.querySelector('[data-iso="RU"]')!;
    fireEvent.pointerDown(russia, { pointerType: "touch" });
    fireEvent.click(russia);
    expect(onSelect).toHaveBeenLastCalledWith("RU");
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

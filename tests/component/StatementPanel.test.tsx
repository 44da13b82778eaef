import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { StatementPanel } from "../../src/panel/StatementPanel";
import { groupSignatories } from "../../src/panel/groupSignatories";
import { en } from "../../src/i18n/messages";
import { createHighlightStore } from "../../src/map/highlightStore";
import type { Country } from "../../src/countries/types";
import { shortStatement } from "../fixtures/statement";
import { summariseGroups } from "../../src/panel/ReferenceGroups";
import type { GroupId } from "../../src/countries/referenceGroups";

const countries: Record<string, Pick<Country, "name" | "region">> = {
  DE: { name: "Germany", region: "Europe" },
  MC: { name: "Monaco", region: "Europe" },
  TV: { name: "Tuvalu", region: "Oceania" },
  FR: { name: "France", region: "Europe" },
  RU: { name: "Russia", region: "Europe" },
};
const nameOf = (iso: string) => countries[iso]?.name ?? iso;

function renderPanel(statement = shortStatement, outlinedGroup: GroupId | null = null) {
  const onChoose = vi.fn();
  const highlight = createHighlightStore();
  const onOutline = vi.fn();
  // scrollIntoView is layout, which jsdom does not do; the browser tests check the scrolling.
  Element.prototype.scrollIntoView = vi.fn();
  render(
    <StatementPanel
      statement={statement}
      warnings={[]}
      groups={groupSignatories(statement, (iso) => countries[iso] as Country, nameOf, "en")}
      organisations={[{ code: "EU", name: "the High Representative of the European Union", note: "EU note" }]}
      groupSummaries={summariseGroups(statement, en, "en", nameOf)}
      outlinedGroup={outlinedGroup}
      onOutline={onOutline}
      messages={en}
      lang="en"
      nameOf={nameOf}
      englishNameOf={nameOf}
      selectedIso={null}
      highlight={highlight}
      onChoose={onChoose}
    />,
  );
  return { onChoose, highlight, onOutline };
}

describe("StatementPanel", () => {
  it("is one complementary landmark with the title, date and an http source link", () => {
    renderPanel();
    const panel = screen.getByRole("complementary");
    expect(within(panel).getByRole("heading", { level: 1 }).textContent).toBe("Three nations condemn something");
    expect(within(panel).getByText("10 January 2024")).toBeTruthy();
    expect(within(panel).getByRole("link", { name: "Test Wire" }).getAttribute("href")).toBe("https://example.org/wire");
  });

  it("shows one paragraph per paragraph of text, as plain text", () => {
    const { container } = render(<div />);
    renderPanel({ ...shortStatement, text: ["<b>not bold</b>", "two"], claims: [] });
    expect(screen.getByText("<b>not bold</b>").tagName).toBe("P");
    expect(container.ownerDocument.querySelector(".statement-text b")).toBeNull();
  });

  it("lists every claim with who makes it, the statement's own apart from the reported ones", () => {
    renderPanel();
    const own = screen.getByRole("heading", { name: en.claimsOwn }).parentElement!;
    const reported = screen.getByRole("heading", { name: en.claimsReported }).parentElement!;
    expect(within(own).getByRole("button").textContent).toContain("the ministers");
    expect(within(reported).getByRole("button").textContent).toContain("the United States");
  });

  it("marks the quote of a chosen claim in the text", () => {
    renderPanel();
    expect(document.querySelector("mark")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /The US alleges attacks/ }));
    expect(document.querySelector("mark")?.textContent).toBe("the United States alleged attacks");
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it("groups signatories by region with counts, and finds them without accents or case", () => {
    const { onChoose } = renderPanel();
    expect(screen.getByRole("heading", { name: "Europe 3" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Oceania 1" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(en.searchLabel), { target: { value: "TUVA" } });
    expect(screen.queryByRole("button", { name: "Germany" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Tuvalu" }));
    expect(onChoose).toHaveBeenCalledWith("TV");
  });

  it("lists the EU as an organisation and the later signatory with its date", () => {
    renderPanel();
    expect(document.querySelector('[data-org="EU"]')?.textContent).toContain("European Union");
    expect(document.querySelector('[data-iso="FR"]')?.textContent).toContain("Joined on 12 January 2024");
  });

  it("says how many countries the source states and when later signatories were added", () => {
    renderPanel();
    expect(screen.getByText("The source states 3 countries; the map shows all 3.")).toBeTruthy();
    expect(screen.getByText(/France added in the version of 12 January 2024/)).toBeTruthy();
  });

  it("never links a source whose URL is not http or https", () => {
    renderPanel({ ...shortStatement, source: { name: "Evil", url: "javascript:alert(1)" } });
    expect(screen.queryByRole("link", { name: "Evil" })).toBeNull();
  });

  it("says for each reference group who signed and who did not, and outlines it on demand", () => {
    const { onOutline } = renderPanel();
    // Germany signed, France joined later; Russia is a subject: the G7's other members did not sign.
    const g7 = document.querySelector('[data-group="G7"]')!;
    // The fixture names only a few countries; the others show as their codes.
    expect(g7.textContent).toContain("G7: 2 of 7 signed; not CA, GB, IT, JP, and US.");
    fireEvent.click(within(g7 as HTMLElement).getByRole("button", { name: "Show on the map: G7" }));
    expect(onOutline).toHaveBeenCalledWith("G7");
  });

  it("names the subject among a group's members apart from those who did not sign", () => {
    renderPanel();
    expect(document.querySelector('[data-group="UNSC-P5"]')?.textContent).toContain("Russia is a subject of the statement.");
  });

  it("outlines the EU's members when the EU entry is chosen, and says which did not sign", () => {
    const { onOutline } = renderPanel(shortStatement, "EU");
    expect(screen.getByText("EU note")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "the High Representative of the European Union" }));
    expect(onOutline).toHaveBeenCalledWith(null);
  });

  it("highlights a country for the map while its entry is hovered, and marks the entry the map highlights", () => {
    const { highlight } = renderPanel();
    fireEvent.pointerEnter(screen.getByRole("button", { name: "Germany" }));
    expect(highlight.get()).toEqual({ iso: "DE", onMap: false });
    act(() => highlight.set({ iso: "MC", onMap: true }));
    expect(document.querySelector('[data-iso="MC"]')?.className).toContain("is-highlighted");
    expect(document.querySelector('[data-iso="DE"]')?.className).not.toContain("is-highlighted");
  });
});

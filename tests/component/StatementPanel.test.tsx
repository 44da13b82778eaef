import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useMemo } from "react";
import { StatementPanel } from "../../src/panel/StatementPanel";
import { SECTIONS, type SectionId } from "../../src/panel/PanelSection";
import { usePanelState } from "../../src/panel/usePanelState";
import { en } from "../../src/i18n/messages";
import { createHighlightStore } from "../../src/view/highlightStore";
import { deriveStatementView } from "../../src/view/statementView";
import type { GroupId } from "../../src/countries/referenceGroups";
import type { Statement } from "../../src/statement/types";
import { shortStatement } from "../fixtures/statement";
import { englishLocale, fixtureOrgs } from "../fixtures/locale";

interface Options {
  outlinedGroup?: GroupId | null;
  open?: readonly SectionId[];
  selectedIso?: string | null;
}

/** The panel as App uses it: sections opened and closed by the reader, a claim chosen opens the text. */
function renderPanel(statement: Statement = shortStatement, { outlinedGroup = null, open = SECTIONS, selectedIso = null }: Options = {}) {
  const onChoose = vi.fn();
  const onShowOnMap = vi.fn();
  const onOutline = vi.fn();
  const bringIntoView = vi.fn();
  const highlight = createHighlightStore();
  const view = deriveStatementView({ statement, warnings: [], orgs: fixtureOrgs }, englishLocale);
  function Harness() {
    const panel = usePanelState(useMemo(() => new Set(open), []));
    return (
      <StatementPanel
        view={view}
        locale={englishLocale}
        openSections={panel.openSections}
        onSection={panel.toggleSection}
        activeClaim={panel.claim.index}
        quoteKey={panel.claim.key}
        onClaim={panel.chooseClaim}
        bringIntoView={bringIntoView}
        selectedIso={selectedIso}
        highlight={highlight}
        onChoose={onChoose}
        onShowOnMap={onShowOnMap}
        onMap={(iso) => iso !== "BV"}
        outlinedGroup={outlinedGroup}
        onOutline={onOutline}
        comparisonNotice={null}
        aloneHref="?statement=short-statement"
      />
    );
  }
  render(<Harness />);
  return { onChoose, onShowOnMap, highlight, onOutline, bringIntoView };
}

describe("StatementPanel", () => {
  it("is one complementary landmark with the date and an http source link", () => {
    renderPanel();
    const panel = screen.getByRole("complementary");
    expect(within(panel).getByText("10 January 2024")).toBeTruthy();
    expect(within(panel).getByRole("link", { name: "Test Wire" }).getAttribute("href")).toBe("https://example.org/wire");
  });

  it("shows its parts as sections in the order of the issue, each opened and closed by its heading", () => {
    const { container } = render(<div />);
    renderPanel(shortStatement, { open: [] });
    const headings = [...container.ownerDocument.querySelectorAll("summary h2")].map((h) => h.firstChild?.textContent);
    expect(headings).toEqual([en.claimsHeading, en.signatoriesHeading, en.textHeading, en.groupsHeading]);
    const claims = container.ownerDocument.querySelector<HTMLDetailsElement>('details[data-section="claims"]')!;
    expect(claims.open).toBe(false);
    fireEvent.click(within(claims).getByText(en.claimsHeading));
    expect(claims.open).toBe(true);
  });

  it("shows one <p> per paragraph of text, as plain text", () => {
    renderPanel({ ...shortStatement, text: ["<b>not bold</b>", "two", "three"], claims: [] });
    const paragraphs = [...document.querySelectorAll(".statement-text p")].map((p) => p.textContent);
    expect(paragraphs).toEqual(["<b>not bold</b>", "two", "three"]);
    expect(document.querySelector(".statement-text b")).toBeNull();
  });

  it("says when the text is the newsroom's summary, and links to the statement as published", () => {
    renderPanel({ ...shortStatement, textKind: "summary" });
    const text = document.querySelector('details[data-section="text"]') as HTMLElement;
    expect(within(text).getByRole("heading", { level: 2 }).textContent).toBe(en.textSummaryHeading);
    expect(within(text).getByRole("link", { name: "Test Wire" }).getAttribute("href")).toBe("https://example.org/wire");
  });

  it("lists every claim with who makes it, the statement's own apart from the reported ones", () => {
    renderPanel();
    const own = screen.getByRole("heading", { name: en.claimsOwn }).parentElement!;
    const reported = screen.getByRole("heading", { name: en.claimsReported }).parentElement!;
    expect(within(own).getByRole("button").textContent).toContain("the ministers");
    expect(within(reported).getByRole("button").textContent).toContain("the United States");
  });

  it("opens the text when a claim is chosen in a closed panel, marks its quote and brings it into view", () => {
    const { bringIntoView } = renderPanel(shortStatement, { open: ["claims"] });
    const text = document.querySelector<HTMLDetailsElement>('details[data-section="text"]')!;
    expect(text.open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: /The US alleges attacks/ }));
    expect(text.open).toBe(true);
    expect(document.querySelector("mark")?.textContent).toBe("the United States alleged attacks");
    expect(bringIntoView).toHaveBeenCalledWith(document.querySelector("mark"));
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

  it("lists the EU as an organisation as the statement writes it, and the later signatory with its date", () => {
    renderPanel();
    expect(document.querySelector('[data-org="EU"]')?.textContent).toBe("the High Representative of the European Union");
    expect(document.querySelector('[data-iso="FR"]')?.textContent).toContain("Joined on 12 January 2024");
  });

  it("says in a territory's entry that it signed in its own right (issue #27: New Caledonia)", () => {
    renderPanel({ ...shortStatement, signatories: [...shortStatement.signatories, { kind: "country", written: "New Caledonia", iso2: "NC" }] });
    expect(document.querySelector('.signatories [data-iso="NC"]')?.textContent).toContain("a territory of France, in its own right");
    expect(document.querySelector('.signatories [data-iso="DE"]')?.textContent).not.toContain("territory");
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

  it("says for each reference group who signed and who did not, those with non-signers first, and outlines one on demand", () => {
    const { onOutline } = renderPanel();
    const groups = [...document.querySelectorAll("[data-group]")];
    // Germany signed, France joined later; Russia is a subject: the G7's other members did not sign.
    const g7 = groups.find((g) => g.getAttribute("data-group") === "G7")!;
    // The fixture names only a few countries; the others show as their codes.
    expect(g7.textContent).toContain("G7: 2 of 7 signed; not CA, GB, IT, JP, and US.");
    fireEvent.click(within(g7 as HTMLElement).getByRole("button", { name: "Show on the map: G7" }));
    expect(onOutline).toHaveBeenCalledWith("G7");
    const allSigned = groups.findIndex((g) => /all \d+ signed/.test(g.textContent ?? ""));
    const someMissing = groups.findLastIndex((g) => /; not /.test(g.textContent ?? ""));
    if (allSigned >= 0) expect(allSigned).toBeGreaterThan(someMissing);
  });

  it("names the subjects, and a subject among a group's members apart from those who did not sign", () => {
    renderPanel();
    const notSigned = document.querySelector('details[data-section="not-signed"]')!;
    expect(within(notSigned as HTMLElement).getByRole("button", { name: "Russia" })).toBeTruthy();
    expect(document.querySelector('[data-group="UNSC-P5"]')?.textContent).toContain("Russia is a subject of the statement.");
  });

  it("outlines the EU's members when the EU entry is chosen, and says which did not sign", () => {
    const { onOutline } = renderPanel(shortStatement, { outlinedGroup: "EU" });
    expect(screen.getByText(/The EU signed as an organisation; of its members, .*Hungary.* did not sign as countries\./)).toBeTruthy();
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

  it("answers a country that did not sign in words, in a polite region, with a button that shows it on the map", async () => {
    const { onShowOnMap } = renderPanel();
    const input = screen.getByLabelText(en.searchLabel);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "hungary" } });
    const answer = await screen.findByText(/^Hungary did not sign\. It is a member of the EU/);
    expect(answer.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByText(/No signatory matches/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show on the map: Hungary" }));
    expect(onShowOnMap).toHaveBeenCalledWith("HU");
  });

  it("finds signatories by the resolver's names once its chunk is here, and chooses the one named with Enter", async () => {
    const { onChoose } = renderPanel();
    const input = screen.getByLabelText(en.searchLabel);
    fireEvent.focus(input);
    // "deu" is Germany's alpha-3 code, known to the resolver, not to the page's names.
    fireEvent.change(input, { target: { value: "deu" } });
    // The chunk is imported for real: give it time on a busy machine.
    await screen.findByRole("button", { name: "Germany" }, { timeout: 10_000 });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onChoose).toHaveBeenCalledWith("DE");
  });

  it("says 'no match' only when nothing is found, and Enter then chooses nothing", async () => {
    const { onChoose } = renderPanel();
    const input = screen.getByLabelText(en.searchLabel);
    fireEvent.change(input, { target: { value: "zzzz" } });
    expect(await screen.findByText('No signatory matches "zzzz".', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onChoose).not.toHaveBeenCalled();
  });

  it("says at a chosen entry what the country did, with a button that shows the map", () => {
    const { onShowOnMap } = renderPanel(shortStatement, { selectedIso: "DE" });
    const entry = document.querySelector<HTMLElement>('.signatories [data-iso="DE"]')!;
    // Right after the entry, which stays one button.
    const standing = entry.nextElementSibling as HTMLElement;
    expect(standing.textContent).toContain("Germany signed on 10 January 2024, listed as “Germany”.");
    expect(within(entry).getAllByRole("button")).toHaveLength(1);
    fireEvent.click(within(standing).getByRole("button", { name: "Show on the map: Germany" }));
    expect(onShowOnMap).toHaveBeenCalledWith("DE");
    // Only the chosen entry says so.
    expect(document.querySelectorAll(".entry-standing")).toHaveLength(1);
  });
});

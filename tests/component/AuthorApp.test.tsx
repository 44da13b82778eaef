// The authoring page's components on jsdom, over the small fixture world: what each control
// shows and what it changes, queried by role and text as an editor would find them.
import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { TYPING_PAUSE_MS } from "../../src/author/ArticleInput";
import { AuthorApp } from "../../src/author/AuthorApp";
import { fixtureCountries } from "../fixtures/locale";
import { tinyWorld } from "../fixtures/world";

/** A short wire report: three signers, one of them misspelt, a subject, two claims, a date only in the text. */
const ARTICLE = `Ministers condemn Russian strikes

PARIS (AFP) - The Foreign Ministers of France, Germny and Monaco condemned Russia's strikes on Ukrainian cities in a joint statement on 10 January 2024.

"We condemn Russia's strikes on Ukrainian cities in the strongest terms," the ministers said.`;

function renderAuthor() {
  const utils = render(<AuthorApp world={tinyWorld} countries={fixtureCountries} today="2030-01-01" />);
  const status = (iso: string) => utils.container.querySelector(`svg [data-iso="${iso}"]`)?.getAttribute("data-status");
  const paste = (text: string) => fireEvent.change(screen.getByRole("textbox", { name: "Article" }), { target: { value: text } });
  const file = () => JSON.parse((screen.getByRole("textbox", { name: /^The file / }) as HTMLTextAreaElement).value) as Record<string, unknown>;
  const verdict = () => screen.getAllByRole("status").find((el) => el.classList.contains("author-verdict"))?.textContent ?? "";
  return { ...utils, status, paste, file, verdict };
}

// Each test drafts an article and renders the map, the panel and the editor: a few seconds on a busy machine.
describe("AuthorApp", { timeout: 30_000 }, () => {
  it("shows no map until there is an article, then the draft on the page's own map and panel", () => {
    const { container, status, paste } = renderAuthor();
    expect(container.querySelector("svg.map-svg")).toBeNull();
    paste(ARTICLE);
    expect(status("FR")).toBe("signatory");
    expect(status("MC")).toBe("signatory");
    expect(status("RU")).toBe("subject");
    expect(status("DE")).toBe("other");
    expect(screen.getByRole("heading", { level: 1, name: "Ministers condemn Russian strikes" })).toBeTruthy();
    expect(screen.getByRole("complementary")).toBeTruthy();
  });

  it("drafts a typed change once typing pauses, a paste at once, and what was typed when the box is left", () => {
    vi.useFakeTimers();
    try {
      const { status, paste } = renderAuthor();
      paste(ARTICLE);
      expect(status("FR")).toBe("signatory");
      const box = screen.getByRole("textbox", { name: "Article" }) as HTMLTextAreaElement;
      const withoutFrance = ARTICLE.replace("France, ", "");
      fireEvent.input(box, { target: { value: withoutFrance }, inputType: "deleteContentBackward" });
      // The box shows the keystroke at once; the draft waits for a pause.
      expect(box.value).toBe(withoutFrance);
      expect(status("FR")).toBe("signatory");
      act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS - 1));
      expect(status("FR")).toBe("signatory");
      act(() => void vi.advanceTimersByTime(1));
      expect(status("FR")).toBe("other");
      // Typed back, then the box is left before the pause: drafted on leaving.
      fireEvent.input(box, { target: { value: ARTICLE }, inputType: "insertText" });
      expect(status("FR")).toBe("other");
      fireEvent.blur(box);
      expect(status("FR")).toBe("signatory");
      // A paste replaces the article at once, whatever was typed before it.
      fireEvent.input(box, { target: { value: withoutFrance }, inputType: "insertText" });
      fireEvent.input(box, { target: { value: ARTICLE.replace("Monaco", "Austria") }, inputType: "insertFromPaste" });
      expect(status("MC")).toBe("other");
      expect(status("FR")).toBe("signatory");
    } finally {
      vi.useRealTimers();
    }
  });

  it("says what the draft lacks, field and value, and offers the text's date", () => {
    const { paste, verdict } = renderAuthor();
    paste(ARTICLE);
    expect(verdict()).toBe("ministers-condemn-russian-strikes.json has 2 problems: statement check refuses it until they are fixed.");
    const problems = within(screen.getByRole("list", { name: "Problems in the file" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(problems).toEqual([
      "ministers-condemn-russian-strikes.json: ministers-condemn-russian-strikes: date is empty",
      'ministers-condemn-russian-strikes.json: ministers-condemn-russian-strikes: signatories[1] "Germny" is unknown: no country or organisation is called "Germny"; closest: Germany (DE)',
    ]);
    const date = screen.getByLabelText("Date") as HTMLInputElement;
    expect(date.getAttribute("aria-invalid")).toBe("true");
    // The preview says its date is a stand-in, until the editor gives one.
    expect(screen.getByRole("note").textContent).toBe("No date yet: the preview shows 1 January 2030 in its place.");
    fireEvent.click(screen.getByRole("button", { name: "10 January 2024" }));
    expect(date.value).toBe("2024-01-10");
    expect(date.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByRole("note")).toBeNull();
    // Where the draft found what it filled.
    expect(screen.getByText(/from the dateline "PARIS \(AFP\) -"/)).toBeTruthy();
  });

  it("fixes a name with the resolver's suggestion, and the map and the file follow", () => {
    const { paste, status, file, verdict } = renderAuthor();
    paste(ARTICLE);
    const question = screen.getByRole("group", { name: /“Germny”/ });
    expect(within(question).getByText(/closest: Germany \(DE\)/)).toBeTruthy();
    fireEvent.click(within(question).getByRole("button", { name: "Germany (DE)" }));
    expect(status("DE")).toBe("signatory");
    expect(screen.queryByRole("group", { name: /“Germny”/ })).toBeNull();
    expect(file().signatories).toEqual(["France", "Germany", "Monaco"]);
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: "2024-01-10" } });
    // The id follows the title and the date until the editor types one.
    expect(verdict()).toBe("ministers-condemn-russian-strikes-2024.json is valid: statement check passes it.");
  });

  it("takes another spelling typed for a name, or leaves it out", () => {
    const { paste, file } = renderAuthor();
    paste(ARTICLE);
    const question = screen.getByRole("group", { name: /“Germny”/ });
    fireEvent.change(within(question).getByLabelText("Or write it as"), { target: { value: "Deutschland" } });
    fireEvent.click(within(question).getByRole("button", { name: "Use" }));
    // "Deutschland" is no name the resolver knows: the question stays, now about it.
    expect(screen.getByRole("group", { name: /“Deutschland”/ })).toBeTruthy();
    fireEvent.click(within(screen.getByRole("group", { name: /“Deutschland”/ })).getByRole("button", { name: "Leave it out" }));
    expect(file().signatories).toEqual(["France", "Monaco"]);
  });

  it("moves a country chosen on the map between signatory, subject and neither", () => {
    const { container, paste, status, file } = renderAuthor();
    paste(ARTICLE);
    fireEvent.click(container.querySelector('svg path[data-iso="RU"]')!);
    const russia = screen.getByRole("group", { name: "Russia in the statement file" });
    expect(within(russia).getByRole("button", { name: "Subject" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(within(russia).getByRole("button", { name: "Neither" }));
    expect(status("RU")).toBe("other");
    expect(file().subjects).toEqual([]);
    fireEvent.click(within(russia).getByRole("button", { name: "Signatory" }));
    expect(status("RU")).toBe("signatory");
    expect(file().signatories).toEqual(["France", "Germny", "Monaco", "Russia"]);
  });

  it("moves an entry with its menu in the list, and adds a name typed", () => {
    const { paste, status, file } = renderAuthor();
    paste(ARTICLE);
    fireEvent.change(screen.getByRole("combobox", { name: "Monaco: in the file as" }), { target: { value: "subject" } });
    expect(status("MC")).toBe("subject");
    fireEvent.change(screen.getByLabelText("Add a name"), { target: { value: "the Council of Europe" } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(file().signatories).toEqual(["France", "Germny", "the Council of Europe"]);
    // An entry moved keeps its place in the text's order.
    expect(file().subjects).toEqual(["Monaco", "Russia"]);
  });

  it("drops a claim and keeps it again; an edited quote that leaves the text is flagged on the claim", () => {
    const { paste, file } = renderAuthor();
    paste(ARTICLE);
    const claims = () => (file().claims as { claim: string }[]).map((claim) => claim.claim);
    const [first, second] = claims();
    fireEvent.click(within(screen.getByRole("group", { name: `Claim: ${first}` })).getByRole("button", { name: "Drop" }));
    expect(claims()).toEqual([second]);
    expect(screen.queryByText(first!, { selector: ".panel .claim-words" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: `Keep: ${first}` }));
    expect(claims()).toEqual([first, second]);

    const group = screen.getByRole("group", { name: `Claim: ${second}` });
    fireEvent.change(within(group).getByLabelText("Quote"), { target: { value: "We condemn nothing" } });
    expect(within(group).getByRole("alert").textContent).toContain('claims[1].quote "We condemn nothing" is not in the text');
    expect(within(group).getByLabelText("Quote").getAttribute("aria-invalid")).toBe("true");
  });

  it("says why there is no draft for blank or overlong text, and when the text names no one", () => {
    const { container, paste } = renderAuthor();
    const article = screen.getByRole("textbox", { name: "Article" });
    const notice = () =>
      screen.getAllByRole("status").find((el) => el.id !== "" && article.getAttribute("aria-describedby")?.split(" ").includes(el.id))?.textContent ?? "";
    paste(" \n ");
    expect(notice()).toMatch(/^The article is blank/);
    expect(container.querySelector("svg.map-svg")).toBeNull();

    paste("x".repeat(200_001));
    expect(notice()).toMatch(/^The article is 200,001 characters long: too long to draft here/);
    expect(container.querySelector("svg.map-svg")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Download / })).toBeNull();

    paste("The weather was fine and everyone went to the beach.");
    expect(notice()).toMatch(/^No signatories or subjects found/);
    // The preview's list is empty, not a failed search.
    expect(screen.queryByText(/No signatory matches/)).toBeNull();
    // Issue #27: with no names at all, none is said to resolve.
    expect(screen.getByText("No names yet.")).toBeTruthy();
    expect(screen.queryByText(/Every name resolves/)).toBeNull();
    // The draft is still there to finish by hand: a name added clears the notice.
    fireEvent.change(screen.getByLabelText("Add a name"), { target: { value: "France" } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(notice()).toBe("");

    paste(ARTICLE);
    expect(notice()).toBe("");
  });

  it("keeps the editor's changes when the article changes, until asked to draft again", () => {
    const { paste, file } = renderAuthor();
    paste(ARTICLE);
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Three ministers condemn strikes" } });
    paste(ARTICLE.replace("Monaco", "Malta"));
    expect(file().title).toBe("Three ministers condemn strikes");
    fireEvent.click(screen.getByRole("button", { name: "Draft again" }));
    expect(file().title).toBe("Ministers condemn Russian strikes");
    expect(file().signatories).toEqual(["France", "Germny", "Malta"]);
    expect(screen.queryByRole("button", { name: "Draft again" })).toBeNull();
  });
});

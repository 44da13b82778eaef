// What the authoring page says about a pasted article it cannot draft usefully, through the
// reducer the page runs, so each message is the one an editor would read.
import { describe, expect, it } from "vitest";
import { ARTICLE_CHARACTER_LIMIT, articleNotice } from "../../../src/author/articleNotice";
import { authorReducer, initialAuthorState, type AuthorAction } from "../../../src/author/authorState";

const run = (...actions: AuthorAction[]) => actions.reduce(authorReducer, initialAuthorState);
const noticeAfter = (...actions: AuthorAction[]) => {
  const state = run(...actions);
  return articleNotice(state.article, state.statement);
};

describe("articleNotice", () => {
  it("says nothing before anything is pasted, nor for an article with names", () => {
    expect(articleNotice("", null)).toBeNull();
    expect(noticeAfter({ type: "article", text: "The Foreign Ministers of France and Monaco condemned Russia's strikes." })).toBeNull();
  });

  it("calls blank text blank, and drafts nothing from it", () => {
    const state = run({ type: "article", text: " \n\u00a0\t\n" });
    expect(state.statement).toBeNull();
    expect(articleNotice(state.article, state.statement)).toMatch(/^The article is blank: there is nothing to draft from\./);
  });

  it("refuses an article too long to draft, saying how long it is and what to paste instead", () => {
    const huge = "The Foreign Ministers of France and Monaco agree. ".repeat(Math.ceil((ARTICLE_CHARACTER_LIMIT + 1) / 50));
    const started = performance.now();
    const state = run({ type: "article", text: huge });
    // Refused before any drafting: no time spent reading megabytes.
    expect(performance.now() - started).toBeLessThan(200);
    expect(state.statement).toBeNull();
    expect(articleNotice(state.article, state.statement)).toBe(
      `The article is ${huge.length.toLocaleString("en")} characters long: too long to draft here, where the limit is 200,000 (far longer than a joint statement). Paste only the statement or the report, not a whole page or several articles.`,
    );
    // One character under the limit is drafted.
    expect(run({ type: "article", text: huge.slice(0, ARTICLE_CHARACTER_LIMIT) }).statement).not.toBeNull();
  }, 60_000);

  it("says so when the text names no one who could sign, until the editor adds a name", () => {
    const article = "The weather was fine today and everyone went to the beach.";
    expect(noticeAfter({ type: "article", text: article })).toMatch(
      /^No signatories or subjects found: the draft recognised no name of a country or organisation in the text\./,
    );
    expect(noticeAfter({ type: "article", text: article }, { type: "add-party", written: "France", role: "signatory" })).toBeNull();
  });
});

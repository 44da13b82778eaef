import { describe, expect, it } from "vitest";
import { hasOwnPage, linkOf, newestFirst, readStatementIndex, summariseStatement } from "../../../src/page/statementIndex";
import { shortStatement } from "../../fixtures/statement";

describe("summariseStatement", () => {
  it("counts countries that signed (later ones too), those that joined, organisations, subjects and claims, and names the page and card", () => {
    expect(summariseStatement(shortStatement)).toEqual({
      id: "short-statement",
      title: "Three nations condemn something",
      date: "2024-01-10",
      lang: "en",
      source: "Test Wire",
      signatories: 4,
      joined: 1,
      organisations: 1,
      subjects: 1,
      claims: 2,
      page: "s/short-statement/",
      card: "s/short-statement/card.png",
    });
  });
});

describe("newestFirst", () => {
  it("sorts by date, newest first, and by ID on the same day, whatever the order given", () => {
    const items = [
      { id: "b", date: "2023-05-01" },
      { id: "c", date: "2024-01-10" },
      { id: "a", date: "2023-05-01" },
    ];
    expect(newestFirst(items).map((item) => item.id)).toEqual(["c", "a", "b"]);
    expect(newestFirst([...items].reverse()).map((item) => item.id)).toEqual(["c", "a", "b"]);
  });
});

describe("readStatementIndex", () => {
  it("reads a list of entries with an id, a title and a date", () => {
    const entry = summariseStatement(shortStatement);
    expect(readStatementIndex([entry])).toEqual([entry]);
    expect(readStatementIndex([])).toEqual([]);
  });

  it("is null for anything else", () => {
    for (const junk of [null, {}, "[]", [null], [{ id: "x", title: "t" }], [{ id: 1, title: "t", date: "2024-01-01" }]])
      expect(readStatementIndex(junk)).toBeNull();
  });
});

describe("hasOwnPage", () => {
  it("is true for a statement the page lists, false for others", () => {
    const site = { root: "../../", recent: [linkOf(summariseStatement(shortStatement))], total: 1 };
    expect(hasOwnPage(site, "short-statement")).toBe(true);
    expect(hasOwnPage(site, "dropped-after-build")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { catalogues } from "../fixtures/catalogues";
import { OTHER_STATEMENTS_SHOWN, OtherStatements } from "../../src/page/OtherStatements";
import { PAGE_DATA_ID, pageDataJson, readPageData } from "../../src/page/pageData";
import type { SiteNav, StatementLink } from "../../src/page/statementIndex";
import { shortStatement } from "../fixtures/statement";
import { formattedKey } from "../../src/i18n/format";

/** n statements, newest first: s-0 on 2024-12-31, s-1 a day before, … */
const links = (n: number): StatementLink[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `s-${i}`,
    title: `Statement ${i}`,
    date: new Date(Date.UTC(2024, 11, 31 - i)).toISOString().slice(0, 10),
    lang: "en",
  }));
const en = catalogues.en!;
const de = catalogues.de!;
const link = { statement: "s-1", ownPage: true, root: "../../", country: "FR", lang: "en", theme: null };

describe("OtherStatements", () => {
  it("links the other statements' pages, newest first, leaving out the page's own, in the page's language and theme", () => {
    const site: SiteNav = { root: "../../", recent: links(4), total: 4 };
    render(<OtherStatements site={site} link={{ ...link, lang: "de", theme: "dark" }} messages={de} />);
    const nav = screen.getByRole("navigation", { name: de.otherStatements });
    const anchors = within(nav).getAllByRole("link", { hidden: true });
    expect(anchors.map((a) => a.textContent)).toEqual(["Statement 0", "Statement 2", "Statement 3"]);
    expect(anchors[0]!.getAttribute("href")).toBe("../../s/s-0/?lang=de&theme=dark");
    expect(within(nav).getByText("31. Dezember 2024")).toBeTruthy();
    expect(within(nav).queryByRole("button", { hidden: true })).toBeNull();
  });

  it("shows nothing when there is no other statement", () => {
    const { container } = render(<OtherStatements site={{ root: "./", recent: links(1), total: 1 }} link={{ ...link, statement: "s-0" }} messages={en} />);
    expect(container.innerHTML).toBe("");
  });

  it("lists the newest few, and all of them from the index when asked; says so when the index cannot be had", async () => {
    const user = userEvent.setup();
    const recent = links(OTHER_STATEMENTS_SHOWN + 1);
    const asked: string[] = [];
    let fail = true;
    const loadIndex = async (url: string) => {
      asked.push(url);
      if (fail) throw new Error("offline");
      // Any order: the page sorts.
      return links(40).reverse();
    };
    render(<OtherStatements site={{ root: "../../", recent, total: 40 }} link={link} messages={en} loadIndex={loadIndex} />);
    const nav = screen.getByRole("navigation", { name: en.otherStatements });
    await user.click(within(nav).getByText(en.otherStatements));
    expect(within(nav).getAllByRole("link")).toHaveLength(OTHER_STATEMENTS_SHOWN);
    await user.click(within(nav).getByRole("button", { name: en.allStatements(40) }));
    expect(await within(nav).findByText(en.statementsUnavailable)).toBeTruthy();
    fail = false;
    await user.click(within(nav).getByRole("button", { name: en.allStatements(40) }));
    await expect.poll(() => within(nav).getAllByRole("link").length).toBe(39);
    expect(within(nav).getAllByRole("link")[0]!.textContent).toBe("Statement 0");
    expect(within(nav).getAllByRole("link").at(-1)!.textContent).toBe("Statement 39");
    expect(asked).toEqual(["../../statements/index.json", "../../statements/index.json"]);
    expect(within(nav).queryByRole("button")).toBeNull();
  });
});

describe("readPageData", () => {
  const data = {
    prepared: { statement: { ...shortStatement, title: "</script><script>alert(1)</script>" }, warnings: [], orgs: {} },
    site: { root: "../../", recent: [], total: 0 },
  };

  it("reads back what the build writes, even text that would close its <script>", () => {
    document.body.innerHTML = `<script type="application/json" id="${PAGE_DATA_ID}">${pageDataJson(data)}</script>`;
    expect(document.scripts).toHaveLength(1);
    expect(readPageData(document)).toEqual(data);
  });

  it("keeps the build's formatted dates and lists, and drops them when they are not text", () => {
    const formatted = { [formattedKey("date|en|2024-01-10")]: "10 January 2024" };
    document.body.innerHTML = `<script type="application/json" id="${PAGE_DATA_ID}">${pageDataJson({ ...data, formatted })}</script>`;
    expect(readPageData(document)?.formatted).toEqual(formatted);
    document.body.innerHTML = `<script type="application/json" id="${PAGE_DATA_ID}">${pageDataJson({ ...data, formatted: { [formattedKey("date|en|2024-01-10")]: 10 as unknown as string } })}</script>`;
    expect(readPageData(document)).toEqual({ ...data, formatted: undefined });
  });

  it("is null without the block, or with one that is not the page's data", () => {
    document.body.innerHTML = "";
    expect(readPageData(document)).toBeNull();
    for (const junk of ["{", "[]", '{"prepared":{}}', JSON.stringify({ ...data, site: { root: 1 } })]) {
      document.body.innerHTML = `<script type="application/json" id="${PAGE_DATA_ID}">${junk}</script>`;
      expect(readPageData(document), junk).toBeNull();
    }
  });
});

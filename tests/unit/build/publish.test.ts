import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, recentFor, type PublishReport } from "../../../src/build/publish";
import { OTHER_STATEMENTS_SHOWN } from "../../../src/page/OtherStatements";
import { PAGE_DATA_ID, type PageData } from "../../../src/page/pageData";
import { summariseStatement, type StatementSummary } from "../../../src/page/statementIndex";
import { DEFAULT_STATEMENT_ID } from "../../../src/statement/statementId";
import { shortStatement } from "../../fixtures/statement";

/** index.html as `vite build` leaves it: relative assets, a generic title, an empty root. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="generic" />
    <title>Signatory Map</title>
    <script type="module" crossorigin src="./assets/index-x.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-y.css">
    <script src="./assets/boot-z.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
const OTHER = "global-methane-pledge-2021";

/** A fresh dist/ with the template and two bundled statements (the default and one more). */
function makeDist(statements = [DEFAULT_STATEMENT_ID, OTHER]): string {
  const dist = mkdtempSync(join(tmpdir(), "publish-"));
  mkdirSync(join(dist, "statements"));
  writeFileSync(join(dist, "index.html"), TEMPLATE);
  for (const id of statements) copyFileSync(join("public", "statements", `${id}.json`), join(dist, "statements", `${id}.json`));
  return dist;
}
const dataOf = (html: string) => JSON.parse(new RegExp(`id="${PAGE_DATA_ID}">(.*?)</script>`, "s").exec(html)![1]!) as PageData;

describe("publish", () => {
  let dist: string;
  let report: PublishReport;
  beforeAll(() => {
    dist = makeDist();
    report = publish(dist, { siteUrl: "https://maps.example.org/", cards: false });
  }, 60_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("writes the root page and a page for each statement", () => {
    expect(report.pages.map((page) => page.path.slice(dist.length + 1)).sort()).toEqual(
      [`s/${DEFAULT_STATEMENT_ID}/index.html`, `s/${OTHER}/index.html`, "index.html"].sort(),
    );
  });

  it("gives a statement's page its statement, once, with its place in the site, and the template's files from two folders up", () => {
    const html = readFileSync(join(dist, "s", OTHER, "index.html"), "utf8");
    const data = dataOf(html);
    expect(data.prepared.statement.id).toBe(OTHER);
    expect(data.prepared.orgs.EU?.names.de).toBe("Europäische Union");
    expect(data.site).toEqual({ root: "../../", recent: expect.arrayContaining([expect.objectContaining({ id: OTHER })]), total: 2 });
    expect(html).toContain('src="../../assets/index-x.js"');
    expect(html).toContain('href="../../assets/index-y.css"');
    expect(html).toContain('src="../../assets/boot-z.js"');
    expect(html).not.toContain('"./assets/');
    expect(html).toContain('<link rel="canonical" href="https://maps.example.org/s/global-methane-pledge-2021/" />');
    expect(html).not.toContain("generic");
    // The other statement, linked from the page's markup (its menu), relative to the page.
    expect(html).toContain(`href="../../s/${DEFAULT_STATEMENT_ID}/?lang=en"`);
  });

  it("gives the root page the default statement, with its files where they are", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(dataOf(html).prepared.statement.id).toBe(DEFAULT_STATEMENT_ID);
    expect(dataOf(html).site.root).toBe("./");
    expect(html).toContain('src="./assets/index-x.js"');
    expect(html).toContain(`href="./s/${OTHER}/?lang=en"`);
  });

  it("writes each statement's oEmbed response and links it from the statement's page and the root page for discovery", () => {
    expect(report.oembeds.map((path) => path.slice(dist.length + 1)).sort()).toEqual(
      [`s/${DEFAULT_STATEMENT_ID}/oembed.json`, `s/${OTHER}/oembed.json`].sort(),
    );
    const response = JSON.parse(readFileSync(join(dist, "s", OTHER, "oembed.json"), "utf8")) as { type: string; html: string };
    expect(response.type).toBe("rich");
    expect(response.html).toContain(`src="https://maps.example.org/s/${OTHER}/?embed=1&amp;lang=en"`);
    const discovery = `<link rel="alternate" type="application/json+oembed" href="https://maps.example.org/s/${OTHER}/oembed.json"`;
    expect(readFileSync(join(dist, "s", OTHER, "index.html"), "utf8")).toContain(discovery);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain(`href="https://maps.example.org/s/${DEFAULT_STATEMENT_ID}/oembed.json"`);
  });

  it("gives the pages' share card the map's description as its text alternative", () => {
    const html = readFileSync(join(dist, "s", OTHER, "index.html"), "utf8");
    expect(html).toContain('<meta property="og:image:alt" content="8 countries and the EU signed on 17 September 2021: ');
  });

  it("writes statements/index.json, newest first", () => {
    const index = JSON.parse(readFileSync(join(dist, "statements", "index.json"), "utf8")) as StatementSummary[];
    expect(index.map((entry) => entry.id)).toEqual([DEFAULT_STATEMENT_ID, OTHER]);
    expect(index[1]).toMatchObject({ date: "2021-09-17", joined: 24, organisations: 1 });
  });

  it("refuses to prerender a page twice", () => {
    expect(() => publish(dist, { siteUrl: null, cards: false })).toThrow(/already prerendered/);
  });
});

describe("publish without the site's address (SITE_URL)", () => {
  it("still writes every page, and no oEmbed response or discovery link, which would need absolute URLs", () => {
    const dist = makeDist();
    try {
      const report = publish(dist, { siteUrl: null, cards: false });
      expect(report.pages).toHaveLength(3);
      expect(report.oembeds).toEqual([]);
      expect(existsSync(join(dist, "s", OTHER, "oembed.json"))).toBe(false);
      expect(readFileSync(join(dist, "s", OTHER, "index.html"), "utf8")).not.toContain("oembed");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("publish refuses", () => {
  it("a statement that does not validate, naming the file, the field and the value", () => {
    const dist = makeDist();
    try {
      const broken = JSON.parse(readFileSync(join(dist, "statements", `${OTHER}.json`), "utf8")) as { signatories: string[] };
      broken.signatories[0] = "Atlantis";
      writeFileSync(join(dist, "statements", `${OTHER}.json`), JSON.stringify(broken));
      expect(() => publish(dist, { siteUrl: null, cards: false })).toThrow(/global-methane-pledge-2021\.json.*signatories\[0\].*Atlantis/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("a site without its default statement", () => {
    const dist = makeDist([OTHER]);
    try {
      expect(() => publish(dist, { siteUrl: null, cards: false })).toThrow(`${DEFAULT_STATEMENT_ID}.json: missing`);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("recentFor", () => {
  const summaries = Array.from({ length: 30 }, (_, i): StatementSummary => ({
    ...summariseStatement(shortStatement),
    id: `s-${String(i).padStart(2, "0")}`,
    date: `2024-01-${String(30 - i).padStart(2, "0")}`,
  }));

  it("gives the newest, one more than the page shows, as links", () => {
    const recent = recentFor(summaries, summaries[0]!);
    expect(recent.map((entry) => entry.id)).toEqual(summaries.slice(0, OTHER_STATEMENTS_SHOWN + 1).map((entry) => entry.id));
    expect(Object.keys(recent[0]!).sort()).toEqual(["date", "id", "lang", "title"]);
  });

  it("adds the page's own statement, in its place, when it is older", () => {
    const recent = recentFor(summaries, summaries[20]!);
    expect(recent).toHaveLength(OTHER_STATEMENTS_SHOWN + 2);
    expect(recent.at(-1)!.id).toBe("s-20");
  });
});

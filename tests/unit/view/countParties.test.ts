import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/bundledData";
import type { Language } from "../../../src/i18n/languages";
import { nameResolver } from "../../../src/countries/resolveCountry";
import { parseStatement } from "../../../src/statement/parseStatement";
import { catalogues } from "../../fixtures/catalogues";
import type { Party, Statement } from "../../../src/statement/types";
import { countParties } from "../../../src/view/countParties";
import { makeLocale } from "../../../src/view/locale";
import { deriveStatementView } from "../../../src/view/statementView";
import { shortStatement } from "../../fixtures/statement";

const country = (iso2: string): Party => ({ kind: "country", written: iso2, iso2 });

/** The Pacific Islands Forum's leaders in 2023, two of them territories of France: the bundled statement's parties, shortened. */
const pacific: Statement = {
  ...shortStatement,
  signatories: ["AU", "CK", "FJ", "NC", "NZ", "PF"].map(country),
  subjects: [],
  additions: [],
  statedCount: undefined,
};
/** WTO members, Hong Kong, China among them, as the source counts them. */
const wto: Statement = {
  ...shortStatement,
  signatories: ["AU", "HK", "NO", "TW"].map(country),
  subjects: [],
  additions: [],
  statedCount: 4,
  countedAs: "members",
};

const viewOf = (statement: Statement, lang = "en") =>
  deriveStatementView({ statement, warnings: [], orgs: {} }, makeLocale(lang as Language, catalogues[lang]!, countries));

describe("countParties: what a statement's counts count (issue #27)", () => {
  it("counts a territory that signed in its own right apart from the countries; a state in free association is a country", () => {
    expect(countParties(pacific, pacific.signatories)).toEqual({ kind: "countries", countries: 4, territories: 2 });
  });

  it("counts members, territories among them, where the source counts members", () => {
    expect(countParties(wto, wto.signatories)).toEqual({ kind: "members", members: 4 });
  });

  it("counts no organisation", () => {
    expect(countParties(shortStatement, shortStatement.signatories)).toEqual({ kind: "countries", countries: 3, territories: 0 });
  });
});

describe("a statement signed by territories in their own right (the Pacific Islands Forum)", () => {
  const view = viewOf(pacific);

  it("says how many countries and how many territories signed, in the context line, the legend and the map's summary", () => {
    expect(view.context).toBe("4 countries and 2 territories signed on 10 January 2024");
    expect(view.legend[0]).toEqual({ category: "signatory", text: "4 countries and 2 territories signed" });
    // The map's description (the words of map.png's alt text, #25) counts them the same way.
    expect(view.mapSummary).toMatch(/^4 countries and 2 territories signed on 10 January 2024: /);
  });

  it("says in a territory's tooltip and list entry that it signed in its own right, and whose territory it is", () => {
    expect(view.statusOf("NC").status).toBe("Signed in its own right, as a territory of France");
    const entries = view.signatoryGroups.flatMap((group) => group.entries);
    expect(entries.find((entry) => entry.iso === "PF")?.ownRight).toBe("a territory of France, in its own right");
    expect(entries.find((entry) => entry.iso === "CK")?.ownRight).toBeUndefined();
    expect(view.statusOf("FJ").status).toBe("Signed");
  });

  it("words the legend's note on territories so that it does not contradict one shown as itself", () => {
    // Australia's signature covers its own territories (Norfolk Island, ...); New Caledonia stands for itself.
    expect(view.legendNote).toBe("Territories that did not sign in their own right are shown with the state that conducts their foreign affairs.");
    expect(viewOf({ ...pacific, signatories: ["AU", "FJ"].map(country) }).legendNote).toBe(
      "Territories are shown with the state that conducts their foreign affairs.",
    );
  });

  it("counts later signatories the same way, in the legend and the context line", () => {
    const later = (iso2: string) => ({ ...country(iso2), date: "2024-02-01", source: { name: "Later Wire" } }) as Statement["additions"][number];
    const joined = viewOf({ ...pacific, additions: ["WF", "TO", "SB", "VU"].map(later) });
    expect(joined.legend[1]?.text).toBe("3 countries and 1 territory joined on 1 February 2024");
    expect(joined.context).toBe("4 countries and 2 territories signed on 10 January 2024; 3 countries and 1 territory joined on 1 February 2024");
    expect(viewOf({ ...pacific, additions: ["TO"].map(later) }).legend[1]?.text).toBe("1 joined on 1 February 2024");
    expect(viewOf({ ...wto, additions: ["TO", "MO"].map(later) }, "de").legend[1]?.text).toBe("2 Mitglieder am 1. Februar 2024 beigetreten");
  });

  it("compares a stated count with the list, naming the territories", () => {
    expect(viewOf({ ...pacific, statedCount: 6 }).versionStory).toEqual([
      "The source states 6 countries; the map shows all 6 (4 countries and 2 territories).",
    ]);
  });

  it.each([
    ["de", "4 Staaten und 2 Gebiete haben unterzeichnet", "Unterzeichnet, im eigenen Namen, als Gebiet von Frankreich"],
    ["fr", "4 pays et 2 territoires ont signé", "A signé en son nom propre, comme territoire relevant de France"],
    ["uk", "4 країни і 2 території підписали", "Підписано від власного імені як територія держави Франція"],
    ["ko", "4개국 및 속령 2곳 서명", "서명(프랑스의 속령, 자체 자격)"],
  ])("says the same in %s", (lang, legend, status) => {
    const translated = viewOf(pacific, lang);
    expect(translated.legend[0]?.text).toBe(legend);
    expect(translated.statusOf("NC").status).toBe(status);
  });
});

describe("a statement whose source counts members (the WTO)", () => {
  const view = viewOf(wto);

  it("counts members in the context line, the legend and the stated count's comparison", () => {
    expect(view.context).toBe("4 members signed on 10 January 2024");
    expect(view.legend[0]?.text).toBe("4 members signed");
    expect(view.versionStory).toEqual(["The source states 4 members; the map shows all 4."]);
    expect(viewOf({ ...wto, statedCount: 5 }).versionStory).toEqual(["The source states 5 members, but lists 4; the map shows the 4 listed."]);
  });

  it.each([
    ["de", "4 Mitglieder haben unterzeichnet", "Die Quelle nennt 4 Mitglieder; die Karte zeigt alle 4."],
    ["fr", "4 membres ont signé", "La source fait état de 4 membres\u202f; la carte les montre tous."],
    ["uk", "4 члени підписали", "Джерело повідомляє про 4 члени; на карті показано всі 4."],
    ["ko", "4개 회원 서명", "출처는 4개 회원이라고 밝혔으며, 지도에 4개 회원을 모두 표시했습니다."],
  ])("says the same in %s", (lang, legend, stated) => {
    const translated = viewOf(wto, lang);
    expect(translated.legend[0]?.text).toBe(legend);
    expect(translated.versionStory).toEqual([stated]);
  });
});

describe("the bundled statements' pages count what their sources count", () => {
  const bundled = (id: string) => {
    const raw = JSON.parse(readFileSync(new URL(`../../../public/statements/${id}.json`, import.meta.url), "utf8")) as unknown;
    const result = parseStatement(raw, `statements/${id}.json`, nameResolver, { expectedId: id });
    if (!result.ok) throw new Error(`${id} does not parse`);
    return result.statement;
  };

  it("the Pacific Islands Forum: 16 countries and 2 territories (New Caledonia, French Polynesia)", () => {
    expect(viewOf(bundled("pacific-islands-forum-retreat-2023")).context).toBe("16 countries and 2 territories signed on 24 February 2023");
  });

  it("the WTO: 44 members, Hong Kong, China among them, as the source states", () => {
    const view = viewOf(bundled("wto-mc11-ministers-support-2017"));
    expect(view.context).toBe("44 members signed on 11 December 2017");
    expect(view.versionStory[0]).toBe("The source states 44 members; the map shows all 44.");
    expect(view.statusOf("HK").status).toBe("Signed in its own right, as a territory of China");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/bundledData";
import defaultStatementJson from "../../../src/generated/defaultStatement.json";
import type { PreparedStatement } from "../../../src/view/preparedStatement";
import { resolveCountry } from "../../../src/countries/resolveCountry";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/messages";
import { makeLocale, type Locale } from "../../../src/view/locale";
import { makeSearchIndex, searchCountries, type SearchResult } from "../../../src/view/searchCountries";
import { deriveStatementView } from "../../../src/view/statementView";

/** The seed statement's page in a language, and its search index over every country. */
function seedPage(locale: Locale) {
  const view = deriveStatementView(defaultStatementJson as unknown as PreparedStatement, locale);
  const index = makeSearchIndex({
    groups: view.signatoryGroups,
    organisations: view.organisations,
    isos: locale.isos,
    nameOf: locale.nameOf,
    englishNameOf: locale.englishNameOf,
  });
  return { view, index };
}

const english = seedPage(makeLocale("en", en, countries));
const german = seedPage(makeLocale("de", de, countries));
const entries = (result: SearchResult) => result.groups.flatMap((group) => group.entries.map((entry) => entry.iso));
const search = (query: string, page = english) => searchCountries(page.index, query, resolveCountry);

describe("searchCountries knows every name the resolver knows", () => {
  it("finds signatories by code and short form: usa, holland, czechia, and chooses that one for Enter", () => {
    for (const [query, iso] of [
      ["usa", "US"],
      ["USA", "US"],
      ["holland", "NL"],
      ["czechia", "CZ"],
      ["deu", "DE"],
    ] as const) {
      const found = search(query);
      expect(entries(found)[0], query).toBe(iso);
      expect(found.chosen, query).toEqual({ kind: "country", iso });
    }
  });

  it("lists the United Kingdom, which 'uk' names, before Ukraine, which only contains it", () => {
    const found = search("uk");
    expect(entries(found)).toEqual(["GB", "UA"]);
    expect(found.groups[0]!.region).toBe("Europe");
    expect(found.chosen).toEqual({ kind: "country", iso: "GB" });
  });

  it("finds the EU's entry by 'eu', above the countries", () => {
    const found = search("eu");
    expect(found.organisations.map((org) => org.code)).toEqual(["EU"]);
    expect(found.chosen).toEqual({ kind: "org", code: "EU" });
  });

  it("folds as the resolver does: curly apostrophes, accents, case and a leading 'the'", () => {
    expect(search("cote d'ivoire").others).toEqual(["CI"]);
    expect(search("CÔTE D’IVOIRE").others).toEqual(["CI"]);
    expect(entries(search("the netherlands"))).toEqual(["NL"]);
    expect(entries(search("the czech"))).toEqual(["CZ"]);
  });

  it("answers a country that did not sign, a subject and a territory with how it stands, in words", () => {
    const hungary = search("hungary");
    expect(entries(hungary)).toEqual([]);
    expect(hungary.others).toEqual(["HU"]);
    expect(hungary.chosen).toEqual({ kind: "country", iso: "HU" });
    expect(english.view.standingOf("HU")).toBe(
      "Hungary did not sign. It is a member of the EU, which signed as “the High Representative of the European Union”.",
    );
    expect(search("russia").others).toEqual(["RU"]);
    expect(english.view.standingOf("RU")).toMatch(/^Russia is a subject of the statement/);
    expect(search("Türkiye").others).toEqual(["TR"]);
    expect(search("turkey").others).toEqual(["TR"]);
    // Greenland is covered by Denmark's signature: the answer says so, and Denmark's entry, which names it, is listed.
    const greenland = search("greenland");
    expect(greenland.others).toEqual(["GL"]);
    expect(entries(greenland)).toEqual(["DK"]);
    expect(greenland.chosen).toEqual({ kind: "country", iso: "GL" });
    expect(english.view.standingOf("GL")).toBe("Greenland: Part of the Kingdom of Denmark, which signed.");
  });

  it("finds countries by their names in the page's language: Österreich, Ungarn", () => {
    expect(entries(search("Österreich", german))).toEqual(["AT"]);
    expect(entries(search("osterreich", german))).toEqual(["AT"]);
    expect(search("Ungarn", german).others).toEqual(["HU"]);
    expect(german.view.standingOf("HU")).toMatch(/^Ungarn: nicht unterzeichnet/);
    // English names still work on a German page.
    expect(entries(search("austria", german))).toEqual(["AT"]);
  });

  it("names both Koreas for 'korea', and chooses neither", () => {
    const found = search("korea");
    expect(entries(found)).toEqual(["KR"]);
    expect(found.others).toEqual(["KP"]);
    expect(found.chosen).toBeNull();
  });

  it("offers what the resolver suggests for a misspelling when nothing else is found", () => {
    expect(entries(search("Germny"))).toEqual(["DE"]);
    expect(search("Hungry").others).toEqual(["HU"]);
  });

  it("chooses the only match for Enter, and nothing when several match", () => {
    expect(search("tenst").chosen).toEqual({ kind: "country", iso: "LI" });
    expect(search("land").chosen).toBeNull();
  });
});

describe("searchCountries while the resolver's chunk is loading", () => {
  const loading = (query: string, page = english) => searchCountries(page.index, query);

  it("still finds substrings of the shown names, and whole names the page knows", () => {
    expect(entries(loading("germ"))).toEqual(["DE"]);
    expect(loading("hungary").others).toEqual(["HU"]);
    expect(loading("Ungarn", german).others).toEqual(["HU"]);
    expect(loading("eu").organisations.map((org) => org.code)).toEqual(["EU"]);
    // Codes the page knows, in any case.
    expect(entries(loading("de"))[0]).toBe("DE");
  });

  it("leaves the resolver's own names (aliases, alpha-3 codes) until it is here", () => {
    expect(entries(loading("holland"))).toEqual([]);
    expect(entries(search("holland"))).toEqual(["NL"]);
  });
});

describe("searchCountries, whatever is typed", () => {
  const all = entries(search(""));

  it("shows the whole list for an empty query", () => {
    expect(all).toHaveLength(50);
    expect(search("   ").organisations).toHaveLength(1);
  });

  it("never throws, lists only signatories, and never names a signatory among the others", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (query) => {
        const found = search(query);
        const listed = entries(found);
        expect(listed.every((iso) => all.includes(iso))).toBe(true);
        expect(found.others.some((iso) => listed.includes(iso))).toBe(false);
        expect(new Set(listed).size).toBe(listed.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("makeSearchIndex", () => {
  it("folds no name until a query needs them: an empty search lists the groups as they are", () => {
    const view = deriveStatementView(defaultStatementJson as unknown as PreparedStatement, makeLocale("en", en, countries));
    const asked: string[] = [];
    const nameOf = (iso: string) => (asked.push(iso), iso);
    const index = makeSearchIndex({ groups: view.signatoryGroups, organisations: view.organisations, isos: ["HU", "DE"], nameOf, englishNameOf: nameOf });
    expect(searchCountries(index, "  ").groups).toBe(view.signatoryGroups);
    expect(asked).toEqual([]);
    expect(searchCountries(index, "HU").others).toEqual(["HU"]);
    const folded = asked.length;
    expect(folded).toBeGreaterThan(0);
    searchCountries(index, "DE");
    expect(asked, "folded once, not per query").toHaveLength(folded);
  });
});

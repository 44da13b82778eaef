import { describe, expect, it } from "vitest";
import { foldForSearch, normaliseName } from "../../../src/countries/normaliseName";
import { nameVariants } from "../../../src/countries/nameVariants";

describe("normaliseName", () => {
  it("lower-cases, trims and collapses spaces", () => {
    expect(normaliseName("  United   Kingdom \t")).toBe("united kingdom");
  });

  it("removes the word 'the' wherever it stands, and only the word", () => {
    expect(normaliseName("the Netherlands")).toBe("netherlands");
    expect(normaliseName("The Gambia")).toBe("gambia");
    expect(normaliseName("Republic of the Marshall Islands")).toBe(normaliseName("Republic of Marshall Islands"));
    expect(normaliseName("Kingdom of THE Netherlands")).toBe("kingdom of netherlands");
    expect(normaliseName("Theodor Heuss Strasse")).toBe("theodor heuss strasse");
  });

  it("strips accents, including letters NFKD does not decompose", () => {
    expect(normaliseName("Türkiye")).toBe("turkiye");
    expect(normaliseName("São Tomé and Príncipe")).toBe("sao tome and principe");
    expect(normaliseName("Curaçao")).toBe("curacao");
    expect(normaliseName("Bouvetøya")).toBe("bouvetoya");
  });

  it("treats straight, curly and missing apostrophes alike", () => {
    const expected = normaliseName("Cote d'Ivoire");
    expect(normaliseName("Côte d’Ivoire")).toBe(expected);
    expect(normaliseName("Cote dIvoire")).toBe(expected);
    expect(normaliseName("Democratic People’s Republic of Korea")).toBe(normaliseName("Democratic Peoples Republic of Korea"));
  });

  it("matches hyphenated and spaced names", () => {
    expect(normaliseName("Guinea-Bissau")).toBe(normaliseName("Guinea Bissau"));
    expect(normaliseName("Timor–Leste")).toBe(normaliseName("Timor Leste"));
  });

  it("drops periods so that U.S. matches US", () => {
    expect(normaliseName("U.S.")).toBe("us");
    expect(normaliseName("U.S.A.")).toBe(normaliseName("USA"));
  });

  it("reads '&' as 'and' and 'St' before a word as 'Saint'", () => {
    expect(normaliseName("St. Kitts & Nevis")).toBe("saint kitts and nevis");
    expect(normaliseName("ST")).toBe("st");
  });

  it("turns commas and parentheses into spaces", () => {
    expect(normaliseName("Korea, Republic of")).toBe("korea republic of");
    expect(normaliseName("Cocos (Keeling) Islands")).toBe("cocos keeling islands");
  });
});

describe("nameVariants", () => {
  it("reads a UN title in parentheses in the usual order too", () => {
    expect(nameVariants("Iran (Islamic Republic of)")).toContain("islamic republic of iran");
    expect(nameVariants("Congo (Democratic Republic of the)")).toContain("democratic republic of congo");
  });

  it("reads an ISO title after a comma in the usual order too", () => {
    expect(nameVariants("Moldova, Republic of")).toContain("republic of moldova");
    expect(nameVariants("Virgin Islands, British")).toContain("british virgin islands");
  });

  it("keeps the bare name before a parenthetical only for titles, unless asked to always", () => {
    expect(nameVariants("Congo (Kinshasa)")).not.toContain("congo");
    expect(nameVariants("Holy See (Vatican City State)", "always")).toContain("holy see");
  });

  it("gives nothing for a blank name", () => {
    expect(nameVariants("   ")).toEqual([]);
  });
});

describe("foldForSearch", () => {
  it("finds a name typed without its accents, with a straight apostrophe, in any case", () => {
    expect(foldForSearch("Côte d’Ivoire").includes(foldForSearch("cote d'ivoire"))).toBe(true);
    expect(foldForSearch("Côte d’Ivoire").includes(foldForSearch("CÔTE D"))).toBe(true);
    expect(foldForSearch("Türkiye").includes(foldForSearch("turk"))).toBe(true);
  });

  it("ignores 'the' and hyphens in the query as in the name", () => {
    expect(foldForSearch("the Netherlands").includes(foldForSearch("Netherlands"))).toBe(true);
    expect(foldForSearch("Netherlands").includes(foldForSearch("the netherlands"))).toBe(true);
    expect(foldForSearch("Guinea-Bissau").includes(foldForSearch("guinea bissau"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { checkAcrossLanguages } from "../../../src/countries/buildCountryTable";
import { EVERY_NAME_LANGUAGE, NAME_LANGUAGES, nameLanguagesFor, type NameLanguage } from "../../../src/countries/nameLanguages";
import { describeResolution, resolveCountry } from "../../../src/countries/resolveCountry";
import { supportedLanguages } from "../../../src/i18n/languages";

/** The ISO code (or organisation code) a name resolves to in these languages, or the resolver's words for why not. */
const codeOf = (name: string, languages: readonly NameLanguage[]) => {
  const resolution = resolveCountry(name, languages);
  return resolution.ok ? (resolution.kind === "country" ? resolution.country.iso2 : resolution.org) : describeResolution(resolution);
};
const de = nameLanguagesFor("de");
const fr = nameLanguagesFor("fr");
const uk = nameLanguagesFor("uk");
const ko = nameLanguagesFor("ko");

describe("nameLanguagesFor", () => {
  it("reads a statement in its language and English, and a language it does not read in English alone", () => {
    expect(nameLanguagesFor("de")).toEqual(["en", "de"]);
    expect(nameLanguagesFor("fr-CA")).toEqual(["en", "fr"]);
    expect(nameLanguagesFor("en")).toEqual(["en"]);
    expect(nameLanguagesFor("es")).toEqual(["en"]);
    expect(nameLanguagesFor(undefined)).toEqual(["en"]);
  });

  it("reads the languages the interface speaks", () => {
    expect([...NAME_LANGUAGES].sort()).toEqual([...supportedLanguages].sort());
  });
});

describe("resolveCountry in other languages", () => {
  it("resolves the names the issue found unknown, each in its language", () => {
    expect(codeOf("Tschechien", de)).toBe("CZ");
    expect(codeOf("Vereinigtes Königreich", de)).toBe("GB");
    expect(codeOf("Südkorea", de)).toBe("KR");
    expect(codeOf("Corée du Sud", fr)).toBe("KR");
    expect(codeOf("États-Unis", fr)).toBe("US");
    expect(codeOf("Сполучене Королівство", uk)).toBe("GB");
    expect(codeOf("대한민국", ko)).toBe("KR");
  });

  it("resolves what newsrooms write, from the packages and the reviewed tables", () => {
    const german = {
      Großbritannien: "GB",
      Moldawien: "MD",
      Weißrussland: "BY",
      Elfenbeinküste: "CI",
      Holland: "NL",
      Nordkorea: "KP",
      "Republik Moldau": "MD",
      Bundesrepublik: "unknown",
    };
    for (const [name, iso2] of Object.entries(german)) expect(codeOf(name, de), name).toMatch(iso2 === "unknown" ? /^unknown/ : new RegExp(`^${iso2}$`));
    for (const [name, iso2] of Object.entries({
      Tchéquie: "CZ",
      Moldavie: "MD",
      "Grande-Bretagne": "GB",
      Biélorussie: "BY",
      "Côte d'Ivoire": "CI",
      Allemagne: "DE",
    })) {
      expect(codeOf(name, fr), name).toBe(iso2);
    }
    for (const [name, iso2] of Object.entries({ США: "US", Німеччина: "DE", "Південна Корея": "KR", КНДР: "KP", Україна: "UA" }))
      expect(codeOf(name, uk), name).toBe(iso2);
    for (const [name, iso2] of Object.entries({ 미국: "US", 한국: "KR", 북한: "KP", 일본: "JP", 우크라이나: "UA" })) expect(codeOf(name, ko), name).toBe(iso2);
  });

  it("reads names with their articles, any case, accents or none", () => {
    expect(codeOf("die Schweiz", de)).toBe("CH");
    expect(codeOf("die Vereinigten Staaten", de)).toBe("US");
    expect(codeOf("das Vereinigte Königreich", de)).toBe("GB");
    expect(codeOf("der Iran", de)).toBe("IR");
    expect(codeOf("la France", fr)).toBe("FR");
    expect(codeOf("les Pays-Bas", fr)).toBe("NL");
    expect(codeOf("l’Allemagne", fr)).toBe("DE");
    expect(codeOf("etats-unis", fr)).toBe("US");
    expect(codeOf("GROSSBRITANNIEN", de)).toBe("GB");
  });

  it("reads organisations' names in each language", () => {
    expect(codeOf("Europäische Union", de)).toBe("EU");
    expect(codeOf("Union européenne", fr)).toBe("EU");
    expect(codeOf("Європейський Союз", uk)).toBe("EU");
    expect(codeOf("der Europarat", de)).toBe("COE");
  });

  it("reports Korea as ambiguous in every language, never a guess", () => {
    expect(codeOf("Korea", de)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
    expect(codeOf("Corée", fr)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
    expect(codeOf("Корея", uk)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
    expect(codeOf("코리아", ko)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
  });

  it("reads the bare Congo as the Republic of the Congo in every language, as ISO and the UN write it", () => {
    expect(codeOf("Kongo", de)).toBe("CG");
    expect(codeOf("Congo", fr)).toBe("CG");
    expect(codeOf("Demokratische Republik Kongo", de)).toBe("CD");
    expect(codeOf("République démocratique du Congo", fr)).toBe("CD");
  });

  it("suggests the country a misspelt name in the language may have meant", () => {
    expect(codeOf("Deutschlnd", de)).toBe('unknown: no country or organisation is called "Deutschlnd"; closest: Germany (DE)');
    expect(codeOf("Allmagne", fr)).toMatch(/closest: Germany \(DE\)/);
  });

  it("reads a name only in the languages asked for: English always, another language only when asked", () => {
    expect(codeOf("Allemagne", de)).toMatch(/^unknown/);
    expect(codeOf("Island", ["en"])).toMatch(/^unknown/);
    expect(codeOf("Island", de)).toBe("IS");
    expect(codeOf("Germany", ko)).toBe("DE");
    expect(codeOf("Deutschlands", ["en"])).toMatch(/^unknown/);
    for (const name of ["Tschechien", "Tchéquie", "Чехія", "체코"]) expect(codeOf(name, EVERY_NAME_LANGUAGE), name).toBe("CZ");
  });
});

describe("declined forms", () => {
  it("reads the German genitives of a list of signatories by rule", () => {
    // "der Außenminister Deutschlands, Frankreichs und des Vereinigten Königreichs"
    expect(["Deutschlands", "Frankreichs", "des Vereinigten Königreichs"].map((name) => codeOf(name, de))).toEqual(["DE", "FR", "GB"]);
    expect(codeOf("der Vereinigten Staaten", de)).toBe("US");
    expect(codeOf("der Tschechischen Republik", de)).toBe("CZ");
    expect(codeOf("der Ukraine", de)).toBe("UA");
    expect(codeOf("Großbritanniens", de)).toBe("GB");
    expect(codeOf("den Niederlanden", de)).toBe("NL");
    expect(codeOf("der Europäischen Union", de)).toBe("EU");
    expect(codeOf("des Vereinigten Königreichs Großbritannien und Nordirland", de)).toBe("GB");
  });

  it("reads the French contractions of a list by rule", () => {
    // "de l'Allemagne, du Canada, des États-Unis"
    expect(["de l'Allemagne", "du Canada", "des États-Unis", "de la France", "d'Italie", "du Royaume-Uni"].map((name) => codeOf(name, fr))).toEqual([
      "DE",
      "CA",
      "US",
      "FR",
      "IT",
      "GB",
    ]);
    expect(codeOf("de l'Union européenne", fr)).toBe("EU");
  });

  it("reads the Ukrainian genitives of a list by rule", () => {
    // "міністри закордонних справ Німеччини, Франції, Сполученого Королівства і Південної Кореї"
    expect(
      ["Німеччини", "Франції", "Сполученого Королівства", "Південної Кореї", "Сполучених Штатів", "Китаю", "Ірану", "Польщі"].map((name) => codeOf(name, uk)),
    ).toEqual(["DE", "FR", "GB", "KR", "US", "CN", "IR", "PL"]);
    expect(codeOf("Німеччини", ["en"])).toMatch(/^unknown/);
  });

  it("reads a Korean particle written onto a name", () => {
    expect(codeOf("미국과", ko)).toBe("US");
    expect(codeOf("대한민국의", ko)).toBe("KR");
  });

  it("takes a base form only when it is a name: no loose matching", () => {
    expect(codeOf("Deutschlanden", de)).toMatch(/^unknown/);
    expect(codeOf("die Deutschlands", de)).toMatch(/^unknown/);
    expect(codeOf("des Kanadas", fr)).toMatch(/^unknown/);
    expect(codeOf("du Deutschland", de)).toMatch(/^unknown/);
    expect(codeOf("Frankreichs", fr)).toMatch(/^unknown/);
    expect(codeOf("Koreas", de)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
  });
});

describe("checkAcrossLanguages", () => {
  it("fails the build on a name that means different countries in two languages", () => {
    const index = (entries: [string, string[]][]) => new Map(entries.map(([key, codes]) => [key, new Set(codes)]));
    expect(() =>
      checkAcrossLanguages(
        new Map<NameLanguage, Map<string, Set<string>>>([
          ["en", index([["congo", ["CG"]]])],
          ["fr", index([["congo", ["CD"]]])],
        ]),
      ),
    ).toThrow(/"congo" is CG in en but CD in fr/);
    expect(() =>
      checkAcrossLanguages(
        new Map<NameLanguage, Map<string, Set<string>>>([
          ["en", index([["congo", ["CG"]]])],
          ["fr", index([["congo", ["CG"]]])],
        ]),
      ),
    ).not.toThrow();
  });
});

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readBundledStatements } from "../../../src/build/readBundledStatements";
import { allCountries } from "../../../src/countries/resolveCountry";
import { formatDate } from "../../../src/i18n/format";
import { supportedLanguages } from "../../../src/i18n/languages";
import { categorise } from "../../../src/view/categorise";
import { ABSENTEES_NAMED_MAX, describeMap, JOINED_NAMED_MAX, mapDescription, OTHERS_NAMED_MAX } from "../../../src/view/describeMap";
import { makeLocale } from "../../../src/view/locale";
import { catalogues } from "../../fixtures/catalogues";

const bundled = readBundledStatements(fileURLToPath(new URL("../../../public/statements", import.meta.url))).map((prepared) => prepared.statement);
const countries = allCountries();
const locales = supportedLanguages.map((lang) => makeLocale(lang, catalogues[lang]!, countries));
const english = locales[0]!;
/** The organisations' labels as the page gives them: the EU by its code. */
const orgLabels = (codes: readonly string[]) => codes.map((code) => (code === "EU" ? "EU" : code));
const describe_ = (id: string, locale = english) => {
  const statement = bundled.find((entry) => entry.id === id)!;
  const categorised = categorise(statement);
  return describeMap(statement, categorised, orgLabels(categorised.organisations), locale);
};

describe("describeMap on the bundled statements", () => {
  it("sums up a region where most signed with its notable absentees, names the most notable of the rest, then the later signatories and the subjects", () => {
    const text = describe_("dprk-russia-missiles-2024");
    expect(text).toMatch(/^48 countries and the EU signed on 10 January 2024: most of Europe \(except Hungary, Slovakia, Switzerland,? and 5 others\), /);
    // The rest, the most notable first (the G7's and the Security Council's members), in alphabetical order, then a count.
    expect(text).toContain("Argentina, Canada, Japan, South Korea, United States, and 6 others.");
    expect(text).toContain(" Micronesia and Paraguay joined on 12 January 2024. North Korea and Russia are the subjects of the statement.");
  });

  it("says 'all of' a region where every state signed, and names territories that signed in their own name", () => {
    expect(describe_("pacific-islands-forum-retreat-2023")).toBe(
      "16 countries and 2 territories signed on 24 February 2023: all of Oceania, French Polynesia, and New Caledonia.",
    );
  });

  it("counts a long list of later signatories of one date instead of naming them", () => {
    expect(describe_("global-methane-pledge-2021")).toMatch(/ 24 more joined on 11 October 2021\.$/);
  });

  it("sums up several regions, each with its absentees", () => {
    const text = describe_("nuclear-humanitarian-consequences-2014");
    expect(text).toContain("most of the Americas (except Canada and United States)");
    expect(text).toContain("most of Oceania (except Australia)");
  });

  for (const statement of bundled) {
    it(`describes ${statement.id} in every language of the page: the date, every subject, every name it counts on, within the caps`, () => {
      const categorised = categorise(statement);
      for (const locale of locales) {
        const text = describeMap(statement, categorised, orgLabels(categorised.organisations), locale);
        const description = mapDescription(statement, categorised, locale);
        expect(text, locale.lang).toContain(formatDate(statement.date, locale.lang));
        for (const iso of statement.subjects.map((subject) => subject.iso2)) expect(text, locale.lang).toContain(locale.nameOf(iso));
        const named = [...description.regions.flatMap((part) => part.named), ...description.others.named, ...description.joined.named];
        for (const iso of named) expect(text, `${locale.lang}: ${iso}`).toContain(locale.nameOf(iso));
        for (const part of description.regions) expect(part.named.length).toBeLessThanOrEqual(ABSENTEES_NAMED_MAX);
        expect(description.others.named.length).toBeLessThanOrEqual(OTHERS_NAMED_MAX);
        expect(description.joined.named.length).toBeLessThanOrEqual(JOINED_NAMED_MAX);
        expect(text.endsWith("."), locale.lang).toBe(true);
      }
    });
  }
});

import { describe, expect, it } from "vitest";
import { countries } from "../../../src/bundledData";
import { orgFactsOf } from "../../../src/countries/orgFacts";
import type { Language } from "../../../src/i18n/languages";
import { supportedLanguages } from "../../../src/i18n/languages";
import { makeLocale } from "../../../src/view/locale";
import { organisationLabel } from "../../../src/view/organisationLabel";
import { deriveStatementView } from "../../../src/view/statementView";
import { catalogues } from "../../fixtures/catalogues";
import { shortStatement } from "../../fixtures/statement";

const written = "the High Representative of the European Union";
const viewIn = (lang: Language) =>
  deriveStatementView(
    { statement: shortStatement, warnings: [], orgs: orgFactsOf(shortStatement, supportedLanguages) },
    makeLocale(lang, catalogues[lang]!, countries),
  );

describe("an organisation's entry in the list of signatories (issue #27)", () => {
  it("keeps the statement's words on a page in the statement's language", () => {
    expect(viewIn("en").organisations[0]?.label).toBe(written);
    expect(organisationLabel(written, "en-GB", { names: { en: "European Union" } }, "en")).toBe(written);
  });

  it.each([
    ["de", "Europäische Union"],
    ["fr", "Union européenne"],
    ["uk", "Європейський Союз"],
    ["ko", "유럽 연합"],
  ] as const)("names the organisation in the page's language on a %s page, never in English", (lang, name) => {
    expect(viewIn(lang).organisations[0]?.label).toBe(name);
  });

  it("falls back to English, then to the statement's words, where no name is known", () => {
    expect(organisationLabel(written, "en", { names: { en: "European Union" } }, "de")).toBe("European Union");
    expect(organisationLabel(written, "en", undefined, "de")).toBe(written);
  });

  it("joins the French context line's clauses with a narrow no-break space before the semicolon", () => {
    expect(viewIn("fr").context).toContain("l’UE\u202f; ");
  });
});

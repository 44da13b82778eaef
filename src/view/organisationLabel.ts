import type { OrgFacts } from "../countries/orgFacts";

/**
 * What an organisation's entry in a list says (issue #27): the statement's own words where the page
 * is in the statement's language ("the High Representative of the European Union", which says who
 * signed for the EU), else the organisation's name in the page's language, so that a German page
 * lists no English.
 * @example organisationLabel("the High Representative of the European Union", "en", { names: { de: "Europäische Union" } }, "de") // "Europäische Union"
 */
export function organisationLabel(written: string, statementLang: string, facts: Pick<OrgFacts, "names"> | undefined, pageLang: string): string {
  if (primaryLanguage(statementLang) === primaryLanguage(pageLang)) return written;
  return facts?.names[pageLang] ?? facts?.names[primaryLanguage(pageLang)] ?? facts?.names.en ?? written;
}

const primaryLanguage = (tag: string) => tag.split("-")[0]!.toLowerCase();

// RUNTIME, resolver chunk and build: what the page needs to know of a statement's organisations,
// taken from the reviewed table (organisations.json) once, when the statement is prepared (at
// build time for bundled statements), so that the first view never loads the table itself.
import type { Statement } from "../statement/types";
import { orgMembersOn, orgName } from "./organisations";
import type { OrgCode } from "./types";

/** An organisation as a page shows it: its name in each language, its members on the statement's date where on record. */
export interface OrgFacts {
  /** Name by language tag; `en` always present. */
  names: Readonly<Record<string, string>>;
  /** ISO alpha-2 codes, sorted; null where the table records no members for that date. */
  members: string[] | null;
}

export type OrgFactsByCode = Partial<Record<OrgCode, OrgFacts>>;

/**
 * The facts about every organisation a statement names, for the page's languages.
 * orgFactsOf(seed, ["en", "de"]).EU → { names: { en: "European Union", de: "Europäische Union" }, members: ["AT", …] }.
 */
export function orgFactsOf(statement: Statement, languages: readonly string[]): OrgFactsByCode {
  const facts: OrgFactsByCode = {};
  for (const party of [...statement.signatories, ...statement.additions]) {
    if (party.kind !== "org" || facts[party.org]) continue;
    facts[party.org] = {
      names: Object.fromEntries(languages.map((lang) => [lang, orgName(party.org, lang)])),
      members: orgMembersOn(party.org, statement.date),
    };
  }
  return facts;
}

import { isInsetChoice } from "../statement/insetChoice";
// What the map and the panel show while the editor works: the statement as readers will see it,
// drawn even while the file still has problems (a name to fix, no source yet), from what of it
// is sound. A valid file's preview is exactly the parser's statement (a unit test holds it to that).
import { orgFactsOf } from "../countries/orgFacts";
import { resolveName } from "../authoring/resolveName";
import { locateQuote } from "../statement/locateQuote";
import { isCalendarDate } from "../statement/isCalendarDate";
import { STATEMENT_ID } from "../statement/statementId";
import { toHttpUrl } from "../statement/toHttpUrl";
import type { Claim, Party, Statement, StatementProblem } from "../statement/types";
import type { PreparedStatement } from "../view/preparedStatement";
import type { StatementFileJson } from "./statementFile";

/** The id the preview uses while the file has none that is valid. */
export const PREVIEW_ID = "draft";
/** The headline the preview shows while the title is empty. */
export const UNTITLED = "(no title yet)";

/**
 * The statement to draw for a file that may not validate yet: names that resolve, each party
 * once (a country both signatory and subject is drawn as a signatory), claims whose quote is in
 * the text. A date that is not a calendar date is drawn as `fallbackDate` (the page passes today).
 * @example previewOf(statementFileOf(draft), [], "2024-01-10").statement.signatories.length // 49
 */
export function previewOf(
  file: StatementFileJson,
  warnings: StatementProblem[],
  fallbackDate: string,
  languages: readonly string[] = ["en"],
): PreparedStatement {
  const seen = new Set<string>();
  const once = (party: Party): boolean => {
    const key = party.kind === "country" ? `country:${party.iso2}` : `org:${party.org}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const signatories = file.signatories.flatMap((written) => partyOf(written, file.lang)).filter(once);
  const subjects = file.subjects
    .flatMap((written) => partyOf(written, file.lang))
    .filter((party): party is Extract<Party, { kind: "country" }> => party.kind === "country")
    .filter(once);
  const claims = file.claims.flatMap((claim): Claim[] => {
    const found = claim.quote === "" ? undefined : locateQuote(claim.quote, file.text);
    return found ? [{ ...claim, ...found }] : [];
  });
  const url = toHttpUrl(file.source.url ?? "");
  const statement: Statement = {
    id: STATEMENT_ID.test(file.id) ? file.id : PREVIEW_ID,
    title: file.title.trim() === "" ? UNTITLED : file.title,
    date: isCalendarDate(file.date) ? file.date : fallbackDate,
    source: url === undefined ? { name: file.source.name } : { name: file.source.name, url },
    text: file.text,
    lang: file.lang,
    signatories,
    subjects,
    claims,
    additions: [],
    ...(typeof file.statedCount === "number" ? { statedCount: file.statedCount } : {}),
    ...(isInsetChoice(file.inset) ? { inset: file.inset } : {}),
  };
  return { statement, warnings, orgs: orgFactsOf(statement, languages) };
}

function partyOf(written: string, lang: string): Party[] {
  const resolution = resolveName(written, lang);
  if (!resolution.ok) return [];
  return [resolution.kind === "country" ? { kind: "country", written, iso2: resolution.country.iso2 } : { kind: "org", written, org: resolution.org }];
}

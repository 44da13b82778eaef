// From the editor's statement to the statement file (docs/interface.md, "Statement files"), its text
// and its name: what the page downloads, copies and checks.
import type { DraftStatementFile } from "../authoring/types";
import { STATEMENT_ID } from "../statement/statementId";
import type { EditableStatement } from "./editableStatement";

/**
 * The file as JSON: the draft command's file (same fields, same order), except that `statedCount`
 * is whatever was typed when it is not a whole number, for the parser to report.
 */
export type StatementFileJson = Omit<DraftStatementFile, "statedCount" | "inset"> & { statedCount?: number | string; inset?: string };

/**
 * The statement file of the editor's statement: the parties by role, the claims kept, empty
 * optional fields left out.
 * @example statementFileOf(editableFromDraft(draftStatement(seed))).signatories.length // 49
 */
export function statementFileOf(statement: EditableStatement): StatementFileJson {
  const { fields } = statement;
  const url = fields.sourceUrl.trim();
  const stated = fields.statedCount.trim();
  const namesOf = (role: "signatory" | "subject") => statement.parties.filter((party) => party.role === role).map((party) => party.written);
  return {
    id: fields.id,
    title: fields.title,
    date: fields.date,
    source: url === "" ? { name: fields.sourceName } : { name: fields.sourceName, url },
    lang: statement.lang,
    text: [...statement.text],
    signatories: namesOf("signatory"),
    subjects: namesOf("subject"),
    ...(stated === "" ? {} : { statedCount: /^\d+$/.test(stated) ? Number(stated) : stated }),
    ...(fields.inset === "" ? {} : { inset: fields.inset }),
    claims: statement.claims.filter((claim) => !claim.dropped).map(({ claim, quote, by, voice }) => ({ claim, quote, by, voice })),
  };
}

/** The file's text, as `statement draft` writes it: two-space JSON and a final newline. */
export function fileTextOf(file: StatementFileJson): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The name to save the file under: `statement check` wants the file named after its id.
 * @example fileNameOf({ id: "dprk-russia-missiles-2024", … }) // "dprk-russia-missiles-2024.json"
 */
export function fileNameOf(file: Pick<StatementFileJson, "id">): string {
  return STATEMENT_ID.test(file.id) ? `${file.id}.json` : "statement.json";
}

// Where on the page each of the parser's problems belongs: the field, list entry or claim whose
// value it names, so the editor sees the message beside what to change.
import type { StatementProblem } from "../statement/types";
import type { EditableStatement, FieldName } from "./editableStatement";

export interface ProblemPlaces {
  fields: ReadonlyMap<FieldName, StatementProblem[]>;
  /** By party key. */
  parties: ReadonlyMap<number, StatementProblem[]>;
  /** By claim key. */
  claims: ReadonlyMap<number, StatementProblem[]>;
}

/** The parser's field paths for the editor's fields. */
const FIELD_OF_PATH: ReadonlyMap<string, FieldName> = new Map([
  ["id", "id"],
  ["title", "title"],
  ["date", "date"],
  ["source", "sourceName"],
  ["source.name", "sourceName"],
  ["source.url", "sourceUrl"],
  ["statedCount", "statedCount"],
  ["inset", "inset"],
]);

/**
 * Sorts problems by what they are about: `signatories[16]` is the 17th signatory in the list,
 * `claims[2].quote` the third claim kept.
 * @example placeProblems(problems, statement).claims.get(claim.key)?.[0].field // "claims[2].quote"
 */
export function placeProblems(problems: readonly StatementProblem[], statement: EditableStatement): ProblemPlaces {
  const signatories = statement.parties.filter((party) => party.role === "signatory");
  const subjects = statement.parties.filter((party) => party.role === "subject");
  const kept = statement.claims.filter((claim) => !claim.dropped);
  const fields = new Map<FieldName, StatementProblem[]>();
  const parties = new Map<number, StatementProblem[]>();
  const claims = new Map<number, StatementProblem[]>();
  const add = <K>(map: Map<K, StatementProblem[]>, key: K | undefined, problem: StatementProblem) => {
    if (key !== undefined) map.set(key, [...(map.get(key) ?? []), problem]);
  };
  for (const problem of problems) {
    const entry = /^(signatories|subjects|claims)\[(\d+)\]/.exec(problem.field);
    if (entry) {
      const index = Number(entry[2]);
      if (entry[1] === "claims") add(claims, kept[index]?.key, problem);
      else add(parties, (entry[1] === "signatories" ? signatories : subjects)[index]?.key, problem);
    } else add(fields, FIELD_OF_PATH.get(problem.field), problem);
  }
  return { fields, parties, claims };
}

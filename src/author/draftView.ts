// Everything the authoring page shows of the statement being edited, derived in one pass: the
// file and its name, what `statement check` says of it and where, the names to fix, the list,
// and the statement the map and the panel draw.
import type { PreparedStatement } from "../view/preparedStatement";
import { checkFile, type FileCheck } from "./checkFile";
import type { EditableStatement } from "./editableStatement";
import { nameQuestions, partyLines, type NameQuestion, type PartyLine } from "./nameChoices";
import { previewOf } from "./previewOf";
import { placeProblems, type ProblemPlaces } from "./problemPlaces";
import { fileNameOf, fileTextOf, statementFileOf } from "./statementFile";

export interface DraftView {
  fileName: string;
  fileText: string;
  check: FileCheck;
  places: ProblemPlaces;
  questions: NameQuestion[];
  lines: PartyLine[];
  preview: PreparedStatement;
}

/**
 * The page's view of a statement being edited; `fallbackDate` is drawn while the date is not a calendar date.
 * @example draftViewOf(draftOf(seed)!, "2024-01-10").check.errors // []
 */
export function draftViewOf(statement: EditableStatement, fallbackDate: string): DraftView {
  const file = statementFileOf(statement);
  const fileName = fileNameOf(file);
  const fileText = fileTextOf(file);
  const check = checkFile(fileText, fileName);
  return {
    fileName,
    fileText,
    check,
    places: placeProblems([...check.errors, ...check.warnings], statement),
    questions: nameQuestions(statement.parties, statement.lang),
    lines: partyLines(statement.parties, statement.lang),
    preview: previewOf(file, check.warnings, fallbackDate),
  };
}

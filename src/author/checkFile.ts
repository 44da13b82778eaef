// Checks the file the page would download exactly as `statement check FILE` does: the same reader
// (limits, JSON), the same parser and resolver, the id held against the file's name.
import { nameResolver } from "../countries/resolveCountry";
import { readStatementFile } from "../statement/readStatementFile";
import type { ParseResult, StatementProblem } from "../statement/types";

export interface FileCheck {
  result: ParseResult;
  errors: StatementProblem[];
  warnings: StatementProblem[];
}

/**
 * The verdict of `statement check` on this text saved under this name.
 * @example checkFile(fileTextOf(file), "dprk-russia-missiles-2024.json").errors // []
 */
export function checkFile(text: string, fileName: string): FileCheck {
  const result = readStatementFile(text, fileName, nameResolver, { expectedId: fileName.replace(/\.json$/, "") });
  const problems = result.ok ? result.warnings : result.problems;
  return {
    result,
    errors: problems.filter((problem) => problem.severity === "error"),
    warnings: problems.filter((problem) => problem.severity === "warning"),
  };
}

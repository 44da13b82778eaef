import type { StatementProblem } from "./types";

/**
 * One line for stderr and the page, `file: message`, the message itself starting with the statement
 * ID and the field: `statements/x.json: x: signatories[2] "Korea" is ambiguous: …`.
 */
export function formatProblem(problem: StatementProblem): string {
  // Every message already names the field, so it is not repeated; a message written before any ID
  // could be read starts with the file itself, so that is not repeated either.
  const line = problem.message.startsWith(`${problem.file}: `) ? problem.message : `${problem.file}: ${problem.message}`;
  return line.replace(/\s*[\r\n]+\s*/g, " ");
}

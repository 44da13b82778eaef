// `statement check FILE...`: validates statement files as the build does (readStatementFile, the
// real resolver, the ID the file name promises), for an editor before publishing.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { nameResolver } from "../countries/resolveCountry";
import { formatProblem } from "../statement/formatProblem";
import { readStatementFile } from "../statement/readStatementFile";
import type { Statement } from "../statement/types";

/** What checking wrote: lines for standard output and standard error, and the exit status. */
export interface CheckReport {
  stdout: string[];
  stderr: string[];
  status: 0 | 1;
}

/**
 * Checks each file: every problem on stderr as `file: id: field "value" says`, warnings marked
 * as such; one "ok" line per sound file on stdout. Status 1 when any file has an error.
 * @example checkStatementFiles(["public/statements/dprk-russia-missiles-2024.json"]).stdout
 * // ["public/statements/dprk-russia-missiles-2024.json: ok (48 countries, 1 organisation, 2 later signatories, 2 subjects, 10 claims)"]
 */
export function checkStatementFiles(files: readonly string[]): CheckReport {
  const report: CheckReport = { stdout: [], stderr: [], status: 0 };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      report.stderr.push(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      report.status = 1;
      continue;
    }
    const result = readStatementFile(text, file, nameResolver, { expectedId: basename(file, extname(file)) });
    const problems = result.ok ? result.warnings : result.problems;
    for (const problem of problems) report.stderr.push(`${problem.severity === "warning" ? "warning: " : ""}${formatProblem(problem)}`);
    if (result.ok) report.stdout.push(`${file}: ok (${summary(result.statement)})`);
    else report.status = 1;
  }
  return report;
}

/** "48 countries, 1 organisation, 2 later signatories, 2 subjects, 10 claims". */
function summary(statement: Statement): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const countries = statement.signatories.filter((party) => party.kind === "country").length;
  return [
    count(countries, "country", "countries"),
    count(statement.signatories.length - countries, "organisation", "organisations"),
    count(statement.additions.length, "later signatory", "later signatories"),
    count(statement.subjects.length, "subject", "subjects"),
    count(statement.claims.length, "claim", "claims"),
  ].join(", ");
}

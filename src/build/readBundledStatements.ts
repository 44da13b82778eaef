// Build only: the bundled statements, read, validated and resolved once for everything the build
// makes of them (pages, share cards, the index), as the data step and the page do.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { orgFactsOf } from "../countries/orgFacts";
import { nameResolver } from "../countries/resolveCountry";
import { supportedLanguages } from "../i18n/languages";
import { formatProblem } from "../statement/formatProblem";
import { STATEMENT_INDEX_FILE } from "../page/statementIndex";
import { readStatementFile } from "../statement/readStatementFile";
import type { PreparedStatement } from "../view/preparedStatement";

/**
 * Every `ID.json` in `dir` but the index, prepared as a page needs it (its organisations' facts
 * in every language of the page), sorted by ID. Throws one error naming every problem of every
 * file, so a build never ships a statement the page would refuse.
 * @example readBundledStatements("dist/statements").map((p) => p.statement.id) // ["dprk-russia-missiles-2024", …]
 */
export function readBundledStatements(dir: string): PreparedStatement[] {
  const prepared: PreparedStatement[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith(".json") && file !== STATEMENT_INDEX_FILE)
    .sort()) {
    const file = join(dir, name);
    const result = readStatementFile(readFileSync(file, "utf8"), file, nameResolver, { expectedId: basename(name, ".json") });
    if (result.ok) prepared.push({ statement: result.statement, warnings: result.warnings, orgs: orgFactsOf(result.statement, supportedLanguages) });
    else problems.push(...result.problems.map(formatProblem));
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return prepared;
}

import type { OrgFactsByCode } from "../countries/orgFacts";
import type { Statement, StatementProblem } from "../statement/types";

/**
 * A statement ready to show: validated and resolved, with its warnings and the facts about its
 * organisations. The build prepares bundled statements (src/build/prepareData.ts); the page
 * prepares one loaded at run time the same way (src/loadStatement.ts).
 */
export interface PreparedStatement {
  statement: Statement;
  warnings: StatementProblem[];
  orgs: OrgFactsByCode;
}

// The one entry point for a statement file's text: the browser (loadStatement.ts), the build
// (prepareData.ts) and `npm run statement -- check` all read files through it, so a file is
// judged the same everywhere.
import { formatCount, nestingDepth, STATEMENT_LIMITS } from "./limits";
import { parseStatement, type ParseOptions } from "./parseStatement";
import type { NameResolver, ParseResult, StatementProblem } from "./types";

/**
 * Reads a statement file's text: refuses it, before parsing, when it is longer or more deeply
 * nested than limits.ts allows; then parses the JSON and checks the statement, reporting every
 * problem with the file, the field and the value. Never throws. A leading byte-order mark, as
 * some editors save, is ignored.
 * @example readStatementFile(text, "statements/x.json", nameResolver, { expectedId: "x" }) // { ok: true, statement, warnings }
 */
export function readStatementFile(text: string, file: string, resolver: NameResolver, options: ParseOptions = {}): ParseResult {
  const fail = (value: unknown, message: string): ParseResult => {
    const problem: StatementProblem = { severity: "error", file, field: "", value, message: `${file}: ${message}` };
    return { ok: false, problems: [problem] };
  };
  if (text.length > STATEMENT_LIMITS.fileCharacters) {
    return fail(text.length, `the file is ${formatCount(text.length)} characters long; at most ${formatCount(STATEMENT_LIMITS.fileCharacters)} are allowed`);
  }
  const depth = nestingDepth(text, STATEMENT_LIMITS.depth);
  if (depth > STATEMENT_LIMITS.depth) {
    return fail(depth, `the JSON nests arrays and objects more than ${STATEMENT_LIMITS.depth} levels deep; at most ${STATEMENT_LIMITS.depth} are allowed`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    return fail(undefined, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseStatement(raw, file, resolver, options);
}

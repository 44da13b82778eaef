import type { Statement, StatementProblem } from "./statement/types";

export type LoadState =
  | { status: "loading"; id: string }
  | { status: "ready"; statement: Statement; warnings: StatementProblem[] }
  | { status: "failed"; id: string; reason: "not-found" | "unreadable" | "invalid"; details: string[] };

/**
 * Fetches `statements/ID.json` beside the page and validates it with the same parser and resolver as the build.
 * Never rejects: every failure is a `failed` state that says what went wrong and where.
 */
export async function loadStatement(id: string, fetchImpl: typeof fetch = fetch): Promise<LoadState> {
  const file = `statements/${id}.json`;
  let response: Response;
  try {
    response = await fetchImpl(file, { headers: { accept: "application/json" } });
  } catch (error) {
    return { status: "failed", id, reason: "unreadable", details: [`${file}: ${String(error)}`] };
  }
  // Static hosts and dev servers answer a missing file with their index.html page: that is "not found" too.
  const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
  if (response.status === 404 || (response.ok && isHtml)) return { status: "failed", id, reason: "not-found", details: [] };
  if (!response.ok) return { status: "failed", id, reason: "unreadable", details: [`${file}: HTTP ${response.status}`] };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { status: "failed", id, reason: "unreadable", details: [`${file}: ${String(error)}`] };
  }
  // The resolver's name tables are only needed for statements the build did not prepare: load them on demand.
  const [{ readStatementFile }, { formatProblem }, { nameResolver }] = await Promise.all([
    import("./statement/readStatementFile"),
    import("./statement/formatProblem"),
    import("./countries/resolveCountry"),
  ]);
  // Sizes, nesting and JSON are checked before anything is resolved (statement/limits.ts).
  const result = readStatementFile(text, file, nameResolver, { expectedId: id });
  if (!result.ok) return { status: "failed", id, reason: "invalid", details: result.problems.map(formatProblem) };
  return { status: "ready", statement: result.statement, warnings: result.warnings };
}

import { supportedLanguages } from "./i18n/languages";
import type { Messages } from "./i18n/messages";
import type { PreparedStatement } from "./view/preparedStatement";

/** Why a statement could not be shown. */
export type LoadFailure =
  /** No such file: a 404, or the host's own HTML page in its place. */
  | "not-found"
  /** The file arrived, and has problems (validation, size limits, JSON cut short). */
  | "invalid"
  /** The server answered with an error status, or the connection failed or broke off. */
  | "unreadable"
  /** Nothing complete arrived within LOAD_TIMEOUT_MS. */
  | "timeout"
  /** The code that reads statement files (the resolver's chunk) could not be loaded. */
  | "code";

export type LoadState =
  | { status: "loading"; id: string }
  | ({ status: "ready" } & PreparedStatement)
  | {
      status: "failed";
      id: string;
      reason: LoadFailure;
      /** The HTTP status when the server answered with an error, else null. */
      httpStatus: number | null;
      /** The file's problems, or the browser's own words on what failed. */
      details: string[];
    };

/**
 * How long a statement may take to arrive before the page gives up and offers to try again. A
 * statement file is a few KB; twenty seconds is a very slow connection, not a slow server.
 */
export const LOAD_TIMEOUT_MS = 20_000;

/** After this long, a load in progress says it is slow and offers to start again (App). */
export const SLOW_LOAD_MS = 4000;

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  /** Aborts the load (the reader asked again, or left): the result is then of no interest. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Fetches `statements/ID.json` beside the page and validates it with the same parser and resolver as the build.
 * Never rejects: every failure is a `failed` state that says what went wrong and where.
 * @example await loadStatement("no-such-id") // { status: "failed", id: "no-such-id", reason: "not-found", httpStatus: 404, details: [] }
 */
export async function loadStatement(id: string, { fetchImpl = fetch, signal, timeoutMs = LOAD_TIMEOUT_MS }: LoadOptions = {}): Promise<LoadState> {
  const file = `statements/${id}.json`;
  const failed = (reason: LoadFailure, details: string[] = [], httpStatus: number | null = null): LoadState => ({
    status: "failed",
    id,
    reason,
    httpStatus,
    details,
  });
  // One signal for the caller's abort and our own timeout; it covers the body as well as the headers.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort);
  try {
    let text: string;
    try {
      const response = await fetchImpl(file, { headers: { accept: "application/json" }, signal: controller.signal });
      // Static hosts and dev servers answer a missing file with their index.html page: that is "not found" too.
      const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
      if (response.status === 404 || response.status === 410 || (response.ok && isHtml)) return failed("not-found", [], response.status);
      if (!response.ok) return failed("unreadable", [`${file}: HTTP ${response.status}`], response.status);
      text = await response.text();
    } catch (error) {
      return timedOut ? failed("timeout") : failed("unreadable", [`${file}: ${describeError(error)}`]);
    }
    // The resolver's name tables are only needed for statements the build did not prepare: load them on demand.
    let code: [
      typeof import("./statement/readStatementFile"),
      typeof import("./statement/formatProblem"),
      typeof import("./countries/resolveCountry"),
      typeof import("./countries/orgFacts"),
    ];
    try {
      code = await Promise.all([
        import("./statement/readStatementFile"),
        import("./statement/formatProblem"),
        import("./countries/resolveCountry"),
        import("./countries/orgFacts"),
      ]);
    } catch (error) {
      return failed("code", [describeError(error)]);
    }
    const [{ readStatementFile }, { formatProblem }, { nameResolver }, { orgFactsOf }] = code;
    // Sizes, nesting and JSON are checked before anything is resolved (statement/limits.ts).
    const result = readStatementFile(text, file, nameResolver, { expectedId: id });
    if (!result.ok) return failed("invalid", result.problems.map(formatProblem));
    return { status: "ready", statement: result.statement, warnings: result.warnings, orgs: orgFactsOf(result.statement, supportedLanguages) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * What went wrong, in the page's language: a sentence, and what the reader can do about it when
 * there is something. describeLoadFailure(failed 500, en) → ["The statement "x" could not be read.", "The server answered with an error (HTTP 500)."]
 */
export function describeLoadFailure(state: Extract<LoadState, { status: "failed" }>, messages: Messages): string[] {
  switch (state.reason) {
    case "not-found":
      return [messages.statementNotFound(state.id)];
    case "invalid":
      return [messages.statementLoadFailed(state.id, "invalid")];
    case "unreadable":
      return [
        messages.statementLoadFailed(state.id, "unreadable"),
        state.httpStatus !== null ? messages.loadServerError(state.httpStatus) : messages.loadNetworkError,
      ];
    case "timeout":
      return [messages.loadTimedOut(state.id, Math.round(LOAD_TIMEOUT_MS / 1000))];
    case "code":
      return [messages.loadCodeFailed(state.id)];
  }
}

/** Words for whatever was thrown ("TypeError: Failed to fetch"), even a value that cannot be made a string. */
function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return "an unknown error";
  }
}

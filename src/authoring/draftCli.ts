// The `draft` command of `npm run --silent statement -- draft [--id ID] [--date YYYY-MM-DD]
// [--source NAME] [--url URL] [--title TITLE]` (src/cli/statement.ts dispatches to it): an
// article on standard input, the draft statement file on standard output, the editor's report on
// standard error; exit status 0 when the draft validates, 1 when not, 2 for bad arguments. The
// only file of src/authoring that uses Node: the drafting itself is draftStatement, shared with
// the authoring page.
import { draftStatement } from "./draftStatement";
import { formatDraftReport } from "./formatDraftReport";
import type { DraftOptions } from "./types";

/** What the command writes, line by line, and its exit status (the dispatcher's shape). */
export interface DraftCommandResult {
  stdout: string[];
  stderr: string[];
  status: number;
}

const FLAGS = { "--id": "id", "--date": "date", "--source": "source", "--url": "url", "--title": "title" } as const satisfies Record<
  string,
  keyof DraftOptions
>;

export const DRAFT_USAGE = "usage: npm run --silent statement -- draft [--id ID] [--date YYYY-MM-DD] [--source NAME] [--url URL] [--title TITLE] < article.txt";

/**
 * Parses the draft command's flags ("--date 2024-01-10" or "--date=2024-01-10").
 * @example parseDraftArgs(["--date", "2024-01-10"]) // { options: { date: "2024-01-10" } }
 */
export function parseDraftArgs(args: readonly string[]): { options: DraftOptions } | { error: string } {
  const options: DraftOptions = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    const equals = arg.indexOf("=");
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    if (!Object.hasOwn(FLAGS, flag)) return { error: `unknown argument ${JSON.stringify(arg)}` };
    const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
    if (value === undefined) return { error: `${flag} needs a value` };
    options[FLAGS[flag as keyof typeof FLAGS]] = value;
  }
  return { options };
}

/**
 * The draft command on a text already read: what to write and the exit status.
 * @example runDraft(["--date", "2024-01-10"], articleText).status // 0 when the draft validates
 */
export function runDraft(args: readonly string[], input: string): DraftCommandResult {
  const parsed = parseDraftArgs(args);
  if ("error" in parsed) return { stdout: [], stderr: [`statement draft: ${parsed.error}`, DRAFT_USAGE], status: 2 };
  const draft = draftStatement(input, parsed.options);
  return { stdout: JSON.stringify(draft.file, null, 2).split("\n"), stderr: formatDraftReport(draft), status: draft.valid ? 0 : 1 };
}

/** Reads standard input to its end as UTF-8. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The draft command as the dispatcher runs it: reads the article from standard input.
 * @example await draftCommand(["--source", "dpa-AFX"]) // { stdout: ["{", ...], stderr: ["Draft ...", ...], status: 0 }
 */
export async function draftCommand(args: string[]): Promise<DraftCommandResult> {
  return runDraft(args, await readStdin());
}

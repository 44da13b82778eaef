// `npm run --silent statement -- draft [--id ID] [--date YYYY-MM-DD] [--source NAME] [--url URL] [--title TITLE]`:
// an article on standard input, the draft statement file on standard output, the editor's
// report on standard error; exit status 0 when the draft validates, else 1. The only file of
// src/authoring that uses Node: the drafting itself is draftStatement, shared with the page.
import { fileURLToPath } from "node:url";
import { draftStatement } from "./draftStatement";
import { formatDraftReport } from "./formatDraftReport";
import type { DraftOptions } from "./types";

/** What the command prints and its exit status. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  status: number;
}

const FLAGS = { "--id": "id", "--date": "date", "--source": "source", "--url": "url", "--title": "title" } as const satisfies Record<string, keyof DraftOptions>;

export const DRAFT_USAGE = "usage: statement draft [--id ID] [--date YYYY-MM-DD] [--source NAME] [--url URL] [--title TITLE] < article.txt";

/**
 * Parses the draft command's flags ("--date 2024-01-10" or "--date=2024-01-10").
 * @example parseDraftArgs(["--date", "2024-01-10"]) // { options: { date: "2024-01-10" } }
 */
export function parseDraftArgs(args: readonly string[]): { options: DraftOptions } | { error: string } {
  const options: DraftOptions = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    const [flag = "", inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!Object.hasOwn(FLAGS, flag)) return { error: `unknown argument "${arg}"` };
    const value = inline ?? args[++index];
    if (value === undefined) return { error: `${flag} needs a value` };
    options[FLAGS[flag as keyof typeof FLAGS]] = value;
  }
  return { options };
}

/**
 * The draft command on a text already read: what to print and the exit status.
 * @example runDraft(["--date", "2024-01-10"], articleText).status // 0 when the draft validates
 */
export function runDraft(args: readonly string[], input: string): CommandOutput {
  const parsed = parseDraftArgs(args);
  if ("error" in parsed) return { stdout: "", stderr: `statement draft: ${parsed.error}\n${DRAFT_USAGE}\n`, status: 2 };
  const draft = draftStatement(input, parsed.options);
  return {
    stdout: `${JSON.stringify(draft.file, null, 2)}\n`,
    stderr: formatDraftReport(draft).map((line) => `${line}\n`).join(""),
    status: draft.valid ? 0 : 1,
  };
}

/** Reads standard input to its end as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs the draft command with these arguments (those after "draft") on standard input. */
export async function draftMain(args: readonly string[]): Promise<void> {
  const output = runDraft(args, await readStdin());
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.status;
}

// Until the statement dispatcher (src/cli/statement.ts) is there: `tsx src/authoring/draftCli.ts draft ...`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "draft") {
    process.stderr.write(`${DRAFT_USAGE}\n`);
    process.exitCode = 2;
  } else {
    void draftMain(rest);
  }
}

// `npm run --silent statement -- COMMAND ...`: the statement-file commands of the public contract (README, "Commands").
//   check FILE...  validates files as the build does; exit 1 on any problem
//   draft          a draft statement file from an article on stdin (src/authoring/draftCli.ts)
import { fileURLToPath } from "node:url";
import { draftCommand } from "../authoring/draftCli";
import { checkStatementFiles } from "./checkStatementFiles";

const USAGE = "usage: npm run --silent statement -- check FILE... | draft [--id ID] [--date YYYY-MM-DD] [--source NAME] [--url URL] [--title TITLE]";

/** What a command writes, line by line, and its exit status. */
interface CommandResult {
  stdout: string[];
  stderr: string[];
  status: number;
}

/** Each command: its arguments in (it may read stdin itself), what to write and the exit status out. */
const COMMANDS: Record<string, (args: string[]) => CommandResult | Promise<CommandResult>> = {
  check: (files) => (files.length === 0 ? { stdout: [], stderr: ["statement check: name at least one file", USAGE], status: 2 } : checkStatementFiles(files)),
  draft: draftCommand,
};

async function main(args: string[]): Promise<void> {
  const [name = "", ...rest] = args;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const { stdout, stderr, status } = command
    ? await command(rest)
    : { stdout: [], stderr: [`statement: unknown command ${JSON.stringify(name)}`, USAGE], status: 2 };
  process.stdout.write(stdout.map((line) => `${line}\n`).join(""));
  process.stderr.write(stderr.map((line) => `${line}\n`).join(""));
  process.exitCode = status;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv.slice(2));

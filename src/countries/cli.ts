// `npm run --silent resolve [-- --lang XX]`: names on stdin, one a line; one JSON object a line on
// stdout, in the same order; exit status 1 when any line failed (2 on a bad --lang). Names are read
// in XX and English, or without --lang in every language the resolver reads. Format: the public
// contract's "Resolver CLI" (README, "The resolver").
import { fileURLToPath } from "node:url";
import { EVERY_NAME_LANGUAGE, NAME_LANGUAGES, isNameLanguage, nameLanguagesFor, type NameLanguage } from "./nameLanguages";
import { describeResolution, resolveCountry } from "./resolveCountry";

/**
 * Resolves each non-blank line to the CLI's JSON line.
 * @example resolveLines(["Moldova", "", "Korea"]).output
 * // ['{"input":"Moldova","iso2":"MD","iso3":"MDA","numeric":"498","name":"Moldova"}',
 * //  '{"input":"Korea","error":"ambiguous: North Korea (KP) or South Korea (KR)"}']
 *
 * "input" echoes the line as given, less a trailing CR (CRLF files); the name is resolved
 * trimmed. Kosovo has no ISO alpha-3 or numeric code, so its iso3 and numeric are null, not
 * omitted: every country line has the same keys.
 */
function resolveLines(lines: string[], languages: readonly NameLanguage[] = EVERY_NAME_LANGUAGE): { output: string[]; failed: boolean } {
  const output: string[] = [];
  let failed = false;
  for (const rawLine of lines) {
    const input = rawLine.replace(/\r$/, "");
    if (input.trim() === "") continue;
    const resolution = resolveCountry(input.trim(), languages);
    if (resolution.ok && resolution.kind === "country") {
      const { iso2, iso3, numeric, name } = resolution.country;
      output.push(JSON.stringify({ input, iso2, iso3, numeric, name }));
    } else if (resolution.ok) {
      output.push(JSON.stringify({ input, org: resolution.org, name: resolution.name }));
    } else {
      failed = true;
      output.push(JSON.stringify({ input, error: describeResolution(resolution) }));
    }
  }
  return { output, failed };
}

/**
 * The languages the arguments ask for: `--lang XX` (or `--lang=XX`) is XX and English; none is
 * every language. A string for an argument the CLI does not take.
 * @example languagesFromArgs(["--lang", "de"]) // ["en", "de"]
 */
export function languagesFromArgs(args: readonly string[]): readonly NameLanguage[] | string {
  if (args.length === 0) return EVERY_NAME_LANGUAGE;
  const [flag = "", value = ""] = args.length === 1 ? (args[0]?.split("=") ?? []) : args;
  if (flag !== "--lang" || args.length > 2 || (args.length === 1 && !args[0]?.includes("=")))
    return `usage: npm run --silent resolve [-- --lang ${NAME_LANGUAGES.join("|")}]`;
  return isNameLanguage(value) ? nameLanguagesFor(value) : `resolve: --lang ${JSON.stringify(value)} is not one of ${NAME_LANGUAGES.join(", ")}`;
}

/** Reads all of stdin, writes the answers, sets the exit status. */
async function main(): Promise<void> {
  const languages = languagesFromArgs(process.argv.slice(2));
  if (typeof languages === "string") {
    process.stderr.write(`${languages}\n`);
    process.exitCode = 2;
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { output, failed } = resolveLines(Buffer.concat(chunks).toString("utf8").split("\n"), languages);
  process.stdout.write(output.map((line) => `${line}\n`).join(""));
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void main();
}

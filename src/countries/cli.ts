// `npm run --silent resolve`: names on stdin, one a line; one JSON object a line on stdout, in
// the same order; exit status 1 when any line failed. Format: the public contract's "Resolver CLI" (README, "The resolver").
import { fileURLToPath } from "node:url";
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
function resolveLines(lines: string[]): { output: string[]; failed: boolean } {
  const output: string[] = [];
  let failed = false;
  for (const rawLine of lines) {
    const input = rawLine.replace(/\r$/, "");
    if (input.trim() === "") continue;
    const resolution = resolveCountry(input.trim());
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

/** Reads all of stdin, writes the answers, sets the exit status. */
async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { output, failed } = resolveLines(Buffer.concat(chunks).toString("utf8").split("\n"));
  process.stdout.write(output.map((line) => `${line}\n`).join(""));
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void main();
}

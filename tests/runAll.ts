// `npm test`: the type check and the linter first (they fail fast), then the unit and component
// tests in the time the browser tests spend waiting on pages. The unit tests' report is held back
// and printed after the browser tests' own, so the two never interleave; the exit code is the
// first failure's.
import { spawn, spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

for (const script of ["typecheck", "lint"]) {
  const { status } = spawnSync(npm, ["run", "--silent", script], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

/** Runs an npm script with its output kept, for printing once the browser tests are done. */
function runHeldBack(script: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(npm, ["run", "--silent", script], { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (status) => resolve({ status: status ?? 1, output }));
  });
}

function runShown(script: string): Promise<number> {
  return new Promise((resolve) => spawn(npm, ["run", "--silent", script], { stdio: "inherit" }).on("close", (status) => resolve(status ?? 1)));
}

console.log("Unit and component tests run beside the browser tests; their report follows the browser tests'.");
const [unit, browser] = await Promise.all([runHeldBack("test:unit"), runShown("test:browser")]);
process.stdout.write(`\n== unit and component tests\n${unit.output}`);
if (unit.status !== 0) console.error("The unit or component tests failed (report above).");
if (browser !== 0) console.error("The browser tests failed (their report is above the unit tests').");
process.exit(unit.status || browser);

// `npm test`: the checks in turn, stopping at the first that fails, then how long each took, so a
// slow part shows itself. The type check and the lint run side by side: each is one process on one
// core, and the machines have two (44 s so, against 33 s + 30 s one after the other, measured on a
// shared two-core machine).
import { spawn } from "node:child_process";

interface Part {
  name: string;
  /** The package.json script that runs it. */
  script: string;
}

/** Parts in one group run at the same time; the groups run one after another. */
const GROUPS: Part[][] = [
  [
    { name: "typecheck", script: "typecheck" },
    { name: "lint", script: "lint" },
  ],
  [{ name: "unit", script: "test:unit" }],
  [{ name: "browser", script: "test:browser" }],
];

interface Outcome {
  part: Part;
  seconds: number;
  ok: boolean;
}

/** Runs one part; alongside others its output is held back and printed whole when it ends, so lines do not interleave. */
function run(part: Part, alone: boolean): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", part.script], { stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"] });
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      if (!alone && output.length > 0) process.stdout.write(Buffer.concat(output));
      resolve({ part, seconds: (performance.now() - started) / 1000, ok: code === 0 });
    });
  });
}

const outcomes: Outcome[] = [];
for (const group of GROUPS) {
  console.log(`\n== ${group.map((part) => part.name).join(" and ")}`);
  outcomes.push(...(await Promise.all(group.map((part) => run(part, group.length === 1)))));
  if (outcomes.some((outcome) => !outcome.ok)) break;
}

const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.part.name);
console.log("\nnpm test, time per part:");
for (const group of GROUPS) {
  for (const part of group) {
    const outcome = outcomes.find((done) => done.part === part);
    const alongside =
      group.length > 1
        ? ` (alongside ${group
            .filter((other) => other !== part)
            .map((other) => other.name)
            .join(", ")})`
        : "";
    const time = outcome ? `${outcome.seconds.toFixed(1).padStart(6)} s` : "  not run";
    console.log(`  ${part.name.padEnd(10)}${time}${outcome && !outcome.ok ? "  FAILED" : ""}${alongside}`);
  }
}
console.log(`  ${"total".padEnd(10)}${(performance.now() / 1000).toFixed(1).padStart(6)} s`);
if (failed.length > 0) {
  console.log(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}

import { execFileSync } from "node:child_process";

/**
 * Builds the naive reference app into `outDir` in its own process with NODE_ENV=production: with
 * NODE_ENV unset to something else ("test", "development") Vite would bundle React's development build.
 */
export function buildNaive(outDir: string): void {
  execFileSync("npx", ["tsx", "tests/bench/naive/build.ts", outDir], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
}

/** Builds the hand-written D3 peer (tests/bench/d3peer) into `outDir`, in its own process like the naive reference. */
export function buildD3Peer(outDir: string): void {
  execFileSync("npx", ["tsx", "tests/bench/d3peer/build.ts", outDir], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
}

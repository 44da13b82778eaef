import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where a Chromium to test with lives: $CHROME_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download cache. Returns undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", ...playwrightCache(env)];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

function playwrightCache(env: NodeJS.ProcessEnv): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(root)) return [];
  const found: string[] = [];
  for (const dir of readdirSync(root).sort().reverse()) {
    if (dir.startsWith("chromium-")) found.push(join(root, dir, "chrome-linux64", "chrome"), join(root, dir, "chrome-linux", "chrome"));
    if (dir.startsWith("chromium_headless_shell-")) {
      found.push(join(root, dir, "chrome-headless-shell-linux64", "chrome-headless-shell"), join(root, dir, "chrome-linux", "headless_shell"));
    }
  }
  return found;
}

/** Flags for a headless run on a machine with no network but loopback (see DEVELOPERS notes in README). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

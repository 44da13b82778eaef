// `npm run test:browser`: the browser tests, or one clear line when there is no Chromium to run them in.
import { spawnSync } from "node:child_process";
import { findChromium } from "./findChromium";

const chromium = findChromium();
if (!chromium) {
  console.log(
    "Browser tests skipped: no Chromium found. Set CHROME_PATH, or install one (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium).",
  );
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", "--project", "browser", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);

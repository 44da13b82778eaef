// EXPERIMENT (preact-experiment): after hydration and a few interactions, does every id reference
// (for, aria-labelledby/-describedby/-controls) still point at an element? React's useId ids are in
// the prerendered markup; Preact's differ ("P0-1") and Preact does not rewrite attributes on hydration.
//   npx tsx tests/bench/preactIdCheck.ts <served base URL>
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";

const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors: string[] = [];
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
const broken = () =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("[for],[aria-labelledby],[aria-describedby],[aria-controls]")) {
      for (const attr of ["for", "aria-labelledby", "aria-describedby", "aria-controls"]) {
        for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean))
          if (!document.getElementById(id)) out.push(`${el.tagName.toLowerCase()} ${attr}=${id}`);
      }
    }
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id).filter((id) => /^(_R_|P\d)/.test(id));
    return { out, ids };
  });
await page.goto(new URL("./?country=de", base).href);
await page.locator("svg [data-iso]").first().waitFor();
await page.waitForTimeout(1500);
console.log("after hydration", JSON.stringify(await broken()));
for (const name of [/download/i, /embed/i]) {
  const button = page.getByRole("button", { name }).first();
  if (await button.count()) {
    await button.click();
    await page.waitForTimeout(500);
    console.log(`after clicking ${name}`, JSON.stringify(await broken()));
    await page.keyboard.press("Escape");
  }
}
console.log("errors", errors);
await browser.close();

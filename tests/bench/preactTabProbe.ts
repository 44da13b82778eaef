// EXPERIMENT: where does Tab land on the map? npx tsx tests/bench/preactTabProbe.ts <base URL>
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(new URL("./", process.argv[2]!).href);
await page.locator("svg [data-iso]").first().waitFor();
await page.waitForTimeout(1000);
console.log(
  "tab attributes on [data-iso]:",
  await page.evaluate(() => {
    const count: Record<string, number> = {};
    for (const e of document.querySelectorAll("svg [data-iso]"))
      for (const a of e.getAttributeNames())
        if (/tab/i.test(a)) {
          const k = `${e.tagName}.${a}=${e.getAttribute(a)}`;
          count[k] = (count[k] ?? 0) + 1;
        }
    return count;
  }),
);
for (let i = 0; i < 20; i++) {
  await page.keyboard.press("Tab");
  const info = await page.evaluate(() => {
    const e = document.activeElement;
    return e
      ? {
          inSvg: !!e.closest("svg"),
          tag: e.tagName,
          attrs: e
            .getAttributeNames()
            .filter((a) => a !== "d")
            .map((a) => `${a}=${e.getAttribute(a)}`),
        }
      : null;
  });
  if (info?.inSvg) {
    console.log("tab", i, JSON.stringify(info));
    break;
  }
}
await browser.close();

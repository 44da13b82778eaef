// compare=ID (issue #13): two real bundled statements on one map.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { nameResolver } from "../../src/countries/resolveCountry";
import { en } from "../../src/i18n/messages";
import { readStatementFile } from "../../src/statement/readStatementFile";
import type { Statement } from "../../src/statement/types";
import { failedRequest, launch, reusedPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

/** A bundled statement as the build reads it, to know from the files, not from the page, who signed what. */
function bundled(id: string): Statement {
  const text = readFileSync(new URL(`../../public/statements/${id}.json`, import.meta.url), "utf8");
  const result = readStatementFile(text, id, nameResolver, { expectedId: id });
  if (!result.ok) throw new Error(`${id} does not validate`);
  return result.statement;
}
const countriesOf = (statement: Statement) =>
  new Set([...statement.signatories, ...statement.additions].flatMap((party) => (party.kind === "country" ? [party.iso2] : [])));

const FIRST = "dprk-russia-missiles-2024";
const SECOND = "future-of-the-internet-declaration-2022";

describe("two statements compared", () => {
  it("colours who signed both, only the first and only the second, counts each, and says which is which", async () => {
    const a = countriesOf(bundled(FIRST));
    const b = countriesOf(bundled(SECOND));
    const both = [...a].filter((iso) => b.has(iso));
    const onlyFirst = [...a].filter((iso) => !b.has(iso));
    const onlySecond = [...b].filter((iso) => !a.has(iso));
    const { page, errors } = await shared.open(`./?compare=${SECOND}`);
    const legend = page.locator(".legend");
    await expect.poll(() => legend.textContent()).toContain(en.legendBoth(both.length));
    expect(await legend.textContent()).toContain(en.legendFirstOnly(onlyFirst.length));
    expect(await legend.textContent()).toContain(en.legendSecondOnly(onlySecond.length));
    const category = (iso: string) => page.locator(`svg [data-iso="${iso}"]`).first().getAttribute("data-category");
    for (const iso of both.slice(0, 5)) expect(await category(iso)).toBe("both");
    for (const iso of onlyFirst.slice(0, 5)) expect(await category(iso)).toBe("first");
    for (const iso of onlySecond.slice(0, 5)) expect(await category(iso)).toBe("second");
    // data-status stays about the page's own statement.
    expect(await page.locator(`svg [data-iso="${onlySecond[0]}"]`).first().getAttribute("data-status")).toBe("other");
    const section = page.locator('details[data-section="compare"]');
    expect(await section.textContent()).toContain("First: 48 nations condemn");
    expect(await section.textContent()).toContain("Second: ");
    expect(await section.locator('[data-part="second"] [data-iso]').count()).toBe(onlySecond.length);
    // The link back shows the first statement alone.
    await section.getByRole("link", { name: en.compareStop }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBeNull();
    await expect.poll(() => page.locator(".legend").textContent()).toContain("48 countries + the EU signed");
    expect(errors).toEqual([]);
  });

  it("says so, and shows the first statement alone, when the other cannot be loaded", async () => {
    const { page, errors } = await shared.open("./?compare=no-such-statement", undefined, {
      allow: [failedRequest(/\/statements\/no-such-statement\.json/)],
    });
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "no-such-statement" }).first().textContent())
      .toBe(en.compareFailed("no-such-statement"));
    expect(await page.locator(".legend").textContent()).toContain("48 countries + the EU signed");
    expect(errors.filter((error) => !error.includes("404"))).toEqual([]);
  });
});

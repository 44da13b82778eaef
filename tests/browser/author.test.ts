// The authoring page (issue #12) in the built site, under the strict CSP: an editor's session from
// a pasted article to a downloaded statement file that the real `statement check` command passes,
// with no network request made after the page has loaded.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeId } from "../../src/authoring/readHeadFields";
import { launch, openPage, reusedPage } from "./browser";
import { SEED_ADDITIONS, SEED_SIGNATORIES, SEED_SUBJECTS } from "./seedCodes";

const SEED_ARTICLE = readFileSync(new URL("../fixtures/articles/seed-dpa-afx-2024.txt", import.meta.url), "utf8");
/** The seed with a typo and a name that is two countries, as an editor may meet them. */
const MANGLED = SEED_ARTICLE.replace("Germany,", "Germny,").replace(", South Korea,", ", Korea,");

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), "signatory-map-author-"));
});
afterAll(async () => {
  await browser?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** One page for the tests that need a page at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

/**
 * Opens author.html and waits until it has loaded all it will load (the article box shows only
 * then); from there on, every request the page makes is recorded.
 */
async function openAuthor(): Promise<{ page: Page; context: BrowserContext; errors: string[]; requests: string[] }> {
  const { page, errors } = await shared.open("./author.html");
  await article(page).waitFor();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, context: page.context(), errors, requests };
}

const article = (page: Page) => page.getByRole("textbox", { name: "Article", exact: true });

/** Pastes text into the article box through the clipboard, as an editor does. */
async function paste(page: Page, context: BrowserContext, text: string) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await article(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

/** Resolves MANGLED's two names as an editor does, from the choosers: "Germny" is Germany, "Korea" South Korea. */
async function chooseMangledNames(page: Page) {
  await page
    .getByRole("group", { name: /“Germny”/ })
    .getByRole("button", { name: "Germany (DE)" })
    .click();
  await page
    .getByRole("group", { name: /“Korea”/ })
    .getByRole("button", { name: "South Korea (KR)" })
    .click();
}

/** Each country on the page's map with its status (shapes and markers alike). */
const statusesOnMap = (page: Page) =>
  page
    .locator("svg.map-svg [data-iso]")
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute("data-iso")!, el.getAttribute("data-status")!])));

const statusOf = (page: Page, iso: string) => page.locator(`svg.map-svg [data-iso="${iso}"]`).first().getAttribute("data-status");

/** What the file box holds now: the file as it would download. */
const fileText = async (page: Page) => {
  const box = page.getByRole("textbox", { name: /^The file / });
  if (!(await box.isVisible())) await page.getByText("Show the file").click();
  return box.inputValue();
};

/** Runs the real command on a file: `npx tsx src/cli/statement.ts check FILE`. */
function statementCheck(path: string) {
  const result = spawnSync("npx", ["tsx", "src/cli/statement.ts", "check", path], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the authoring page", () => {
  it("draws the pasted seed as the reader will see it: 48 signatories and the EU, North Korea and Russia hatched", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await paste(page, context, SEED_ARTICLE);
    await expect.poll(() => statusOf(page, "RU")).toBe("subject");

    // The same statuses as the full page draws for the seed, less the two countries that joined later.
    const onAuthor = await statusesOnMap(page);
    const { page: full, context: fullContext } = await openPage(browser, "./");
    const onFullPage = await statusesOnMap(full);
    await fullContext.close();
    for (const iso of SEED_ADDITIONS) onFullPage[iso] = "other";
    expect(onAuthor).toEqual(onFullPage);
    for (const iso of SEED_SIGNATORIES) expect(onAuthor[iso], iso).toBe("signatory");
    for (const iso of SEED_SUBJECTS) {
      expect(onAuthor[iso], iso).toBe("subject");
      // Hatched: the page's own subject category, filled with the hatch pattern.
      const fill = await page.locator(`svg.map-svg path[data-iso="${iso}"]`).evaluate((el) => getComputedStyle(el).fill);
      expect(fill).toContain("subject-hatch");
    }
    // The page's own legend and panel: the EU counted apart, as an organisation.
    await expect.poll(() => page.locator(".legend").textContent()).toContain("48 countries + the EU signed");
    expect(await page.locator(".legend").textContent()).toContain("2 subjects of the statement");
    expect(await page.locator('.panel [data-org="EU"]').count()).toBe(1);
    expect(await page.getByRole("status").filter({ hasText: "is valid: statement check passes it" }).count()).toBe(1);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fixes each unknown or ambiguous name with its chooser, and the map follows", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await paste(page, context, MANGLED);
    const germny = page.getByRole("group", { name: /“Germny”/ });
    const korea = page.getByRole("group", { name: /“Korea”/ });
    await expect.poll(() => germny.textContent()).toContain("closest: Germany (DE)");
    expect(await korea.textContent()).toContain("ambiguous: North Korea (KP) or South Korea (KR)");
    expect(await statusOf(page, "DE")).toBe("other");
    expect(await statusOf(page, "KR")).toBe("other");
    // The parser's messages, with field and value, as `statement check` prints them.
    const problems = await page.getByRole("list", { name: "Problems in the file" }).textContent();
    expect(problems).toContain('signatories[16] "Germny" is unknown');
    expect(problems).toContain('signatories[39] "Korea" is ambiguous');

    await germny.getByRole("button", { name: "Germany (DE)" }).click();
    await korea.getByRole("button", { name: "South Korea (KR)" }).click();
    await expect.poll(() => statusOf(page, "DE")).toBe("signatory");
    expect(await statusOf(page, "KR")).toBe("signatory");
    // North Korea stays a subject: choosing South Korea did not touch it.
    expect(await statusOf(page, "KP")).toBe("subject");
    expect(await page.getByRole("group", { name: /“Germny”|“Korea”/ }).count()).toBe(0);
    expect(await page.getByRole("list", { name: "Problems in the file" }).count()).toBe(0);
    const file = JSON.parse(await fileText(page)) as { signatories: string[] };
    expect(file.signatories[16]).toBe("Germany");
    expect(file.signatories[39]).toBe("South Korea");

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("leaves a name out when the editor chooses so", async () => {
    const { page, context, errors } = await openAuthor();
    await paste(page, context, MANGLED);
    await page
      .getByRole("group", { name: /“Korea”/ })
      .getByRole("button", { name: "Leave it out" })
      .click();
    await expect.poll(() => page.getByRole("group", { name: /“Korea”/ }).count()).toBe(0);
    expect(JSON.parse(await fileText(page)).signatories).not.toContain("Korea");
    expect(errors).toEqual([]);
  });

  it("moves a country from neither to signatory by a click on the map and back, and by the list", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await paste(page, context, SEED_ARTICLE);
    await expect.poll(() => statusOf(page, "RU")).toBe("subject");
    expect(await statusOf(page, "BR")).toBe("other");

    await page.locator('svg.map-svg path[data-iso="BR"]').click();
    const brazil = page.getByRole("group", { name: "Brazil in the statement file" });
    expect(await brazil.getByRole("button", { name: "Neither" }).getAttribute("aria-pressed")).toBe("true");
    await brazil.getByRole("button", { name: "Signatory" }).click();
    await expect.poll(() => statusOf(page, "BR")).toBe("signatory");
    expect(await page.locator(".legend").textContent()).toContain("49 countries + the EU signed");
    expect(JSON.parse(await fileText(page)).signatories).toContain("Brazil");
    // The text states 48 countries: the list's 49 are a warning, not an error.
    expect(await page.getByRole("list", { name: "Problems in the file" }).textContent()).toContain("warning: ");

    await brazil.getByRole("button", { name: "Neither" }).click();
    await expect.poll(() => statusOf(page, "BR")).toBe("other");
    expect(JSON.parse(await fileText(page)).signatories).not.toContain("Brazil");

    // From the list: Russia made a signatory with its menu, then a subject again from the map.
    await page.getByRole("combobox", { name: "Russia: in the file as" }).selectOption("signatory");
    await expect.poll(() => statusOf(page, "RU")).toBe("signatory");
    await page.getByRole("button", { name: "Russia", exact: true }).first().click();
    await page.getByRole("group", { name: "Russia in the statement file" }).getByRole("button", { name: "Subject" }).click();
    await expect.poll(() => statusOf(page, "RU")).toBe("subject");

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("drops and edits claims; says so when an edited quote is no longer in the text", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await paste(page, context, SEED_ARTICLE);
    const claims = () => page.locator(".panel .claim-words").allTextContents();
    await expect.poll(async () => (await claims()).length).toBeGreaterThan(2);
    const [first, second] = await claims();

    // Drop the first: gone from the panel and the file, waiting below to be kept again.
    await page
      .getByRole("group", { name: `Claim: ${first}`, exact: true })
      .getByRole("button", { name: "Drop" })
      .click();
    await expect.poll(claims).not.toContain(first);
    expect((JSON.parse(await fileText(page)) as { claims: { claim: string }[] }).claims.map((c) => c.claim)).not.toContain(first);
    expect(await page.getByRole("button", { name: `Keep: ${first}` }).count()).toBe(1);

    // Edit the second's words, speaker and voice.
    const edited = page.getByRole("group", { name: `Claim: ${second}`, exact: true });
    await edited.getByRole("textbox", { name: "Claim" }).fill("Grave concern about security in Europe and Asia");
    const group = page.getByRole("group", { name: "Claim: Grave concern about security in Europe and Asia", exact: true });
    await group.getByRole("textbox", { name: "By" }).fill("the 48 ministers");
    await group.getByRole("combobox", { name: "Voice" }).selectOption("reported");
    await expect.poll(claims).toContain("Grave concern about security in Europe and Asia");
    expect(await page.locator(".claim-group-reported .claim-by").allTextContents()).toContain("the 48 ministers");

    // A quote edited out of the text: the parser's message, there and in the file's problems.
    const quote = group.getByRole("textbox", { name: "Quote" });
    const original = await quote.inputValue();
    await quote.fill(`${original} (sic)`);
    await expect.poll(() => group.getByRole("alert").textContent()).toContain("is not in the text");
    expect(await quote.getAttribute("aria-invalid")).toBe("true");
    // claims[0]: the first claim is dropped, so the edited one is the file's first. Long values are shown cut short.
    const problems = await page.getByRole("list", { name: "Problems in the file" }).textContent();
    expect(problems).toContain(`claims[0].quote "${original.slice(0, 40)}`);
    expect(problems).toContain("is not in the text");
    await quote.fill(original);
    await expect.poll(() => group.getByRole("alert").count()).toBe(0);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("downloads a file that the real `statement check` passes, and copies the same file", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await paste(page, context, MANGLED);
    await chooseMangledNames(page);
    await page.getByRole("textbox", { name: "Title" }).fill("48 nations condemn North Korean missile supply to Russia");
    await page.getByRole("textbox", { name: "Source URL" }).fill("https://example.org/dpa-afx/48-nations");
    await page.locator('svg.map-svg path[data-iso="BR"]').click();
    await page.getByRole("group", { name: "Brazil in the statement file" }).getByRole("button", { name: "Signatory" }).click();
    const first = (await page.locator(".panel .claim-words").allTextContents())[0]!;
    await page
      .getByRole("group", { name: `Claim: ${first}`, exact: true })
      .getByRole("button", { name: "Drop" })
      .click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "is valid: statement check passes it" }).count()).toBe(1);

    // The id follows the new title, as the draft made it from the old one.
    const id = makeId("48 nations condemn North Korean missile supply to Russia", "2024-01-10");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Download ${id}.json` }).click()]);
    expect(download.suggestedFilename()).toBe(`${id}.json`);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    const saved = readFileSync(path, "utf8");
    expect(saved).toBe(await fileText(page));
    const file = JSON.parse(saved) as { signatories: string[]; subjects: string[]; source: { url: string }; claims: { claim: string }[] };
    expect(file.signatories).toEqual(expect.arrayContaining(["Germany", "South Korea", "Brazil"]));
    expect(file.subjects).toEqual(["North Korea", "Russia"]);
    expect(file.source.url).toBe("https://example.org/dpa-afx/48-nations");
    expect(file.claims.map((c) => c.claim)).not.toContain(first);

    const check = statementCheck(path);
    expect(check.stderr).toContain("warning: "); // 49 countries listed, 48 stated: shown, not refused
    expect(check.stdout).toContain(`${id}.json: ok (49 countries, 1 organisation, 0 later signatories, 2 subjects,`);
    expect(check.status).toBe(0);

    await page.getByRole("button", { name: "Copy the file" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Copied." }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(saved);

    // The download is a blob: URL made in the page; nothing went to the network.
    expect(requests.filter((url) => !url.startsWith("blob:"))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fails `statement check` for the reasons the page showed, when downloaded with problems left", async () => {
    const { page, context, errors } = await openAuthor();
    await paste(page, context, MANGLED);
    const shown = await page.getByRole("list", { name: "Problems in the file" }).locator("li").allTextContents();
    expect(shown).toHaveLength(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download / }).click()]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    const check = statementCheck(path);
    expect(check.status).toBe(1);
    // The command names the file by the path it was given; the page by the file's name.
    expect(
      check.stderr
        .trim()
        .split("\n")
        .map((line) => line.replace(path, download.suggestedFilename())),
    ).toEqual(shown);
    expect(errors).toEqual([]);
  });

  it("works offline once loaded: drafts, fixes a name, moves a country and downloads with the network gone", async () => {
    const { page, context, errors, requests } = await openAuthor();
    await context.setOffline(true);
    await paste(page, context, MANGLED);
    await chooseMangledNames(page);
    await expect.poll(() => statusOf(page, "DE")).toBe("signatory");
    await page.locator('svg.map-svg path[data-iso="PL"]').click();
    await page.getByRole("group", { name: "Poland in the statement file" }).getByRole("button", { name: "Neither" }).click();
    await expect.poll(() => statusOf(page, "PL")).toBe("other");
    // Zooming the map asks for nothing more either.
    await page.getByRole("button", { name: "Zoom to Europe", exact: true }).click();
    await page.waitForTimeout(1000);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download / }).click()]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, "utf8")).signatories).not.toContain("Poland");
    expect(statementCheck(path).status).toBe(0);
    expect(requests.filter((url) => !url.startsWith("blob:"))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("says in the page why there is no draft: blank text, an overlong paste, a text that names no one", async () => {
    const { page, context, errors } = await openAuthor();
    const notice = page.locator(".author-notice").first();
    await paste(page, context, " \n\n ");
    await expect.poll(() => notice.textContent()).toMatch(/^The article is blank/);
    // A whole page's worth of text: refused at once, the tab stays responsive.
    await paste(page, context, SEED_ARTICLE.repeat(80));
    await expect.poll(() => notice.textContent()).toMatch(/characters long: too long to draft here/);
    expect(await page.locator("svg.map-svg").count()).toBe(0);
    await paste(page, context, "The weather was fine and everyone went to the beach.");
    await expect.poll(() => notice.textContent()).toMatch(/^No signatories or subjects found/);
    expect(await page.getByRole("list", { name: "Problems in the file" }).textContent()).toContain("signatories is empty");
    expect(errors).toEqual([]);
  });

  it("says that the preview stands a date in for a missing one, in a line aligned with the preview's headline", async () => {
    const { page, context, errors } = await openAuthor();
    await paste(page, context, "Ministers condemn Russian strikes\n\nThe Foreign Ministers of France, Germany and Monaco condemned Russia's strikes.");
    const note = page.getByRole("note").filter({ hasText: /^No date yet/ });
    await note.waitFor();
    const noteText = await note.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getBoundingClientRect().x;
    });
    const headlineText = await page.locator(".author-reader-view h1").evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      return range.getBoundingClientRect().x;
    });
    expect(noteText).toBeCloseTo(headlineText, 0);
    expect(errors).toEqual([]);
  });

  it("shows typed text at once and drafts it when the typing pauses or the box is left", async () => {
    const { page, errors } = await openAuthor();
    const title = "France and Germany condemn the strikes";
    const typed = `${title}\n\nPARIS - The foreign ministers of France and Germany condemned the strikes in a joint statement on 10 January 2024.`;
    await article(page).focus();
    await page.keyboard.type(typed);
    expect(await article(page).inputValue()).toBe(typed);
    await expect.poll(() => page.locator('svg.map-svg path[data-iso="DE"]').getAttribute("data-status")).toBe("signatory");
    expect(await page.getByRole("heading", { level: 1, name: title }).count()).toBe(1);
    // Typed over, then another field is chosen: the draft follows (the timing is the component test's).
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(typed.replace("of France and Germany", "of France, Germany and Italy"));
    await page.getByRole("textbox", { name: "Title" }).focus();
    await expect.poll(() => page.locator('svg.map-svg path[data-iso="IT"]').getAttribute("data-status")).toBe("signatory");
    expect(errors).toEqual([]);
  });

  it("is not linked from an embed", async () => {
    const { page, context } = await openPage(browser, "./?embed=1");
    await page.locator("svg.map-svg").waitFor();
    expect(await page.locator('a[href*="author"]').count()).toBe(0);
    await context.close();
  });
});

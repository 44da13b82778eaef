// Issue #17 from the reader's side: what they type, tap or press, and what they then see, on a
// phone (375 px) and a desktop (1280 px).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { worldProjection } from "../../src/geo/worldProjection";
import { catalogues } from "../fixtures/catalogues";
import { en } from "../../src/i18n/messages";
import { launch, reusedPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One page for the tests that need the app at a URL, not a cold start (browser.ts). */
const shared = reusedPage(() => browser);

const PHONE = { width: 375, height: 700 };
const DESKTOP = { width: 1280, height: 800 };
const WIDTHS = [PHONE, DESKTOP];
const SEED_TITLE = "48 nations condemn North Korea's supply of ballistic missiles to Russia";

const country = (page: Page) => new URL(page.url()).searchParams.get("country");
/** The signatory entries the list shows, top to bottom. */
const listed = (page: Page) => page.locator(".signatories .entry[data-iso]").evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-iso")));
/** What the search answers in words (its polite region). */
const answers = (page: Page) => page.locator(".signatories .search-answers").textContent();
/** Whether an element's box lies wholly inside the window. */
const inWindow = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });

for (const viewport of WIDTHS) {
  describe(`searching the signatory list at ${viewport.width} px`, () => {
    it("knows every name the resolver knows, and loads its tables only once the reader reaches for the search", async () => {
      const { page, errors } = await shared.open("./", viewport);
      const tables: string[] = [];
      page.on("request", (request) => /\/assets\/resolveCountry-[^/]*\.js$/.test(request.url()) && tables.push(request.url()));
      await page.waitForLoadState("networkidle");
      expect(tables, "the resolver's tables are not part of the first view").toEqual([]);
      const search = page.getByLabel(en.searchLabel);
      await search.focus();
      await expect.poll(() => tables.length).toBeGreaterThan(0);

      const first = async (query: string) => {
        await search.fill(query);
        await expect.poll(async () => (await listed(page))[0]).toBeDefined();
        return listed(page);
      };
      await expect.poll(() => first("usa")).toEqual(["US"]);
      expect(await first("holland")).toEqual(["NL"]);
      expect(await first("czechia")).toEqual(["CZ"]);
      // "uk" names the United Kingdom, and Ukraine merely contains it.
      expect(await first("uk")).toEqual(["GB", "UA"]);
      // The EU's entry, above the countries.
      await search.fill("eu");
      await expect.poll(() => page.locator('.signatories [data-org="EU"]').isVisible()).toBe(true);
      expect(await answers(page)).toBe("");

      // Never a bare "no match" for a country that is on the map: how it stands, in words.
      await search.fill("cote d'ivoire");
      await expect.poll(() => answers(page)).toContain("Ivory Coast did not sign.");
      await search.fill("russia");
      await expect.poll(() => answers(page)).toContain("Russia is a subject of the statement, named as “Russia”; it did not sign.");
      await search.fill("greenland");
      await expect.poll(() => answers(page)).toContain("Greenland: Part of the Kingdom of Denmark, which signed.");
      // Denmark's entry, whose signature covers Greenland, is listed below the answer.
      expect(await listed(page)).toEqual(["DK"]);
      await search.fill("Türkiye");
      await expect.poll(() => answers(page)).toContain("Türkiye did not sign.");
      await search.fill("hungary");
      await expect
        .poll(() => answers(page))
        .toContain("Hungary did not sign. It is a member of the EU, which signed as “the High Representative of the European Union”.");
      expect(await answers(page)).not.toContain("No signatory matches");
      expect(await page.locator(".signatories .search-answers").getAttribute("role")).toBe("status");

      // Its button shows Hungary on the map: selected, and the map in view, on a phone too.
      await page.getByRole("button", { name: "Show on the map: Hungary" }).click();
      await expect.poll(() => country(page)).toBe("HU");
      await expect.poll(() => inWindow(page.locator(".map-frame"))).toBe(true);
      await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Hungary");

      // Only what matches nothing at all gets "no match".
      await search.fill("Atlantis");
      await expect.poll(() => answers(page)).toBe('No signatory matches "Atlantis".');
      expect(errors).toEqual([]);
    });

    it("selects the one country a query names when the reader presses Enter", async () => {
      const { page } = await shared.open("./", viewport);
      const search = page.getByLabel(en.searchLabel);
      await search.fill("usa");
      await expect.poll(() => listed(page)).toEqual(["US"]);
      await search.press("Enter");
      await expect.poll(() => country(page)).toBe("US");
      expect(await page.locator('.signatories [data-iso="US"] button').getAttribute("aria-pressed")).toBe("true");
      // "uk" lists two, but names one: Enter takes the United Kingdom.
      await search.fill("uk");
      await expect.poll(() => listed(page)).toEqual(["GB", "UA"]);
      await search.press("Enter");
      await expect.poll(() => country(page)).toBe("GB");
      // A country that did not sign is selected too, and the map says how it stands.
      await search.fill("hungary");
      await expect.poll(() => answers(page)).toContain("Hungary did not sign.");
      await search.press("Enter");
      await expect.poll(() => country(page)).toBe("HU");
      await expect.poll(() => page.locator(".selection-note").textContent()).toContain("Hungary did not sign.");
      // Several matches and none named: Enter leaves the selection as it is.
      await search.fill("land");
      await expect.poll(async () => (await listed(page)).length).toBeGreaterThan(1);
      await search.press("Enter");
      await page.waitForTimeout(200);
      expect(country(page)).toBe("HU");
    });

    it("finds countries by their German names on a German page, and answers in German", async () => {
      const { page } = await shared.open("./?lang=de", viewport);
      const de = catalogues.de!;
      const search = page.getByLabel(de.searchLabel);
      await search.fill("Österreich");
      await expect.poll(() => listed(page)).toEqual(["AT"]);
      await search.fill("Ungarn");
      await expect.poll(() => answers(page)).toContain("Ungarn: nicht unterzeichnet.");
      await page.getByRole("button", { name: de.showOnMap("Ungarn") }).click();
      await expect.poll(() => country(page)).toBe("HU");
    });
  });
}

describe("searching a statement that writes Côte d’Ivoire", () => {
  it("finds its entry by 'cote d'ivoire', typed without accent and with a straight apostrophe", async () => {
    const { page } = await shared.open("./?statement=nuclear-humanitarian-consequences-2014", PHONE);
    const search = page.getByLabel(en.searchLabel);
    await search.fill("cote d'ivoire");
    await expect.poll(() => listed(page)).toEqual(["CI"]);
  });
});

describe("choosing a country in the list on a phone", () => {
  it("says what it did right at the entry, and brings the map into view on demand", async () => {
    const { page } = await shared.open("./", PHONE);
    const entry = page.locator('.signatories [data-iso="FR"]');
    await entry.locator("button").click();
    await expect.poll(() => country(page)).toBe("FR");
    // The map is far above; the answer is where the reader is.
    expect(await inWindow(page.locator(".map-frame"))).toBe(false);
    const standing = page.locator('.signatories [data-standing-of="FR"]');
    await expect.poll(() => standing.textContent()).toContain("France signed on 10 January 2024, listed as “France”.");
    expect(await inWindow(standing)).toBe(true);
    // Screen readers hear it from the map's polite note.
    expect(await page.locator(".selection-note").textContent()).toContain("France signed on 10 January 2024");
    await standing.getByRole("button", { name: "Show on the map: France" }).click();
    await expect.poll(() => inWindow(page.locator(".map-frame"))).toBe(true);
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("France");
    expect(country(page)).toBe("FR");
  });

  it("on a desktop, where the map is beside the list, says it at the entry without a button to scroll", async () => {
    const { page } = await shared.open("./", DESKTOP);
    const entry = page.locator('.signatories [data-iso="FR"]');
    await entry.locator("button").click();
    const standing = page.locator('.signatories [data-standing-of="FR"]');
    await expect.poll(() => standing.textContent()).toContain("France signed on 10 January 2024");
    expect(await standing.locator(".show-on-map").count()).toBe(1);
    expect(await standing.locator(".show-on-map").isVisible()).toBe(false);
    expect(await inWindow(page.locator(".map-frame"))).toBe(true);
  });
});

describe("Back and Forward", () => {
  for (const viewport of WIDTHS) {
    it(`walk the reader's selections on the full page at ${viewport.width} px, without leaving it`, async () => {
      const { page } = await shared.open("./", viewport);
      const pressed = (iso: string) => page.locator(`.signatories [data-iso="${iso}"] button`).getAttribute("aria-pressed");
      await page.locator('.signatories [data-iso="DE"] button').click();
      await expect.poll(() => country(page)).toBe("DE");
      await page.locator('.signatories [data-iso="FR"] button').click();
      await expect.poll(() => country(page)).toBe("FR");
      await page.goBack();
      await expect.poll(() => country(page)).toBe("DE");
      await expect.poll(() => pressed("DE")).toBe("true");
      expect(await pressed("FR")).toBe("false");
      await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Germany");
      await page.goBack();
      await expect.poll(() => country(page)).toBeNull();
      await expect.poll(() => pressed("DE")).toBe("false");
      expect(await page.locator("#statement-title").textContent()).toBe(SEED_TITLE);
      await page.goForward();
      await expect.poll(() => country(page)).toBe("DE");
      await expect.poll(() => pressed("DE")).toBe("true");
    });
  }

  it("are never touched by an embed: choosing countries adds no history entry", async () => {
    const { page } = await shared.open("./?embed=1&panel=open", PHONE);
    const before = await page.evaluate(() => history.length);
    await page.locator('.signatories [data-iso="DE"] button').click();
    await expect.poll(() => country(page)).toBe("DE");
    await page.locator('.signatories [data-iso="FR"] button').click();
    await expect.poll(() => country(page)).toBe("FR");
    await page.locator('.signatories [data-iso="JP"] button').click();
    await expect.poll(() => country(page)).toBe("JP");
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

describe("zooming", () => {
  for (const viewport of WIDTHS) {
    it(`returns to the whole world, centred, after +, a drag and − at ${viewport.width} px`, async () => {
      const { page } = await shared.open("./", viewport);
      const group = page.locator("svg.map-svg g[transform]").first();
      const whole = await group.getAttribute("transform");
      await page.getByRole("button", { name: en.zoomIn }).click();
      await expect.poll(() => group.getAttribute("transform")).toContain("scale(1.8)");
      const zoomed = await group.getAttribute("transform");
      const frame = (await page.locator(".map-frame").boundingBox())!;
      await page.mouse.move(frame.x + frame.width * 0.5, frame.y + frame.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(frame.x + frame.width * 0.7, frame.y + frame.height * 0.7, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => group.getAttribute("transform")).not.toBe(zoomed);
      await page.getByRole("button", { name: en.zoomOut }).click();
      await expect.poll(() => group.getAttribute("transform")).toBe(whole);
      // The whole world shows: Alaska's tip and New Zealand inside the map, no blank band.
      const inFrame = (iso: string) =>
        page.locator(`svg path[data-iso="${iso}"]`).evaluate((path) => {
          const box = path.getBoundingClientRect();
          const frame = path.closest(".map-frame")!.getBoundingClientRect();
          return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1 && box.left >= frame.left - 1 && box.right <= frame.right + 1;
        });
      expect(await inFrame("US")).toBe(true);
      expect(await inFrame("NZ")).toBe(true);
    });
  }
});

describe("a selected country's tooltip", () => {
  /** Where a place shows on screen, from its longitude and latitude, through the map's zoom. */
  const onScreen = async (page: Page, lon: number, lat: number) => {
    const { projection } = worldProjection(await page.evaluate(() => document.querySelector<SVGSVGElement>("svg.map-svg")!.viewBox.baseVal.width));
    const [x, y] = projection([lon, lat])!;
    return page.evaluate(
      ([vx, vy]) => {
        const group = document.querySelector<SVGGElement>("svg.map-svg g[transform]")!;
        const point = new DOMPoint(vx, vy).matrixTransform(group.getScreenCTM()!);
        return [point.x, point.y] as const;
      },
      [x, y] as [number, number],
    );
  };
  // A place in each: Wellington, Kansas, Funafuti.
  const PLACES = { NZ: [174.78, -41.29, "New Zealand"], US: [-98, 38.5, "United States"], TV: [179.2, -8.52, "Tuvalu"] } as const;

  for (const viewport of WIDTHS) {
    it(`sits next to the country and inside the map for ?country=NZ, US and TV at ${viewport.width} px`, async () => {
      for (const [iso, [lon, lat, name]] of Object.entries(PLACES)) {
        const { page } = await shared.open(`./?country=${iso}`, viewport);
        const tooltip = page.getByRole("tooltip");
        await expect.poll(() => tooltip.textContent()).toContain(name);
        await page.waitForTimeout(100);
        const box = (await tooltip.boundingBox())!;
        const frame = (await page.locator(".map-frame").boundingBox())!;
        expect(box.x, `${iso}: inside the map`).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.y, `${iso}: inside the map`).toBeGreaterThanOrEqual(frame.y - 0.5);
        expect(box.x + box.width, `${iso}: inside the map`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(box.y + box.height, `${iso}: inside the map`).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
        // Next to the country: its place is within a finger's width of the tooltip's box.
        const [x, y] = await onScreen(page, lon, lat);
        const gap = Math.hypot(Math.max(box.x - x, 0, x - (box.x + box.width)), Math.max(box.y - y, 0, y - (box.y + box.height)));
        expect(gap, `${iso}: the tooltip is ${Math.round(gap)} px from ${name}`).toBeLessThanOrEqual(40);
      }
    });
  }

  for (const viewport of WIDTHS) {
    it(`says a territory is part of the state that signed, when selected and on hover, at ${viewport.width} px`, async () => {
      const { page } = await shared.open("./?country=PR", viewport);
      const tooltip = page.getByRole("tooltip");
      await expect.poll(() => tooltip.textContent()).toMatch(/^Puerto RicoPart of the United States.*, which signed$/);
      const greenland = (await page.locator('svg path[data-iso="GL"]').boundingBox())!;
      await page.mouse.move(greenland.x + greenland.width * 0.5, greenland.y + greenland.height * 0.6);
      await expect.poll(() => tooltip.textContent()).toBe("GreenlandPart of the Kingdom of Denmark, which signed");
    });
  }
});

describe("the Theme menu", () => {
  const themeMenu = (page: Page, lang = "en") => page.getByLabel(catalogues[lang]!.themeLabel, { exact: true });
  const shown = (menu: Locator) => menu.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);

  for (const viewport of WIDTHS) {
    for (const lang of ["en", "de"]) {
      it(`shows Dark under ?theme=dark (${lang}, ${viewport.width} px)`, async () => {
        const { page } = await shared.open(`./?theme=dark${lang === "en" ? "" : `&lang=${lang}`}`, viewport);
        const menu = themeMenu(page, lang);
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
        await expect.poll(() => shown(menu)).toBe(catalogues[lang]!.themeDark);
        // After the page has settled too (a hydrated page renders its prerendered view first).
        await page.waitForLoadState("networkidle");
        expect(await shown(menu)).toBe(catalogues[lang]!.themeDark);
      });
    }
  }

  it("follows Back and Forward, as the page does", async () => {
    const { page } = await shared.open("./?theme=dark", DESKTOP);
    const menu = themeMenu(page);
    await page.locator('.signatories [data-iso="DE"] button').click();
    await expect.poll(() => country(page)).toBe("DE");
    await menu.selectOption("light");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("theme")).toBe("dark");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect.poll(() => shown(menu)).toBe(en.themeDark);
    await page.goForward();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await expect.poll(() => shown(menu)).toBe(en.themeLight);
  });

  it("is not clipped in Ukrainian at 1280 px", async () => {
    const { page } = await shared.open("./?lang=uk", DESKTOP);
    const uk = catalogues.uk!;
    const menus = [page.getByLabel(uk.themeLabel, { exact: true }), page.getByLabel(uk.languageLabel, { exact: true })];
    for (const menu of menus) {
      const fit = await menu.evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement("canvas").getContext("2d")!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const widest = Math.max(...[...select.options].map((option) => context.measureText(option.text).width));
        const box = select.getBoundingClientRect();
        const tools = select.closest(".page-tools")!.getBoundingClientRect();
        return {
          room: select.clientWidth - parseFloat(style.paddingLeft) - widest,
          inside: box.left >= tools.left && box.right <= tools.right && box.right <= window.innerWidth,
        };
      });
      // Room for the widest option's text, with the arrow beside it (about 16 px), inside the page.
      expect(fit.room).toBeGreaterThanOrEqual(16);
      expect(fit.inside).toBe(true);
    }
  });

  it("keeps each label on the line of its menu on a phone, in every language", async () => {
    for (const lang of ["en", "de", "fr", "uk", "ko"]) {
      const { page } = await shared.open(`./?lang=${lang}`, { width: 320, height: 700 });
      const messages = catalogues[lang]!;
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const name of [messages.languageLabel, messages.themeLabel]) {
        const menu = page.getByLabel(name, { exact: true });
        const [label, select] = await menu.evaluate((select: HTMLSelectElement) =>
          [select.labels[0]!, select].map((element) => {
            const box = element.getBoundingClientRect();
            return { middle: box.top + box.height / 2, right: box.right };
          }),
        );
        expect(Math.abs(label!.middle - select!.middle), `${lang}: "${name}" beside its menu`).toBeLessThan(4);
        expect(select!.right).toBeLessThanOrEqual(320);
      }
    }
  });
});

describe("the page in the reader's language", () => {
  it("titles the page in its language at run time: German, Korean, and English as prerendered", async () => {
    for (const lang of ["de", "ko"]) {
      const { page } = await shared.open(`./?lang=${lang}`, PHONE);
      await expect.poll(() => page.title()).toBe(`${SEED_TITLE} – ${catalogues[lang]!.appTitle}`);
    }
    const { page } = await shared.open("./", PHONE);
    expect(await page.title()).toBe(`${SEED_TITLE} – ${en.appTitle}`);
  });

  it("keeps Korean words whole at line ends", async () => {
    const { page } = await shared.open("./?lang=ko", PHONE);
    const context_ = page.locator(".context");
    await expect.poll(() => context_.textContent()).toMatch(/[가-힣]/);
    expect(await context_.evaluate((element) => getComputedStyle(element).wordBreak)).toBe("keep-all");
    // Every word of the Korean line sits on one line of the screen.
    const split = await context_.evaluate((element) => {
      const text = element.firstChild!;
      const words = [...(text.textContent ?? "").matchAll(/\S+/g)];
      return words
        .filter((word) => {
          const range = document.createRange();
          range.setStart(text, word.index!);
          range.setEnd(text, word.index! + word[0].length);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((word) => word[0]);
    });
    expect(split).toEqual([]);
  });
});

describe("the arrow keys on the map", () => {
  for (const viewport of WIDTHS) {
    it(`move to the nearest country that way: Right from Finland is Russia at ${viewport.width} px`, async () => {
      const { page } = await shared.open("./", viewport);
      await page.locator('svg [data-iso="FI"][tabindex]').focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-iso"))).toBe("RU");
      await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Russia");
    });
  }
});

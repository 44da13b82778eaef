// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { allCountries } from "../../../src/countries/resolveCountry";
import { saveView, type PageView } from "../../../src/export/saveView";
import { en } from "../../../src/i18n/messages";
import { themeColours } from "../../../src/map/palette";
import { makeLocale } from "../../../src/view/locale";
import { deriveStatementView } from "../../../src/view/statementView";
import { orgFactsOf } from "../../../src/countries/orgFacts";
import { parseSvg, seed, world } from "./pictures";

afterEach(() => vi.unstubAllGlobals());

const locale = makeLocale("en", en, allCountries());
const page: PageView = {
  world,
  view: deriveStatementView({ statement: seed, warnings: [], orgs: orgFactsOf(seed, ["en"]) }, locale),
  locale,
  theme: null,
  selected: null,
  outlined: null,
};

/** Runs saveView with blob: URLs and the download link's click caught: the file it saved, as text. */
async function save(choice: "svg" | "csv", view: PageView, mapSvg: Element | null, dark = false) {
  const saved: Blob[] = [];
  vi.stubGlobal("URL", Object.assign(class extends URL {}, { createObjectURL: (blob: Blob) => (saved.push(blob), "blob:test/1"), revokeObjectURL: () => {} }));
  const win = Object.assign(Object.create(window) as Window, {
    document,
    matchMedia: (query: string) => ({ matches: dark && query === "(prefers-color-scheme: dark)" }),
  });
  const prevent = (event: Event) => event.preventDefault();
  document.addEventListener("click", prevent);
  try {
    const filename = await saveView(choice, view, mapSvg, win);
    return { filename, text: await saved[0]!.text() };
  } finally {
    document.removeEventListener("click", prevent);
  }
}

/** An <svg> whose box is `width` x `height` CSS px. */
function mapOfSize(width: number, height: number) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.getBoundingClientRect = () => new DOMRect(0, 0, width, height);
  return svg;
}

describe("saveView", () => {
  it("draws the picture as wide as the map is drawn in its box, and saves it under the statement's name", async () => {
    // A box wider than the map's proportions allow: the map is drawn as wide as its height lets it.
    const { filename, text } = await save("svg", page, mapOfSize(1200, 300));
    expect(filename).toBe(`${seed.id}.svg`);
    expect(parseSvg(text).documentElement.getAttribute("width")).toBe(String(Math.round((300 * world.width) / world.height)));
  });

  it("draws in the theme the page forces, else in the system's", async () => {
    const background = async (view: PageView, dark: boolean) =>
      parseSvg((await save("svg", view, null, dark)).text)
        .querySelector("#background")
        ?.getAttribute("fill");
    expect(await background(page, true)).toBe(themeColours("dark").panelBg);
    expect(await background(page, false)).toBe(themeColours("light").panelBg);
    expect(await background({ ...page, theme: "light" }, true)).toBe(themeColours("light").panelBg);
  });

  it("draws at the prerendered map's width when the map has no size yet", async () => {
    const { text } = await save("svg", page, mapOfSize(0, 0));
    expect(parseSvg(text).documentElement.getAttribute("width")).toBe("800");
  });
});

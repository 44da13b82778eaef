// @vitest-environment jsdom
// The Download control's files, from a view as the page holds it. SVG, CSV and JSON here; the PNGs
// need a browser's canvas and are checked in tests/browser/downloads.test.ts.
import { describe, expect, it } from "vitest";
import { allCountries, nameResolver } from "../../../src/countries/resolveCountry";
import { downloadView, drawnMapWidth, type ViewToDownload } from "../../../src/export";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/messages";
import { themeColours } from "../../../src/map/palette";
import { parseStatement } from "../../../src/statement/parseStatement";
import { makeLocale, type Locale } from "../../../src/view/locale";
import { deriveStatementView } from "../../../src/view/statementView";
import { orgFactsOf } from "../../../src/countries/orgFacts";
import { readCsv } from "./csv";
import { parseSvg, seed, world } from "./pictures";

const english = makeLocale("en", en, allCountries());
const german = makeLocale("de", de, allCountries());

/** The seed as an English page shows it, light, nothing chosen; `overrides` change what the reader chose. */
const viewOf = ({ locale = english, ...overrides }: Partial<Omit<ViewToDownload, "locale">> & { locale?: Locale } = {}): ViewToDownload => ({
  world,
  view: deriveStatementView({ statement: seed, warnings: [], orgs: orgFactsOf(seed, ["en", "de"]) }, locale),
  locale,
  theme: "light",
  mapWidthPx: 800,
  selected: null,
  outlined: null,
  ...overrides,
});

const text = async (blob: Blob) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blob.arrayBuffer());

describe("downloadView", () => {
  it("draws the SVG in the page's language and theme, with its selection and outlined group, as wide as the map on screen", async () => {
    const file = await downloadView("svg", viewOf({ locale: german, theme: "dark", mapWidthPx: 861.4, selected: "FR", outlined: ["HU", "SK"] }));
    expect(file.filename).toBe(`${seed.id}.svg`);
    const svg = parseSvg(await text(file.blob)).documentElement;
    expect(svg.getAttribute("width")).toBe("861");
    expect(svg.getAttribute("xml:lang")).toBe("de");
    expect(svg.querySelector("#background")?.getAttribute("fill")).toBe(themeColours("dark").panelBg);
    expect(svg.querySelector("#title")?.getAttribute("xml:lang")).toBe("en");
    // The legend and the context line in German, as the page shows them.
    const shown = deriveStatementView({ statement: seed, warnings: [], orgs: orgFactsOf(seed, ["en", "de"]) }, german);
    expect(svg.querySelector("#legend")?.textContent).toContain(shown.legend[0]!.text);
    expect(svg.querySelector("desc")?.textContent).toBe(shown.context);
    expect(svg.querySelector("#country-FR")?.getAttribute("inkscape:label")).toBe("Frankreich");
    expect(svg.querySelectorAll("#selected path")).toHaveLength(1);
    expect(svg.querySelectorAll("#group-outline > *")).toHaveLength(2);
  });

  it("leaves out the selection and the outline when the reader has chosen none", async () => {
    const svg = parseSvg(await text((await downloadView("svg", viewOf())).blob)).documentElement;
    expect(svg.querySelector("#selected")).toBeNull();
    expect(svg.querySelector("#group-outline")).toBeNull();
    expect(svg.querySelector("#background")?.getAttribute("fill")).toBe(themeColours("light").panelBg);
  });

  it("gives a small country a marker as the page does at that width: more on a phone's map than on a desktop's", async () => {
    const markers = async (mapWidthPx: number) =>
      parseSvg(await text((await downloadView("svg", viewOf({ mapWidthPx }))).blob)).querySelectorAll("#markers [data-iso]").length;
    expect(await markers(340)).toBeGreaterThan(await markers(1400));
  });

  it("draws at the prerendered map's 800 px before the map is measured, and no narrower than its text needs", async () => {
    const widthOf = async (mapWidthPx: number | undefined) =>
      parseSvg(await text((await downloadView("svg", viewOf({ mapWidthPx }))).blob)).documentElement.getAttribute("width");
    expect(await widthOf(undefined)).toBe("800");
    expect(await widthOf(12)).toBe("240");
  });

  it("lists the parties as CSV and the statement as JSON that the statement parser accepts again", async () => {
    const csv = await downloadView("csv", viewOf({ locale: german }));
    expect(csv.filename).toBe(`${seed.id}.csv`);
    const rows = readCsv((await text(csv.blob)).slice(1));
    // The data stays in English whatever the page's language: it is for spreadsheets and pipelines.
    expect(rows.find((row) => row[2] === "CZ")?.slice(0, 5)).toEqual(["the Czech Republic", "Czech Republic", "CZ", "CZE", "203"]);
    const json = await downloadView("json", viewOf());
    expect(json.filename).toBe(`${seed.id}.json`);
    const parsed = parseStatement(JSON.parse(await text(json.blob)), json.filename, nameResolver, { expectedId: seed.id });
    expect(parsed.ok).toBe(true);
  });
});

describe("drawnMapWidth", () => {
  it("is the box's width where the box is tall enough for the map, and the height's share of it where not", () => {
    expect(drawnMapWidth({ width: 800, height: 600 }, { width: 1000, height: 500 })).toBe(800);
    expect(drawnMapWidth({ width: 900, height: 300 }, { width: 1000, height: 500 })).toBe(600);
    // An <svg> with no height yet (height: auto before layout): its width.
    expect(drawnMapWidth({ width: 700, height: 0 }, { width: 1000, height: 500 })).toBe(700);
  });
});

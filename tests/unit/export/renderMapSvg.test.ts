// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCREEN, SOCIAL, SOCIAL_HEIGHT, SOCIAL_WIDTH } from "../../../src/export/constants";
import { mapSvgSize, renderMapSvg } from "../../../src/export/renderMapSvg";
import { estimateTextWidth } from "../../../src/export/textWidth";
import type { PictureSize } from "../../../src/export/types";
import { categoryOf, categorise, statusOf } from "../../../src/view/categorise";
import { PALETTE } from "../../../src/map/palette";
import { shortStatement } from "../../fixtures/statement";
import { englishName, parseSvg, pictureOf, seed, world } from "./pictures";

const SVG_NS = "http://www.w3.org/2000/svg";
const SIZES: [string, PictureSize][] = [
  ["on screen", { kind: "screen", width: 800 }],
  ["on a phone", { kind: "screen", width: 340 }],
  ["as a social card", { kind: "social" }],
];

describe.each(SIZES)("renderMapSvg, the seed %s", (_, size) => {
  const picture = pictureOf(seed);
  const svg = renderMapSvg(picture, size);
  const doc = parseSvg(svg);
  const root = doc.documentElement;
  const categorised = categorise(seed);

  it("is a standalone SVG document of the size it promises", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.localName).toBe("svg");
    const { width, height } = mapSvgSize(picture, size);
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(width), String(height)]);
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    if (size.kind === "social") expect([width, height]).toEqual([SOCIAL_WIDTH, SOCIAL_HEIGHT]);
    else expect(width).toBe(size.width);
  });

  it("draws every country of the map as a named group with its status, as the page's hooks say", () => {
    const drawn = world.shapes.filter((shape) => shape.d !== "");
    const groups = [...doc.querySelectorAll("g[id^='country-']")];
    expect(groups.map((group) => group.getAttribute("data-iso"))).toEqual(drawn.map((shape) => shape.iso));
    for (const group of groups) {
      const iso = group.getAttribute("data-iso")!;
      const category = categoryOf(categorised, iso);
      expect(group.id).toBe(`country-${iso}`);
      expect(group.getAttribute("data-status"), iso).toBe(statusOf(category));
      expect(group.getAttribute("data-category"), iso).toBe(category);
      expect(group.getAttributeNS("http://www.inkscape.org/namespaces/inkscape", "label"), iso).toBe(englishName(iso));
      expect(group.querySelector("path")?.getAttribute("d"), iso).toBeTruthy();
    }
  });

  it("fills each country with its category's colour from the palette", () => {
    const fill = (iso: string) => doc.getElementById(`country-${iso}`)?.getAttribute("fill");
    expect(fill("FR")).toBe(PALETTE.signatory.light);
    expect(fill("PY")).toBe(PALETTE.joined.light);
    expect(fill("RU")).toBe("url(#hatch-subject)");
    expect(fill("CN")).toBe(PALETTE.other.light);
    expect(doc.getElementById("hatch-subject")?.localName).toBe("pattern");
  });

  it("marks the micro-states the page marks, with the same status hooks", () => {
    const markers = [...doc.querySelectorAll("g[id^='marker-']")];
    expect(markers.map((marker) => marker.getAttribute("data-iso"))).toEqual(picture.markers.map((marker) => marker.iso));
    expect(markers.map((marker) => marker.getAttribute("data-iso"))).toEqual(expect.arrayContaining(["MC", "SM", "LI", "AD", "MT", "PW", "FM"]));
    for (const marker of markers) {
      expect(marker.getAttribute("data-status")).toBe(statusOf(categoryOf(categorised, marker.getAttribute("data-iso")!)));
      expect(marker.querySelector("circle")).not.toBeNull();
    }
  });

  it("draws the headline, the legend with its counts, the date, the source and the credit as text", () => {
    expect(doc.querySelector("title")?.textContent).toBe(seed.title);
    // The title is wrapped into lines (tspans) that together say it all, unless the card had to cut it.
    expect([...doc.querySelectorAll("#title tspan")].map((line) => line.textContent).join(" ")).toBe(seed.title);
    const legend = [...doc.querySelectorAll("#legend text")].map((text) => [...text.querySelectorAll("tspan")].map((line) => line.textContent).join(" "));
    expect(legend).toEqual(["48 countries + the EU signed", "2 joined on 12 January 2024", "2 subjects of the statement", "Did not sign"]);
    // Lines break at spaces, so joined with spaces they give the words back.
    const footer = [...doc.querySelectorAll("#footer tspan")].map((line) => line.textContent).join(" ");
    for (const part of ["10 January 2024", "Source: dpa-AFX", "Map data: Natural Earth, via world-atlas"]) expect(footer).toContain(part);
  });

  it("keeps every line of text inside the picture, by the generous width estimate", () => {
    const { width, height } = mapSvgSize(picture, size);
    for (const text of doc.querySelectorAll("text")) {
      const fontSize = Number(text.getAttribute("font-size"));
      for (const line of text.querySelectorAll("tspan")) {
        const x = Number(line.getAttribute("x"));
        const y = Number(line.getAttribute("y"));
        expect(x + estimateTextWidth(line.textContent!, fontSize), line.textContent!).toBeLessThanOrEqual(width);
        expect(y, line.textContent!).toBeLessThanOrEqual(height);
      }
    }
  });

  it("references nothing outside itself and holds nothing a strict importer rejects", () => {
    const all = [...doc.getElementsByTagName("*")];
    const names = new Set(all.map((element) => element.localName));
    for (const banned of ["foreignObject", "script", "image", "style", "iframe", "use"]) expect(names.has(banned), banned).toBe(false);
    for (const element of all) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith("on"), `${element.localName} ${attribute.name}`).toBe(false);
        expect(attribute.localName, `${element.localName} ${attribute.name}`).not.toBe("href");
        for (const [, target] of attribute.value.matchAll(/url\(([^)]*)\)/g)) expect(target!.startsWith("#"), attribute.value).toBe(true);
      }
    }
    // The only URLs in the file are the namespace names.
    expect(svg.match(/https?:\/\/[^"]+/g)?.sort()).toEqual(["http://www.inkscape.org/namespaces/inkscape", "http://www.w3.org/2000/svg"]);
    expect(svg).not.toMatch(/@import|@font-face/);
  });

  it("gives every element a unique id", () => {
    const ids = [...doc.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("renderMapSvg, the words", () => {
  const tricky = 'Korea, Republic of & "Trinidad & Tobago" <script>alert(1)</script>\u0007';

  it('escapes text and names, so that names with & < > " survive and control characters do not break the file', () => {
    const picture = pictureOf(
      shortStatement,
      { nameOf: (iso) => (iso === "DE" ? tricky : englishName(iso)) },
      { title: tricky, context: tricky, source: tricky },
    );
    const doc = parseSvg(renderMapSvg(picture, { kind: "screen", width: 2000 }));
    const clean = tricky.replace("\u0007", "");
    expect(doc.querySelector("title")?.textContent).toBe(clean);
    expect(doc.querySelector("desc")?.textContent).toBe(clean);
    expect(doc.getElementById("country-DE")?.querySelector("title")?.textContent).toBe(clean);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
  });

  it("wraps any title into lines that keep all its words and fit the width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 300, max: 1600 }),
        (words, width) => {
          const title = words.map((word) => word.replace(/\s/g, "x")).join(" ");
          // No countries: only the words are under test, and a world per run would be slow.
          const doc = parseSvg(renderMapSvg(pictureOf(shortStatement, {}, { title, countries: [], markers: [] }), { kind: "screen", width }));
          const lines = [...doc.querySelectorAll("#title tspan")].map((line) => line.textContent!);
          expect(lines.join(" ").replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")).toBe(
            title.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, ""),
          );
          const size = width < SCREEN.narrowWidth ? SCREEN.titleNarrow.size : SCREEN.title.size;
          for (const line of lines) expect(estimateTextWidth(line, size)).toBeLessThanOrEqual(width - 2 * SCREEN.pad);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("cuts a headline too long for the card at two lines, with an ellipsis", () => {
    const title =
      "Sixty-three foreign ministers, the European Union and the African Union condemn, in the strongest possible terms, the repeated launches of intercontinental ballistic missiles";
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement, {}, { title }), { kind: "social" }));
    const lines = [...doc.querySelectorAll("#title tspan")].map((line) => line.textContent!);
    expect(lines).toHaveLength(SOCIAL.titleLines);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(Number(doc.getElementById("title")!.getAttribute("font-size"))).toBe(SOCIAL.titleSizes.at(-1));
    expect(doc.querySelector("title")?.textContent).toBe(title);
  });

  it("marks the title with the statement's language when it differs from the picture's", () => {
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement, { lang: "de" }, { titleLang: "en" }), { kind: "social" }));
    expect(doc.documentElement.getAttribute("xml:lang")).toBe("de");
    expect(doc.getElementById("title")?.getAttribute("xml:lang")).toBe("en");
  });
});

describe("renderMapSvg, the view", () => {
  it("draws the dark theme from the palette's dark set", () => {
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement, { theme: "dark" }), { kind: "social" }));
    expect(doc.getElementById("sphere")?.getAttribute("fill")).toBe(PALETTE.sea.dark);
    expect(doc.getElementById("background")?.getAttribute("fill")).toBe(PALETTE.panelBg.dark);
    expect(doc.getElementById("country-DE")?.getAttribute("fill")).toBe(PALETTE.signatory.dark);
    expect(doc.getElementById("title")?.getAttribute("fill")).toBe(PALETTE.text.dark);
  });

  it("outlines the selected country and a group's members as decoration, never as another country", () => {
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement, { selected: "DE", outlined: ["DE", "MC", "XX"] }), { kind: "screen", width: 800 }));
    const selected = doc.getElementById("selected")!;
    expect(selected.querySelector("path")?.getAttribute("d")).toBe(world.shapes.find((shape) => shape.iso === "DE")!.d);
    const group = doc.getElementById("group-outline")!;
    // Germany's outline, and a ring round Monaco's marker; an unknown code draws nothing.
    expect([...group.children].map((child) => child.localName)).toEqual(["path", "circle"]);
    for (const decoration of [selected, group]) {
      expect(decoration.querySelector("[data-iso]")).toBeNull();
      expect(decoration.getAttribute("fill")).toBe("none");
    }
  });

  it("draws a marker for a signatory missing from the map data (Tuvalu)", () => {
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement), { kind: "screen", width: 800 }));
    expect(doc.getElementById("marker-TV")?.getAttribute("data-status")).toBe("signatory");
    expect(doc.getElementById("country-TV")).toBeNull();
  });

  it("names an unknown category instead of drawing it in some colour", () => {
    const picture = pictureOf(shortStatement);
    const odd = { ...picture, countries: [{ ...picture.countries[0]!, category: "covered" as never }] };
    expect(() => renderMapSvg(odd, { kind: "social" })).toThrow(/unknown category "covered".*CATEGORY_LOOKS/);
  });

  it("writes the swatch's translucent edge as a colour and an opacity, which SVG 1.1 programs read", () => {
    const doc = parseSvg(renderMapSvg(pictureOf(shortStatement), { kind: "social" }));
    const swatch = doc.querySelector("#legend rect")!;
    expect(swatch.getAttribute("stroke")).toBe("#000000");
    expect(Number(swatch.getAttribute("stroke-opacity"))).toBeCloseTo(0x33 / 255, 2);
  });
});

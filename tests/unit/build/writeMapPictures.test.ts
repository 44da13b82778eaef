// @vitest-environment jsdom
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapAltText } from "../../../src/build/statementLocale";
import { mapPictureOf, writeMapPictures, type WrittenPicture } from "../../../src/build/writeMapPictures";
import { orgFactsOf } from "../../../src/countries/orgFacts";
import { MAP_PICTURE } from "../../../src/embed/embedCode";
import { renderMapSvg } from "../../../src/export/renderMapSvg";
import { supportedLanguages } from "../../../src/i18n/languages";
import { PALETTE } from "../../../src/map/palette";
import type { Statement } from "../../../src/statement/types";
import { parseSvg, seed, world } from "../export/pictures";

const prepared = (statement: Statement) => ({ statement, warnings: [], orgs: orgFactsOf(statement, supportedLanguages) });

describe("writeMapPictures, for the seed statement", () => {
  let dist: string;
  let written: WrittenPicture[];
  let png: PNG;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "pictures-"));
    written = writeMapPictures(dist, [prepared(seed)], world);
    png = PNG.sync.read(readFileSync(join(dist, "s", seed.id, "map.png")));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("writes s/ID/map.png at twice a 640 px column, and says so", () => {
    expect(png.width).toBe(MAP_PICTURE.width * MAP_PICTURE.scale);
    expect(png.width).toBe(1280);
    expect(written).toEqual([
      { id: seed.id, path: join(dist, "s", seed.id, "map.png"), width: png.width, height: png.height, bytes: expect.any(Number), systemFonts: false },
    ]);
  });

  it("draws the map as the page does, with its legend and the statement's headline", () => {
    const svg = parseSvg(renderMapSvg(mapPictureOf(prepared(seed), world), { kind: "screen", width: MAP_PICTURE.width }));
    expect(svg.querySelector('[data-iso="FR"]')?.getAttribute("data-category")).toBe("signatory");
    expect([...svg.querySelectorAll("#legend text")].map((text) => text.textContent)).toContain("48 countries + the EU signed");
    expect([...svg.querySelectorAll("#title tspan")].map((line) => line.textContent).join(" ")).toBe(seed.title);
  });

  it("is drawn with the light theme's background, as the card is", () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(PALETTE.panelBg.light.slice(i, i + 2), 16));
    expect([...png.data.subarray(0, 3)]).toEqual([r, g, b]);
  });

  it("speaks the statement's language, the alt text too, English for a language the page has no text for", () => {
    const german = { ...seed, lang: "de" };
    const svg = parseSvg(renderMapSvg(mapPictureOf(prepared(german), world), { kind: "screen", width: MAP_PICTURE.width }));
    expect([...svg.querySelectorAll("#legend text")].map((text) => text.textContent)).toContain("Nicht unterzeichnet");
    expect(mapAltText(prepared(german))).toMatch(/^Unterzeichnet am 10\. Januar 2024: 48 Staaten und die EU – fast ganz Europa/);
    expect(mapAltText(prepared({ ...seed, lang: "es" }))).toMatch(/^48 countries and the EU signed on 10 January 2024: most of Europe/);
  });
});

describe("mapPictureOf", () => {
  it("draws the inset the page draws, and follows the statement's own choice of none", () => {
    expect(mapPictureOf(prepared(seed), world).inset?.region).toBe("europe");
    expect(mapPictureOf(prepared({ ...seed, inset: "none" }), world).inset).toBeUndefined();
  });
});

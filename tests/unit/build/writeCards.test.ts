// @vitest-environment jsdom
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardPicture, rasteriseSvg, writeCards } from "../../../src/build/writeCards";
import { renderMapSvg } from "../../../src/export/renderMapSvg";
import { worldProjection } from "../../../src/geo/worldProjection";
import type { Point } from "../../../src/geo/types";
import { PALETTE } from "../../../src/map/palette";
import { parseSvg, seed, world } from "../export/pictures";

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** The card's pixel at a point, RGB. */
const pixel = (png: PNG, [x, y]: Point): Rgb => {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
};

/** Where a point of the map's viewBox lands on the card, read from the card's own SVG (its map group's transform). */
function cardPointOf(svg: string): (point: Point) => Point {
  const transform = parseSvg(svg).getElementById("map")!.getAttribute("transform")!;
  const [, x, y, scale] = /translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)/.exec(transform)!.map(Number);
  return ([px, py]) => [x! + px * scale!, y! + py * scale!];
}

describe("writeCards, for the seed statement", () => {
  let dist: string;
  let png: PNG;
  const svg = renderMapSvg(cardPicture(seed, world), { kind: "social" });
  const at = cardPointOf(svg);

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "cards-"));
    const cards = writeCards(dist, [seed]);
    expect(cards.map((card) => card.id)).toEqual([seed.id]);
    png = PNG.sync.read(readFileSync(join(dist, "s", seed.id, "card.png")));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("writes a 1200x630 PNG to s/ID/card.png", () => {
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it("fills a signatory (France, at its marker point) with the signatory colour", () => {
    const france = world.shapes.find((shape) => shape.iso === "FR")!;
    expect(pixel(png, at(france.centroid))).toEqual(rgb(PALETTE.signatory.light));
  });

  it("fills the open sea (the South Pacific) with the sea colour", () => {
    const southPacific = worldProjection(world.width).projection([-130, -35])!;
    expect(pixel(png, at(southPacific))).toEqual(rgb(PALETTE.sea.light));
  });

  it("hatches a subject (Russia): its orange, crossed by darker lines", () => {
    const russia = world.shapes.find((shape) => shape.iso === "RU")!;
    const [cx, cy] = at(russia.centroid);
    const row = Array.from({ length: 13 }, (_, i) => pixel(png, [cx + i - 6, cy]));
    // A pattern is resampled, so its colours come out a few levels off: compare with a tolerance.
    const near = (a: Rgb, b: Rgb, tolerance: number) => a.every((channel, i) => Math.abs(channel - b[i]!) <= tolerance);
    const subject = rgb(PALETTE.subject.light);
    expect(
      row.some((colour) => near(colour, subject, 6)),
      row.join(" "),
    ).toBe(true);
    expect(
      row.some((colour) => colour[0] < subject[0] * 0.75),
      row.join(" "),
    ).toBe(true);
  });

  it("draws the headline in the bundled font, with no system font needed", () => {
    // The title's first line: dark text pixels inside its box, on the white card.
    const text = rgb(PALETTE.text.light).join();
    let inked = 0;
    for (let y = 40; y < 95; y++) for (let x = 40; x < 700; x++) if (pixel(png, [x, y]).join() === text) inked++;
    expect(inked).toBeGreaterThan(2000);
  });
});

describe("rasteriseSvg", () => {
  it("draws a card whose title is in a script the bundled font lacks (Korean), without failing", () => {
    const picture = { ...cardPicture(seed, world), title: "48개국, 북한의 대러시아 탄도미사일 공급 규탄" };
    const card = PNG.sync.read(rasteriseSvg(renderMapSvg(picture, { kind: "social" })));
    expect([card.width, card.height]).toEqual([1200, 630]);
  });
});

describe("cardPicture's legend says what it counts (issue #27)", () => {
  const party = (iso2: string) => ({ kind: "country" as const, written: iso2, iso2 });

  it("counts territories that signed in their own right apart from the countries", () => {
    const pacific = { ...seed, signatories: ["AU", "FJ", "NC", "PF"].map(party), subjects: [], additions: [] };
    expect(cardPicture(pacific, world).legend[0]?.text).toBe("2 countries and 2 territories signed");
  });

  it("counts members where the source counts members", () => {
    const wto = { ...seed, signatories: ["AU", "HK", "NO"].map(party), subjects: [], additions: [], countedAs: "members" as const };
    expect(cardPicture(wto, world).legend[0]?.text).toBe("3 members signed");
  });
});

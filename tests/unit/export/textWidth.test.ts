import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CARD_FONT_FILES } from "../../../src/build/writeCards";
import { escapeXml } from "../../../src/export/escapeXml";
import { clampLines, estimateTextWidth, wrapText } from "../../../src/export/textWidth";

/** The width resvg actually inks for a text in the cards' font (Noto Sans), in px. */
function inkedWidth(text: string, fontSize: number, bold: boolean): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200"><text x="10" y="150" font-family="Noto Sans" font-size="${fontSize}"` +
    `${bold ? ' font-weight="bold"' : ""} xml:space="preserve">${escapeXml(text)}</text></svg>`;
  const box = new Resvg(svg, { font: { fontFiles: CARD_FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Noto Sans" } }).getBBox();
  if (!box) throw new Error(`resvg drew nothing for ${text}`);
  return box.width;
}

/** The two H's alone, measured once per weight (each measure loads the font files again). */
const twoH = { true: inkedWidth("HH", 100, true), false: inkedWidth("HH", 100, false) };
/** One character's advance width in em: ten of them between two H's, less the two H's. */
const advance = (char: string, bold: boolean) => (inkedWidth(`H${char.repeat(10)}H`, 100, bold) - twoH[`${bold}`]) / 1000;

/** What titles and names are written in: ASCII, Latin-1 and Latin Extended-A, Cyrillic (Ukrainian too), typographic punctuation. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const CHARACTERS = [...range(0x20, 0x7e), ...range(0xc0, 0xff), ...range(0x100, 0x17f), ...range(0x410, 0x44f), ..."ЁёЄєІіЇїҐґ’‘“”–—…·«»"].filter(
  (char) => char !== "×" && char !== "÷",
);

const SAMPLES = [
  "48 nations condemn North Korea's supply of ballistic missiles to Russia",
  "WWW MMM WAWAWA — Ukraine, Moldova & Georgia",
  "Міністри закордонних справ України, Молдови та Грузії засуджують",
  "ЖЩШЮ ЖЩШЮ щшжю",
  "Außenminister der Bundesrepublik Deutschland und Österreichs",
  "mmmmmmmmmm wwwwwwwwww 0123456789 %%%% @@@@",
  "Iiiiiillll.... ,,,,;;;; ''''",
];

describe("estimateTextWidth", () => {
  it("gives every character of Latin and Cyrillic text at least the advance Noto Sans gives it, bold or regular", () => {
    const tooNarrow = CHARACTERS.flatMap((char) => {
      const real = Math.max(advance(char, true), advance(char, false));
      return real > estimateTextWidth(char, 1) + 0.005 ? [`${char} ${real.toFixed(3)} > ${estimateTextWidth(char, 1)}`] : [];
    });
    expect(tooNarrow).toEqual([]);
    // Some 700 renders with resvg: seconds of CPU, more on a shared machine, so not the default 5 s.
  }, 120_000);

  it.each(SAMPLES)("is no narrower than Noto Sans, bold or regular, draws %s", (text) => {
    for (const bold of [true, false]) expect(inkedWidth(text, 40, bold)).toBeLessThanOrEqual(estimateTextWidth(text, 40));
  });

  it("is not wildly generous either: a typical title's estimate is within a fifth of the real bold width", () => {
    const text = SAMPLES[0]!;
    expect(estimateTextWidth(text, 40) / inkedWidth(text, 40, true)).toBeLessThan(1.2);
  });

  it("gives combining marks no width and full-width characters one em", () => {
    expect(estimateTextWidth("e\u0301", 10)).toBe(estimateTextWidth("e", 10));
    expect(estimateTextWidth("북한", 10)).toBe(20);
  });
});

describe("wrapText", () => {
  it("breaks between words, keeping every word, no line wider than asked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿЀ-ӿ]{1,12}$/), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 40, max: 900 }),
        (words, maxWidth) => {
          const lines = wrapText(words.join(" "), maxWidth, 16);
          for (const line of lines)
            expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(Math.max(maxWidth, ...[...line].map((c) => estimateTextWidth(c, 16))));
          // Every character kept, in order; and where each word fits a line, the words kept whole.
          expect(lines.join(" ").replace(/ /g, "")).toBe(words.join(""));
          if (words.every((word) => estimateTextWidth(word, 16) <= maxWidth)) expect(lines.join(" ")).toBe(words.join(" "));
        },
      ),
    );
  });

  it("breaks a word longer than a line between its characters, as text without spaces needs", () => {
    expect(wrapText("북한러시아미사일", 40, 10)).toEqual(["북한러시", "아미사일"]);
  });

  it("treats runs of white space as one space and gives no lines for none", () => {
    expect(wrapText("  a \n\t b  ", 500, 10)).toEqual(["a b"]);
    expect(wrapText("   ", 500, 10)).toEqual([]);
  });
});

describe("clampLines", () => {
  it("keeps lines that fit, and ends the last kept line with an ellipsis that fits", () => {
    expect(clampLines(["one", "two"], 2, 100, 10)).toEqual(["one", "two"]);
    const lines = clampLines(["alpha beta gamma", "delta epsilon zeta", "eta"], 2, estimateTextWidth("delta epsilon zeta", 10), 10);
    expect(lines).toEqual(["alpha beta gamma", "delta epsilon…"]);
  });
});

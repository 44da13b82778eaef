// Text measured without a browser: the SVG is made in Node (share cards) and in the page alike, and
// opened later in programs whose fonts we cannot know. So widths are estimated per character, on
// the generous side, from the widest font of the stack (Noto Sans Bold, measured with resvg), and
// a title wrapped to the estimate fits in Arial, Helvetica and Liberation Sans too, which are
// narrower. A unit test renders sample titles with resvg and holds real widths under the estimate.

/** Advance widths in em, a little over Noto Sans Bold's own (e.g. "m" 0.975, "W" 0.967, "N" 0.813, "i" 0.299): a test checks every character of Latin and Cyrillic text. */
const NARROW = new Set("ijl.,:;'’‘!·");
const SEMI_NARROW = new Set('Ifrt()[]{}/\\-–‐"“”');
/** Lower-case letters as wide as capitals. */
const CAPITAL_WIDTH = new Set("ßŉ");
const WIDE = new Set("mwMW@%&—…ÆŒæœŴŵ");
const WIDE_CYRILLIC = new Set("жшщыюмфЖШЩЫЮМФ");

const EM = {
  space: 0.28,
  narrow: 0.32,
  semiNarrow: 0.52,
  digit: 0.6,
  lower: 0.68,
  upper: 0.82,
  wide: 1.0,
  cyrillicWide: 1.1,
  /** Hangul, kana and ideographs are square; full-width forms too. */
  fullWidth: 1.0,
  /** Anything else (Greek, other scripts, symbols): as a capital. */
  other: 0.85,
} as const;

/** Combining marks take no width of their own. */
const COMBINING = /\p{M}/u;
const FULL_WIDTH = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function emWidth(char: string): number {
  if (char === " ") return EM.space;
  if (NARROW.has(char)) return EM.narrow;
  if (SEMI_NARROW.has(char)) return EM.semiNarrow;
  if (WIDE.has(char)) return EM.wide;
  if (CAPITAL_WIDTH.has(char)) return EM.upper;
  if (WIDE_CYRILLIC.has(char)) return EM.cyrillicWide;
  if (char >= "0" && char <= "9") return EM.digit;
  if (COMBINING.test(char)) return 0;
  if (FULL_WIDTH.test(char)) return EM.fullWidth;
  if (/\p{Ll}/u.test(char)) return EM.lower;
  if (/\p{Lu}/u.test(char)) return EM.upper;
  return EM.other;
}

/**
 * A generous estimate of a text's width in px at a font size (bold or not: one estimate for both).
 * @example estimateTextWidth("France", 20) // 81.2
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += emWidth(char);
  return em * fontSize;
}

/**
 * Breaks a text into lines no wider than `maxWidth` px, between words (a word longer than a line
 * is broken between characters, as CJK text needs). Runs of white space count as one space.
 * @example wrapText("48 nations condemn North Korea", 200, 20) // ["48 nations", "condemn North", "Korea"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    // The word alone is too long: break it where it must.
    let piece = "";
    for (const char of word) {
      if (piece && estimateTextWidth(piece + char, fontSize) > maxWidth) {
        lines.push(piece);
        piece = "";
      }
      piece += char;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * At most `maxLines` lines; the last one ends in an ellipsis when text had to be left out.
 * @example clampLines(["a b c", "d e f", "g"], 2, 100, 20) // ["a b c", "d e f…"]
 */
export function clampLines(lines: readonly string[], maxLines: number, maxWidth: number, fontSize: number): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  // Drop words (or characters) until the ellipsis fits.
  while (estimateTextWidth(last, fontSize) > maxWidth && last.length > 1) {
    const body = last.slice(0, -1);
    const cut = body.lastIndexOf(" ");
    last = `${cut > 0 ? body.slice(0, cut) : [...body].slice(0, -1).join("")}…`;
  }
  kept[maxLines - 1] = last;
  return kept;
}

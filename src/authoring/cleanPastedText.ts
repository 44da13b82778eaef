/** Spaces that a web page uses but a statement file should not keep: tab, no-break, thin, figure, ideographic... */
const ODD_SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Characters that are invisible in a page and only get in the way: zero-width marks, soft hyphen, BOM. */
const INVISIBLES = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

/** Control characters other than the line feed; matching them is the point, hence the lint exception. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text as a person copies it from a web page, made plain: one kind of line break, one kind of
 * space, no invisible characters, no trailing spaces, no words glued together by a PDF's text
 * layer. Quotes and dashes stay as published.
 * @example cleanPastedText("SEOUL\u00A0(dpa-AFX) -\r\nA group") // "SEOUL (dpa-AFX) -\nA group"
 */
export function cleanPastedText(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, "\n")
      .replace(/\u2029/g, "\n\n")
      .replace(/[\u2028\u0085]/g, "\n")
      .replace(INVISIBLES, "")
      .replace(ODD_SPACES, " ")
      .replace(CONTROLS, "")
      // Text taken out of a PDF glues short words to the next name: "ofAmerica", "andthe".
      .replace(/\b(of|and|the|for|to|in|on|by)(?=\p{Lu}\p{Ll}{2})/gu, "$1 ")
      .replace(/ +$/gm, "")
  );
}

/**
 * How big a statement file may be (issue #15). Generous for real statements, small enough that a
 * file past them is refused in a few milliseconds, before it can freeze the page or the build:
 * readStatementFile checks the text's length and nesting before JSON.parse, and the parser checks
 * each list's length before it reads (and resolves) a single entry.
 *
 * Why these numbers:
 * - signatories, subjects, additions 500 each: the longest real lists are the UN's 193 member
 *   states; every country and organisation the resolver knows (about 280) fits, with room.
 * - text 1,000 paragraphs of 50,000 characters: a long statement has 50 paragraphs, a UN
 *   resolution a few hundred, and no paragraph runs to 8,000 words.
 * - claims 200: the seed has 10 key claims; a claim's quote is looked up in the whole text, so
 *   claims times text is what the parser's time grows with.
 * - names 300 characters: the longest country name is about 70, an office before it ("the
 *   Minister for Foreign Affairs and Trade of") about 50. The resolver reads no more (resolveCountry.ts).
 * - other texts (title, claim, by, source name, id, lang, date, URL) 2,000 characters: a headline
 *   is 100, a URL rarely over 2,000 (what browsers and servers have long accepted).
 * - the file 2,000,000 characters (about 2 MB), nesting 20 levels: the seed is 9 KB and 4 levels
 *   deep (statement, additions, an addition, its source); other fields are allowed and ignored, so
 *   some room is left for them.
 */
export const STATEMENT_LIMITS = {
  fileCharacters: 2_000_000,
  depth: 20,
  signatories: 500,
  subjects: 500,
  additions: 500,
  paragraphs: 1_000,
  paragraphCharacters: 50_000,
  claims: 200,
  nameCharacters: 300,
  textCharacters: 2_000,
} as const;

/**
 * How deeply the JSON text nests arrays and objects, counted without parsing it, and stopping as
 * soon as it passes `limit` (returning limit + 1): a file nested 10,000 deep costs no more to
 * refuse than one nested 21 deep. Brackets inside strings do not count.
 * @example nestingDepth('{"a": [1, {"b": "[["}]}', 20) // 3
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character, a quote or another backslash
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return limit + 1;
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * A count as a message writes it, with thousands separated: formatCount(5242880) is "5,242,880".
 */
export function formatCount(count: number): string {
  return count.toLocaleString("en");
}

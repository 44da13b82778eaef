/** Where a quote stands in the text. */
export interface QuoteLocation {
  paragraph: number;
  offset: number;
}

/**
 * The first paragraph that holds `quote` verbatim, and the offset in it, or undefined.
 * Example: `locateQuote("b c", ["a", "a b c"])` is `{ paragraph: 1, offset: 2 }`.
 */
export function locateQuote(quote: string, paragraphs: readonly string[]): QuoteLocation | undefined {
  for (const [paragraph, words] of paragraphs.entries()) {
    const offset = words.indexOf(quote);
    if (offset >= 0) return { paragraph, offset };
  }
  return undefined;
}

/**
 * A finder of the first paragraph that holds a quote once case, curly quotes and runs of spaces
 * are ignored, for a hint when the exact search fails. The paragraphs are loosened once, on the
 * first search, not once per quote.
 * @example looseQuoteFinder(["it's"])("It’s") // 0
 */
export function looseQuoteFinder(paragraphs: readonly string[]): (quote: string) => number | undefined {
  let loosened: string[] | undefined;
  return (quote) => {
    loosened ??= paragraphs.map(loosen);
    const loose = loosen(quote);
    const index = loosened.findIndex((words) => words.includes(loose));
    return index >= 0 ? index : undefined;
  };
}

function loosen(words: string): string {
  return words
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

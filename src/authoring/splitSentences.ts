/** One sentence of a paragraph, with its offsets in the paragraph. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Words whose period ends no sentence: titles, months, "U.S." and other initials. */
const ABBREVIATION =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Gov|Sen|Rep|Amb|Hon|Rt|No|Nos|Art|Arts|Para|Vol|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Corp|(?:\p{Lu}\.)*\p{Lu})\.$/u;

/**
 * The sentences of a paragraph: split after ".", "!" or "?" (and any closing quotes) where the
 * next word starts a sentence, but not after "U.S." or "Mr.".
 * @example splitSentences("The U.S. said so. They agreed.").map((s) => s.text) // ["The U.S. said so.", "They agreed."]
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const upToPeriod = paragraph.slice(Math.max(start, end - 12), (match.index ?? 0) + 1);
    if (match[0].startsWith(".") && ABBREVIATION.test(upToPeriod)) continue;
    pushSentence(sentences, paragraph, start, end);
    start = end;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], paragraph: string, from: number, to: number): void {
  let start = from;
  while (start < to && /\s/.test(paragraph[start] ?? "")) start++;
  if (start >= to) return;
  sentences.push({ start, end: to, text: paragraph.slice(start, to) });
}

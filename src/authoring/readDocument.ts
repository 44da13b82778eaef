// The shape of a pasted article: metadata lines, a headline, the dateline, the paragraphs as
// published. Pure text handling; what the words mean is for the finders.
import { cleanPastedText } from "./cleanPastedText";
import { findDateline } from "./findDateline";
import { findDates } from "./findDates";

/** One paragraph of the statement text; `listItem` when it was one line of a list. */
export interface Paragraph {
  text: string;
  listItem: boolean;
}

/** A line above the headline or body that says something about the page ("date 2024-01-10"). */
export interface MetadataLine {
  label: string;
  value: string;
  line: string;
}

export interface ArticleDocument {
  /** The headline, when the text starts with one; it is not a paragraph. */
  headline?: string;
  paragraphs: Paragraph[];
  metadata: MetadataLine[];
}

/** Lines longer than this are paragraphs typed or copied on one line, not hard-wrapped prose. */
const HARD_WRAP_LIMIT = 100;

/** A list line: short enough to be a name or two, not a wrapped line of prose. */
const LIST_LINE_LIMIT = 60;

/** A headline is no longer than this. */
const HEADLINE_LIMIT = 300;

const BULLET = /^\s*(?:[•·▪●◦‣∙■□➢►*]|[-–—](?=\s))\s*/u;

/** "1." or "a)": a list marker only before a short line; numbered paragraphs keep their numbers. */
const NUMBER_MARK = /^\s*\(?(?:\d{1,3}|[a-z])[.)]\s+/;

/** "date 2024-01-10", "Published: 12 January 2024", "Source: dpa-AFX", "Updated 10:32". */
const METADATA =
  /^(date|dated|published|posted|updated|last updated|first published|source|from|by|byline|credit|author|release date)\b\s*[:|-]?\s*(.{0,120})$/i;

/** Labels a page sets above a release, alone on their line. */
const LABEL_ONLY = /^(press release|news release|media note|media advisory|for immediate release|statement|speech|news story)$/i;

/** "Home / Announcements / News". */
const BREADCRUMB = /^[^/]{1,30}(?:\s[/>›»]\s[^/]{1,30}){1,5}$/;

/** A short line that is mostly a date: "4 September 2013", "Monday, 29 July 2024". */
function isDateLine(line: string): boolean {
  const date = findDates(line)[0];
  return line.length <= 40 && date !== undefined && date.written.length >= line.length / 2;
}

/** Sentence-final punctuation, closing quotes and brackets allowed after it. */
const ENDS_SENTENCE = /[.!?;:…](?:["'”’)\]]*)$|["”’]$/;

/**
 * Splits pasted text into metadata, headline and paragraphs.
 * @example readDocument("date 2024-01-10\n\nSEOUL (dpa-AFX) - A group...").paragraphs[0].text // "SEOUL (dpa-AFX) - A group..."
 *
 * Paragraphs are separated by blank lines. Inside a block, hard-wrapped prose (lines of at most
 * ~100 characters) is joined back into one paragraph; text copied from a page, where every
 * paragraph is one long line, keeps its lines apart; list lines (bullets, or a run of three or
 * more short lines) are each a paragraph of their own, without the bullet.
 */
export function readDocument(raw: string): ArticleDocument {
  const lines = cleanPastedText(raw).split("\n");
  const metadata: MetadataLine[] = [];
  // Near the top, a line that is only a date ("Monday, 29 July 2024") or a breadcrumb
  // ("Home / News") is about the page, not part of the statement.
  const blocks = splitBlocks(lines)
    .map((block, index) => {
      if (index >= 4) return block;
      return block.filter((line) => {
        const label = isDateLine(line) ? "date" : BREADCRUMB.test(line) ? "breadcrumb" : undefined;
        if (label) metadata.push({ label, value: line, line });
        return label === undefined;
      });
    })
    .filter((block) => block.length > 0);
  // Metadata lines come first, before anything that reads as prose.
  while (blocks.length > 0) {
    const block = blocks[0] ?? [];
    const taken = takeMetadata(block);
    metadata.push(...taken.metadata);
    if (taken.rest.length > 0) {
      blocks[0] = taken.rest;
      break;
    }
    blocks.shift();
  }
  const paragraphs = blocks.flatMap(paragraphsOfBlock);
  const headlineCount = countHeadlineParagraphs(paragraphs);
  const parts = paragraphs.slice(0, headlineCount).map((paragraph) => paragraph.text);
  // Lines above "Joint statement by..." are the page's furniture ("Prime Minister's Office").
  const opening = parts.findIndex((part) => /^(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b/i.test(part));
  const headline = parts.length > 0 ? parts.slice(Math.max(0, opening)).join(" ") : undefined;
  return {
    ...(headline === undefined ? {} : { headline }),
    paragraphs: paragraphs.slice(headlineCount),
    metadata,
  };
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function takeMetadata(block: string[]): { metadata: MetadataLine[]; rest: string[] } {
  const metadata: MetadataLine[] = [];
  let index = 0;
  for (; index < block.length; index++) {
    const line = block[index] ?? "";
    if (LABEL_ONLY.test(line)) {
      metadata.push({ label: line.toLowerCase(), value: "", line });
      continue;
    }
    const match = METADATA.exec(line);
    // "By Albania, Belgium..." opens a headline, not a byline: a byline is short and has no list.
    if (!match || line.length > 140 || (/^by\b/i.test(line) && (line.match(/,/g)?.length ?? 0) > 1)) break;
    if (/^(from|by)\b/i.test(line) && !/[:|]/.test(line) && line.split(/\s+/).length > 6) break;
    metadata.push({ label: (match[1] ?? "").toLowerCase(), value: (match[2] ?? "").trim(), line });
  }
  return { metadata, rest: block.slice(index) };
}

function stripBullet(line: string): { text: string; bulleted: boolean } {
  const match = BULLET.exec(line) ?? (line.length <= LIST_LINE_LIMIT ? NUMBER_MARK.exec(line) : null);
  return match ? { text: line.slice(match[0].length).trim(), bulleted: true } : { text: line, bulleted: false };
}

/** The small words of names: "Bosnia and Herzegovina", "the Republic of Korea", "Côte d'Ivoire". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|and|for|de|du|des|la|le|da|do|dos|das|del|y|e|und|d['’][\p{L}]+|&|\(.*|.*\))$/u;

/**
 * A line that can be one entry of a list: short, and nothing but a name or two ("the
 * Netherlands", "Chile Iceland"): capitalised words and the small words of names.
 */
function isListLine(line: string): boolean {
  const text = line.replace(/[.;]$/, "").trim();
  const words = text.split(/\s+/);
  return (
    text.length <= LIST_LINE_LIMIT && words.length <= 8 && /^(?:\p{Lu}|the\s)/u.test(text) && !/[,:]$/.test(text) && words.every((word) => NAME_WORD.test(word))
  );
}

function paragraphsOfBlock(block: string[]): Paragraph[] {
  const items = block.map(stripBullet);
  const wrapWidth = Math.max(...block.map((line) => line.length));
  // Wrapped prose: narrow lines, or wide lines nearly all as long as the longest. Text copied from
  // a page, one paragraph a line, has lines of every length.
  const nearWidth = block.slice(0, -1).filter((line) => line.length >= wrapWidth * 0.8).length;
  const hardWrapped = wrapWidth <= HARD_WRAP_LIMIT || (block.length >= 3 && nearWidth >= (block.length - 1) * 0.6);
  // Lines in a run of three or more list lines, or bulleted, stand alone.
  const standsAlone = items.map((item) => item.bulleted);
  for (let start = 0; start < items.length;) {
    let end = start;
    while (end < items.length && isListLine(items[end]?.text ?? "")) end++;
    if (end - start >= 3) for (let i = start; i < end; i++) standsAlone[i] = true;
    start = end === start ? start + 1 : end;
  }
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  const flush = (listItem: boolean) => {
    if (current.length === 0) return;
    const text = current.join(" ").replace(/\s+/g, " ").trim();
    if (text !== "") paragraphs.push({ text, listItem });
    current = [];
  };
  items.forEach((item, index) => {
    if (standsAlone[index]) {
      flush(false);
      current = [item.text];
      flush(true);
      return;
    }
    const previous = current.at(-1);
    if (previous !== undefined && !continuesParagraph(previous, item.text, hardWrapped, wrapWidth)) flush(false);
    current.push(item.text);
  });
  flush(false);
  return paragraphs;
}

/**
 * Whether line `next` continues the paragraph that `previous` ends. The classic test for
 * unwrapping: had the next line's first word fitted on this line, the break was made on purpose
 * (a paragraph's or a list entry's end); if not, the line was only wrapped.
 */
function continuesParagraph(previous: string, next: string, hardWrapped: boolean, wrapWidth: number): boolean {
  if (findDateline(next) !== undefined) return false;
  const ended = ENDS_SENTENCE.test(previous);
  const nextWord = /^\S+/.exec(next)?.[0] ?? "";
  const room = previous.length + 1 + nextWord.length;
  if (ended) return hardWrapped && room > wrapWidth;
  // Mid-sentence, only a line well short of the others ends a paragraph (a headline): real wraps
  // are not all greedy ("... The United States, South" / "Korea and Japan ...").
  return /^[a-z(]/.test(next) || room > wrapWidth * 0.7;
}

/**
 * How many leading paragraphs make the headline: short lines that end no sentence, followed by
 * at least one paragraph. A dateline paragraph is never a headline.
 */
function countHeadlineParagraphs(paragraphs: Paragraph[]): number {
  let count = 0;
  let length = 0;
  while (count < 3 && count < paragraphs.length - 1) {
    const paragraph = paragraphs[count];
    if (!paragraph || paragraph.listItem) break;
    const text = paragraph.text;
    if ((ENDS_SENTENCE.test(text) && !/[?]$/.test(text)) || /,$/.test(text)) break;
    if (text.length > HEADLINE_LIMIT || length + text.length > HEADLINE_LIMIT) break;
    if (findDateline(text) !== undefined) break;
    count++;
    length += text.length;
  }
  return count;
}

// Lists of names in running text: "Albania, Andorra, ... and the High Representative of the
// European Union", "India, Australia, Japan and the United States", one name a line. A list is
// found by its separators; whether it is the list of signers is for findSigners to judge.
import type { NameLanguage } from "../countries/nameLanguages";
import type { Resolution } from "../countries/types";
import { findNameMentions, type NameMention } from "./findNameMentions";
import { resolveName } from "./resolveName";

/** A piece of the document the finders read: the headline is paragraph -1. */
export interface TextUnit {
  paragraph: number;
  text: string;
  listItem: boolean;
  /** The article's language (detectLanguage): names are read in it and in English. Default "en". */
  lang?: NameLanguage;
}

/** One entry of a list, as written, with what the resolver makes of it. */
export interface ListItem {
  paragraph: number;
  start: number;
  end: number;
  written: string;
  resolution: Resolution;
  /** False for an entry the resolver does not know, kept because it stands in the list. */
  known: boolean;
  /** What the name inside the entry resolves to, when the whole entry does not ("the Republic of Macedonia"). */
  core?: Resolution;
}

/** A run of names joined by list separators. */
export interface NameList {
  items: ListItem[];
  /** Paragraph of the first and of the last item (a list one name a line spans several). */
  firstParagraph: number;
  lastParagraph: number;
  /** True for a list made of whole lines, one or two names each. */
  linesOfNames: boolean;
  /** The words before the list in its sentence, or the line that introduces a list of lines. */
  before: string;
  /** The words after the list, to the end of its sentence. */
  after: string;
}

/** Words that join names in a list: English always, and the article's own language's. */
const JOINERS: Record<NameLanguage, RegExp> = {
  en: /\b(?:and|as well as|along with|together with|plus)\b|[,;&，、]/giu,
  de: /(?<![\p{L}])(?:and|as well as|und|sowie|ebenso wie)(?![\p{L}])|[,;&]/giu,
  fr: /(?<![\p{L}])(?:and|as well as|et|ainsi que|de même que)(?![\p{L}])|[,;&]/giu,
  uk: /(?<![\p{L}])(?:and|as well as|і|й|та|а також)(?![\p{L}])|[,;&]/giu,
  ko: /(?<![\p{L}])(?:and|as well as|및|그리고)(?![\p{L}])|[,;&，、]/giu,
};

/** Words that may stand in a list between names without being names: "the", "by", "my own country". */
const CONNECTOR_PIECE = /^(?:the|by|by the|of|of the|also|also by|and by|(?:my|our) (?:own )?country|the host country|(?:and )?finally)$/i;

/**
 * The same in the other languages: the articles and contractions a list repeats before each name
 * ("Deutschlands, Frankreichs, des Vereinigten Königreichs und der Vereinigten Staaten"; "de
 * l'Allemagne, du Canada, des États-Unis"), which the resolver reads by its rules.
 */
const CONNECTOR_PIECES: Partial<Record<NameLanguage, RegExp>> = {
  de: /^(?:der|die|das|des|den|dem|von|von der|vom|auch)$/iu,
  fr: /^(?:de|du|des|de la|de l['’]|d['’]|l['’]|le|la|les|au|aux|à la|à l['’]|par|par la|par le|par l['’]|aussi)$/iu,
};

/** Titles that make an office: "the Secretary of State of", "the Foreign Ministers of". */
const OFFICE_WORD =
  /\b(?:ministers?|ministry|secretar(?:y|ies)|presidents?|governments?|ambassadors?|representatives?|leaders?|heads?|chancellors?|premiers?|delegations?|missions?|foreign|kings?|emirs?|sultans?|commissioners?|envoys?|officials?|chiefs?|parliaments?|senators?|deputy|councils?)\b/i;

/**
 * The title of a state written before its name: "the Republic of", "Kingdom of", "the former
 * Yugoslav Republic of". It belongs to the entry even where the resolver does not know the whole.
 */
const STATE_TITLE =
  /(?:\bthe\s+)?(?:(?:former|federal|democratic|islamic|socialist|people['’]s|united|arab|federative|bolivarian|oriental|plurinational|co-?operative|hashemite|grand|independent|sovereign|lao|argentine|slovak|czech|hellenic|federated|yugoslav|kyrgyz|syrian|libyan|sahrawi)\s+){0,4}(?:republic|kingdom|state|states|principality|duchy|sultanate|emirate|federation|commonwealth|union|confederation)\s+of\s+(?:the\s+)?$/iu;

/** A lead-in for the next name, ending with "of" or "for": "the Foreign Ministers of". */
const OFFICE_PREFIX = /^(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,8}\s+(?:of|for)(?:\s+the)?$/iu;

const NAME_CONNECTORS = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "da", "do", "dos", "das", "del", "y", "e", "und", "on", "in", "d"]);

const NOT_NAMES =
  /^(?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|mr|mrs|ms|dr|chair|madam chair|mr chair|president|excellencies|thank you|signatories|signed|co-signatures|members|states|countries|nations)$/i;

/**
 * A name the resolver may not know but a reader takes for one: "Atlantis", "the Council of
 * Europe", "the Ecumenical Patriarchate of Constantinople". Capitalised words and the small
 * words of names only, up to seven words.
 */
export function isNameLike(piece: string): boolean {
  const text = piece.trim().replace(/^the\s+/i, "");
  if (text === "" || NOT_NAMES.test(text) || /[\d:;!?"“”()[\]]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 7) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? "") || !/^\p{Lu}/u.test(words.at(-1) ?? "")) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word.toLowerCase().replace(/['’]$/, "")));
}

/** Two to four capitalised words, as a person's name: "Fumio Kishida", "Hon Ron Mark". */
function isPersonName(piece: string): boolean {
  const words = piece.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word));
}

type Piece =
  | { kind: "empty" }
  | { kind: "connector" }
  | { kind: "office"; text: string }
  | { kind: "title" }
  | { kind: "name"; text: string; offset: number }
  | { kind: "person" }
  | { kind: "other" };

/** The pieces of the text between two names, with their offsets in the gap. */
function splitGap(gap: string, lang: NameLanguage): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let last = 0;
  const joiners = JOINERS[lang];
  joiners.lastIndex = 0;
  for (let match = joiners.exec(gap); match !== null; match = joiners.exec(gap)) {
    pieces.push({ text: gap.slice(last, match.index), offset: last });
    last = match.index + match[0].length;
  }
  pieces.push({ text: gap.slice(last), offset: last });
  return pieces.map(({ text, offset }) => {
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), offset: offset + lead };
  });
}

function classifyPiece(text: string, isLast: boolean, afterOffice: boolean, lang: NameLanguage): Piece {
  const plain = text.replace(/^[-–—:]+\s*|\s*[-–—:]+$/g, "").trim();
  if (plain === "") return { kind: "empty" };
  if (CONNECTOR_PIECE.test(plain) || CONNECTOR_PIECES[lang]?.test(plain)) return { kind: "connector" };
  if (isLast && STATE_TITLE.test(plain) && STATE_TITLE.exec(plain)?.index === 0) return { kind: "title" };
  if (isLast && OFFICE_PREFIX.test(plain) && OFFICE_WORD.test(plain)) return { kind: "office", text: plain };
  if (afterOffice && isPersonName(plain)) return { kind: "person" };
  if (isNameLike(plain)) return { kind: "name", text: plain, offset: text.indexOf(plain) };
  return { kind: "other" };
}

/** Same party: same country or same organisation. */
function sameParty(a: Resolution, b: Resolution): boolean {
  if (!a.ok || !b.ok) return false;
  if (a.kind === "country" && b.kind === "country") return a.country.iso2 === b.country.iso2;
  return a.kind === "org" && b.kind === "org" && a.org === b.org;
}

/**
 * Where a list entry starts: at the name, after a "the" just before it, or earlier where an
 * office before it still resolves to the same party ("the Secretary of State of the United States").
 */
function itemStart(text: string, mention: NameMention, limit: number, lang: NameLanguage): number {
  const before = text.slice(limit, mention.start);
  let start = mention.start;
  const the = /(?:^|[^\p{L}])(the\s+)$/iu.exec(before);
  if (the?.[1]) start = mention.start - the[1].length;
  const title = STATE_TITLE.exec(before);
  if (title && /^(?:the\s+)?\p{Lu}/u.test(title[0])) start = limit + title.index;
  if (!mention.resolution.ok || !/\bof\s+(?:the\s+)?$/i.test(before)) return start;
  // Try longer and longer offices, word by word, up to twelve words back.
  const words = [...before.matchAll(/[\p{L}\p{M}'’-]+/gu)].slice(-12).reverse();
  let best = start;
  for (const word of words) {
    const candidate = limit + (word.index ?? 0);
    if (candidate >= best || !/^(?:\p{Lu}|the$)/u.test(word[0])) continue;
    // Only an office ("the Secretary of State of") can stand for its country; anything else is not tried.
    const office = text.slice(candidate, mention.start);
    if (!OFFICE_WORD.test(office) && !STATE_TITLE.test(office)) continue;
    const resolution = resolveName(text.slice(candidate, mention.end), lang);
    if (resolution.ok && sameParty(resolution, mention.resolution)) best = candidate;
  }
  return best;
}

/** Where an entry ends: after the name, or after a parenthesis or an office that still resolves to it. */
function itemEnd(text: string, mention: NameMention, lang: NameLanguage): number {
  const after = text.slice(mention.end, mention.end + 120);
  const parenthesis = /^\s*\([^()]{1,60}\)/.exec(after);
  if (parenthesis && mention.resolution.ok) {
    const resolution = resolveName(text.slice(0, mention.end + parenthesis[0].length).slice(mention.start), lang);
    if (resolution.ok && sameParty(resolution, mention.resolution)) return mention.end + parenthesis[0].length;
  }
  return mention.end;
}

function itemOf(text: string, paragraph: number, start: number, end: number, lang: NameLanguage, core?: NameMention): ListItem {
  const written = text.slice(start, end);
  const whole = core !== undefined && written === core.written;
  const resolved = whole ? core.resolution : resolveName(written, lang);
  const item: ListItem = { paragraph, start, end, written, resolution: resolved, known: resolved.ok || resolved.reason === "ambiguous" };
  return core && !resolved.ok ? { ...item, core: core.resolution } : item;
}

/** The start of the clause a position stands in: after the last sentence end, colon, semicolon or line. */
function clauseStart(text: string, position: number): number {
  const before = text.slice(Math.max(0, position - 300), position);
  const offset = Math.max(0, position - 300);
  let boundary = -1;
  for (const match of before.matchAll(/(?:[.!?](?=\s+["“‘']?\p{Lu})|[;\n])/gu)) {
    // "U.S." and "St." end no sentence.
    const word = /(\S+)$/.exec(before.slice(0, match.index + 1))?.[1] ?? "";
    if (/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/u.test(word)) continue;
    boundary = match.index;
  }
  return boundary === -1 ? offset : offset + boundary + 1;
}

/** The rest of the sentence after a position. */
function sentenceRest(text: string, position: number): string {
  const after = text.slice(position, position + 200);
  const end = after.search(/[.!?](?:\s+["“‘']?\p{Lu}|\s*$)|[;\n]/u);
  return end === -1 ? after : after.slice(0, end);
}

/**
 * The lists of names in one piece of text: runs of two or more names joined by commas, "and",
 * semicolons, with unknown names kept where they stand between known ones.
 * @example listsInText({ paragraph: 0, text: "Albania, Atlantis and Andorra said", listItem: false })[0].items.map((i) => i.written)
 * // ["Albania", "Atlantis", "Andorra"]
 */
export function listsInText(unit: TextUnit): NameList[] {
  const { text, paragraph, lang = "en" } = unit;
  const mentions = findNameMentions(text, lang);
  const lists: NameList[] = [];
  // A line as short as "Chile Iceland" is a line of a list copied from a table: a space joins it.
  const shortLine = text.length <= 80;
  let current: ListItem[] = [];
  let afterOffice = false;
  let previousEnd = 0;
  const close = () => {
    if (current.length >= 1) lists.push(listOf(unit, current));
    current = [];
  };
  mentions.forEach((mention, index) => {
    if (index === 0 || current.length === 0) {
      const start = itemStart(text, mention, clauseStart(text, mention.start), lang);
      current = [itemOf(text, paragraph, start, itemEnd(text, mention, lang), lang, mention)];
      afterOffice = start < mention.start && /\bof\b/i.test(text.slice(start, mention.start));
      previousEnd = current[0]?.end ?? mention.end;
      return;
    }
    const gapStart = previousEnd;
    // The entry's own words ("the", an office, a state's title) are not part of the gap.
    const start = itemStart(text, mention, gapStart, lang);
    const gap = text.slice(gapStart, start);
    const pieces = splitGap(gap, lang);
    const hasJoiner = pieces.length > 1 || (shortLine && /^\s+$/.test(gap));
    const unknown: ListItem[] = [];
    let joins = hasJoiner && !/[.!?:]\s|[()"“”]/.test(gap);
    pieces.forEach((piece, pieceIndex) => {
      if (!joins) return;
      const isLast = pieceIndex === pieces.length - 1;
      const kind = classifyPiece(piece.text, isLast, afterOffice, lang);
      if (kind.kind === "other") joins = false;
      else if (kind.kind === "name") {
        // A name just before the next one with no joiner between is no entry of its own.
        if (isLast) joins = false;
        else {
          const at = gapStart + piece.offset + kind.offset;
          unknown.push(itemOf(text, paragraph, at, at + kind.text.length, lang));
        }
      }
      if (kind.kind !== "empty") afterOffice = false;
    });
    if (!joins) {
      close();
      const first = itemStart(text, mention, clauseStart(text, mention.start), lang);
      current = [itemOf(text, paragraph, first, itemEnd(text, mention, lang), lang, mention)];
      afterOffice = first < mention.start && /\bof\b/i.test(text.slice(first, mention.start));
      previousEnd = current[0]?.end ?? mention.end;
      return;
    }
    const item = itemOf(text, paragraph, start, itemEnd(text, mention, lang), lang, mention);
    current.push(...unknown, item);
    afterOffice = start < mention.start && /\bof\b/i.test(text.slice(start, mention.start));
    previousEnd = item.end;
  });
  close();
  return lists.map((list) => withTrailingUnknown(unit, list));
}

/** "..., the United States and the Council of Europe said": an unknown name that closes a list. */
function withTrailingUnknown(unit: TextUnit, list: NameList): NameList {
  const last = list.items.at(-1);
  if (!last || list.items.length < 2) return list;
  const rest = unit.text.slice(last.end, last.end + 120);
  const match = /^(\s*,?\s*(?:and|as well as|&)\s+)((?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|for|and|on))*)/u.exec(rest);
  if (!match?.[2]) return list;
  let name = match[2].trim();
  // Trailing small words belong to what follows ("... Europe and").
  name = name.replace(/(?:\s+(?:of|the|for|and|on))+$/i, "");
  if (!isNameLike(name)) return list;
  const start = last.end + (match[1]?.length ?? 0);
  const item = itemOf(unit.text, unit.paragraph, start, start + name.length, unit.lang ?? "en");
  if (item.resolution.ok) return list; // a known name would have been found as a mention
  return listOf(unit, [...list.items, item]);
}

function listOf(unit: TextUnit, items: ListItem[]): NameList {
  const first = items[0];
  const last = items.at(-1);
  const start = first?.start ?? 0;
  const end = last?.end ?? 0;
  return {
    items,
    firstParagraph: unit.paragraph,
    lastParagraph: unit.paragraph,
    linesOfNames: false,
    before: unit.text.slice(clauseStart(unit.text, start), start),
    after: sentenceRest(unit.text, end),
  };
}

/**
 * True when a paragraph is nothing but names: a line of a list.
 * @example isLineOfNames({ paragraph: 3, text: "the Netherlands", listItem: true }, [...]) // true
 */
function lineOfNames(unit: TextUnit, lists: NameList[]): ListItem[] | undefined {
  const text = unit.text.replace(/[.;,]\s*$/, "");
  if (text.length > 100) return undefined;
  const only = lists.length === 1 ? lists[0] : undefined;
  if (only) {
    const first = only.items[0];
    const last = only.items.at(-1);
    const around = text.slice(0, first?.start ?? 0) + text.slice(last?.end ?? text.length);
    if (/^[\s,;.*•·-]*$/.test(around)) return only.items;
    return undefined;
  }
  if (lists.length === 0 && isNameLike(text) && text.split(/\s+/).length <= 6) {
    const start = unit.text.indexOf(text);
    return [itemOf(unit.text, unit.paragraph, start, start + text.length, unit.lang ?? "en")];
  }
  return undefined;
}

/**
 * Every list of names in the document, in reading order: lists inside sentences, and lists of
 * whole lines (one name a line, as copied from a bulleted list or a table).
 */
export function findNameLists(units: TextUnit[]): NameList[] {
  const perUnit = units.map((unit) => listsInText(unit));
  const lists: NameList[] = [];
  let index = 0;
  while (index < units.length) {
    // A run of lines that hold names and nothing else.
    let end = index;
    const runItems: ListItem[] = [];
    let known = 0;
    while (end < units.length) {
      const unit = units[end];
      const items = unit ? lineOfNames(unit, perUnit[end] ?? []) : undefined;
      if (!unit || !items) break;
      runItems.push(...items);
      known += items.filter((item) => item.known).length;
      end++;
    }
    // Unknown lines at the end of a run are no names of it ("Thank you", a signature).
    while (runItems.length > 0 && !runItems.at(-1)?.known) runItems.pop();
    const lines = end - index;
    if (lines >= 2 && known >= 2 && runItems.length >= 2) {
      const previous = units[index - 1];
      lists.push({
        items: runItems,
        firstParagraph: units[index]?.paragraph ?? 0,
        lastParagraph: units[end - 1]?.paragraph ?? 0,
        linesOfNames: true,
        before: previous ? previous.text.slice(-200) : "",
        after: "",
      });
      index = end;
      continue;
    }
    lists.push(...(perUnit[index] ?? []));
    index++;
  }
  return lists;
}

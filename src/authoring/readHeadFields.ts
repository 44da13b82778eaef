// The statement's title, date, source and id as the text gives them, each with where it came
// from, or nothing: an empty field is reported by validation, a guessed one would not be.
import { STATEMENT_ID } from "../statement/statementId";
import type { Dateline } from "./findDateline";
import { findDates } from "./findDates";
import type { ArticleDocument } from "./readDocument";
import { splitSentences } from "./splitSentences";

/** A value and where in the text it was found. */
export interface Found {
  value: string;
  from: string;
}

/** Titles longer than this are cut, at a comma where one falls late enough. */
const TITLE_LIMIT = 100;

/** Ids are made of at most this many words of the title. */
const ID_WORDS = 6;

/**
 * Words an id leaves out, so that it is the title's words that say something and never ends on an
 * article or a preposition (issue #27: "…-livraisons-de"): English, French and German function words
 * (Ukrainian and Korean titles leave no Latin letters to make an id of).
 */
const ID_STOP_WORDS = new Set(
  [
    "a an the of to and in on for by with at from as is are was were be been has have had its their his her our this that these those over into after before about",
    "le la les un une des de du d l au aux et en dans sur pour par avec sans sous entre contre vers ou ne pas que qui qu son sa ses leur leurs ce cet cette ces est sont a ont",
    "der die das den dem des ein eine einen einem einer eines und oder von vom zu zum zur im in an am auf aus bei mit nach gegen fur uber unter vor um ist sind hat haben sich",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The title: the headline, else the lead sentence (after the dateline), shortened.
 * @example findTitle({ paragraphs: [{ text: "SEOUL (dpa-AFX) - A group of 48 nations have condemned X, and Y.", listItem: false }], metadata: [] }, dateline)
 * // { value: "A group of 48 nations have condemned X", from: "the lead sentence" }
 */
export function findTitle(document: ArticleDocument, dateline: Dateline | undefined): Found | undefined {
  if (document.headline) return { value: document.headline, from: "the headline" };
  const first = document.paragraphs[0]?.text;
  if (!first) return undefined;
  const body = dateline && first.startsWith(dateline.written) ? first.slice(dateline.written.length).trim() : first;
  const sentence = splitSentences(body)[0]?.text ?? body;
  let title = sentence.replace(/[.!?]+["'”’]?$/, "");
  if (title.length > TITLE_LIMIT) {
    const comma = title.lastIndexOf(", ", TITLE_LIMIT);
    title = comma >= 40 ? title.slice(0, comma) : `${title.slice(0, title.lastIndexOf(" ", TITLE_LIMIT))}…`;
  }
  return title.trim() === "" ? undefined : { value: title.trim(), from: "the lead sentence" };
}

/**
 * The date of publication: a metadata line, the dateline when it has a year, a "press release
 * issued ... on" line or a line that is only a date, near the top or at the end.
 * @example findDate({ metadata: [{ label: "date", value: "2024-01-10", line: "date 2024-01-10" }], paragraphs: [] }, undefined)?.value // "2024-01-10"
 */
export function findDate(document: ArticleDocument, dateline: Dateline | undefined): Found | undefined {
  for (const line of document.metadata) {
    const date = findDates(line.line)[0];
    if (date) return { value: date.iso, from: `the line "${line.line}"` };
  }
  if (dateline?.date) {
    const date = findDates(dateline.date)[0];
    if (date) return { value: date.iso, from: `the dateline "${dateline.written}"` };
  }
  const paragraphs = document.paragraphs.map((paragraph) => paragraph.text);
  for (const text of paragraphs.slice(0, 3)) {
    const issued =
      /\b(?:press release|statement|news release|release|speech)\s+(?:was\s+)?(?:issued|published|released|delivered)\b[^.]{0,80}?\bon\s+([^.]{6,30})/i.exec(
        text,
      );
    const date = issued?.[1] ? findDates(issued[1])[0] : undefined;
    if (date) return { value: date.iso, from: `"${issued?.[0]}"` };
  }
  // "Delivered by Ambassador X at the Permanent Council, 11 May 2023."
  for (const text of paragraphs.slice(0, 3)) {
    if (!/^(?:as\s+)?(?:delivered|issued|published|released|adopted|signed|made)\b/i.test(text) || text.length > 300) continue;
    const date = findDates(text)[0];
    if (date) return { value: date.iso, from: `the line "${text.length > 80 ? `${text.slice(0, 77)}…` : text}"` };
  }
  const nearEnds = [...paragraphs.slice(0, 3), ...paragraphs.slice(-2)];
  for (const text of nearEnds) {
    if (text.length > 60) continue;
    const date = findDates(text)[0];
    if (date && date.written.length >= text.length / 3) return { value: date.iso, from: `the line "${text}"` };
  }
  return undefined;
}

/** Full dates the text mentions, for the report when none is the date of publication. */
export function datesMentioned(document: ArticleDocument): string[] {
  const all = document.paragraphs.flatMap((paragraph) => findDates(paragraph.text).map((date) => `${date.written} (${date.iso})`));
  return [...new Set(all)].slice(0, 3);
}

/**
 * The publisher: the dateline's agency, a "Source:" or "From:" line, or who issued the release.
 * @example findSource({ metadata: [], paragraphs: [] }, { written: "SEOUL (dpa-AFX) -", place: "SEOUL", agency: "dpa-AFX" })?.value // "dpa-AFX"
 */
export function findSource(document: ArticleDocument, dateline: Dateline | undefined): Found | undefined {
  if (dateline?.agency) return { value: dateline.agency, from: `the dateline "${dateline.written}"` };
  const line = document.metadata.find((entry) => (entry.label === "source" || entry.label === "from") && entry.value !== "");
  if (line) return { value: line.value.replace(/^[:|-]\s*/, ""), from: `the line "${line.line}"` };
  for (const paragraph of document.paragraphs.slice(0, 3)) {
    const issued =
      /\b(?:press release|statement|news release|release)\s+(?:was\s+)?(?:issued|published|released)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}&,'’ -]{2,80}?)\s+on\b/iu.exec(
        paragraph.text,
      );
    if (issued?.[1]) return { value: issued[1].trim(), from: `"${issued[0]}"` };
  }
  return undefined;
}

/**
 * An id made from the title's words and the year: lower case, digits and hyphens.
 * @example makeId("48 nations condemn North Korean missile supply to Russia", "2024-01-10") // "48-nations-condemn-north-korean-missile-2024"
 */
export function makeId(title: string, date: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // "ß" has no decomposition: "Außenminister" is "aussenminister", not "au-enminister".
    .replace(/ß/g, "ss")
    // French elision ("l’UE", "d’armes"): the article or preposition goes with its apostrophe.
    .replace(/(^|[^\p{L}])(?:[cdjlmnst]|qu)['’](?=\p{L})/gu, "$1")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !ID_STOP_WORDS.has(word))
    .slice(0, ID_WORDS);
  const year = /^\d{4}/.exec(date)?.[0];
  if (year && !words.includes(year)) words.push(year);
  const id = words.join("-");
  return STATEMENT_ID.test(id) ? id : "";
}

// Finds the names of countries and organisations in running text: longest match over the
// resolver's own names, with the capitalisation rules a reader applies ("china" is porcelain,
// "AND" is no Andorra, "Jordan Times" is a newspaper).
import type { NameLanguage } from "../countries/nameLanguages";
import { normaliseName } from "../countries/normaliseName";
import type { Resolution } from "../countries/types";
import { getNameIndex, type KeyKind } from "./nameIndex";
import { resolveName } from "./resolveName";

export interface Token {
  start: number;
  end: number;
  /** The token normalised as the resolver normalises names. */
  key: string;
}

/** One name found in the text. */
export interface NameMention {
  start: number;
  end: number;
  /** The text between start and end, exactly as written. */
  written: string;
  key: string;
  kind: KeyKind;
  resolution: Resolution;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Words that may follow a country's name without making it part of a longer name: titles
 * ("United States Secretary of State"), days, months and the words that join a list.
 */
const MAY_FOLLOW = new Set(
  (
    "minister ministers ministry secretary secretaries president presidents prime premier foreign government governments " +
    "ambassador ambassadors permanent representative representatives mission delegation delegations deputy vice chancellor " +
    "defence defense trade finance interior home high special envoy envoys embassy state leader leaders king queen emir " +
    "crown sultan official officials senior chief parliament senator and or the of on in at by for with to as from but " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** Words that may precede a name without making it part of a longer one. */
const MAY_PRECEDE = new Set("the and or of on in at by for with to from as but between among including joint statement by of minister ministers of".split(" "));

/**
 * Splits text into words, each with its offsets and its normalised form.
 * @example tokenize("the U.S.").map((t) => t.key) // ["the", "u", "s"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, key: normaliseName(match[0]) });
  }
  return tokens;
}

/** What may stand between two words of one name: spaces, hyphens, apostrophes, periods, "&", one comma. */
function joinsOneName(gap: string): boolean {
  return gap.length <= 4 && /^[ \-'’‘.&,]*$/.test(gap) && (gap.match(/,/g)?.length ?? 0) <= 1 && !/\.\s/.test(gap);
}

/** True for text in Title Case ("Australia And Canada Condemn Launch"), where capitals mark no names. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/** Capitalised, or written in a script without capitals (Korean). */
function isCapitalised(text: string): boolean {
  return /^(?:\p{Lu}|\p{Lo})/u.test(text);
}

/**
 * Every name of a country or organisation in `text`, longest first, left to right.
 * @example findNameMentions("the Foreign Ministers of Albania, the Czech Republic and the EU").map((m) => m.written)
 * // ["Albania", "Czech Republic", "EU"]
 */
export function findNameMentions(text: string, lang: NameLanguage = "en"): NameMention[] {
  const nameIndex = getNameIndex(lang);
  const tokens = tokenize(text);
  const candidates: { start: number; end: number; key: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    // "the" normalises to nothing: a name never starts with it here (the list reader adds it back).
    if (!first || first.key === "") continue;
    let best: { j: number; key: string } | undefined;
    for (let j = i; j < tokens.length && j < i + nameIndex.maxWords + 4; j++) {
      const last = tokens[j];
      if (!last) break;
      if (j > i && !joinsOneName(text.slice(tokens[j - 1]?.end ?? 0, last.start))) break;
      const key = normaliseName(text.slice(first.start, last.end));
      // A word cut by an apostrophe or a period ("People's", "U.S.") goes on whatever its first part reads as.
      const next = tokens[j + 1];
      const wordGoesOn = next !== undefined && /^['’.]$/.test(text.slice(last.end, next.start));
      if (!nameIndex.prefixes.has(key) && !wordGoesOn) break;
      // A name ends on a word of its own, never on a "the" that belongs to the next one ("Ukraine, the").
      if (last.key !== "" && nameIndex.kinds.has(key) && isWrittenAsName(text.slice(first.start, last.end), key, nameIndex.acronyms)) best = { j, key };
    }
    const last = best ? tokens[best.j] : undefined;
    if (!best || !last) continue;
    let end = last.end;
    // "U.S." keeps its last period.
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(first.start, end)) && text[end] === ".") end++;
    candidates.push({ start: first.start, end, key: best.key });
    i = best.j;
  }
  const mentions: NameMention[] = [];
  candidates.forEach((candidate, index) => {
    // Two names side by side ("Chile Iceland", a table copied line by line) are two names; only
    // the candidates just before and after can be the neighbouring word.
    const neighbours = [candidates[index - 1], candidates[index + 1]];
    const neighbourIsName = (at: number) => neighbours.some((other) => other !== undefined && other.start <= at && at < other.end);
    // German capitalises every noun ("der Angriffskrieg Russlands"): capitals beside a name mark no longer name there.
    if (
      lang !== "de" &&
      !isTitleCase(sentenceAround(text, candidate.start, candidate.end)) &&
      isPartOfLongerName(text, candidate.start, candidate.end, neighbourIsName)
    )
      return;
    const written = text.slice(candidate.start, candidate.end);
    mentions.push({
      start: candidate.start,
      end: candidate.end,
      written,
      key: candidate.key,
      kind: nameIndex.kinds.get(candidate.key) ?? "country",
      resolution: resolveName(written, lang),
    });
  });
  return mentions;
}

/** The sentence or line a name stands in, to tell a Title Case headline from prose. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(boundary + 1) + text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop));
}

/** Capitals as a reader expects them: an acronym as the table spells it ("EU", "U.S.", "CoE"), a name capitalised. */
function isWrittenAsName(written: string, key: string, acronyms: Map<string, Set<string>>): boolean {
  const spellings = acronyms.get(key);
  if (spellings) return spellings.has(written.replace(/\./g, ""));
  return isCapitalised(written);
}

/**
 * True when the name is part of a longer proper name: "Jordan Times", "Palestine Liberation
 * Organisation", "Northern Ireland", "New Mexico".
 */
export function isPartOfLongerName(text: string, start: number, end: number, neighbourIsName: (at: number) => boolean = () => false): boolean {
  const after = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 40));
  if (after?.[1] && !MAY_FOLLOW.has(after[1].toLowerCase()) && !neighbourIsName(end + 1)) return true;
  const before = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before?.[1] && !MAY_PRECEDE.has(before[1].toLowerCase()) && !neighbourIsName(start - 2)) {
    // The first word of a sentence is capitalised anyway: "Meanwhile Russia..." is no longer name.
    const wordStart = start - 1 - before[1].length;
    const preceding = text.slice(Math.max(0, wordStart - 3), wordStart);
    if (wordStart > 0 && !/[.!?:;"“‘'(\n]\s*$/.test(preceding)) return true;
  }
  return false;
}

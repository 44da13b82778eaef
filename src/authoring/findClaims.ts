// Candidate claims for the editor: sentences that state, allege, call on, urge or condemn, with
// who says it and whether that is the statement's own voice or what the report attributes to
// someone else. Every quote is an exact slice of a paragraph.
import type { DraftClaim } from "./types";
import { splitSentences } from "./splitSentences";

/** What the claim finder needs to know about the document. */
export interface ClaimContext {
  paragraphs: string[];
  /** Who signed, as the editor will read it: "the Foreign Affairs Ministers", else "the signatories". */
  signers: string;
  /** Spans of the signing lists, per paragraph, to recognise a speaker that is the list itself. */
  listSpans: { paragraph: number; start: number; end: number }[];
  /** The dateline at the start of the first paragraph, to read past it. */
  dateline?: string;
}

/** A claim with where its quote stands, before the editor sees it. */
interface Found extends DraftClaim {
  paragraph: number;
  offset: number;
}

/** At most this many candidates: the editor chooses among them, a long list helps no one. */
const MAX_CLAIMS = 15;

/** Claims shorter than this say too little to be worth a line in the panel. */
const MIN_QUOTE_WORDS = 5;

/** A quote longer than this is no key claim, and would pass the statement file's limit on texts (2,000). */
const MAX_QUOTE_CHARACTERS = 1000;

const SAY =
  "said|says|say|alleged|alleges|claimed|claims|noted|notes|note|stressed|stresses|stress|warned|warns|warn|added|adds|argued|argues|told|stated|states|insisted|maintained|reported|announced|emphasi[sz]ed|emphasi[sz]es|believes|believe|concluded|underlined|underscored|recalled|recall|acknowledged|observed|wrote";
const ACT =
  "reaffirmed|reaffirm|reaffirms|reiterated|reiterate|reiterates|expressed|express|expresses|recogni[sz]ed|recogni[sz]e|welcomed|welcome|welcomes|condemned|condemn|condemns|called|call|calls|urged|urge|urges|demanded|demand|demands|accused|accuse|pledged|pledge|agreed|agree|affirmed|affirm|opposed|oppose|deplored|deplore|rejected|reject|denounced|denounce|vowed|vow|committed|commit|remain|remained|stand|stood|support|supported|are|were";

/** From the speaker's end: adverbs, the verb, "in a joint statement on Monday", "that". */
const VERB_TAIL = `(?:(?:has|have|had|also|further|earlier|later|jointly|again|repeatedly|strongly|firmly|once again|on \\w+|in a (?:joint )?statement(?: on \\w+)?)\\s+)*(${SAY}|${ACT})\\b(?:\\s+(?:last|on|this|earlier)\\s+\\w+)?(?:\\s+in\\s+a\\s+(?:joint\\s+)?statement(?:\\s+on\\s+\\w+)?)?(?:\\s+that\\b|\\s*[,:])?\\s*`;

/** "X said (that) ...", "X called on ...": a speaker of at most twelve words, then the verb. */
const SPEAKER_VERB = new RegExp(
  `^((?:[\\p{Lu}][^,;:"“”]{0,110}?|[Tt]hey|[Ww]e|[Ii]t))\\s+${VERB_TAIL}`,
  // Case-sensitive: a verb is in lower case, so "The United States" does not end at "States".
  "u",
);

/** The verb after a speaker that is the signing list itself: "Albania, Andorra and X said that...". */
const LIST_VERB = new RegExp(`^\\s*${VERB_TAIL}`, "u");

const ACCORDING_TO = /,\s+(?:according\s+to|laut|nach\s+Angaben\s+(?:von|der|des)|selon|d['’]après)\s+([^,.;]{3,120}?)\s*\.?\s*$/iu;

/** "Selon X, ...", "D'après X, ...": a French sentence that opens with its speaker. */
const FRENCH_SOURCE_FIRST = /^(?:Selon|D['’]après)\s+([^,;:]{3,120}?),\s*/u;

/**
 * "Laut X ...", "Nach Angaben der X ...": a German sentence that opens with its speaker, who ends
 * at the first word in lower case that is no article or small word (the verb: "Laut der IAEO bereitet ...").
 */
const GERMAN_SOURCE_FIRST = /^(?:Laut|Nach\s+Angaben)\s+((?:(?:der|die|das|des|den|dem|von|für|und)\s+|[\p{Lu}\d][\p{L}\p{M}\d.'’-]*\s+){1,12}?)(?=\p{Ll})/u;

/** Verbs of the statement's own voice in German and French, for "Wir verurteilen ...", "Nous condamnons ...". */
const ACT_DE_FR =
  "verurteilen|fordern|rufen|bekräftigen|begrüßen|betonen|erklären|unterstützen|stehen|bedauern|condamnons|appelons|réaffirmons|saluons|soulignons|exhortons|déclarons|soutenons|exprimons|demandons|dénonçons|déplorons|restons";

const ASSESSMENT = /^(\p{Lu}[^,;:]{1,60}?)['’]s\s+(?:assessment|view|position|conclusion|understanding|belief|finding)\s+is\s+that\s+/iu;

const CONNECTIVE =
  /^(?:Meanwhile|However|Also|Additionally|In addition|Earlier|Later|Separately|Furthermore|Moreover|Still|Instead|At the same time|In a statement|On \w+day)\s*,\s+/;

const OPENING_QUOTE = /^["“'‘]/;

/** A speaker who is the statement's own voice: "they", "the ministers", "the 48 governments". */
const COLLECTIVE_SPEAKER =
  /^(?:they|we|it|(?:the\s+|a\s+group\s+of\s+|all\s+)?(?:\d+\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:other\s+)?(?:foreign\s+(?:affairs\s+)?|defen[cs]e\s+|trade\s+|finance\s+|top\s+|senior\s+)?(?:ministers|governments|leaders|countries|nations|states|signatories|partners|participants|allies|delegations|members|diplomats|officials|chiefs|representatives|heads of state and government))$/;

const STATEMENT_SPEAKER = /\b(?:statement|declaration|communiqu[eé]|signator(?:y|ies)|joint letter|the text|the document)\b/i;

/**
 * Candidate claims, in the text's order.
 * @example findClaims({ paragraphs: ["The ministers noted that the transfer violates several resolutions."], signers: "the ministers", listSpans: [] })
 * // [{ claim: "The transfer violates several resolutions", quote: "the transfer violates several resolutions", by: "the ministers", voice: "statement" }]
 */
export function findClaims(context: ClaimContext): DraftClaim[] {
  const found: Found[] = [];
  const firstPerson = context.paragraphs.some((paragraph) => /(?:^|[.!?]\s+)We\s/.test(paragraph));
  context.paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph)) {
      let start = sentence.start;
      if (index === 0 && context.dateline && paragraph.startsWith(context.dateline) && start === 0) start = context.dateline.length;
      while (/\s/.test(paragraph[start] ?? "")) start++;
      const connective = CONNECTIVE.exec(paragraph.slice(start, sentence.end));
      if (connective) start += connective[0].length;
      // Enough candidates to choose from; reading on would only cost time on a very long text.
      if (found.length >= MAX_CLAIMS * 3) return;
      found.push(...claimsOfSentence(context, index, start, sentence.end, firstPerson));
    }
  });
  const kept = found.filter(
    (claim, index) =>
      !found.some(
        (other, otherIndex) =>
          otherIndex !== index && other.paragraph === claim.paragraph && other.quote.length > claim.quote.length && other.quote.includes(claim.quote),
      ),
  );
  return kept.slice(0, MAX_CLAIMS).map(({ claim, quote, by, voice }) => ({ claim, quote, by, voice }));
}

function claimsOfSentence(context: ClaimContext, paragraph: number, start: number, end: number, firstPerson: boolean): Found[] {
  const text = context.paragraphs[paragraph] ?? "";
  const sentence = text.slice(start, end);

  // 'Quote,' the ministers said. / "Quote," said the ministers.
  if (OPENING_QUOTE.test(sentence)) {
    const close = closingQuote(sentence);
    if (close !== undefined) {
      const rest = sentence.slice(close + 1);
      const speaker =
        /^\s*,?\s*(?:(?:said|says|added|noted|warned|wrote|stated)\s+)?(.{2,}?)\s*(?:(?:said|says|added|noted|warned|wrote|stated)\b|[.,]\s*$)/is.exec(
          rest,
        )?.[1];
      if (speaker !== undefined) {
        const quote = trimQuote(text, start + 1, start + close);
        return quote ? [claimOf(context, paragraph, quote, speaker, start + close + 1)] : [];
      }
    }
  }

  // ..., according to X.
  const according = ACCORDING_TO.exec(sentence);
  if (according?.[1]) {
    const quote = trimQuote(text, start, start + (according.index ?? 0));
    return quote ? [claimOf(context, paragraph, quote, according[1], start + (according.index ?? 0))] : [];
  }

  // Selon X, ... / Laut X ...: reported.
  const sourceFirst = FRENCH_SOURCE_FIRST.exec(sentence) ?? GERMAN_SOURCE_FIRST.exec(sentence);
  if (sourceFirst?.[1]) {
    const quote = trimQuote(text, start + sourceFirst[0].length, end);
    return quote ? [claimOf(context, paragraph, quote, sourceFirst[1].trim(), start)] : [];
  }

  // X's assessment is that ...
  const assessment = ASSESSMENT.exec(sentence);
  if (assessment?.[1]) {
    const quote = trimQuote(text, start + assessment[0].length, end);
    return quote ? [claimOf(context, paragraph, quote, assessment[1], start)] : [];
  }

  // The ministers of A, B and C said (that) ...: the speaker is a signing list.
  const list = context.listSpans.find((span) => span.paragraph === paragraph && span.start >= start && span.start - start <= 80 && span.end < end);
  const afterList = list ? LIST_VERB.exec(text.slice(list.end, end)) : null;
  if (list && afterList?.[1]) {
    const verb = afterList[1];
    const isAct = new RegExp(`^(?:${ACT})$`).test(verb);
    const from = isAct ? list.end + afterList[0].lastIndexOf(verb) : list.end + afterList[0].length;
    const quote = trimQuote(text, from, end);
    if (quote) {
      const claim = claimOf(context, paragraph, quote, text.slice(start, list.end), start);
      return [isAct ? { ...claim, claim: shorten(`${claim.by} ${claim.quote}`) } : claim];
    }
  }

  // X said (that) ... / X called on ...
  const spoken = SPEAKER_VERB.exec(sentence);
  if (spoken?.[1] && spoken[2] && plausibleSpeaker(spoken[1])) {
    const verb = spoken[2];
    const isAct = new RegExp(`^(?:${ACT})$`, "i").test(verb);
    const contentStart = isAct ? start + spoken[0].toLowerCase().lastIndexOf(verb.toLowerCase()) : start + spoken[0].length;
    // "said X ..., and called on Y": two claims.
    const split = /,\s+and\s+(?=(?:called|urged|condemned|demanded|warned|pledged|vowed|stressed|noted|agreed|reaffirmed|expressed|welcomed)\b)/i.exec(
      text.slice(contentStart, end),
    );
    const pieces = split
      ? [
          [contentStart, contentStart + split.index],
          [contentStart + split.index + split[0].length, end],
        ]
      : [[contentStart, end]];
    return pieces.flatMap(([from = 0, to = 0], pieceIndex) => {
      const quote = trimQuote(text, from, to);
      if (!quote) return [];
      const claim = claimOf(context, paragraph, quote, spoken[1] ?? "", start);
      // "called on the two governments to..." reads as a claim only with its speaker before it.
      const startsWithVerb = isAct || pieceIndex > 0;
      return [startsWithVerb ? { ...claim, claim: shorten(`${claim.by} ${claim.quote}`) } : claim];
    });
  }

  // In the statement's own text: "We condemn...", "We call on...".
  if (firstPerson && /^We\b/.test(sentence) && new RegExp(`\\b(?:${ACT}|${SAY})\\b`, "i").test(sentence)) {
    const quote = trimQuote(text, start, end);
    return quote ? [claimOf(context, paragraph, quote, "we", start)] : [];
  }
  // The same in German and French: "Wir verurteilen ...", "Nous, ministres ... de A, B et C, condamnons ...",
  // quoted from after the signing list when the sentence holds it.
  if (/^(?:Wir|Nous)(?![\p{L}])/u.test(sentence) && new RegExp(`(?<![\\p{L}])(?:${ACT_DE_FR})(?![\\p{L}])`, "iu").test(sentence)) {
    const inList = context.listSpans.find((span) => span.paragraph === paragraph && span.start >= start && span.end < end);
    const quote = trimQuote(text, inList ? inList.end : start, end);
    return quote ? [claimOf(context, paragraph, quote, "we", start)] : [];
  }
  return [];
}

/** Index of the quote mark that closes a sentence's opening quote, before the speaker. */
function closingQuote(sentence: string): number | undefined {
  const opening = sentence[0];
  const closers = opening === "“" ? "”" : opening === "‘" ? "’" : opening === '"' ? '"”' : "'’";
  for (let index = 1; index < sentence.length; index++) {
    const char = sentence[index] ?? "";
    // An apostrophe inside a word ("Year's") closes nothing: a closing quote comes after punctuation or before a space.
    if (closers.includes(char) && /[\s,.!?]|$/.test(sentence[index + 1] ?? "") && /[,.!?…\p{L}\p{N}]/u.test(sentence[index - 1] ?? "")) {
      if (/[,.!?…]/.test(sentence[index - 1] ?? "") || /^\s*,/.test(sentence.slice(index + 1))) return index;
    }
  }
  return undefined;
}

/** The paragraph's text between two offsets, without the quote marks and punctuation at its ends; undefined when too short. */
function trimQuote(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  let end = to;
  while (start < end && /[\s"“”'‘’,:;(]/.test(text[start] ?? "")) start++;
  while (end > start && /[\s"“”'‘’,.;:!?)]/.test(text[end - 1] ?? "")) end--;
  const words = text.slice(start, end).split(/\s+/).length;
  return words >= MIN_QUOTE_WORDS && end - start <= MAX_QUOTE_CHARACTERS ? { start, end } : undefined;
}

function plausibleSpeaker(speaker: string): boolean {
  const words = speaker.trim().split(/\s+/);
  return words.length <= 12 && !/\b(?:that|which|who|if|when|because|while|although)\b/i.test(speaker);
}

/**
 * The claim, with its speaker: the statement's own voice when the speaker is the signers (their
 * list, "they", "the ministers", "the statement"), else reported.
 */
function claimOf(context: ClaimContext, paragraph: number, quote: { start: number; end: number }, speaker: string, speakerStart: number): Found {
  const text = context.paragraphs[paragraph] ?? "";
  const quoted = text.slice(quote.start, quote.end);
  const cleanSpeaker = speaker.replace(/\s+/g, " ").trim();
  // Slack for the words the speaker's pattern skipped (", said the").
  const speakerEnd = speakerStart + speaker.length + 20;
  const speakerIsList = context.listSpans.some((span) => span.paragraph === paragraph && span.start >= speakerStart - 2 && span.end <= speakerEnd);
  // Case matters past the first letter: "the ministers" is the signers, "the United States" is not.
  const lowered = cleanSpeaker.charAt(0).toLowerCase() + cleanSpeaker.slice(1);
  const own = speakerIsList || COLLECTIVE_SPEAKER.test(lowered) || STATEMENT_SPEAKER.test(cleanSpeaker);
  const by =
    own && (/^(?:they|we|it)$/i.test(cleanSpeaker) || speakerIsList || STATEMENT_SPEAKER.test(cleanSpeaker))
      ? context.signers
      : cleanSpeaker.replace(/^The\b/, "the");
  return { claim: shorten(quoted), quote: quoted, by, voice: own ? "statement" : "reported", paragraph, offset: quote.start };
}

/** A short form of a quote for the panel: no quote marks, a capital first, at most about 25 words. */
export function shorten(quote: string): string {
  let words = quote
    .replace(/["“”‘’]|(?<!\p{L})'|'(?!\p{L})/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  if (words.split(" ").length > 25) {
    const cut = /^(.{40,180}?)(?:,\s+(?:and|but|which|while|as)\s|;\s|,\s+(?:according|including)\s)/.exec(words);
    words = cut?.[1] ?? `${words.split(" ").slice(0, 25).join(" ")}…`;
  }
  words = words.replace(/[\s,;:.]+$/, "");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// The number of countries a text states ("a group of 48 nations", "the following 38
// delegations", "Thirty-eight member states"), to set beside the list the extractor found.
import type { TextUnit } from "./findNameLists";
import { findNameMentions } from "./findNameMentions";

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * A number written in digits or English words up to 199.
 * @example readNumber("forty-eight") // 48
 */
export function readNumber(written: string): number | undefined {
  const text = written.toLowerCase().trim();
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const hundred = /^(?:one |a )?hundred(?: and)?\s*(.*)$/.exec(text);
  if (hundred) return hundred[1] ? addHundred(readNumber(hundred[1])) : 100;
  const [tens, unit] = text.split(/[-\s]+/);
  const tensValue = TENS.indexOf(tens ?? "");
  if (tensValue >= 2) {
    if (unit === undefined) return tensValue * 10;
    const unitValue = UNITS.indexOf(unit);
    return unitValue >= 1 && unitValue <= 9 ? tensValue * 10 + unitValue : undefined;
  }
  const unitValue = UNITS.indexOf(text);
  return unitValue >= 1 ? unitValue : undefined;
}

function addHundred(rest: number | undefined): number | undefined {
  return rest === undefined || rest >= 100 ? undefined : 100 + rest;
}

/** "countries" as "[Cc]ountries": the pattern is case-sensitive so that "OSCE" and "The" differ. */
function anyCase(words: string): string {
  return words.replace(/(?<!\\)\b([a-z])/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

const NUMBER_WORD = `(?:\\d{1,3}|${anyCase("(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")})`;

/** Words that may stand between the number and "countries": "48 other", "57 OSCE participating". */
const BETWEEN = `(?:(?:${anyCase("other|more|partner|like-minded|allied|signatory|participating|member|western|european|latin american|arab|african|asian|nordic|baltic|democratic")}|\\p{Lu}{2,6})\\s+){0,2}`;

const COUNTED = anyCase("(?:countries|nations|states|governments|delegations|signatories|partners|economies|allies)");

const STATED = new RegExp(`(?<![\\p{L}\\d-])(${NUMBER_WORD})\\s+${BETWEEN}${COUNTED}\\b`, "gu");

/**
 * The same in German, French, Ukrainian and Korean, in digits: "11 Ländern", "48 pays", "12 країн",
 * "10개국". The words occur in no English text, so every text is read for them.
 */
const STATED_OTHER =
  /(?<![\p{L}\d-])(\d{1,3})(?:\s+(?:anderen|weiteren|autres|інших))?\s*(?:Ländern|Länder|Staaten|Regierungen|Nationen|pays|États|gouvernements|країн(?:и|ами|ах)?|держав(?:и|ами)?|개국|개\s*나라|개\s*국가)(?![\p{L}])/gu;

/** "More than 40 countries" states no count. */
const VAGUE_BEFORE =
  /(?:more than|over|nearly|almost|about|around|roughly|some|at least|up to|fewer than|less than|all|of the|among|approximately|dozens of|some of the|mehr als|über|fast|rund|etwa|knapp|mindestens|plus de|près de|environ|au moins|presque|понад|більше|близько|майже)\s+$/iu;

/** A count the text states, where, and as written. */
export interface StatedCount {
  count: number;
  phrase: string;
  paragraph: number;
  index: number;
}

/**
 * Every number of countries the text states, in reading order.
 * @example findStatedCounts([{ paragraph: 0, text: "A group of 48 nations have condemned...", listItem: false }])[0].count // 48
 */
export function findStatedCounts(units: TextUnit[]): StatedCount[] {
  const counts: StatedCount[] = [];
  for (const unit of units) {
    for (const match of [...unit.text.matchAll(STATED), ...unit.text.matchAll(STATED_OTHER)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
      const index = match.index ?? 0;
      const before = unit.text.slice(Math.max(0, index - 40), index);
      if (VAGUE_BEFORE.test(before)) continue;
      let count = readNumber((match[1] ?? "").replace(/\s+/g, " "));
      if (count === undefined || count < 2) continue;
      // "Japan, the United States and five other countries": seven.
      if (/\bother\b/i.test(match[0])) {
        const clause = unit.text.slice(Math.max(0, index - 160), index);
        const lead = /(?:^|[.;:!?]\s)([^.;:!?]*?)\band\s+$/.exec(clause);
        if (!lead) continue;
        const named = findNameMentions(lead[1] ?? "", unit.lang).filter((mention) => mention.resolution.ok).length;
        if (named === 0) continue;
        count += named;
      }
      counts.push({ count, phrase: match[0], paragraph: unit.paragraph, index });
    }
  }
  return counts;
}

/**
 * The count to set beside the signers: the one stated in the words that introduce the signing
 * list, else the first in the headline or the first paragraph, else the first elsewhere that is
 * close to the list's size (a far-off number elsewhere, "the two countries", counts something else).
 */
export function chooseStatedCount(
  counts: StatedCount[],
  listAt: { paragraph: number; start: number } | undefined,
  listedCountries: number,
): StatedCount | undefined {
  if (listAt) {
    const near = counts.find((count) => count.paragraph === listAt.paragraph && count.index < listAt.start && listAt.start - count.index < 300);
    if (near) return near;
  }
  const lead = counts.find((count) => count.paragraph <= 0);
  if (lead) return lead;
  return counts.find((count) => Math.abs(count.count - listedCountries) <= Math.max(1, listedCountries * 0.2));
}

import { isCalendarDate } from "../statement/isCalendarDate";

/** A full date written in the text. */
export interface DateFound {
  /** YYYY-MM-DD. */
  iso: string;
  /** As written: "10 January 2024". */
  written: string;
  index: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "January", "Jan", "Jan.", "Sept." */
export const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/**
 * The number of a month written in English, full or abbreviated; undefined for anything else.
 * @example monthNumber("Sept.") // 9
 */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(key) || (key === "sept" && month === "september"));
  return index === -1 ? undefined : index + 1;
}

/** Month names in German, French and Ukrainian (the genitive a date writes: "квітня"), January first. */
const MONTHS_IN: Record<"de" | "fr" | "uk", string[]> = {
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  uk: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
};

/** German abbreviations as the press writes them ("Jan.", "Sept."): the full name's first letters. */
const GERMAN_ABBREVIATIONS = ["jan", "feb", "mär", "apr", "aug", "sep", "sept", "okt", "nov", "dez"];

function monthPattern(lang: "de" | "fr" | "uk"): string {
  return [...MONTHS_IN[lang], ...(lang === "de" ? ["jänner", ...GERMAN_ABBREVIATIONS] : [])].sort((a, b) => b.length - a.length).join("|");
}

function withMonthIn(lang: "de" | "fr" | "uk", year: number, month: string | undefined, day: number): [number, number, number] | undefined {
  const key = (month ?? "").toLowerCase();
  const index = key === "jänner" ? 0 : MONTHS_IN[lang].findIndex((name) => name === key || (lang === "de" && key.length >= 3 && name.startsWith(key)));
  return index === -1 ? undefined : [year, index + 1, day];
}

const ORDINAL = "(?:st|nd|rd|th)?";
const DATE_PATTERNS: { pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] | undefined }[] = [
  // 2024-01-10, 2017/07/07
  { pattern: /\b(\d{4})[-/](\d{2})[-/](\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 10 January 2024, 10th Jan. 2024
  {
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => withMonth(Number(m[3]), m[2], Number(m[1])),
  },
  // January 10, 2024; Jan. 10 2024
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => withMonth(Number(m[3]), m[1], Number(m[2])),
  },
  // German: 20. April 2022, 4. Nov. 2022
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.\\s*(${monthPattern("de")})\\.?\\s+(\\d{4})(?!\\d)`, "giu"),
    read: (m) => withMonthIn("de", Number(m[3]), m[2], Number(m[1])),
  },
  // French: 4 novembre 2022, 1er décembre 2022
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(${monthPattern("fr")})\\s+(\\d{4})(?!\\d)`, "giu"),
    read: (m) => withMonthIn("fr", Number(m[3]), m[2], Number(m[1])),
  },
  // Ukrainian: 20 квітня 2022 (року)
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${monthPattern("uk")})\\s+(\\d{4})(?!\\d)`, "giu"),
    read: (m) => withMonthIn("uk", Number(m[3]), m[2], Number(m[1])),
  },
  // Korean: 2022년 4월 20일
  { pattern: /(?<!\d)(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/gu, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 28/10/2019 or 07/29/2024, only when the day cannot be taken for the month.
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    read: (m) => {
      const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (first > 12 && second <= 12) return [year, second, first];
      if (second > 12 && first <= 12) return [year, first, second];
      return undefined;
    },
  },
];

function withMonth(year: number, month: string | undefined, day: number): [number, number, number] | undefined {
  const number = month === undefined ? undefined : monthNumber(month);
  return number === undefined ? undefined : [year, number, day];
}

/**
 * Every full calendar date written in the text, in reading order.
 * @example findDates("on 10 January 2024 and 2024-01-12").map((d) => d.iso) // ["2024-01-10", "2024-01-12"]
 */
export function findDates(text: string): DateFound[] {
  const found: DateFound[] = [];
  for (const { pattern, read } of DATE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const parts = read(match);
      if (!parts) continue;
      const iso = `${String(parts[0]).padStart(4, "0")}-${String(parts[1]).padStart(2, "0")}-${String(parts[2]).padStart(2, "0")}`;
      if (parts[0] >= 1900 && parts[0] <= 2100 && isCalendarDate(iso)) found.push({ iso, written: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

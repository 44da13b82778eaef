import { MONTH_NAME } from "./findDates";

/** The dateline that opens a wire report: where, when and which agency. */
export interface Dateline {
  /** As written: "SEOUL (dpa-AFX) -". */
  written: string;
  place: string;
  /** "dpa-AFX", "Jiji Press", "TASS"; absent when the dateline names none ("BONN, Germany Feb 16"). */
  agency?: string;
  /** The date as the dateline writes it ("July 11"), often without a year. */
  date?: string;
}

const PLACE = "[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]+(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]+){0,3}";
const DAY_MONTH = `(?:${MONTH_NAME}\\.? \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH_NAME}\\.?(?:,? \\d{4})?)`;
const AGENCY = "[A-Za-zÀ-ÿ][^()/\\n]{1,38}?";

/** PLACE[, REGION][, DATE] (AGENCY) - / PLACE, DATE. /AGENCY/. */
const WITH_AGENCY = new RegExp(
  `^(${PLACE})(?:,\\s*(${PLACE}))?(?:,?\\s+(${DAY_MONTH}))?\\.?\\s*(?:\\((${AGENCY})\\)|\\/(${AGENCY})\\/)\\s*\\.?\\s*([-–—]+|:)?\\s*`,
);

/** (AGENCY) PLACE - : "(MENAFN- Jordan Times) AMMAN -". */
const AGENCY_FIRST = new RegExp(`^\\((${AGENCY})\\)\\s*([A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}?)\\s*([-–—]+|:)\\s*`);

/** PLACE[, Region] DATE with no agency: "BONN, Germany Feb 16 ". */
const PLACE_AND_DATE = new RegExp(`^([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}?)(?:,\\s*(${PLACE}))?,?\\s+(${DAY_MONTH})\\s*[-–—:]?\\s+(?=[A-Z"“'‘])`);

/** "Doha:", "WASHINGTON -": a place alone, in capitals or followed by a colon. */
const PLACE_ONLY = new RegExp(`^(?:([A-ZÀ-Þ][A-ZÀ-Þ.'’ ]{1,30}?)\\s*(?:,\\s*(${PLACE}))?\\s*[-–—:]|(${PLACE}):)\\s+(?=[A-Z"“'‘])`);

/**
 * The dateline at the start of a paragraph, or undefined when it opens with none.
 * @example findDateline("SEOUL (dpa-AFX) - A group of 48 nations")?.agency // "dpa-AFX"
 * @example findDateline("LONDON, July 21. /TASS/. The foreign ministers")?.date // "July 21"
 */
export function findDateline(paragraph: string): Dateline | undefined {
  const head = paragraph.slice(0, 160);
  const withAgency = WITH_AGENCY.exec(head);
  if (withAgency) {
    const [written, place = "", , date, inParentheses, inSlashes, dash] = withAgency;
    const agency = (inParentheses ?? inSlashes ?? "").trim();
    // "The United States (US) said" is no dateline: a dateline's place is in capitals, or a date
    // or a dash follows it.
    const placeInCapitals = place === place.toUpperCase();
    if (isAgencyName(agency) && (placeInCapitals || date !== undefined || dash !== undefined)) {
      return { written: written.trim(), place, agency, ...(date ? { date } : {}) };
    }
  }
  const agencyFirst = AGENCY_FIRST.exec(head);
  if (agencyFirst && isAgencyName((agencyFirst[1] ?? "").trim())) {
    return { written: agencyFirst[0].trim(), place: (agencyFirst[2] ?? "").trim(), agency: (agencyFirst[1] ?? "").trim() };
  }
  const placeAndDate = PLACE_AND_DATE.exec(head);
  if (placeAndDate) return { written: placeAndDate[0].trim(), place: (placeAndDate[1] ?? "").trim(), date: placeAndDate[3] ?? "" };
  const placeOnly = PLACE_ONLY.exec(head);
  if (placeOnly) {
    const place = (placeOnly[1] ?? placeOnly[3] ?? "").trim();
    // A lone capitalised word before a colon is a label ("Note:"), not a place; capitals or a known shape only.
    if (place.length >= 3 && (place === place.toUpperCase() || placeOnly[3] !== undefined) && !/^(note|update|editor|correction|q|a)$/i.test(place)) {
      return { written: placeOnly[0].trim(), place };
    }
  }
  return undefined;
}

/** An agency's name is short and reads as a name: "dpa-AFX", "Jiji Press", "TASS", "MENAFN- Jordan Times". */
function isAgencyName(text: string): boolean {
  if (text.length < 2 || text.length > 40) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  // A parenthetical sentence has lower-case words; an agency's name has at most one ("dpa").
  return words.filter((word) => /^[a-z]/.test(word)).length <= 1 && /[A-Za-z]/.test(text) && !/^\d/.test(text);
}

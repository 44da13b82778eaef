import regionNamesJson from "../generated/regionNames.json";
/**
 * One formatter per language and kind, made once: building an Intl formatter costs far more than
 * using one, and labels are formatted for every country (the benchmark found it on the hover path).
 */
function cached<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

// en-GB order ("12 January 2024") reads the same for every English reader; UTC so no time zone moves the day.
const dateFormat = cached(
  (lang) => new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
);
const listFormat = cached((key) => {
  const [lang, type] = key.split("|") as [string, "conjunction" | "disjunction"];
  return new Intl.ListFormat(lang, { style: "long", type });
});
const collator = cached((lang) => new Intl.Collator(lang));

/**
 * Text the build has formatted already, by kind, language and input ("date|en|2024-01-10"). A
 * browser's first Intl formatter costs 30 to 60 ms of ICU set-up (several times that on a slow
 * phone), all of it inside hydration; a prerendered page carries the dates and lists it shows
 * (PageData.formatted), so hydrating it formats nothing.
 */
const preformatted = new Map<string, string>();
/** While the build records (recordFormatted): everything formatted, by key. */
let recording: Record<string, string> | null = null;

function remembered(what: string, format: () => string): string {
  const key = formattedKey(what);
  const text = preformatted.get(key) ?? format();
  if (recording) recording[key] = text;
  return text;
}

/**
 * The key a formatted text is carried under: a 52-bit hash of what was formatted (two FNV-1a
 * passes), not the names themselves, which the page already carries (1 to 1.5 KB gzipped a page,
 * issue #23). formattedKey("date|en|2024-01-10") → "dum2380h71" (11 base-36 digits at most).
 */
export function formattedKey(what: string): string {
  let [a, b] = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9];
  for (let i = 0; i < what.length; i++) {
    const code = what.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return ((a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)).toString(36);
}

/** A calendar date (YYYY-MM-DD) in the reader's language: formatDate("2024-01-12", "en") → "12 January 2024". */
export function formatDate(isoDate: string, lang: string): string {
  return remembered(`date|${lang}|${isoDate}`, () => {
    const [y, m, d] = isoDate.split("-").map(Number);
    return dateFormat(lang).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
  });
}

/** Joins names as the language does: formatList(["Hungary", "Slovakia"], "en") → "Hungary and Slovakia". */
export function formatList(items: string[], lang: string, type: "conjunction" | "disjunction" = "conjunction"): string {
  return remembered(`list|${lang}|${type}|${JSON.stringify(items)}`, () => listFormat(`${lang}|${type}`).format(items));
}

/**
 * Runs `render` and returns with its result every date and list it formatted, for the page to
 * carry (build only: the prerender is synchronous, so nothing else formats meanwhile).
 * @example recordFormatted(() => formatDate("2024-01-10", "en")).formatted // { [formattedKey("date|en|2024-01-10")]: "10 January 2024" }
 */
export function recordFormatted<T>(render: () => T): { result: T; formatted: Record<string, string> } {
  const formatted: Record<string, string> = {};
  recording = formatted;
  try {
    return { result: render(), formatted };
  } finally {
    recording = null;
  }
}

/** Takes text formatted elsewhere (by the build, for this page: recordFormatted's record) as the formatters' answers. */
export function adoptFormatted(formatted: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(formatted)) preformatted.set(key, text);
}

/** Compares two names in the reader's alphabetical order: compareNames("Österreich", "Polen", "de") < 0. */
export function compareNames(a: string, b: string, lang: string): number {
  return collator(lang).compare(a, b);
}

/** Names in the reader's alphabetical order, remembered like dates and lists: sortNames(["Polen", "Österreich"], "de") → ["Österreich", "Polen"]. */
export function sortNames(names: readonly string[], lang: string): string[] {
  // Remembered as the order of the names' places ("[1,0]"), not the names again: half the bytes in the page.
  const order = () => JSON.stringify(names.map((_, i) => i).sort((a, b) => collator(lang).compare(names[a]!, names[b]!)));
  return (JSON.parse(remembered(`sort|${lang}|${JSON.stringify(names)}`, order)) as number[]).map((i) => names[i]!);
}

/** Items in the alphabetical order of their names in the reader's language (sortNames), each kept whole. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, lang: string): T[] {
  const rank = new Map(sortNames(items.map(nameOf), lang).map((name, i) => [name, i]));
  return [...items].sort((a, b) => rank.get(nameOf(a))! - rank.get(nameOf(b))!);
}

/**
 * Compares codes and ISO dates ("HU", "2024-01-12") by their characters, which is their order: a
 * locale's collation (localeCompare) says the same for them, after setting up ICU's collator.
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const regionNames = cached((lang) => new Intl.DisplayNames([lang], { type: "region", fallback: "none" }));
const languageNames = cached((lang) => new Intl.DisplayNames([lang], { type: "language", fallback: "none" }));

/**
 * A country's common name in the reader's language, from the platform: countryName("DE", "de") → "Deutschland".
 * Falls back to the given English name where the platform has none.
 */
export function countryName(iso2: string, lang: string, fallback: string): string {
  try {
    return regionNames(lang).of(iso2) ?? fallback;
  } catch {
    return fallback;
  }
}

/** A language's name in the reader's language: languageName("en", "de") → "Englisch"; the tag itself where unknown. */
export function languageName(tag: string, lang: string): string {
  try {
    return languageNames(lang).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Region names by language, made at build time (countries/regionNames.ts): Chromium's Intl has none. */
const regionNamesByLang: Readonly<Record<string, Readonly<Record<string, string>>>> = regionNamesJson;

/**
 * A world region's name in the reader's language, for the signatory list's headings:
 * regionName("Europe", "de") → "Europa", regionName("Americas", "fr-CA") → "Amériques".
 * The region's own (English) name where the table has none, as for English itself.
 */
export function regionName(region: string, lang: string): string {
  const names = regionNamesByLang[lang] ?? regionNamesByLang[lang.split("-")[0] ?? ""];
  return (names && Object.hasOwn(names, region) ? names[region] : undefined) ?? region;
}

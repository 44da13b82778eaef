/** A calendar date (YYYY-MM-DD) in the reader's language: formatDate("2024-01-12", "en") → "12 January 2024". */
export function formatDate(isoDate: string, lang: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // en-GB order ("12 January 2024") reads the same for every English reader; UTC so no time zone moves the day.
  const locale = lang === "en" ? "en-GB" : lang;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Joins names as the language does: formatList(["Hungary", "Slovakia"], "en") → "Hungary and Slovakia". */
export function formatList(items: string[], lang: string, type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(lang, { style: "long", type }).format(items);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's common name in the reader's language, from the platform: countryName("DE", "de") → "Deutschland".
 * Falls back to the given English name where the platform has none.
 */
export function countryName(iso2: string, lang: string, fallback: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    displayNames.set(lang, names);
  }
  try {
    return names.of(iso2) ?? fallback;
  } catch {
    return fallback;
  }
}

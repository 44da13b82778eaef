/** The canonical form of a BCP 47 tag, or undefined if it is not one: `canonicalLanguageTag("en-gb")` is "en-GB". */
export function canonicalLanguageTag(tag: string): string | undefined {
  // Intl is the only full BCP 47 checker at hand; it signals a bad tag by throwing a RangeError.
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

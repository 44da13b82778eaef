// The one key function shared by the build (which indexes names) and the runtime (which looks
// them up): two spellings a reader would call "the same name" must normalise to the same key.

/** Apostrophe-like characters: straight, curly, modifier letters, primes, backtick, acute. */
const APOSTROPHES = /['\u2018\u2019\u201A\u201B\u02BB\u02BC\u02BD\u2032\u0060\u00B4]/g;

/** Combining marks left behind by NFKD: the accents of "Côte", "Türkiye", "Curaçao". */
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Letters NFKD does not decompose but a reader still writes without their accent.
 * (ø, æ, ß, đ, ł, ı and friends appear in world-countries' native spellings.)
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  ħ: "h",
};

/**
 * Normalises a country name or code to the key the resolver indexes it under.
 * @example normaliseName("  The Côte d’Ivoire ") === "cote divoire"
 *
 * - accents are stripped (NFKD, then the combining marks dropped);
 * - apostrophes of every shape are dropped, so "People's", "People’s" and "Peoples" match;
 * - periods are dropped, so "U.S." matches "US" and "St. Lucia" matches "St Lucia";
 * - "&" is "and"; the word "st" before another word is "saint" ("St Kitts and Nevis");
 * - every other run of punctuation or space is one space, so "Guinea-Bissau" matches
 *   "Guinea Bissau" and "Korea, Republic of" matches "Korea Republic of";
 * - lower case, trimmed, and the word "the" removed wherever it stands: sources drop it inside
 *   official names as often as before them ("the Netherlands", "Republic of Marshall Islands"
 *   for "the Republic of the Marshall Islands"), and it tells no two names apart.
 *
 * Parentheses are punctuation here: callers that want the meaning of "X (Y)" read it from the
 * raw name first (see nameVariants). This is the one folding for names: the resolver's index, its
 * look-ups and the panel's search (foldForSearch) all use it.
 */
export function normaliseName(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[øæœßđðłıþħ]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, "")
    .replace(/\./g, "")
    .replace(/&/g, " and ")
    // Anything that is not a letter or digit separates words.
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return (
    ` ${folded} `
      .replace(/ the(?= )/g, "")
      // Only before another word: a lone "st" is an abbreviation of nothing in particular, not "Saint".
      .replace(/ st(?= \S)/g, " saint")
      .trim()
  );
}

/**
 * Folds a search query or a name for matching one inside the other, as the resolver folds names:
 * case, accents, every shape of apostrophe, hyphens and a "the" do not matter.
 * @example foldForSearch("Côte d’Ivoire").includes(foldForSearch("cote d'iv")) // true
 */
export function foldForSearch(text: string): string {
  return normaliseName(text);
}

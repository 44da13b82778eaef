/** U+202F NARROW NO-BREAK SPACE: what French typesetting puts before ; : ! ? (Imprimerie nationale's rules). */
export const NARROW_NBSP = "\u202f";

/**
 * French punctuation spacing, the one rule every French string of the interface passes through
 * (issue #27: "Source: dpa-AFX" beside "Signataires : …"): before ; : ! ? that ends a clause (it is
 * followed by a space, a closing guillemet or the end), the space there was (none, a space or a
 * no-break space) becomes one narrow no-break space; only one, since any more belong to the words
 * passed in. A colon inside a word or an address ("https://", "10:30") is left alone.
 * @example frenchSpacing("Source: dpa-AFX") // "Source\u202f: dpa-AFX"
 * @example frenchSpacing("l’UE ; rejointe") // "l’UE\u202f; rejointe"
 */
export function frenchSpacing(text: string): string {
  return text.replace(/[ \u00a0\u202f]?([;:!?])(?=[\s»]|$)/g, `${NARROW_NBSP}$1`);
}

/**
 * The tag for the French catalogue's templates: frenchSpacing on the catalogue's own words, never
 * on the words passed in (a URL parameter's value " !" is quoted as it was typed).
 * @example french`Source: ${"dpa-AFX: Seoul"}` // "Source\u202f: dpa-AFX: Seoul"
 */
export function french(literals: TemplateStringsArray, ...values: unknown[]): string {
  return literals.reduce((text, literal, i) => text + frenchSpacing(literal) + (i < values.length ? String(values[i]) : ""), "");
}

/**
 * The French catalogue with frenchSpacing on each of its plain strings; its functions write their
 * templates with the `french` tag, so the same rule spaces every word of the catalogue.
 * @example frenchCatalogue({ intro: "Source :" }).intro // "Source\u202f:"
 */
export function frenchCatalogue<T extends Record<string, unknown>>(catalogue: T): T {
  return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, typeof value === "string" ? frenchSpacing(value) : value])) as T;
}

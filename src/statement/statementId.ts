/**
 * What a statement ID may be, as the public contract says: lower-case letters, digits and hyphens. One
 * rule for the file's `id` field and the page's `?statement=` parameter, so every valid file can
 * be asked for. STATEMENT_ID.test("dprk-russia-missiles-2024") → true.
 */
export const STATEMENT_ID = /^[a-z0-9-]+$/;

/** The statement a page shows when its URL names none: the seed, prerendered into index.html. */
export const DEFAULT_STATEMENT_ID = "dprk-russia-missiles-2024";

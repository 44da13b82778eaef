// The page's address, as links and embed codes write it and the page reads it (docs/interface.md,
// "URL parameters"): the values its parameters take, and where a statement's own page is. Plain
// facts, here so that the embed codes need nothing from the page, which parses the same URL.

/** A colour theme a URL forces (theme=); without one, a page follows the reader's system setting. The palette's own themes. */
export type { Theme } from "../map/palette";

/** How an embed shows the panel's parts: as closed sections (the default), all open, or not at all. */
export type PanelMode = "closed" | "open" | "none";

/** The one background a URL can ask for instead of the page's own (bg=transparent): none, so an embed shows its article's. */
export type Background = "transparent";

/** The path of a bundled statement's own page, relative to the site's root: statementPagePath("x") → "s/x/". */
export const statementPagePath = (id: string): string => `s/${id}/`;

import { isRecord } from "../statement/isRecord";
import type { PreparedStatement } from "../view/preparedStatement";
import type { SiteNav } from "./statementIndex";

/** Id of the JSON block the build writes into each prerendered page (src/build/prerender.tsx). */
export const PAGE_DATA_ID = "page-data";

/**
 * What a prerendered page carries besides its markup, once: its statement as the build prepared
 * it (validated, resolved, with its organisations' facts), so the browser neither fetches it nor
 * runs the resolver, and where the page stands in the site. The app's script carries no statement.
 */
export interface PageData {
  prepared: PreparedStatement;
  site: SiteNav;
  /** The dates and lists the page shows, as the build formatted them (recordFormatted): the browser's first Intl formatter is slow to make. */
  formatted?: Record<string, string>;
}

/**
 * The block's text: JSON with "<" escaped, so no statement text can close its <script> element.
 * @example `<script type="application/json" id="page-data">${pageDataJson(data)}</script>`
 */
export const pageDataJson = (data: PageData): string => JSON.stringify(data).replace(/</g, "\\u003c");

/**
 * The page's data, or null when the page has none (the development server) or it is not readable.
 * Written by our own build, so only its shape is checked, not every field of the statement.
 */
export function readPageData(doc: Document): PageData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.prepared) || !isRecord(data.prepared.statement) || !isRecord(data.site)) return null;
  const { site } = data;
  if (typeof data.prepared.statement.id !== "string" || typeof site.root !== "string" || !Array.isArray(site.recent) || typeof site.total !== "number")
    return null;
  // A shortcut, not the page's content: a block without it (or with junk in it) formats its own.
  const formatted = isRecord(data.formatted) && Object.values(data.formatted).every((text) => typeof text === "string") ? data.formatted : undefined;
  return { ...(data as unknown as PageData), formatted: formatted as Record<string, string> | undefined };
}

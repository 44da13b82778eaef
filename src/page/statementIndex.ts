import { statementPagePath } from "../embed/pageAddress";
import { isRecord } from "../statement/isRecord";
import type { Statement } from "../statement/types";

/**
 * One bundled statement as `statements/index.json` lists it (docs/interface.md): enough to find and
 * link it without fetching its file. Counts are of parties as the map shows them.
 */
export interface StatementSummary {
  id: string;
  title: string;
  /** ISO date of first publication, YYYY-MM-DD. */
  date: string;
  /** The language the statement is published in (BCP 47). */
  lang: string;
  /** The source's name, as the statement file gives it. */
  source: string;
  /** Countries that signed, those that joined later included. */
  signatories: number;
  /** Of those, countries that joined after first publication. */
  joined: number;
  /** Organisations that signed (the EU, NATO…), first or later. */
  organisations: number;
  /** Countries the statement is about. */
  subjects: number;
  claims: number;
  /** The statement's own page and its share card, relative to the site's root. */
  page: string;
  card: string;
}

/** What a page needs to link a statement: the index entry's words, without its counts. */
export type StatementLink = Pick<StatementSummary, "id" | "title" | "date" | "lang">;

/** A summary cut to a link's fields: linkOf(summary) → { id, title, date, lang }. */
export const linkOf = ({ id, title, date, lang }: StatementLink): StatementLink => ({ id, title, date, lang });

/** The statements' index, beside the statement files (`statements/index.json`): never a statement itself, so no statement has the ID "index". */
export const STATEMENT_INDEX_FILE = "index.json";

/**
 * The index entry of a statement: summariseStatement(seed) →
 * { id: "dprk-russia-missiles-2024", signatories: 50, joined: 2, organisations: 1, subjects: 2, … }.
 */
export function summariseStatement(statement: Statement): StatementSummary {
  const parties = [...statement.signatories, ...statement.additions];
  const page = statementPagePath(statement.id);
  return {
    id: statement.id,
    title: statement.title,
    date: statement.date,
    lang: statement.lang,
    source: statement.source.name,
    signatories: parties.filter((party) => party.kind === "country").length,
    joined: statement.additions.filter((party) => party.kind === "country").length,
    organisations: parties.filter((party) => party.kind === "org").length,
    subjects: statement.subjects.length,
    claims: statement.claims.length,
    page,
    card: `${page}card.png`,
  };
}

/** Newest first; on the same day, by ID, so the order never depends on the file system's. */
export function newestFirst<T extends { id: string; date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1));
}

/**
 * `statements/index.json` as the page reads it at run time (a file on the host, so checked where
 * it enters): the entries with the fields the page uses, or null when it is not such a list.
 * @example readStatementIndex(JSON.parse(text)) // [{ id: "…", title: "…", … }] or null
 */
export function readStatementIndex(value: unknown): StatementSummary[] | null {
  if (!Array.isArray(value)) return null;
  const entries: StatementSummary[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.id !== "string" || typeof entry.title !== "string" || typeof entry.date !== "string") return null;
    entries.push(entry as unknown as StatementSummary);
  }
  return entries;
}

/**
 * What a page knows of the site around it, written into it by the build (src/build/prerender.tsx):
 * where the site's root is, and the newest bundled statements, to link them.
 */
export interface SiteNav {
  /** The site's root relative to this page: "./" at the root, "../../" on a statement's page (s/ID/). */
  root: string;
  /** The newest bundled statements, newest first: the page lists these and loads the rest on request. */
  recent: StatementLink[];
  /** How many statements are bundled in all (statements/index.json lists them). */
  total: number;
}

/** A page that knows of no other statement (the development server's): its root is where it is. */
export const NO_SITE_NAV: SiteNav = { root: "./", recent: [], total: 0 };

/** Whether the build made `id` a page of its own, as far as this page knows (its own statement, and the newest). */
export const hasOwnPage = (site: SiteNav, id: string): boolean => site.recent.some((entry) => entry.id === id);

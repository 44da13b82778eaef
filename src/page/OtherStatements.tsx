import { useState } from "react";
import { viewHref, type PageLink } from "../embed/embedCode";
import { formatDate } from "../i18n/format";
import type { Messages } from "../i18n/messages";
import { newestFirst, readStatementIndex, STATEMENT_INDEX_FILE, type SiteNav, type StatementLink } from "./statementIndex";

/** How many other statements a page lists in its own markup; the rest come from statements/index.json when asked for. */
export const OTHER_STATEMENTS_SHOWN = 8;

/** Fetches and reads the site's statement index; rejects when it cannot. */
export async function fetchStatementIndex(url: string): Promise<StatementLink[]> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const entries = readStatementIndex(await response.json());
  if (!entries) throw new Error(`${url}: not a list of statements`);
  return entries;
}

export interface OtherStatementsProps {
  site: SiteNav;
  /** The link to the page as shown: its statement is left out, its language and forced theme go with the links. */
  link: PageLink;
  messages: Messages;
  /** Loads the whole index (statements/index.json at the site's root); tests pass their own. */
  loadIndex?: (url: string) => Promise<StatementLink[]>;
}

/**
 * The full page's way to the other bundled statements, newest first: a menu (a <details>, so it
 * opens with JavaScript off too) of links to their own pages. The page's markup holds the newest
 * few (the build writes them into the page: src/build/prerender.tsx); with more bundled, a button
 * fetches the whole index. Hidden in an embed with the rest of the page tools.
 */
export function OtherStatements({ site, link, messages, loadIndex = fetchStatementIndex }: OtherStatementsProps) {
  const [all, setAll] = useState<StatementLink[] | null>(null);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  const others = (all ?? site.recent).filter((entry) => entry.id !== link.statement);
  // The page carries the newest few (a few more than it lists); the index has every one.
  const more = !all && site.total > site.recent.length;
  const shown = more ? others.slice(0, OTHER_STATEMENTS_SHOWN) : others;
  if (shown.length === 0 && !more) return null;

  const showAll = async () => {
    setStatus("loading");
    try {
      setAll(newestFirst(await loadIndex(`${site.root}statements/${STATEMENT_INDEX_FILE}`)));
      setStatus("idle");
    } catch {
      setStatus("failed");
    }
  };

  return (
    <nav className="other-statements" aria-label={messages.otherStatements}>
      <details>
        <summary>{messages.otherStatements}</summary>
        <div className="other-statements-menu">
          <ol>
            {shown.map((entry) => (
              <li key={entry.id}>
                <a href={viewHref({ ...link, statement: entry.id, ownPage: true, country: null })} lang={entry.lang}>
                  {entry.title}
                </a>{" "}
                <time dateTime={entry.date}>{formatDate(entry.date, link.lang)}</time>
              </li>
            ))}
          </ol>
          {more && (
            <button type="button" onClick={showAll} disabled={status === "loading"}>
              {messages.allStatements(site.total)}
            </button>
          )}
          {status === "failed" && <p role="status">{messages.statementsUnavailable}</p>}
        </div>
      </details>
    </nav>
  );
}

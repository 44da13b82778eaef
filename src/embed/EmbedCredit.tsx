import type { Messages } from "../i18n/messages";
import { toHttpUrl } from "../statement/toHttpUrl";

export interface EmbedCreditProps {
  source: { name: string; url?: string };
  /** The full page's address for this view, relative to the embedded page: the statement's own page ("../../s/ID/?lang=en"), or "./?statement=ID". */
  fullPageHref: string;
  messages: Messages;
}

/** The embed's credit line, right under the map: the statement's source, the map data, and the full page. */
export function EmbedCredit({ source, fullPageHref, messages }: EmbedCreditProps) {
  const href = source.url ? toHttpUrl(source.url) : undefined;
  return (
    <p className="embed-credit">
      {messages.sourceIntro}{" "}
      {href ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {source.name}
        </a>
      ) : (
        source.name
      )}
      {" · "}
      {messages.mapCredit}
      {" · "}
      <a href={fullPageHref} target="_blank" rel="noopener">
        {messages.openFullMap}
      </a>
    </p>
  );
}

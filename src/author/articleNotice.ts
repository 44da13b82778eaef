// What the authoring page says about the pasted article itself when it cannot make a useful
// draft of it: blank, too long to draft, or naming nobody who could have signed. Pure, so the
// reducer and the page agree on it and a unit test can hold each message.
import { formatCount } from "../statement/limits";
import type { EditableStatement } from "./editableStatement";

/**
 * The longest article the page drafts: about 30,000 words, far longer than a joint statement or
 * the report of one (the seed article is under 3,000 characters). Drafting runs on every change and
 * grows with the text, about a second per 100,000 characters on a slow machine, so a whole web
 * page or a pile of articles pasted at once would freeze the tab.
 */
export const ARTICLE_CHARACTER_LIMIT = 200_000;

/** True when the page drafts this article: it has text, and no more than the limit. */
export const isDraftable = (article: string): boolean => article.length <= ARTICLE_CHARACTER_LIMIT && article.trim() !== "";

/**
 * One sentence for the editor about the article, or null when there is nothing to say (nothing
 * pasted yet, or a draft that found names).
 * @example articleNotice(" \n", null) // "The article is blank: …"
 */
export function articleNotice(article: string, statement: EditableStatement | null): string | null {
  if (article === "") return null;
  if (article.length > ARTICLE_CHARACTER_LIMIT) {
    return `The article is ${formatCount(article.length)} characters long: too long to draft here, where the limit is ${formatCount(ARTICLE_CHARACTER_LIMIT)} (far longer than a joint statement). Paste only the statement or the report, not a whole page or several articles.`;
  }
  if (article.trim() === "") return "The article is blank: there is nothing to draft from. Paste the text of the article, press release or statement.";
  // Nothing found, and nothing the editor added or set aside since: the text names no one who could sign.
  if (statement && statement.parties.length === 0 && statement.setAside.length === 0) {
    // Issue #27: what the draft did not find, not what the text does not say (a German text naming Japan was told it named no country).
    return "No signatories or subjects found: the draft recognised no name of a country or organisation in the text. Is this the statement’s text? You can also add names under “Who signed, and who it is about”.";
  }
  return null;
}

import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";

/**
 * How long typing must pause before the draft follows the article. Drafting the seed article and
 * drawing the draft and preview took 15 to 70 ms a keystroke, and more for a long article: each
 * key waited for it. A paste, a drop or a cut is a new article and is drafted at once.
 */
export const TYPING_PAUSE_MS = 250;

interface ArticleInputProps {
  article: string;
  /** True when the article has changed since the draft the editor is working on. */
  stale: boolean;
  /** What the page has to say about the article itself (blank, too long, no names in it), or null. */
  notice: string | null;
  onArticle: (text: string) => void;
  onRedraft: () => void;
}

/** Where the editor pastes the article; the draft follows it until the editor changes the draft. */
export function ArticleInput({ article, stale, notice, onArticle, onRedraft }: ArticleInputProps) {
  const id = useId();
  const { text, onChange, flush } = useSettledText(article, onArticle);
  return (
    <section className="author-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Article</h2>
      <p id={`${id}-hint`} className="author-hint">
        Paste the article, press release or statement, as text. The draft below and the preview follow it.
      </p>
      <textarea
        className="author-article"
        aria-labelledby={`${id}-heading`}
        aria-describedby={notice ? `${id}-hint ${id}-notice` : `${id}-hint`}
        value={text}
        onChange={onChange}
        onBlur={flush}
        rows={8}
        spellCheck={false}
      />
      {/* Always there, empty when there is nothing to say, so a screen reader hears a notice when it appears. */}
      <p id={`${id}-notice`} className={notice ? "author-notice" : "visually-hidden"} role="status">
        {notice}
      </p>
      {stale && (
        <p className="author-notice" role="status">
          The article has changed since this draft was made from it.{" "}
          <button type="button" onClick={onRedraft}>
            Draft again
          </button>{" "}
          (your changes to the draft will be lost)
        </p>
      )}
    </section>
  );
}

/**
 * The article box's own text, shown as typed, and handed on (`onArticle`) once typing pauses for
 * TYPING_PAUSE_MS, or at once for anything but typing (a paste, a drop, a script setting the value)
 * and when the box loses focus. A new `article` from outside replaces the text when nothing typed
 * is waiting.
 */
function useSettledText(article: string, onArticle: (text: string) => void) {
  const [text, setText] = useState(article);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const latest = useRef(onArticle);
  latest.current = onArticle;

  const flush = () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    latest.current(waiting.text);
  };
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.target.value;
    setText(value);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { timer: setTimeout(flush, TYPING_PAUSE_MS), text: value };
    if (!isTyping(event.nativeEvent)) flush();
  };

  useEffect(() => {
    if (!pending.current) setText(article);
  }, [article]);
  useEffect(() => () => clearTimeout(pending.current?.timer), []);
  return { text, onChange, flush };
}

/** Whether an input event is a keystroke's (inserting or deleting text as typed), not a paste, drop, cut or undo. */
function isTyping(event: Event): boolean {
  const type = (event as InputEvent).inputType ?? "";
  return (
    type === "insertText" ||
    type === "insertLineBreak" ||
    type === "insertParagraph" ||
    type === "insertCompositionText" ||
    type.startsWith("deleteContent") ||
    type.startsWith("deleteWord")
  );
}

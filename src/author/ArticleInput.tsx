import { useId } from "react";

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
        value={article}
        onChange={(event) => onArticle(event.target.value)}
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

import { memo, useEffect, useRef } from "react";
import type { Claim } from "../statement/types";

interface StatementTextProps {
  paragraphs: string[];
  lang: string;
  /** The claim whose quote is marked in the text, if any. */
  activeClaim: Claim | null;
  /** Changes each time a claim is chosen, so choosing the same claim again brings it into view again. */
  scrollKey: number;
  bringIntoView: (element: HTMLElement) => void;
}

/** The statement as published, one <p> per paragraph, as plain text; the active claim's quote in a <mark>. */
export const StatementText = memo(function StatementText({ paragraphs, lang, activeClaim, scrollKey, bringIntoView }: StatementTextProps) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (scrollKey !== 0 && markRef.current) bringIntoView(markRef.current);
  }, [scrollKey, bringIntoView]);

  return (
    <div className="statement-text" lang={lang}>
      {paragraphs.map((paragraph, index) => {
        if (!activeClaim || activeClaim.paragraph !== index) return <p key={index}>{paragraph}</p>;
        const start = activeClaim.offset;
        const end = start + activeClaim.quote.length;
        return (
          <p key={index}>
            {paragraph.slice(0, start)}
            <mark ref={markRef}>{paragraph.slice(start, end)}</mark>
            {paragraph.slice(end)}
          </p>
        );
      })}
    </div>
  );
});

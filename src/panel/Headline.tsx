interface HeadlineProps {
  title: string;
  /** One line of context: who signed, when, how many, who joined later. */
  context: string;
  /** The language the title is published in. */
  lang: string;
}

/** The statement's title and one line of context, above the map: what a reader sees first, on a phone as in an embed. */
export function Headline({ title, context, lang }: HeadlineProps) {
  return (
    <header className="headline">
      <h1 id="statement-title" lang={lang}>
        {title}
      </h1>
      <p className="context">{context}</p>
    </header>
  );
}

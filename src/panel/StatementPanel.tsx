import type { OrgCode } from "../countries/types";
import { useCallback, useState } from "react";
import { toHttpUrl } from "../statement/toHttpUrl";
import type { Messages } from "../i18n/messages";
import { formatDate, formatList, languageName } from "../i18n/format";
import type { Statement, StatementProblem } from "../statement/types";
import { ClaimList } from "./ClaimList";
import type { HighlightStore } from "../map/highlightStore";
import { CountryEntry } from "./CountryEntry";
import { SignatoryList } from "./SignatoryList";
import { StatementText } from "./StatementText";
import type { RegionGroup } from "./groupSignatories";
import { ReferenceGroups, type GroupSummary } from "./ReferenceGroups";
import type { GroupId } from "../countries/referenceGroups";

export interface StatementPanelProps {
  statement: Statement;
  warnings: StatementProblem[];
  groups: RegionGroup[];
  organisations: { code: OrgCode; name: string; note: string }[];
  groupSummaries: GroupSummary[];
  outlinedGroup: GroupId | null;
  onOutline: (group: GroupId | null) => void;
  messages: Messages;
  lang: string;
  nameOf: (iso: string) => string;
  englishNameOf: (iso: string) => string;
  selectedIso: string | null;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
}

const primaryLanguage = (tag: string) => tag.toLowerCase().split("-")[0];


/** The statement's header, version story, claims, text and signatories: everything from `Statement`, no geometry. */
export function StatementPanel(props: StatementPanelProps) {
  const { statement, messages, lang } = props;
  const [activeClaim, setActiveClaim] = useState<number | null>(null);
  const [scrollKey, setScrollKey] = useState(0);
  const chooseClaim = useCallback((index: number) => {
    setActiveClaim(index);
    setScrollKey((key) => key + 1);
  }, []);
  // The parser keeps only http(s) URLs; checked again here because a Statement can come from anywhere in code.
  const href = statement.source.url ? toHttpUrl(statement.source.url) : undefined;
  const languageNote = primaryLanguage(statement.lang) === primaryLanguage(lang) ? null : messages.publishedIn(languageName(statement.lang, lang));
  const countrySignatories = statement.signatories.filter((party) => party.kind === "country").length;
  const additionsByDate = new Map<string, string[]>();
  for (const addition of statement.additions) {
    const name = addition.kind === "country" ? props.nameOf(addition.iso2) : addition.written;
    additionsByDate.set(addition.date, [...(additionsByDate.get(addition.date) ?? []), name]);
  }

  return (
    <aside className="panel" aria-labelledby="statement-title">
      <header className="panel-header">
        <h1 id="statement-title" lang={statement.lang}>{statement.title}</h1>
        <p className="statement-meta">
          <time dateTime={statement.date}>{formatDate(statement.date, lang)}</time>
          {" · "}
          {messages.sourceLabel}:{" "}
          {href ? (
            <a href={href} rel="noopener noreferrer" target="_blank">
              {statement.source.name}
            </a>
          ) : (
            <span>{statement.source.name}</span>
          )}
        </p>
        <div className="version-story">
          {statement.statedCount !== undefined && <p>{messages.versionStated(statement.statedCount, countrySignatories)}</p>}
          {[...additionsByDate].map(([date, names]) => {
            const source = statement.additions.find((a) => a.date === date)?.source.name ?? "";
            return <p key={date}>{messages.versionAdditions(formatList(names, lang), formatDate(date, lang), source)}</p>;
          })}
        </div>
        {props.warnings.length > 0 && (
          <details className="warnings">
            <summary>{messages.warningsHeading}</summary>
            <ul>
              {props.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.field}: {warning.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <ClaimList
        claims={statement.claims}
        messages={messages}
        lang={statement.lang}
        activeIndex={activeClaim}
        onChoose={chooseClaim}
      />
      <section className="text" aria-labelledby="text-heading">
        <h2 id="text-heading">{messages.textHeading}</h2>
        {languageNote && <p className="language-note">{languageNote}</p>}
        <StatementText
          paragraphs={statement.text}
          lang={statement.lang}
          activeClaim={activeClaim === null ? null : (statement.claims[activeClaim] ?? null)}
          scrollKey={scrollKey}
        />
      </section>
      {statement.subjects.length > 0 && (
        <section className="subjects" aria-labelledby="subjects-heading">
          <h2 id="subjects-heading">
            {messages.subjectsHeading} <span className="count">{statement.subjects.length}</span>
          </h2>
          <ul className="entries">
            {statement.subjects.map((subject) => (
              <CountryEntry
                key={subject.iso2}
                iso={subject.iso2}
                name={props.nameOf(subject.iso2)}
                note=""
                selected={subject.iso2 === props.selectedIso}
                highlight={props.highlight}
                onChoose={props.onChoose}
              />
            ))}
          </ul>
        </section>
      )}
      <SignatoryList
        groups={props.groups}
        organisations={props.organisations}
        messages={messages}
        lang={lang}
        englishNameOf={props.englishNameOf}
        selectedIso={props.selectedIso}
        highlight={props.highlight}
        onChoose={props.onChoose}
        outlinedGroup={props.outlinedGroup}
        onOutline={props.onOutline}
      />
      <ReferenceGroups
        summaries={props.groupSummaries}
        date={statement.date}
        messages={messages}
        lang={lang}
        outlined={props.outlinedGroup}
        onOutline={props.onOutline}
      />
    </aside>
  );
}

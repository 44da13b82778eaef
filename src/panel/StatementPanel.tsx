import { useMemo } from "react";
import type { GroupId } from "../countries/referenceGroups";
import { formatDate, languageName } from "../i18n/format";
import { toHttpUrl } from "../statement/toHttpUrl";
import type { HighlightStore } from "../view/highlightStore";
import type { Locale } from "../view/locale";
import { makeSearchIndex } from "../view/searchCountries";
import type { StatementView } from "../view/statementView";
import { ClaimList } from "./ClaimList";
import { ComparisonSection } from "./ComparisonSection";
import { CountryEntry } from "./CountryEntry";
import { PanelSection, type SectionId } from "./PanelSection";
import { ReferenceGroups } from "./ReferenceGroups";
import { SignatoryList } from "./SignatoryList";
import { StatementText } from "./StatementText";

export interface StatementPanelProps {
  view: StatementView;
  locale: Locale;
  openSections: ReadonlySet<SectionId>;
  onSection: (id: SectionId, open: boolean) => void;
  /** The claim whose quote is marked in the text, and a key that changes each time one is chosen. */
  activeClaim: number | null;
  quoteKey: number;
  onClaim: (index: number) => void;
  /** Brings the marked quote into view (on the page, and in an embed also in the article around it). */
  bringIntoView: (element: HTMLElement) => void;
  selectedIso: string | null;
  highlight: HighlightStore;
  onChoose: (iso: string) => void;
  /** Selects a country and brings the map into view (a "Show on the map" button). */
  onShowOnMap: (iso: string) => void;
  /** Whether a country is drawn on the map, so it can be shown there. */
  onMap: (iso: string) => boolean;
  outlinedGroup: GroupId | null;
  onOutline: (group: GroupId | null) => void;
  /** With compare=: a line while the other statement loads or when it cannot be shown, and the link back to this one alone. */
  comparisonNotice: string | null;
  aloneHref: string;
}

const primaryLanguage = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * The panel: the statement's dateline and version story, then its parts as sections: key claims,
 * who signed, the statement as published, who did not sign. Everything from the view, no geometry.
 */
export function StatementPanel(props: StatementPanelProps) {
  const { view, locale, openSections, onSection } = props;
  const { statement } = view;
  const { messages, lang } = locale;
  // The parser keeps only http(s) URLs; checked again here because a Statement can come from anywhere in code.
  const href = statement.source.url ? toHttpUrl(statement.source.url) : undefined;
  const languageNote = primaryLanguage(statement.lang) === primaryLanguage(lang) ? null : messages.publishedIn(languageName(statement.lang, lang));
  const signatoryCount = view.categorised.signatoryCountries + view.categorised.joinedOn.size + view.organisations.length;
  const section = (id: SectionId) => ({ id, open: openSections.has(id), onToggle: onSection });
  const search = useMemo(
    () =>
      makeSearchIndex({
        groups: view.signatoryGroups,
        organisations: view.organisations,
        isos: locale.isos,
        nameOf: locale.nameOf,
        englishNameOf: locale.englishNameOf,
      }),
    [view, locale],
  );

  return (
    <aside className="panel" aria-labelledby="statement-title">
      <header className="panel-header">
        <p className="statement-meta">
          <time dateTime={statement.date}>{formatDate(statement.date, lang)}</time>
          {" · "}
          {messages.sourceIntro}{" "}
          {href ? (
            <a href={href} rel="noopener noreferrer" target="_blank">
              {statement.source.name}
            </a>
          ) : (
            <span>{statement.source.name}</span>
          )}
        </p>
        {view.warnings.length > 0 && (
          <details className="warnings">
            <summary>{messages.warningsHeading}</summary>
            <ul>
              {view.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.field}: {warning.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      {props.comparisonNotice && (
        <p className="notices" role="status">
          {props.comparisonNotice}
        </p>
      )}
      {view.comparison && (
        <PanelSection {...section("compare")} title={messages.compareHeading}>
          <ComparisonSection
            comparison={view.comparison}
            messages={messages}
            aloneHref={props.aloneHref}
            selectedIso={props.selectedIso}
            highlight={props.highlight}
            onChoose={props.onChoose}
          />
        </PanelSection>
      )}
      {statement.claims.length > 0 && (
        <PanelSection {...section("claims")} title={messages.claimsHeading} count={statement.claims.length}>
          <ClaimList claims={statement.claims} messages={messages} lang={statement.lang} activeIndex={props.activeClaim} onChoose={props.onClaim} />
        </PanelSection>
      )}
      <PanelSection {...section("signatories")} title={messages.signatoriesHeading} count={signatoryCount}>
        {view.versionStory.length > 0 && (
          <div className="version-story">
            {view.versionStory.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        <SignatoryList
          search={search}
          messages={messages}
          lang={lang}
          nameOf={locale.nameOf}
          standingOf={view.standingOf}
          onMap={props.onMap}
          selectedIso={props.selectedIso}
          highlight={props.highlight}
          onChoose={props.onChoose}
          onShowOnMap={props.onShowOnMap}
          outlinedGroup={props.outlinedGroup}
          onOutline={props.onOutline}
        />
      </PanelSection>
      <PanelSection {...section("text")} title={statement.textKind === "summary" ? messages.textSummaryHeading : messages.textHeading}>
        {statement.textKind === "summary" && (
          <p className="language-note">
            {messages.textSummaryNote}{" "}
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {statement.source.name}
              </a>
            ) : (
              statement.source.name
            )}
          </p>
        )}
        {languageNote && <p className="language-note">{languageNote}</p>}
        <StatementText
          paragraphs={statement.text}
          lang={statement.lang}
          activeClaim={props.activeClaim === null ? null : (statement.claims[props.activeClaim] ?? null)}
          scrollKey={props.quoteKey}
          bringIntoView={props.bringIntoView}
        />
      </PanelSection>
      <PanelSection {...section("not-signed")} title={messages.groupsHeading}>
        {view.subjects.length > 0 && (
          <div className="subjects">
            <h3 id="subjects-heading">
              {messages.subjectsHeading} <span className="count">{view.subjects.length}</span>
            </h3>
            <ul className="entries" aria-labelledby="subjects-heading">
              {view.subjects.map((subject) => (
                <CountryEntry
                  key={subject.iso}
                  iso={subject.iso}
                  name={subject.name}
                  note=""
                  selected={subject.iso === props.selectedIso}
                  standing={subject.iso === props.selectedIso ? view.standingOf(subject.iso) : ""}
                  showOnMapLabel={messages.showOnMap(subject.name)}
                  highlight={props.highlight}
                  onChoose={props.onChoose}
                  onShowOnMap={props.onShowOnMap}
                />
              ))}
            </ul>
          </div>
        )}
        <ReferenceGroups
          summaries={view.groupSummaries}
          date={statement.date}
          messages={messages}
          lang={lang}
          outlined={props.outlinedGroup}
          onOutline={props.onOutline}
        />
      </PanelSection>
    </aside>
  );
}

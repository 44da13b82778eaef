import { useMemo, useReducer, useState, type Dispatch } from "react";
import type { GroupId } from "../countries/referenceGroups";
import type { CountryLabel } from "../countries/types";
import { bringIntoView } from "../embed/bringIntoView";
import type { World } from "../geo/types";
import { en } from "../i18n/messages";
import { WorldMap } from "../map/WorldMap";
import { Headline } from "../panel/Headline";
import { StatementPanel } from "../panel/StatementPanel";
import { ALL_SECTIONS, usePanelState } from "../panel/usePanelState";
import { createHighlightStore, type HighlightStore } from "../view/highlightStore";
import { makeLocale, type Locale } from "../view/locale";
import { deriveStatementView } from "../view/statementView";
import { outlinedGroupOf } from "../view/outlinedGroup";
import { ArticleInput } from "./ArticleInput";
import { articleNotice } from "./articleNotice";
import { authorReducer, initialAuthorState, isStale, type AuthorAction } from "./authorState";
import { ClaimEditor } from "./ClaimEditor";
import { formatDate } from "../i18n/format";
import { isCalendarDate } from "../statement/isCalendarDate";
import { draftViewOf, type DraftView } from "./draftView";
import type { EditableStatement } from "./editableStatement";
import { placementOf } from "./edits";
import { FieldsEditor } from "./FieldsEditor";
import { FileOutput } from "./FileOutput";
import { NameChooser } from "./NameChooser";
import { PartyList } from "./PartyList";
import { RoleChooser } from "./RoleChooser";

export interface AuthorAppProps {
  world: World;
  countries: CountryLabel[];
  /** The date drawn while the draft has none that is valid (YYYY-MM-DD): the page passes today's. */
  today: string;
}

/**
 * The authoring page (issue #12): the article in and the draft to edit on the left, the statement
 * as readers will see it on the right, drawn by the page's own map and panel. English only: it is
 * for editors. Everything happens in this tab; nothing is fetched or sent.
 */
export function AuthorApp({ world, countries, today }: AuthorAppProps) {
  const [state, dispatch] = useReducer(authorReducer, initialAuthorState);
  // The country chosen on the map or in a list: the role chooser under the map moves it.
  const [selectedIso, setSelectedIso] = useState<string | null>(null);
  const locale = useMemo(() => makeLocale("en", en, countries), [countries]);
  const { statement } = state;
  const draft = useMemo(() => (statement ? draftViewOf(statement, today) : null), [statement, today]);

  return (
    <div className="author">
      <header className="author-header">
        <h1>Draft a statement</h1>
        <p>
          Paste an article, then check the draft: the names, who signed and who the statement is about, the claims. Download the statement file or copy it.
          Everything happens in this browser: nothing you paste is sent anywhere.
        </p>
      </header>
      <div className="author-editor">
        <ArticleInput
          article={state.article}
          stale={isStale(state)}
          notice={articleNotice(state.article, statement)}
          onArticle={(text) => dispatch({ type: "article", text })}
          onRedraft={() => dispatch({ type: "redraft" })}
        />
        {statement && draft && <DraftEditor statement={statement} draft={draft} dispatch={dispatch} selectedIso={selectedIso} onSelect={setSelectedIso} />}
      </div>
      <section className="author-preview" aria-label="Preview: the statement as readers will see it">
        {statement && draft ? (
          <Preview
            statement={statement}
            draft={draft}
            world={world}
            locale={locale}
            selectedIso={selectedIso}
            onSelect={setSelectedIso}
            onPlace={(iso, placement) => dispatch({ type: "place-country", iso, placement, name: locale.englishNameOf(iso) })}
          />
        ) : (
          <p className="author-empty">The statement’s map and panel show here, as readers will see them, as soon as there is an article to draft.</p>
        )}
      </section>
    </div>
  );
}

interface DraftEditorProps {
  statement: EditableStatement;
  draft: DraftView;
  dispatch: Dispatch<AuthorAction>;
  selectedIso: string | null;
  onSelect: (iso: string) => void;
}

/** The draft's parts, in the order an editor works: what `statement check` says, the names to fix, the details, the list, the claims. */
function DraftEditor({ statement, draft, dispatch, selectedIso, onSelect }: DraftEditorProps) {
  return (
    <>
      <FileOutput fileName={draft.fileName} fileText={draft.fileText} errors={draft.check.errors} warnings={draft.check.warnings} />
      <NameChooser
        questions={draft.questions}
        nameCount={statement.parties.length}
        onRename={(key, written) => dispatch({ type: "rename", key, written })}
        onLeaveOut={(key) => dispatch({ type: "place-party", key, placement: "neither" })}
      />
      <FieldsEditor
        fields={statement.fields}
        origins={statement.origins}
        datesInText={statement.datesInText}
        problems={draft.places.fields}
        onField={(field, value) => dispatch({ type: "field", field, value })}
      />
      <PartyList
        lines={draft.lines}
        problems={draft.places.parties}
        selectedIso={selectedIso}
        onSelect={onSelect}
        onPlace={(key, placement) => dispatch({ type: "place-party", key, placement })}
        onAdd={(written, role) => dispatch({ type: "add-party", written, role })}
      />
      <ClaimEditor claims={statement.claims} problems={draft.places.claims} onClaim={(key, patch) => dispatch({ type: "claim", key, patch })} />
    </>
  );
}

interface PreviewProps {
  statement: EditableStatement;
  draft: DraftView;
  world: World;
  locale: Locale;
  selectedIso: string | null;
  onSelect: (iso: string | null) => void;
  onPlace: Parameters<typeof RoleChooser>[0]["onPlace"];
}

/** The statement as the full page draws it: headline, map with its legend, the chosen country's place in the file, the panel. */
function Preview({ statement, draft, world, locale, selectedIso, onSelect, onPlace }: PreviewProps) {
  const view = useMemo(() => deriveStatementView(draft.preview, locale), [draft.preview, locale]);
  // Hover and focus live outside React state, as on the full page: see view/highlightStore.ts.
  const [highlight] = useState<HighlightStore>(createHighlightStore);
  const { openSections, toggleSection, claim, chooseClaim } = usePanelState(ALL_SECTIONS);
  const [outlinedGroup, setOutlinedGroup] = useState<GroupId | null>(null);
  const outlinedSummary = useMemo(() => outlinedGroupOf(view, outlinedGroup), [view, outlinedGroup]);
  const drawn = useMemo(() => new Set(world.shapes.map((shape) => shape.iso)), [world]);
  const onMap = selectedIso !== null && drawn.has(selectedIso);

  return (
    <div className="author-reader-view">
      <Headline title={view.statement.title} context={view.context} lang={view.statement.lang} />
      {/* The preview needs a date to draw; say which one stands in, so no editor takes it for the statement's. */}
      {!isCalendarDate(statement.fields.date) && (
        <p className="author-hint" role="note">
          No date yet: the preview shows {formatDate(view.statement.date, locale.lang)} in its place.
        </p>
      )}
      <WorldMap
        world={world}
        view={view}
        messages={locale.messages}
        selectedIso={onMap ? selectedIso : null}
        selectionNote={onMap && selectedIso ? view.standingOf(selectedIso) : ""}
        highlight={highlight}
        outlined={outlinedSummary?.members ?? null}
        outlinedName={outlinedSummary?.name ?? null}
        wheelNeedsModifier={false}
        onSelect={onSelect}
        insetChoice={view.statement.inset ?? null}
      />
      {onMap && selectedIso && (
        <RoleChooser iso={selectedIso} name={locale.nameOf(selectedIso)} placement={placementOf(statement, selectedIso)} onPlace={onPlace} />
      )}
      <StatementPanel
        view={view}
        locale={locale}
        openSections={openSections}
        onSection={toggleSection}
        activeClaim={claim.index}
        quoteKey={claim.key}
        onClaim={chooseClaim}
        bringIntoView={bringIntoView}
        selectedIso={onMap ? selectedIso : null}
        highlight={highlight}
        onChoose={onSelect}
        onShowOnMap={onSelect}
        onMap={(iso) => drawn.has(iso)}
        outlinedGroup={outlinedGroup}
        onOutline={setOutlinedGroup}
        // The draft is never compared with another statement.
        comparisonNotice={null}
        aloneHref=""
      />
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { GroupId } from "./countries/referenceGroups";
import type { CountryLabel } from "./countries/types";
import { EmbedCredit } from "./embed/EmbedCredit";
import { viewSearch } from "./embed/embedCode";
import type { World } from "./geo/types";
import type { Messages } from "./i18n/messages";
import type { LoadState } from "./loadStatement";
import { WorldMap, type MapHandle } from "./map/WorldMap";
import type { PageState, PageStateStore } from "./page/pageState";
import { describeParamProblem } from "./page/describeParamProblem";
import type { ParamProblem } from "./page/parseParams";
import { PageTools } from "./page/PageTools";
import { useLiveMarker } from "./page/useLiveMarker";
import { Headline } from "./panel/Headline";
import { SECTIONS, type SectionId } from "./panel/PanelSection";
import { StatementPanel } from "./panel/StatementPanel";
import { DEFAULT_STATEMENT_ID } from "./statement/statementId";
import { createHighlightStore, type HighlightStore } from "./view/highlightStore";
import { makeLocale, type Locale } from "./view/locale";
import { deriveComparisonView } from "./view/comparisonView";
import { deriveStatementView, type StatementView } from "./view/statementView";

export interface AppProps {
  /** The page's URL state; a hydrating page renders its prerendered snapshot first. */
  page: PageStateStore;
  paramProblems: ParamProblem[];
  world: World;
  countries: CountryLabel[];
  /** The interface text in the page's language (main.tsx loads it before the first render). */
  messages: Messages;
  /** What to show first: the prepared default statement, or "loading" for one fetched at run time. */
  initial: LoadState;
  load: (id: string) => Promise<LoadState>;
  /** Brings an element into view; in an embed, also asks the article around it to scroll there. */
  bringIntoView: (element: HTMLElement) => void;
}

/** Joins the layers: the statement, its view, the map and the panel, with the selection they share. */
export function App(props: AppProps) {
  const page = useSyncExternalStore(props.page.subscribe, props.page.get, props.page.getPrerendered);
  useLiveMarker(page.live);
  const [state, setState] = useState<LoadState>(props.initial);
  const { load } = props;
  useEffect(() => {
    if (state.status !== "loading") return;
    let current = true;
    load(state.id).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [state, load]);

  const locale = useMemo(() => makeLocale(page.lang, props.messages, props.countries), [page.lang, props.messages, props.countries]);
  const { messages } = locale;
  const onMap = useMemo(() => new Set(props.world.shapes.map((shape) => shape.iso)), [props.world]);
  const notices = page.live ? props.paramProblems.map((problem) => describeParamProblem(problem, messages)) : [];
  if (page.live && page.country !== null && !onMap.has(page.country)) notices.push(messages.paramNoSuchCountry(page.country));

  return (
    <div className="app">
      {notices.length > 0 && (
        <ul className="notices" role="status">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {state.status === "ready" ? (
        <StatementPage
          key={state.statement.id}
          state={state}
          page={page}
          store={props.page}
          world={props.world}
          selectedIso={page.country !== null && onMap.has(page.country) ? page.country : null}
          locale={locale}
          bringIntoView={props.bringIntoView}
          load={load}
        />
      ) : state.status === "loading" ? (
        <p className="loading" role="status">
          {messages.loading}
        </p>
      ) : (
        <section className="failure" role="alert">
          <h1>{messages.statementErrorTitle}</h1>
          <p>{state.reason === "not-found" ? messages.statementNotFound(state.id) : messages.statementLoadFailed(state.id, state.reason)}</p>
          {state.details.length > 0 && (
            <ul className="problems">
              {state.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {state.id !== DEFAULT_STATEMENT_ID && (
            <p>
              <a href="?">{messages.showDefault}</a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

interface StatementPageProps {
  state: Extract<LoadState, { status: "ready" }>;
  page: PageState;
  store: PageStateStore;
  world: World;
  /** The URL's country, when it is on the map. */
  selectedIso: string | null;
  locale: Locale;
  bringIntoView: (element: HTMLElement) => void;
  /** Loads the statement compare= names. */
  load: (id: string) => Promise<LoadState>;
}

/** Which panel sections are open before the reader opens or closes one: all on the full page, as `panel=` says in an embed. */
const defaultSections = (page: PageState): ReadonlySet<SectionId> => new Set(!page.embed || page.panel === "open" ? SECTIONS : []);

/**
 * One statement's page: headline, map, page tools (full page) or credit line (embed), panel. Both
 * layouts are in the markup and the stylesheet shows one (from <html data-embed>, set before the
 * first paint), so a prerendered page is the right layout before any script runs.
 */
function StatementPage({ state, page, store, world, selectedIso, locale, bringIntoView, load }: StatementPageProps) {
  const { messages } = locale;
  // compare=ID: the other statement, loaded as any statement is; this one shows alone until it is here.
  const [second, setSecond] = useState<LoadState | null>(null);
  useEffect(() => {
    if (!page.compare) return;
    let current = true;
    load(page.compare).then((next) => current && setSecond(next));
    return () => {
      current = false;
      setSecond(null);
    };
  }, [page.compare, load]);
  const view: StatementView = useMemo(
    () => (second?.status === "ready" ? deriveComparisonView(state, second, locale) : deriveStatementView(state, locale)),
    [state, second, locale],
  );
  const comparisonNotice = !page.compare || second?.status === "ready" ? null : second?.status === "failed" ? messages.compareFailed(page.compare) : messages.compareLoading(page.compare);
  const { statement } = view;
  const mapRef = useRef<MapHandle>(null);
  // Hover and focus live outside React state: see view/highlightStore.ts.
  const [highlight] = useState<HighlightStore>(createHighlightStore);
  const [outlinedGroup, setOutlinedGroup] = useState<GroupId | null>(null);
  const [chosenSections, setChosenSections] = useState<ReadonlySet<SectionId> | null>(null);
  const openSections = chosenSections ?? defaultSections(page);
  const [claim, setClaim] = useState<{ index: number | null; key: number }>({ index: null, key: 0 });

  const toggleSection = useCallback(
    (id: SectionId, open: boolean) =>
      setChosenSections((previous) => {
        const current = previous ?? defaultSections(page);
        if (current.has(id) === open) return previous;
        const next = new Set(current);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
    [page],
  );
  // Choosing a claim opens the text, marks its quote and brings it into view.
  const chooseClaim = useCallback(
    (index: number) => {
      toggleSection("text", true);
      setClaim((previous) => ({ index, key: previous.key + 1 }));
    },
    [toggleSection],
  );
  const chooseFromList = useCallback(
    (iso: string) => {
      store.select(iso);
      mapRef.current?.zoomTo(iso);
    },
    [store],
  );
  const outlined = useMemo(
    () =>
      outlinedGroup === null
        ? null
        : (view.groupSummaries.find((group) => group.id === outlinedGroup)?.members ?? view.organisations.find((org) => org.group === outlinedGroup)?.members ?? null),
    [view, outlinedGroup],
  );
  const link = { statement: statement.id, country: selectedIso, lang: locale.lang, theme: page.theme, compare: view.comparison ? page.compare : null };

  return (
    <main className="layout">
      <Headline title={statement.title} context={view.context} lang={statement.lang} />
      <WorldMap
        ref={mapRef}
        world={world}
        view={view}
        messages={messages}
        selectedIso={selectedIso}
        selectionNote={selectedIso ? view.standingOf(selectedIso) : ""}
        highlight={highlight}
        outlined={outlined}
        wheelNeedsModifier={page.embed}
        onSelect={store.select}
      />
      <PageTools link={link} title={statement.title} locale={locale} store={store} download={{ world, view, outlined }} />
      <StatementPanel
        view={view}
        locale={locale}
        openSections={openSections}
        onSection={toggleSection}
        activeClaim={claim.index}
        quoteKey={claim.key}
        onClaim={chooseClaim}
        bringIntoView={bringIntoView}
        selectedIso={selectedIso}
        highlight={highlight}
        onChoose={chooseFromList}
        outlinedGroup={outlinedGroup}
        onOutline={setOutlinedGroup}
        comparisonNotice={comparisonNotice}
        aloneHref={viewSearch({ ...link, compare: null })}
      />
      <EmbedCredit source={statement.source} fullPageHref={viewSearch(link)} messages={messages} />
    </main>
  );
}

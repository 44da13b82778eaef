import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { GroupId } from "./countries/referenceGroups";
import type { CountryLabel } from "./countries/types";
import { EmbedCredit } from "./embed/EmbedCredit";
import { viewHref, type PageLink } from "./embed/embedCode";
import type { World } from "./geo/types";
import { languageNames, type Language } from "./i18n/languages";
import type { Messages } from "./i18n/messages";
import { describeLoadFailure, SLOW_LOAD_MS, type LoadState } from "./loadStatement";
import { WorldMap, type MapHandle } from "./map/WorldMap";
import type { PageState, PageStateStore } from "./page/pageState";
import { describeParamProblem } from "./page/describeParamProblem";
import type { ParamProblem } from "./page/parseParams";
import { NO_UPDATE, type UpdateNotice } from "./page/newerDeployment";
import { reloadInLanguage } from "./page/pageState";
import { PageTools } from "./page/PageTools";
import { PreferenceControls } from "./page/PreferenceControls";
import { useDocumentTitle } from "./page/useDocumentTitle";
import { hasOwnPage, NO_SITE_NAV, type SiteNav } from "./page/statementIndex";
import { useLiveMarker } from "./page/useLiveMarker";
import { Headline } from "./panel/Headline";
import type { SectionId } from "./panel/PanelSection";
import { StatementPanel } from "./panel/StatementPanel";
import { ALL_SECTIONS, NO_SECTIONS, usePanelState } from "./panel/usePanelState";
import { DEFAULT_STATEMENT_ID } from "./statement/statementId";
import { createHighlightStore, type HighlightStore } from "./view/highlightStore";
import { makeLocale, type Locale } from "./view/locale";
import { outlinedGroupOf } from "./view/outlinedGroup";
import type { deriveComparisonView } from "./view/comparisonView";
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
  /** Loads a statement; never rejects. `signal` aborts a load the page no longer wants (the reader asked again). */
  load: (id: string, signal?: AbortSignal) => Promise<LoadState>;
  /** The page's language whose text could not be loaded (English is shown instead), and how to try again. */
  languageProblem?: { lang: Language; retry: () => void } | null;
  /** Whether a newer deployment is live (a lazy chunk failed because of it), and how to reload. */
  updates?: UpdateNotice;
  /** Brings an element into view; in an embed, also asks the article around it to scroll there. */
  bringIntoView: (element: HTMLElement) => void;
  /** Where the page stands in the site, and the newest statements to link (the build writes it into each page); default: none known. */
  site?: SiteNav;
}

/** Joins the layers: the statement, its view, the map and the panel, with the selection they share. */
export function App(props: AppProps) {
  const page = useSyncExternalStore(props.page.subscribe, props.page.get, props.page.getPrerendered);
  useLiveMarker(page.live);
  const [state, setState] = useState<LoadState>(props.initial);
  // The load that has taken longer than SLOW_LOAD_MS, if it is still the current one.
  const [slowLoad, setSlowLoad] = useState<LoadState | null>(null);
  const { load } = props;
  useEffect(() => {
    if (state.status !== "loading") return;
    const controller = new AbortController();
    const slow = setTimeout(() => setSlowLoad(state), SLOW_LOAD_MS);
    load(state.id, controller.signal).then((next) => controller.signal.aborted || setState(next));
    return () => {
      controller.abort();
      clearTimeout(slow);
    };
  }, [state, load]);
  // A new loading state starts a new load (the effect above): for Retry, and for a load that is slow.
  const retry = useCallback(() => setState((current) => (current.status === "ready" ? current : { status: "loading", id: current.id })), []);
  const pageUpdated = useSyncExternalStore((props.updates ?? NO_UPDATE).subscribe, (props.updates ?? NO_UPDATE).get, NO_UPDATE.get);

  // While the page's language has not arrived, the page is English throughout, country names too.
  const lang = props.languageProblem ? "en" : page.lang;
  const locale = useMemo(() => makeLocale(lang, props.messages, props.countries), [lang, props.messages, props.countries]);
  const { messages } = locale;
  const onMap = useMemo(() => new Set(props.world.shapes.map((shape) => shape.iso)), [props.world]);
  const notices = page.live ? props.paramProblems.map((problem) => describeParamProblem(problem, messages)) : [];
  if (page.live && page.country !== null && !onMap.has(page.country)) notices.push(messages.paramNoSuchCountry(page.country));
  const { languageProblem } = props;

  return (
    <div className="app">
      {notices.length > 0 && (
        <ul className="notices" role="status">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {languageProblem && (
        <RetryNotice text={messages.languageUnavailable(languageNames[languageProblem.lang])} action={messages.retry} onAction={languageProblem.retry} />
      )}
      {pageUpdated && <RetryNotice text={messages.pageUpdated} action={messages.reloadPage} onAction={(props.updates ?? NO_UPDATE).reload} />}
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
          site={props.site ?? NO_SITE_NAV}
        />
      ) : (
        // No statement to show yet, or none at all: say what is happening, offer to try again,
        // and keep the page's own tools (language, theme) working meanwhile.
        <main className="status-page">
          <StatementStatus state={state} slow={slowLoad === state} messages={messages} onRetry={retry} />
          <div className="page-tools">
            <PreferenceControls
              lang={lang}
              theme={page.theme}
              messages={messages}
              onLanguage={(next) => reloadInLanguage(window, next)}
              onTheme={props.page.setTheme}
            />
          </div>
        </main>
      )}
    </div>
  );
}

interface StatementStatusProps {
  state: Exclude<LoadState, { status: "ready" }>;
  /** The load has taken longer than SLOW_LOAD_MS. */
  slow: boolean;
  messages: Messages;
  onRetry: () => void;
}

/** "Loading the statement…" (and, when slow, that it is), or what went wrong, each with a way to try again. */
function StatementStatus({ state, slow, messages, onRetry }: StatementStatusProps) {
  const retryButton = (
    <button type="button" className="retry" onClick={onRetry}>
      {messages.retry}
    </button>
  );
  if (state.status === "loading") {
    return (
      <section className="loading">
        <p role="status">
          {messages.loading}
          {slow && ` ${messages.loadingSlow}`}
        </p>
        {slow && <p>{retryButton}</p>}
      </section>
    );
  }
  return (
    <section className="failure" role="alert">
      <h1>{messages.statementErrorTitle}</h1>
      {describeLoadFailure(state, messages).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {state.details.length > 0 && (
        <ul className="problems">
          {state.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="failure-actions">
        {retryButton}
        {state.id !== DEFAULT_STATEMENT_ID && <a href="?">{messages.showDefault}</a>}
      </p>
    </section>
  );
}

/** A line across the top of the page: something did not load, and the one thing to do about it. */
function RetryNotice({ text, action, onAction }: { text: string; action: string; onAction: () => void }) {
  return (
    <p className="notices retry-notice" role="status">
      {text}{" "}
      <button type="button" onClick={onAction}>
        {action}
      </button>
    </p>
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
  site: SiteNav;
}

/** Which panel sections are open before the reader opens or closes one: all on the full page, as `panel=` says in an embed. */
const defaultSections = (page: PageState): ReadonlySet<SectionId> => (!page.embed || page.panel === "open" ? ALL_SECTIONS : NO_SECTIONS);

/**
 * One statement's page: headline, map, page tools (full page) or credit line (embed), panel. Both
 * layouts are in the markup and the stylesheet shows one (from <html data-embed>, set before the
 * first paint), so a prerendered page is the right layout before any script runs.
 */
function StatementPage({ state, page, store, world, selectedIso, locale, bringIntoView, load, site }: StatementPageProps) {
  const { messages } = locale;
  // compare=ID: the other statement, loaded as any statement is; this one shows alone until it is here.
  // The comparison's code comes with the second statement: a chunk of its own, as most pages compare nothing.
  const [second, setSecond] = useState<{ state: LoadState; compare: typeof deriveComparisonView | null } | null>(null);
  useEffect(() => {
    if (!page.compare) return;
    let current = true;
    const comparison = import("./view/comparisonView").then((module) => module.deriveComparisonView).catch(() => null);
    Promise.all([load(page.compare), comparison]).then(([next, compare]) => current && setSecond({ state: next, compare }));
    return () => {
      current = false;
      setSecond(null);
    };
  }, [page.compare, load]);
  const view: StatementView = useMemo(
    () => (second?.state.status === "ready" && second.compare ? second.compare(state, second.state, locale) : deriveStatementView(state, locale)),
    [state, second, locale],
  );
  const comparisonNotice =
    !page.compare || (second?.state.status === "ready" && second.compare)
      ? null
      : second?.state.status === "failed" || (second && !second.compare)
        ? messages.compareFailed(page.compare)
        : messages.compareLoading(page.compare);
  const { statement } = view;
  useDocumentTitle(`${statement.title} – ${messages.appTitle}`);
  const mapRef = useRef<MapHandle>(null);
  const layoutRef = useRef<HTMLElement>(null);
  // Hover and focus live outside React state: see view/highlightStore.ts.
  const [highlight] = useState<HighlightStore>(createHighlightStore);
  const [outlinedGroup, setOutlinedGroup] = useState<GroupId | null>(null);
  const { openSections, toggleSection, claim, chooseClaim } = usePanelState(defaultSections(page));
  const chooseFromList = useCallback(
    (iso: string) => {
      store.select(iso);
      mapRef.current?.zoomTo(iso);
    },
    [store],
  );
  // On a phone the map is far above the list: "Show on the map" selects, zooms and scrolls it into view.
  const showOnMap = useCallback(
    (iso: string) => {
      chooseFromList(iso);
      const frame = layoutRef.current?.querySelector<HTMLElement>(".map-frame");
      if (frame) bringIntoView(frame);
    },
    [chooseFromList, bringIntoView],
  );
  const drawn = useMemo(() => new Set(world.shapes.map((shape) => shape.iso)), [world]);
  const isOnMap = useCallback((iso: string) => drawn.has(iso), [drawn]);
  const outlinedSummary = useMemo(() => outlinedGroupOf(view, outlinedGroup), [view, outlinedGroup]);
  const outlined = outlinedSummary?.members ?? null;
  // Links made on this page point at the statement's own page where the build made one.
  const link: PageLink = {
    statement: statement.id,
    ownPage: hasOwnPage(site, statement.id),
    root: site.root,
    country: selectedIso,
    lang: locale.lang,
    theme: page.theme,
    compare: view.comparison ? page.compare : null,
  };

  return (
    <main className="layout" ref={layoutRef}>
      <Headline title={statement.title} context={view.context} lang={statement.lang} />
      <WorldMap
        handleRef={mapRef}
        world={world}
        view={view}
        messages={messages}
        selectedIso={selectedIso}
        selectionNote={selectedIso ? view.standingOf(selectedIso) : ""}
        highlight={highlight}
        outlined={outlinedSummary?.members ?? null}
        outlinedName={outlinedSummary?.name ?? null}
        wheelNeedsModifier={page.embed}
        onSelect={store.select}
        lang={locale.lang}
        insetChoice={state.statement.inset ?? null}
      />
      <PageTools link={link} title={statement.title} locale={locale} store={store} download={{ world, view, outlined }} site={site} />
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
        onShowOnMap={showOnMap}
        onMap={isOnMap}
        outlinedGroup={outlinedGroup}
        onOutline={setOutlinedGroup}
        comparisonNotice={comparisonNotice}
        aloneHref={viewHref({ ...link, compare: null })}
      />
      <EmbedCredit source={statement.source} fullPageHref={viewHref(link)} messages={messages} />
    </main>
  );
}

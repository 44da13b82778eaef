import { useCallback, useEffect, useMemo, useState } from "react";
import type { CountryLabel } from "./countries/types";
import { DEFAULT_STATEMENT_ID, type PageParams, type ParamProblem, type Theme } from "./embed/parseParams";
import { applyTheme, reloadInLanguage, replaceParam } from "./embed/urlState";
import { PreferenceControls } from "./embed/PreferenceControls";
import { EmbedCredit } from "./embed/EmbedCredit";
import { viewSearch } from "./embed/embedCode";
import { ShareControls } from "./embed/ShareControls";
import type { World } from "./geo/types";
import type { Statement } from "./statement/types";
import type { Messages } from "./i18n/messages";
import type { LoadState } from "./loadStatement";
import { categorise } from "./map/categorise";
import { WorldMap } from "./map/WorldMap";
import { createHighlightStore, type HighlightStore } from "./map/highlightStore";
import { groupSignatories } from "./panel/groupSignatories";
import { StatementPanel } from "./panel/StatementPanel";
import { summariseGroups } from "./panel/ReferenceGroups";
import type { GroupId } from "./countries/referenceGroups";
import { countryName, formatList } from "./i18n/format";

export interface AppProps {
  params: PageParams;
  paramProblems: ParamProblem[];
  world: World;
  countries: CountryLabel[];
  /** The interface text in `params.lang` (main.tsx loads it before the first render). */
  messages: Messages;
  /** What to show first: the prepared default statement, or "loading" for one fetched at run time. */
  initial: LoadState;
  load: (id: string) => Promise<LoadState>;
}

/** Joins the layers: the statement, the map and the panel, with the selection they share. */
export function App({ params, paramProblems, world, countries, messages, initial, load }: AppProps) {
  const [state, setState] = useState<LoadState>(initial);

  useEffect(() => {
    if (state.status !== "loading") return;
    let current = true;
    load(state.id).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [state, load]);

  const countryByIso = useMemo(() => new Map(countries.map((country) => [country.iso2, country])), [countries]);
  const onMap = useMemo(() => new Set(world.shapes.map((shape) => shape.iso)), [world]);
  const countryProblem = params.country && !onMap.has(params.country);
  const [selectedIso, setSelectedIso] = useState<string | null>(countryProblem ? null : params.country);
  // Follow the URL's country when the parameters change after the first render (after hydration).
  useEffect(() => {
    if (params.country && onMap.has(params.country)) setSelectedIso(params.country);
  }, [params.country, onMap]);
  // Hover and focus live outside React state: see map/highlightStore.ts.
  const [highlight] = useState(createHighlightStore);
  const [focusRequest, setFocusRequest] = useState<{ iso: string; seq: number } | null>(null);

  const englishNameOf = useCallback((iso: string) => countryByIso.get(iso)?.name ?? iso, [countryByIso]);
  // English names come from our reviewed table ("Czech Republic", as newsrooms write it), which also
  // keeps the prerendered page identical whatever ICU version the build or the browser has.
  const nameOf = useCallback(
    (iso: string) => (params.lang === "en" ? englishNameOf(iso) : countryName(iso, params.lang, englishNameOf(iso))),
    [params.lang, englishNameOf],
  );

  const select = useCallback((iso: string | null) => {
    setSelectedIso(iso);
    replaceParam("country", iso);
  }, []);
  const chooseFromList = useCallback(
    (iso: string) => {
      select(iso);
      setFocusRequest((previous) => ({ iso, seq: (previous?.seq ?? 0) + 1 }));
    },
    [select],
  );

  const notices = [
    ...paramProblems.map((problem) => describeParamProblem(problem, messages)),
    ...(countryProblem ? [messages.paramNoSuchCountry(params.country!)] : []),
  ];

  return (
    <div className={`app${params.embed ? " app-embed" : ""}`}>
      {notices.length > 0 && (
        <ul className="notices" role="status">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {state.status === "ready" ? (
        <Ready
          state={state}
          world={world}
          messages={messages}
          lang={params.lang}
          embed={params.embed}
          theme={params.theme}
          countryByIso={countryByIso}
          nameOf={nameOf}
          englishNameOf={englishNameOf}
          selectedIso={selectedIso}
          highlight={highlight}
          focusRequest={focusRequest}
          onSelect={select}
          onChoose={chooseFromList}
        />
      ) : state.status === "loading" ? (
        <p className="loading" role="status">
          {messages.loading}
        </p>
      ) : (
        <section className="failure" role="alert">
          <h1>{messages.statementErrorTitle}</h1>
          <p>
            {state.reason === "not-found"
              ? messages.statementNotFound(state.id)
              : messages.statementLoadFailed(state.id, state.reason)}
          </p>
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

interface ReadyProps {
  state: Extract<LoadState, { status: "ready" }>;
  world: World;
  messages: Messages;
  lang: string;
  embed: boolean;
  theme: Theme | null;
  countryByIso: ReadonlyMap<string, CountryLabel>;
  nameOf: (iso: string) => string;
  englishNameOf: (iso: string) => string;
  selectedIso: string | null;
  highlight: HighlightStore;
  focusRequest: { iso: string; seq: number } | null;
  onSelect: (iso: string | null) => void;
  onChoose: (iso: string) => void;
}

function Ready({ state, world, messages, lang, embed, theme: themeAsked, countryByIso, nameOf, englishNameOf, ...shared }: ReadyProps) {
  // The theme the reader has chosen on the page, starting from the URL's; it goes into links and embed codes.
  const [theme, setTheme] = useState(themeAsked);
  const chooseTheme = useCallback((next: Theme | null) => {
    setTheme(next);
    applyTheme(next);
  }, []);
  const { statement, warnings } = state;
  const categorised = useMemo(() => categorise(statement), [statement]);
  const groups = useMemo(
    () => groupSignatories(statement, (iso) => countryByIso.get(iso), nameOf, lang),
    [statement, countryByIso, nameOf, lang],
  );
  const [outlinedGroup, setOutlinedGroup] = useState<GroupId | null>(null);
  const groupSummaries = useMemo(() => summariseGroups(statement, messages, lang, nameOf), [statement, messages, lang, nameOf]);
  const organisations = categorised.organisations.map((code) => {
    const eu = groupSummaries.find((group) => group.id === code);
    const missing = eu ? formatList(eu.notSigned.map(nameOf), lang) : "";
    return { code, name: organisationName(code, statement), note: missing ? messages.euSignedAsOrganisation(missing) : messages.euAllMembersSigned };
  });
  const outlined = useMemo(() => groupSummaries.find((group) => group.id === outlinedGroup)?.members ?? null, [groupSummaries, outlinedGroup]);
  return (
    <main className="layout">
      <WorldMap
        world={world}
        categorised={categorised}
        nameOf={nameOf}
        messages={messages}
        lang={lang}
        selectedIso={shared.selectedIso}
        highlight={shared.highlight}
        focusRequest={shared.focusRequest}
        outlined={outlined}
        wheelNeedsModifier={embed}
        onSelect={shared.onSelect}
      />
      {/* In embed mode, a credit line under the map; on the full page, the share and embed controls. */}
      {embed ? (
        <EmbedCredit
          source={statement.source}
          fullPageHref={viewSearch({ statement: statement.id, country: shared.selectedIso, lang, theme })}
          messages={messages}
        />
      ) : (
        <div className="page-tools">
          <ShareControls view={{ statement: statement.id, country: shared.selectedIso, lang, theme }} title={statement.title} messages={messages} />
          <PreferenceControls lang={lang} theme={theme} messages={messages} onLanguage={reloadInLanguage} onTheme={chooseTheme} />
        </div>
      )}
      <StatementPanel
        statement={statement}
        warnings={warnings}
        groups={groups}
        organisations={organisations}
        groupSummaries={groupSummaries}
        outlinedGroup={outlinedGroup}
        onOutline={setOutlinedGroup}
        messages={messages}
        lang={lang}
        nameOf={nameOf}
        englishNameOf={englishNameOf}
        selectedIso={shared.selectedIso}
        highlight={shared.highlight}
        onChoose={shared.onChoose}
      />
    </main>
  );
}

/** How an organisation signed, as the source writes it ("the High Representative of the European Union"). */
function organisationName(code: string, statement: Statement): string {
  const party = statement.signatories.find((p) => p.kind === "org" && p.org === code);
  return party?.written ?? code;
}

function describeParamProblem(problem: ParamProblem, messages: Messages): string {
  switch (problem.reason) {
    case "unsupported-lang":
      return messages.unsupportedLanguage(problem.value);
    case "bad-statement-id":
      return messages.paramBadStatementId(problem.value);
    case "bad-country":
      return messages.paramBadCountry(problem.value);
    case "bad-embed":
      return messages.paramBadEmbed(problem.value);
    case "bad-theme":
      return messages.paramProblem(problem.param, problem.value, messages.themeProblem);
  }
}

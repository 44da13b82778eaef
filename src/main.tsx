import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { countries, defaultStatement, importWorld } from "./bundledData";
import { bringIntoView, bringIntoViewInEmbed } from "./embed/bringIntoView";
import { startHeightReporting } from "./embed/reportHeight";
import { en, loadMessages } from "./i18n/messages";
import { loadStatement, type LoadState } from "./loadStatement";
import { createPageState } from "./page/pageState";
import { applyRootAttributes } from "./page/rootAttributes";
import { parseParams, PRERENDERED_PARAMS } from "./page/parseParams";
import { readPrerenderedWorld } from "./prerenderedWorld";
import { DEFAULT_STATEMENT_ID } from "./statement/statementId";
import "./styles.css";

const { params, problems } = parseParams(window.location.search, navigator.languages);
// The boot script in <head> has set these already on a built page; the development server has none.
applyRootAttributes(document.documentElement, params);
const framed = params.embed && window.parent !== window;
// Only inside a frame: a page on its own has no parent to tell its height to.
if (framed) startHeightReporting({ parent: window.parent, childId: params.childId });

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const initial: LoadState =
  params.statement === DEFAULT_STATEMENT_ID
    ? { status: "ready", ...defaultStatement }
    : { status: "loading", id: params.statement };

const prerenderedWorld = readPrerenderedWorld(document);
// The build prerenders the default statement in English; anything else is drawn afresh.
const canHydrate = prerenderedWorld !== null && params.statement === PRERENDERED_PARAMS.statement && params.lang === PRERENDERED_PARAMS.lang;
// English is in this bundle; another language's text is a chunk of its own, loaded before the first render.
const [world, messages] = await Promise.all([
  prerenderedWorld ?? importWorld(),
  loadMessages(params.lang).catch((error: unknown) => {
    console.error(`The interface text for "${params.lang}" could not be loaded; showing English. ${error instanceof Error ? error.message : String(error)}`);
    return en;
  }),
]);
const props: AppProps = {
  page: createPageState(window, params),
  paramProblems: problems,
  world,
  countries,
  messages,
  initial,
  load: loadStatement,
  bringIntoView: framed ? bringIntoViewInEmbed(window.parent, params.childId) : bringIntoView,
};

// A hydrating page renders the prerendered view first (the page state's prerendered snapshot), then what the URL asks.
const app = (
  <StrictMode>
    <App {...props} />
  </StrictMode>
);
if (canHydrate) hydrateRoot(container, app);
else createRoot(container).render(app);

import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { countries, importWorld } from "./bundledData";
import { bringIntoView, bringIntoViewInEmbed } from "./embed/bringIntoView";
import { startHeightReporting } from "./embed/reportHeight";
import { en, loadMessages } from "./i18n/messages";
import { loadStatement, type LoadState } from "./loadStatement";
import { readPageData } from "./page/pageData";
import { createPageState } from "./page/pageState";
import { applyRootAttributes } from "./page/rootAttributes";
import { parseParams, PRERENDERED_PARAMS } from "./page/parseParams";
import { NO_SITE_NAV } from "./page/statementIndex";
import { readPrerenderedWorld } from "./prerenderedWorld";
import "./styles.css";

// A prerendered page (the root, or a statement's own, s/ID/) carries its statement, prepared by the build.
const pageData = readPageData(document);
const { params, problems } = parseParams(window.location.search, navigator.languages, pageData?.prepared.statement.id);
// The boot script in <head> has set these already on a built page; the development server has none.
applyRootAttributes(document.documentElement, params);
const framed = params.embed && window.parent !== window;
// Only inside a frame: a page on its own has no parent to tell its height to.
if (framed) startHeightReporting({ parent: window.parent, childId: params.childId });

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const initial: LoadState =
  pageData && params.statement === pageData.prepared.statement.id
    ? { status: "ready", ...pageData.prepared }
    : { status: "loading", id: params.statement };
const site = pageData?.site ?? NO_SITE_NAV;
// Statement files are at the site's root, wherever the page is (a statement's own page is two folders down).
const fetchFromRoot: typeof fetch = (input, init) => fetch(typeof input === "string" ? `${site.root}${input}` : input, init);

const prerenderedWorld = readPrerenderedWorld(document);
// The build prerenders the page's own statement in English; anything else is drawn afresh.
const canHydrate = prerenderedWorld !== null && initial.status === "ready" && params.lang === PRERENDERED_PARAMS.lang;
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
  load: (id) => loadStatement(id, fetchFromRoot),
  bringIntoView: framed ? bringIntoViewInEmbed(window.parent, params.childId) : bringIntoView,
  site,
};

// A hydrating page renders the prerendered view first (the page state's prerendered snapshot), then what the URL asks.
const app = (
  <StrictMode>
    <App {...props} />
  </StrictMode>
);
if (canHydrate) hydrateRoot(container, app);
else createRoot(container).render(app);

import { StrictMode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { App, type AppProps } from "./App";
import { countries, importWorld } from "./bundledData";
import { bringIntoView, bringIntoViewInEmbed } from "./embed/bringIntoView";
import { forwardLinksToWordPress } from "./embed/forwardLinks";
import { wordPressSecret } from "./embed/heightMessages";
import { startHeightReporting } from "./embed/reportHeight";
import { adoptFormatted } from "./i18n/format";
import { en, loadMessages, type Messages } from "./i18n/messages";
import { loadStatement, type LoadState } from "./loadStatement";
import { watchForNewerDeployment } from "./page/newerDeployment";
import { readPageData } from "./page/pageData";
import { createPageState } from "./page/pageState";
import { applyRootAttributes } from "./page/rootAttributes";
import { parseParams, PRERENDERED_PARAMS } from "./page/parseParams";
import { NO_SITE_NAV } from "./page/statementIndex";
import { readPrerenderedWorld } from "./prerenderedWorld";
import "./styles.css";

/** How long a page that gets no animation frames (a hidden tab, a frame out of view) waits before it hydrates. */
const HIDDEN_PAGE_WAIT_MS = 100;
// A prerendered page is painted before any of the app's work starts: reading the page's data and
// hydrating are long tasks, and the browser would otherwise paint the parsed page only after them
// (the first paint came 130 ms later with the app's script than without it; issue #11).
if (document.getElementById("root")?.firstElementChild) await afterNextPaint();

// A prerendered page (the root, or a statement's own, s/ID/) carries its statement, prepared by the build.
const pageData = readPageData(document);
if (pageData?.formatted) adoptFormatted(pageData.formatted);
const { params, problems } = parseParams(window.location.search, navigator.languages, pageData?.prepared.statement.id);
// The boot script in <head> has set these already on a built page; the development server has none.
applyRootAttributes(document.documentElement, params);
const framed = params.embed && window.parent !== window;
// Only inside a frame: a page on its own has no parent to tell its height to. WordPress puts its secret in the fragment.
const secret = framed ? wordPressSecret(window.location.hash) : null;
if (framed) startHeightReporting({ parent: window.parent, childId: params.childId, wordPressSecret: secret });
// In WordPress's sandbox (an opaque origin) links cannot open by themselves; WordPress opens ours.
if (secret && window.origin === "null") forwardLinksToWordPress({ parent: window.parent, secret });

const found = document.getElementById("root");
if (!found) throw new Error("index.html has no #root element");
const container: HTMLElement = found;
// Watching from the start: chunks the page loads may have gone with a new deployment, and the page then offers a reload.
const updates = watchForNewerDeployment(window, import.meta.url);

const initial: LoadState =
  pageData && params.statement === pageData.prepared.statement.id ? { status: "ready", ...pageData.prepared } : { status: "loading", id: params.statement };
const site = pageData?.site ?? NO_SITE_NAV;
// Statement files are at the site's root, wherever the page is (a statement's own page is two folders down).
const fetchFromRoot: typeof fetch = (input, init) => fetch(typeof input === "string" ? `${site.root}${input}` : input, init);

const prerenderedWorld = readPrerenderedWorld(document);
// The build prerenders the page's own statement in English; anything else is drawn afresh.
const canHydrate = prerenderedWorld !== null && initial.status === "ready" && params.lang === PRERENDERED_PARAMS.lang;
// English is in this bundle; another language's text is a chunk of its own, loaded before the first
// render. If it cannot be loaded the page is English (and says so, with a Retry) until it can.
const [world, firstMessages] = await Promise.all([prerenderedWorld ?? importWorld(), loadMessages(params.lang).catch(() => null)]);
const props: Omit<AppProps, "messages" | "languageProblem"> = {
  page: createPageState(window, params),
  paramProblems: problems,
  world,
  countries,
  initial,
  load: (id, signal) => loadStatement(id, { signal, fetchImpl: fetchFromRoot }),
  bringIntoView: framed ? bringIntoViewInEmbed(window.parent, params.childId) : bringIntoView,
  updates,
  site,
};

let root: Root | null = null;
/** Renders the app with the page's text, or with English and a note while the page's language is missing. */
function render(messages: Messages | null) {
  document.documentElement.lang = messages ? params.lang : "en";
  const retry = () => loadMessages(params.lang).then(render, () => render(null));
  // A hydrating page renders the prerendered view first (the page state's prerendered snapshot), then what the URL asks.
  const app = (
    <StrictMode>
      <App {...props} messages={messages ?? en} languageProblem={messages ? null : { lang: params.lang, retry }} />
    </StrictMode>
  );
  if (root) root.render(app);
  else if (canHydrate) root = hydrateRoot(container, app);
  else (root = createRoot(container)).render(app);
}
render(firstMessages);

/**
 * Resolves once the browser has painted a frame and handed it on for display: the second animation
 * frame begins only after the first was committed (one frame, then a task, was not enough: Chromium
 * committed that frame after the hydration that followed it, and timed the paint there).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
    setTimeout(resolve, HIDDEN_PAGE_WAIT_MS);
  });
}

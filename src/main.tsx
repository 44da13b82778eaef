import { StrictMode, useEffect, useState } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { countries, defaultStatement, importWorld } from "./bundledData";
import { DEFAULT_STATEMENT_ID, PRERENDERED_PARAMS, parseParams } from "./embed/parseParams";
import { startHeightReporting } from "./embed/reportHeight";
import { en, loadMessages } from "./i18n/messages";
import { loadStatement, type LoadState } from "./loadStatement";
import { readPrerenderedWorld } from "./prerenderedWorld";
import "./styles.css";

const { params, problems } = parseParams(window.location.search, navigator.languages);
document.documentElement.lang = params.lang;
// On <html>, outside what React renders, so the prerendered markup still hydrates as it is; the CSS
// (styles.css, "Themes" and "Embed layout") applies both before React runs.
if (params.theme) document.documentElement.dataset.theme = params.theme;
if (params.embed) document.documentElement.dataset.embed = "";
// Only inside a frame: a page on its own has no parent to tell its height to.
if (params.embed && window.parent !== window) startHeightReporting({ parent: window.parent, childId: params.childId });

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const initial: LoadState =
  params.statement === DEFAULT_STATEMENT_ID
    ? { status: "ready", statement: defaultStatement.statement, warnings: defaultStatement.warnings }
    : { status: "loading", id: params.statement };

/**
 * Hydrates with exactly what the build rendered, then, once hydrated, moves to what the URL asks
 * (a selected country, the embed layout): the prerendered markup is adopted, never thrown away.
 */
function AfterHydration(props: AppProps) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return <App {...props} params={live ? props.params : PRERENDERED_PARAMS} paramProblems={live ? props.paramProblems : []} />;
}

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
const props: AppProps = { params, paramProblems: problems, world, countries, messages, initial, load: loadStatement };

if (canHydrate) {
  hydrateRoot(
    container,
    <StrictMode>
      <AfterHydration {...props} />
    </StrictMode>,
  );
} else {
  createRoot(container).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

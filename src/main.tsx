import { StrictMode, useEffect, useState } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { countries, defaultStatement, importWorld } from "./bundledData";
import { DEFAULT_STATEMENT_ID, PRERENDERED_PARAMS, parseParams } from "./embed/parseParams";
import { loadStatement, type LoadState } from "./loadStatement";
import { readPrerenderedWorld } from "./prerenderedWorld";
import "./styles.css";

const { params, problems } = parseParams(window.location.search, navigator.languages);
document.documentElement.lang = params.lang;

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
const world = prerenderedWorld ?? (await importWorld());
const props: AppProps = { params, paramProblems: problems, world, countries, initial, load: loadStatement };

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

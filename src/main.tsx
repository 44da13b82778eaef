import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { countries, defaultStatement, world } from "./bundledData";
import { DEFAULT_STATEMENT_ID, parseParams } from "./embed/parseParams";
import { loadStatement, type LoadState } from "./loadStatement";
import "./styles.css";

const { params, problems } = parseParams(window.location.search, navigator.languages);
document.documentElement.lang = params.lang;

const initial: LoadState =
  params.statement === DEFAULT_STATEMENT_ID
    ? { status: "ready", statement: defaultStatement.statement, warnings: defaultStatement.warnings }
    : { status: "loading", id: params.statement };

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App params={params} paramProblems={problems} world={world} countries={countries} initial={initial} load={loadStatement} />
  </StrictMode>,
);

// The authoring page's entry (author.html): loads everything the page will ever need, then
// mounts it. After this nothing is fetched: the page works offline, and nothing pasted into it
// can leave the machine in a request.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { countries, importWorld } from "../bundledData";
import { en } from "../i18n/messages";
import { loadZoomCode } from "../map/loadZoomCode";
import { makeLocale } from "../view/locale";
import { deriveStatementView } from "../view/statementView";
import { AuthorApp } from "./AuthorApp";
import { draftOf } from "./authorState";
import { draftViewOf } from "./draftView";
import "../styles.css";
import "./author.css";

const container = document.getElementById("root");
if (!container) throw new Error("author.html has no #root element");

// The world and the map's zoom code are chunks the full page loads on demand; here, once, up front.
const [world] = await Promise.all([importWorld(), loadZoomCode()]);
// Today, as drawn while a draft has no date: the calendar day in UTC, as the page formats dates.
const today = new Date().toISOString().slice(0, 10);
// One small article through the whole pipeline now, so the first paste is drawn at once: this builds
// the resolver's lookups, the extractor's name index, the suggestions for unknown and ambiguous
// names (the costliest, about a quarter of a second) and the page's date and list formatters.
const warmUp = draftOf("The Foreign Ministers of France, Germny and Korea condemned Russia in a joint statement on 10 January 2024.");
if (warmUp) deriveStatementView(draftViewOf(warmUp, today).preview, makeLocale("en", en, countries));

createRoot(container).render(
  <StrictMode>
    <AuthorApp world={world} countries={countries} today={today} />
  </StrictMode>,
);

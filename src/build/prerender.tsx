// Build only (src/build/publish.ts runs it after `vite build`): renders a statement's page (map,
// legend, panel, page tools) with React's server renderer into the built index.html template, so
// the map is visible before any script runs; the browser then hydrates it. Nothing inline is
// executable: the data the browser needs besides the markup goes in <script type="application/json">
// blocks (CSP-safe): the world's data beside the paths in the <svg>, and the page's own statement.
import { renderToString } from "react-dom/server";
import { App } from "../App";
import { countries } from "../bundledData";
import type { World } from "../geo/types";
import { worldDataOf } from "../geo/worldData";
import { formatDate, recordFormatted } from "../i18n/format";
import { en } from "../i18n/messages";
import { PAGE_DATA_ID, pageDataJson, type PageData } from "../page/pageData";
import { fixedPageState } from "../page/pageState";
import { PRERENDERED_PARAMS } from "../page/parseParams";
import { statementPagePath } from "../embed/pageAddress";
import { WORLD_DATA_ID } from "../prerenderedWorld";
import { countParties } from "../view/countParties";
import { makeLocale } from "../view/locale";
import { deriveStatementView, type StatementView } from "../view/statementView";
import { OEMBED_FILE } from "./oembed";
import { fillTemplate, headTags, relocate } from "./pageHead";
import { mapAltText } from "./statementLocale";

/**
 * The markup of a page showing `data.prepared`, as the browser's first render of the same page
 * data makes it (main.tsx hydrates it): English, no country selected, the system's theme.
 */
export function renderStatementPage(data: PageData, world: World): string {
  return renderToString(
    <App
      page={fixedPageState({ ...PRERENDERED_PARAMS, statement: data.prepared.statement.id })}
      paramProblems={[]}
      world={world}
      countries={countries}
      messages={en}
      initial={{ status: "ready", ...data.prepared }}
      load={() => Promise.reject(new Error("the prerendered page loads nothing"))}
      bringIntoView={() => {}}
      site={data.site}
    />,
  );
}

/** The world's data block's text (the paths are in the <svg>): the same for every page, so made once. */
export const worldDataJson = (world: World): string => JSON.stringify(worldDataOf(world)).replace(/</g, "\\u003c");

/**
 * Who signed and when, in one short English line for link previews: the page's context line,
 * with later signers counted rather than named (the methane pledge's 24 names would fill a preview).
 * @example shortContext(methaneView) // "8 countries and the EU signed on 17 September 2021; 24 joined on 11 October 2021"
 */
export function shortContext(view: StatementView): string {
  const orgs = view.organisations.map((org) => (org.code === "EU" ? "EU" : org.name));
  const signed = en.contextSigned(en.signedPhrase(countParties(view.statement, view.statement.signatories), orgs), formatDate(view.statement.date, "en"));
  return [signed, ...view.legend.filter((entry) => entry.category === "joined").map((entry) => entry.text)].join("; ");
}

export interface PageOptions {
  /** The built index.html, before any prerendering: its scripts, stylesheet and boot script. */
  template: string;
  world: World;
  /** worldDataJson(world), made once for all pages. */
  worldData: string;
  /** The site's public address (SITE_URL), or null. */
  siteUrl: string | null;
  /** The page's path from the site's root: "" for the root page, "s/ID/" for a statement's own. */
  path: string;
}

/**
 * A whole prerendered page: the template moved to the page's place, with the statement's title,
 * description and share card in its head, and its markup and data in its body.
 */
export function statementPage(data: PageData, { template, world, worldData, siteUrl, path }: PageOptions): string {
  const { statement } = data.prepared;
  const view = deriveStatementView(data.prepared, makeLocale("en", en, countries));
  const context = shortContext(view);
  const head = headTags(
    {
      title: `${statement.title} – ${en.appTitle}`,
      headline: statement.title,
      description: en.pageDescription(context, statement.source.name),
      siteName: en.appTitle,
      path,
      card: `${statementPagePath(statement.id)}card.png`,
      // What the map shows, in the statement's language: map.png's alt text too (issue #25).
      cardAlt: mapAltText(data.prepared),
      oembed: `${statementPagePath(statement.id)}${OEMBED_FILE}`,
    },
    siteUrl,
    data.site.root,
  );
  const { result: markup, formatted } = recordFormatted(() => renderStatementPage(data, world));
  const blocks = [
    `<script type="application/json" id="${WORLD_DATA_ID}">${worldData}</script>`,
    `<script type="application/json" id="${PAGE_DATA_ID}">${pageDataJson({ ...data, formatted })}</script>`,
  ].join("\n    ");
  return fillTemplate(relocate(template, data.site.root), head, markup, blocks);
}

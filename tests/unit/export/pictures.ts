// Pictures of real statements on the real (generated) world, for the export tests.
import { countryByIso } from "../../../src/countries/resolveCountry";
import { pictureFromWorld, pictureTexts, type PictureView } from "../../../src/export/pictureFromWorld";
import type { MapPicture } from "../../../src/export/types";
import defaultStatementJson from "../../../src/generated/defaultStatement.json";
import worldJson from "../../../src/generated/world.json";
import type { World } from "../../../src/geo/types";
import { en } from "../../../src/i18n/messages";
import { makeLocale } from "../../../src/view/locale";
import { deriveStatementView } from "../../../src/view/statementView";
import { allCountries } from "../../../src/countries/resolveCountry";
import { orgFactsOf } from "../../../src/countries/orgFacts";
import type { Statement } from "../../../src/statement/types";

export const world = worldJson as unknown as World;
export const seed = (defaultStatementJson as unknown as { statement: Statement }).statement;
export const englishName = (iso: string) => countryByIso(iso)?.name ?? iso;

/** A statement's picture in English, as the page would hand it over; `view` and `picture` override. */
export function pictureOf(statement: Statement, view: Partial<PictureView> = {}, picture: Partial<MapPicture> = {}): MapPicture {
  const statementView = deriveStatementView({ statement, warnings: [], orgs: orgFactsOf(statement, ["en"]) }, makeLocale("en", en, allCountries()));
  const made = pictureFromWorld(world, statementView.categorised, statementView.legend, pictureTexts(statement, en, "en"), {
    nameOf: englishName,
    lang: "en",
    theme: "light",
    insetChoice: statement.inset ?? null,
    ...view,
  });
  return { ...made, ...picture };
}

/** Parses an SVG document as XML (jsdom's DOMParser, strict), failing on any well-formedness error. */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

import { de } from "./de";
import { fr } from "./fr";
import { ko } from "./ko";
import { uk } from "./uk";

/**
 * Interface text, one catalogue per language. English is the reference: every other catalogue
 * must have every key (a unit test checks), so a missing translation is a test failure, not a
 * blank in the page.
 */
export const en = {
  appTitle: "Signatory Map",
  mapLabel: "World map of the statement's signatories",
  mapSummary: (signed: string, subjects: string) =>
    `World map: ${signed} signed; ${subjects} ${subjects.includes(" and ") ? "are" : "is"} the subject of the statement.`,
  statusSignatory: "Signed",
  statusJoined: (date: string) => `Joined on ${date}`,
  statusSubject: "Subject of the statement",
  statusOther: "Did not sign",
  legendSignatories: (countries: number, orgs: string[]) =>
    `${countries} ${countries === 1 ? "country" : "countries"}${orgs.length ? ` + ${orgs.join(", ")}` : ""} signed`,
  legendJoined: (count: number, date: string) => `${count} joined on ${date}`,
  legendSubjects: (count: number) => `${count} ${count === 1 ? "subject" : "subjects"} of the statement`,
  legendOther: "Did not sign",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomReset: "Show the whole world",
  zoomEurope: "Europe",
  zoomEuropeLabel: "Zoom to Europe",
  mapCredit: "Map data: Natural Earth, via world-atlas",
  clearSelection: "Clear selection",
  loading: "Loading the statement…",
  statementErrorTitle: "This statement cannot be shown",
  statementNotFound: (id: string) => `There is no statement "${id}" (no file statements/${id}.json).`,
  statementLoadFailed: (id: string, why: string) => `The statement "${id}" could not be loaded: ${why}.`,
  showDefault: "Show the default statement",
  paramProblem: (param: string, value: string, why: string) => `URL parameter ${param}=${value}: ${why}`,
  unsupportedLanguage: (tag: string) => `The language "${tag}" is not available yet; showing English.`,
  claimsHeading: "Key claims",
  claimsOwn: "What the statement says",
  claimsReported: "What the report adds, from others",
  claimBy: (by: string) => `by ${by}`,
  textHeading: "The statement as published",
  publishedIn: (language: string) => `Published in ${language}; shown as published.`,
  sourceLabel: "Source",
  signatoriesHeading: "Who signed",
  searchLabel: "Find a country",
  searchNone: (query: string) => `No signatory matches "${query}".`,
  regionCount: (count: number) => `${count}`,
  organisationsRegion: "Organisations",
  joinedRegion: (date: string) => `Joined on ${date}`,
  subjectsHeading: "Subjects of the statement",
  versionStated: (stated: number, mapped: number) =>
    stated === mapped
      ? `The source states ${stated} countries; the map shows all ${mapped}.`
      : `The source states ${stated} countries, but lists ${mapped}; the map shows the ${mapped} listed.`,
  versionAdditions: (names: string, date: string, source: string) => `${names} added in the version of ${date}, published by ${source}.`,
  groupsHeading: "Who did not sign",
  groupsAsOf: (date: string) => `Membership on ${date}, the statement's date.`,
  groupSummary: (group: string, signed: number, members: number, missing: string) =>
    missing ? `${group}: ${signed} of ${members} signed; not ${missing}.` : `${group}: all ${members} signed.`,
  groupSubjectNote: (names: string) => `${names} ${names.includes(" and ") ? "are subjects" : "is a subject"} of the statement.`,
  showOnMap: (group: string) => `Show ${group} members on the map`,
  hideOnMap: (group: string) => `Hide ${group} members on the map`,
  euSignedAsOrganisation: (missing: string) => `The EU signed as an organisation; of its member states, ${missing} did not sign as countries.`,
  euAllMembersSigned: "The EU signed as an organisation, and so did each of its member states.",
  groupEU: "EU",
  groupNATO: "NATO",
  groupG7: "G7",
  groupUNSCPermanent: "UN Security Council, permanent members",
  groupUNSCElected: "UN Security Council, elected members",
  warningsHeading: "Notes on this statement file",
} as const;

export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

export const catalogues: Record<string, Messages> = { en, de, fr, uk, ko };

export const supportedLanguages = Object.keys(catalogues);

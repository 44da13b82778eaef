import { isLanguage, type Language } from "./languages";
import { partyTotal, type PartyCount } from "./partyCount";

/** An organisation's name in running English: theOrg("EU") → "the EU", theOrg("NATO") → "NATO", theOrg("Council of Europe") → "the Council of Europe". */
const theOrg = (name: string) => (/^[A-Z0-9]+$/.test(name) && !/^(EU|G\d+)$/.test(name) ? name : `the ${name}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A world region's name in running English: theRegion("Americas") → "the Americas", theRegion("Europe") → "Europe". */
const theRegion = (region: string) => (region === "Americas" ? "the Americas" : region);
const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a count counts, each kind of party its own phrase: ["16 countries", "2 territories"], ["44 members"]. */
const partyPhrases = (parties: PartyCount) =>
  parties.kind === "members"
    ? [counted(parties.members, "member", "members")]
    : [
        ...(parties.countries > 0 || parties.territories === 0 ? [counted(parties.countries, "country", "countries")] : []),
        ...(parties.territories > 0 ? [counted(parties.territories, "territory", "territories")] : []),
      ];

/** "16 countries and 2 territories", "44 members". */
const partiesPhrase = (parties: PartyCount) => partyPhrases(parties).join(" and ");

/** The noun a source's stated count takes: "countries", or "members" where it counts members. */
const statedUnit = (parties: PartyCount, count: number) =>
  parties.kind === "members" ? (count === 1 ? "member" : "members") : count === 1 ? "country" : "countries";

/**
 * Interface text, one catalogue per language. English is the reference: every other catalogue
 * must have every key (a unit test checks), so a missing translation is a test failure, not a
 * blank in the page. English ships with the app; the others are loaded when a page asks for them
 * (`loadMessages`), so the default page's first view carries one language (issue #6). Tests get
 * every catalogue at once from ./catalogues.
 */
export const en = {
  appTitle: "Signatory Map",
  mapLabel: "World map of the statement's signatories",
  /** `signed` is signedPhrase's text; `subjects` the subjects' names joined by Intl.ListFormat. */
  mapSummary: (signed: string, subjects: string, subjectCount: number) =>
    subjectCount === 0
      ? `World map: ${signed} signed.`
      : `World map: ${signed} signed; ${subjects} ${subjectCount === 1 ? "is the subject" : "are the subjects"} of the statement.`,
  /**
   * `parties` is what the count counts (PartyCount); `orgs` are organisations' names in the page's
   * language, "EU" for the European Union (each language writes it its way).
   */
  signedPhrase: (parties: PartyCount, orgs: string[]) => {
    const phrases = partyPhrases(parties);
    // "48 countries and the EU"; with territories, a list: "16 countries, 2 territories and the EU".
    if (phrases.length === 1) return `${phrases[0]}${orgs.map((org) => ` and ${theOrg(org)}`).join("")}`;
    const all = [...phrases, ...orgs.map(theOrg)];
    return `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
  },
  mapControlsLabel: "Map zoom",
  statusSignatory: "Signed",
  statusJoined: (date: string) => `Joined on ${date}`,
  statusSubject: "Subject of the statement",
  statusOther: "Did not sign",
  /** The name of the chooser a tap near several small countries opens on a touch screen. */
  chooserLabel: "Which country did you mean?",
  /** The legend's entry while a reference group is outlined on the map; `group` is its name ("NATO"). */
  legendOutlined: (group: string) => `Outlined: ${group}`,
  /** `parties` and `orgs` as for signedPhrase. */
  legendSignatories: (parties: PartyCount, orgs: string[]) => `${partiesPhrase(parties)}${orgs.map((org) => ` + ${theOrg(org)}`).join("")} signed`,
  /** `joined` as signedPhrase's `parties`: plain countries are just counted ("24 joined"), anything else named. */
  legendJoined: (joined: PartyCount, date: string) =>
    `${joined.kind === "countries" && joined.territories === 0 ? joined.countries : partiesPhrase(joined)} joined on ${date}`,
  legendSubjects: (count: number) => `${count} ${count === 1 ? "subject" : "subjects"} of the statement`,
  legendOther: "Did not sign",
  // Two statements on one map (compare=ID).
  statusBoth: "Signed both",
  statusFirstOnly: "Signed only the first",
  statusSecondOnly: "Signed only the second",
  statusNeither: "Signed neither",
  legendBoth: (count: number) => `${count} ${count === 1 ? "country" : "countries"} signed both`,
  legendFirstOnly: (count: number) => `${count} only the first`,
  legendSecondOnly: (count: number) => `${count} only the second`,
  legendNeither: "Signed neither",
  compareContext: (both: number, first: number, second: number) =>
    `${both} ${both === 1 ? "country" : "countries"} signed both statements; ${first} only the first, ${second} only the second`,
  compareHeading: "Two statements compared",
  /** `title` as published, `date` formatted. */
  compareFirst: (title: string, date: string) => `First: ${title} (${date})`,
  compareSecond: (title: string, date: string) => `Second: ${title} (${date})`,
  compareLoading: (id: string) => `Loading the statement "${id}" to compare…`,
  compareFailed: (id: string) => `The statement "${id}" could not be shown beside this one; the map shows this statement alone.`,
  compareStop: "Show this statement alone",
  paramBadCompare: (value: string) => `URL parameter compare=${value}: expected another statement's ID; showing this statement alone.`,
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomReset: "Show the whole world",
  zoomToRegion: (region: string) => `Zoom to ${region}`,
  mapCredit: "Map data: Natural Earth, via world-atlas",
  loading: "Loading the statement…",
  // Failed loads and parts of the page that did not arrive (issue #15).
  loadingSlow: "This is taking longer than usual.",
  retry: "Try again",
  loadServerError: (status: number) => `The server answered with an error (HTTP ${status}).`,
  loadNetworkError: "The connection to the server failed or broke off.",
  loadTimedOut: (id: string, seconds: number) => `The statement "${id}" did not arrive within ${seconds} seconds.`,
  loadCodeFailed: (id: string) => `The statement "${id}" could not be checked: the code that reads statement files did not load.`,
  zoomUnavailable: "Zoom could not be loaded; the map works without it.",
  /** `language` is the language's own name ("Deutsch"), as the language menu shows it. */
  languageUnavailable: (language: string) => `The interface text in ${language} could not be loaded; showing English.`,
  pageUpdated: "This page has been updated since you opened it; reload it to get every part of it.",
  reloadPage: "Reload",
  statementErrorTitle: "This statement cannot be shown",
  statementNotFound: (id: string) => `There is no statement "${id}" (no file statements/${id}.json).`,
  statementLoadFailed: (id: string, reason: "invalid" | "unreadable") =>
    reason === "invalid" ? `The statement "${id}" has problems in its file:` : `The statement "${id}" could not be read.`,
  showDefault: "Show the default statement",
  otherStatements: "More statements",
  allStatements: (count: number) => `All ${count} statements`,
  statementsUnavailable: "The list of statements could not be loaded.",
  /** A statement page's description for search engines and link previews; `context` is the line under the headline. */
  pageDescription: (context: string, source: string) => `${context}. Source: ${source}. A world map of who signed, with the statement's text and key claims.`,
  /** The share card's text alternative (og:image:alt). */
  cardAlt: (context: string) => `World map of who signed: ${context}`,
  paramProblem: (param: string, value: string, why: string) => `URL parameter ${param}=${value}: ${why}`,
  paramBadStatementId: (value: string) =>
    `URL parameter statement=${value}: a statement ID is lower-case letters, digits and hyphens; showing the default statement.`,
  paramBadCountry: (value: string) => `URL parameter country=${value}: expected a two-letter ISO code such as DE.`,
  paramNoSuchCountry: (value: string) => `URL parameter country=${value}: no such country on the map.`,
  paramBadEmbed: (value: string) => `URL parameter embed=${value}: expected 1 or 0.`,
  unsupportedLanguage: (tag: string) => `The language "${tag}" is not available yet; showing English.`,
  claimsHeading: "Key claims",
  claimsOwn: "What the statement says",
  claimsReported: "What the report adds, from others",
  textHeading: "The statement as published",
  textSummaryHeading: "The statement, summarised",
  /** Shown above a summary, with a link to the statement as published where the file has one. */
  textSummaryNote: "A summary in our own words; the statement as published is at the source:",
  publishedIn: (language: string) => `Published in ${language}; shown as published.`,
  /** Before the source's name: "Source: dpa-AFX" (its punctuation is the language's: French spaces it). */
  sourceIntro: "Source:",
  signatoriesHeading: "Who signed",
  searchLabel: "Find a country",
  searchNone: (query: string) => `No signatory matches "${query}".`,
  organisationsRegion: "Organisations",
  subjectsHeading: "Subjects of the statement",
  /** `stated` is the source's count, in the unit the list is counted in; `listed` what the list holds. */
  versionStated: (stated: number, listed: PartyCount) => {
    const mapped = partyTotal(listed);
    // A list of countries and territories says which is which: "all 18 (16 countries and 2 territories)".
    const kinds = listed.kind === "countries" && listed.territories > 0 ? ` (${partiesPhrase(listed)})` : "";
    return stated === mapped
      ? `The source states ${stated} ${statedUnit(listed, stated)}; the map shows ${mapped === 1 ? "it" : `all ${mapped}`}${kinds}.`
      : `The source states ${stated} ${statedUnit(listed, stated)}, but lists ${mapped}${kinds}; the map shows the ${mapped} listed.`;
  },
  versionAdditions: (names: string, date: string, source: string) => `${names} added in the version of ${date}, published by ${source}.`,
  groupsHeading: "Who did not sign",
  groupsAsOf: (date: string) => `Membership on ${date}, the statement's date.`,
  groupSummary: (group: string, signed: number, members: number, missing: string) =>
    missing ? `${group}: ${signed} of ${members} signed; not ${missing}.` : `${group}: all ${members} signed.`,
  groupSubjectNote: (names: string, count: number) => `${names} ${count === 1 ? "is a subject" : "are subjects"} of the statement.`,
  showOnMap: (group: string) => `Show on the map: ${group}`,
  hideOnMap: (group: string) => `Hide from the map: ${group}`,
  /** `org` as for signedPhrase. */
  orgMembersNotSigned: (org: string, missing: string) =>
    `${capitalise(theOrg(org))} signed as an organisation; of its members, ${missing} did not sign as countries.`,
  orgAllMembersSigned: (org: string) => `${capitalise(theOrg(org))} signed as an organisation, and so did each of its members.`,
  groupEU: "EU",
  groupNATO: "NATO",
  groupG7: "G7",
  groupUNSCPermanent: "UN Security Council, permanent members",
  groupUNSCElected: "UN Security Council, elected members",
  warningsHeading: "Notes on this statement file",
  // Sharing and embedding (#5).
  shareLabel: "Share this map",
  embedButton: "Embed",
  embedTitle: "Embed this map",
  embedResponsive: "Responsive code: fits its height to the content (iframe and script)",
  embedFixed: "Fixed-height code, for systems that remove scripts",
  copyResponsive: "Copy the responsive code",
  copyFixed: "Copy the fixed-height code",
  copyLink: "Copy link",
  // Downloads (#14): each choice's name holds its format's name, which is not translated.
  downloadButton: "Download",
  downloadSvg: "SVG: the map as shown, for print",
  downloadPng: "PNG: the map as an image",
  downloadSocial: "PNG for social media (1200 × 630)",
  downloadCsv: "CSV: the list, for a spreadsheet",
  downloadJson: "JSON: the statement with country codes",
  downloadWorking: "Preparing the file…",
  downloadStarted: (filename: string) => `Downloading ${filename}.`,
  downloadLoadFailed: "The download could not be loaded. Check the connection and try again.",
  downloadFailed: "The file could not be made in this browser.",
  downloadRetry: "Try again",
  copied: "Copied",
  copyFallback: "Selected: press Ctrl+C (⌘C on a Mac) to copy.",
  linkLabel: "Link to this view",
  close: "Close",
  openFullMap: "Open the full map",
  themeProblem: "expected light or dark; following the system setting",
  languageLabel: "Language",
  themeLabel: "Theme",
  themeSystem: "As the system",
  themeLight: "Light",
  themeDark: "Dark",
  // The headline's context line and what a chosen country did (issue #10).
  contextSigned: (signed: string, date: string) => `${signed} signed on ${date}`,
  contextJoined: (names: string, date: string) => `${names} joined on ${date}`,
  /** Between the context line's clauses: "… signed on 10 January 2024; Paraguay joined on …". */
  clauseSeparator: "; ",
  standingSigned: (name: string, date: string, written: string) => `${name} signed on ${date}, listed as “${written}”.`,
  standingJoined: (name: string, date: string, written: string, source: string) =>
    source ? `${name} joined on ${date}, listed as “${written}” by ${source}.` : `${name} joined on ${date}, listed as “${written}”.`,
  standingSubject: (name: string, written: string) => `${name} is a subject of the statement, named as “${written}”; it did not sign.`,
  standingOther: (name: string) => `${name} did not sign.`,
  /** `org` is an organisation's code ("EU"); `written` how the statement names it. */
  standingInSigningOrg: (org: string, written: string) => `It is a member of ${theOrg(org)}, which signed as “${written}”.`,
  // Territories covered by the state that conducts their foreign affairs (issue #17).
  /** `sovereign` is the state's name as a sentence says it ("the Kingdom of Denmark"). */
  coveredSigned: (sovereign: string) => `Part of ${sovereign}, which signed`,
  coveredJoined: (sovereign: string, date: string) => `Part of ${sovereign}, which joined on ${date}`,
  coveredSubject: (sovereign: string) => `Part of ${sovereign}, a subject of the statement`,
  standingCovered: (name: string, status: string) => `${name}: ${status}.`,
  /** A signatory's entry in the list, for the territories its signature covers. */
  entryWithTerritories: (names: string) => `with ${names}`,
  legendTerritories: "Territories are shown with the state that conducts their foreign affairs.",
  /** The same note where a territory signed in its own right, which is shown as itself. */
  legendTerritoriesOwnRight: "Territories that did not sign in their own right are shown with the state that conducts their foreign affairs.",
  /** A territory that signed in its own right (issue #27): `status` as statusSignatory or statusJoined says it; `sovereign` as for coveredSigned. */
  statusOwnRight: (status: string, sovereign: string) => `${status} in its own right, as a territory of ${sovereign}`,
  /** The same, in its entry in the list of signatories. */
  entryOwnRight: (sovereign: string) => `a territory of ${sovereign}, in its own right`,
  groupsSubheading: "Members of groups",
  panelProblem: "expected closed, open or none; showing closed sections",
  bgProblem: "expected transparent; keeping the page's own background",
  /** The embedded frame's title, which screen readers announce. */
  frameTitle: (title: string) => `Map: ${title}`,
  embedPanelLabel: "Panel",
  embedPanelClosed: "Sections the reader opens",
  embedPanelOpen: "All sections open",
  embedPanelNone: "Map only",
  embedThemeLabel: "Colours",
  embedThemeReader: "As each reader's system",
  embedBackgroundLabel: "Background",
  embedBackgroundOwn: "The map's own",
  embedBackgroundTransparent: "Transparent: the article's shows through",
  embedWidthLabel: "Preview at",
  embedPreviewHeight: (width: number, height: number) => `At ${width} px wide, the embed is ${height} px tall; the codes start at that height.`,
  embedPreviewTitle: "Preview of the embed",
  embedMeasuring: "Measuring the embed's height…",
  embedLoadFailed: "The embed codes could not be loaded. Check the connection and open Embed again.",
  // The map's description in words (issue #25): map.png's alt text, og:image:alt, the map's accessible description.
  /** `signed` is signedPhrase's text; `where` the places (altRegionAll, altRegionMost and names, as a list), or "" for none. */
  altSigned: (signed: string, date: string, where: string) => (where ? `${signed} signed on ${date}: ${where}.` : `${signed} signed on ${date}.`),
  /** `region` is a world region's name (regionName): "all of Oceania". */
  altRegionAll: (region: string) => `all of ${theRegion(region)}`,
  /** `except` lists the region's states that did not sign: "most of Europe (except Hungary, Slovakia and 6 others)". */
  altRegionMost: (region: string, except: string) => `most of ${theRegion(region)} (except ${except})`,
  /** The end of a list cut short: "6 others". */
  altOthers: (count: number) => `${count} ${count === 1 ? "other" : "others"}`,
  /** Later signatories: named (`names`) or counted; `date` null when they joined on several dates. */
  altJoined: (names: string, count: number, date: string | null) => `${names || `${count} more`} joined ${date === null ? "later" : `on ${date}`}.`,
  altSubjects: (names: string, count: number) => `${names} ${count === 1 ? "is the subject" : "are the subjects"} of the statement.`,
  /** The Embed dialog's third code (issue #25): map.png linked to the page. */
  embedPicture: "Picture, for newsletters and systems that take no iframe: the map as an image, linked to this page",
  copyPicture: "Copy the picture code",
} as const;

export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** Each language's catalogue; all but English a separate chunk, imported on first use. */
const loaders = {
  en: () => Promise.resolve(en),
  de: () => import("./de").then((module) => module.de),
  fr: () => import("./fr").then((module) => module.fr),
  uk: () => import("./uk").then((module) => module.uk),
  ko: () => import("./ko").then((module) => module.ko),
} satisfies Record<Language, () => Promise<Messages>>;

/**
 * The catalogue for a supported language, English for any other (parseParams has already told
 * the reader so). Rejects only if the language's chunk cannot be loaded.
 * @example const messages = await loadMessages("de"); messages.zoomIn // "Vergrößern"
 */
export function loadMessages(lang: string): Promise<Messages> {
  return isLanguage(lang) ? loaders[lang]() : Promise.resolve(en);
}

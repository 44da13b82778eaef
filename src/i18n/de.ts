import { formatList } from "./format";
import type { Messages } from "./messages";
import { partyTotal, type PartyCount } from "./partyCount";

/**
 * German interface text, written as a German news site would (dpa style: "Nato", „…“ quotes).
 * Country names arrive in the nominative without an article ("Slowakei"), so they stand after a
 * colon or in a list, never where German would need "die Slowakei".
 */

const pluralRules = new Intl.PluralRules("de");

/** "Staat" or "Staaten" for a count: states(1) → "Staat", states(48) → "Staaten". */
const states = (count: number) => (pluralRules.select(count) === "one" ? "Staat" : "Staaten");

/** "hat" for one, "haben" for more: the verb agrees with the count. */
const has = (count: number) => (pluralRules.select(count) === "one" ? "hat" : "haben");

/** What a count counts, each kind its own phrase: ["16 Staaten", "2 Gebiete"], ["44 Mitglieder"]. */
const partyPhrases = (parties: PartyCount) => {
  const one = (count: number) => pluralRules.select(count) === "one";
  if (parties.kind === "members") return [`${parties.members} ${one(parties.members) ? "Mitglied" : "Mitglieder"}`];
  return [
    ...(parties.countries > 0 || parties.territories === 0 ? [`${parties.countries} ${states(parties.countries)}`] : []),
    ...(parties.territories > 0 ? [`${parties.territories} ${one(parties.territories) ? "Gebiet" : "Gebiete"}`] : []),
  ];
};

/** The noun of a source's stated count: "Staaten", or "Mitglieder" where it counts members. */
const statedUnit = (parties: PartyCount, count: number) =>
  parties.kind === "members" ? (pluralRules.select(count) === "one" ? "Mitglied" : "Mitglieder") : states(count);

const EU = "EU";

/** An organisation's name for its code, as a label: organisation("EU") → "EU". */
const organisation = (code: string) => (code === "EU" ? EU : code);

/**
 * An organisation whose members a statement can speak for, in the genitive with its article, by the
 * name the page gives it (its code for the EU, else its German name in organisations.json):
 * "Mitglied der EU", "Mitglied des Europarats" (issue #27: not "Mitglied von EU").
 */
export const ORGANISATION_GENITIVE: ReadonlyMap<string, string> = new Map([
  ["EU", "der EU"],
  ["Europarat", "des Europarats"],
  ["Vereinte Nationen", "der Vereinten Nationen"],
  ["NATO", "der NATO"],
  ["Afrikanische Union", "der Afrikanischen Union"],
  ["ECOWAS", "der ECOWAS"],
  ["OSZE", "der OSZE"],
  ["G7", "der G7"],
  ["G20", "der G20"],
  ["Arabische Liga", "der Arabischen Liga"],
  ["ASEAN", "der ASEAN"],
  ["Golf-Kooperationsrat", "des Golf-Kooperationsrats"],
  ["CARICOM", "der CARICOM"],
  ["Commonwealth of Nations", "des Commonwealth of Nations"],
  ["Organisation für Islamische Zusammenarbeit", "der Organisation für Islamische Zusammenarbeit"],
  ["Pazifisches Inselforum", "des Pazifischen Inselforums"],
]);

/** An organisation in the genitive; one the table does not know is named after "der Organisation", which any name follows. */
const organisationGenitive = (org: string) => ORGANISATION_GENITIVE.get(org) ?? `der Organisation ${organisation(org)}`;

/** The same name in running text, with the article German needs: organisationInText("EU") → "die EU". */
const organisationInText = (code: string) => (code === "EU" ? `die ${EU}` : code);

export const de: Messages = {
  appTitle: "Unterzeichnerkarte",
  mapLabel: "Weltkarte der Unterzeichner der Erklärung",
  mapSummary: (signed, subjects, subjectCount) =>
    subjectCount === 0 ? `Weltkarte. Unterzeichner: ${signed}.` : `Weltkarte. Unterzeichner: ${signed}. Gegenstand der Erklärung: ${subjects}.`,
  signedPhrase: (parties, orgs) => formatList([...partyPhrases(parties), ...orgs.map(organisationInText)], "de"),
  mapControlsLabel: "Kartenzoom",
  statusSignatory: "Unterzeichnet",
  statusJoined: (date) => `Am ${date} beigetreten`,
  statusSubject: "Gegenstand der Erklärung",
  statusOther: "Hat nicht unterzeichnet",
  chooserLabel: "Welches Land meinen Sie?",
  legendOutlined: (group) => `Umrandet: ${group}`,
  legendSignatories: (parties, orgs) =>
    `${formatList(partyPhrases(parties), "de")}${orgs.map((code) => ` + ${organisation(code)}`).join("")} ${orgs.length ? "haben" : has(partyTotal(parties))} unterzeichnet`,
  legendJoined: (joined, date) => `${formatList(partyPhrases(joined), "de")} am ${date} beigetreten`,
  legendSubjects: (count) => `${count} ${states(count)}, um ${pluralRules.select(count) === "one" ? "den" : "die"} es in der Erklärung geht`,
  legendOther: "Nicht unterzeichnet",
  statusBoth: "Beide unterzeichnet",
  statusFirstOnly: "Nur die erste unterzeichnet",
  statusSecondOnly: "Nur die zweite unterzeichnet",
  statusNeither: "Keine unterzeichnet",
  legendBoth: (count) => `${count} ${states(count)}: beide unterzeichnet`,
  legendFirstOnly: (count) => `${count}: nur die erste`,
  legendSecondOnly: (count) => `${count}: nur die zweite`,
  legendNeither: "Keine unterzeichnet",
  compareContext: (both, first, second) => `Beide Erklärungen: ${both} ${states(both)}; nur die erste: ${first}; nur die zweite: ${second}`,
  compareHeading: "Zwei Erklärungen im Vergleich",
  compareFirst: (title, date) => `Erste: ${title} (${date})`,
  compareSecond: (title, date) => `Zweite: ${title} (${date})`,
  compareLoading: (id) => `Die Erklärung „${id}“ für den Vergleich wird geladen …`,
  compareFailed: (id) => `Die Erklärung „${id}“ kann nicht daneben gezeigt werden; die Karte zeigt diese Erklärung allein.`,
  compareStop: "Diese Erklärung allein zeigen",
  paramBadCompare: (value) => `URL-Parameter compare=${value}: erwartet wird die ID einer anderen Erklärung; diese Erklärung wird allein gezeigt.`,
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  zoomReset: "Ganze Welt zeigen",
  zoomToRegion: (region) => `Auf ${region} zoomen`,
  mapCredit: "Kartendaten: Natural Earth, über world-atlas",
  loading: "Erklärung wird geladen …",
  loadingSlow: "Das dauert länger als üblich.",
  retry: "Erneut versuchen",
  loadServerError: (status) => `Der Server hat mit einem Fehler geantwortet (HTTP ${status}).`,
  loadNetworkError: "Die Verbindung zum Server ist fehlgeschlagen oder abgebrochen.",
  loadTimedOut: (id, seconds) => `Die Erklärung „${id}“ ist nicht innerhalb von ${seconds} Sekunden eingetroffen.`,
  loadCodeFailed: (id) => `Die Erklärung „${id}“ konnte nicht geprüft werden: Der Code, der Erklärungsdateien liest, wurde nicht geladen.`,
  zoomUnavailable: "Die Zoomfunktion konnte nicht geladen werden; die Karte funktioniert auch ohne sie.",
  languageUnavailable: (language) => `Die Oberflächentexte auf ${language} konnten nicht geladen werden; angezeigt wird Englisch.`,
  pageUpdated: "Diese Seite wurde aktualisiert, seit Sie sie geöffnet haben; laden Sie sie neu, um alle Teile zu erhalten.",
  reloadPage: "Neu laden",
  statementErrorTitle: "Diese Erklärung kann nicht angezeigt werden",
  statementNotFound: (id) => `Es gibt keine Erklärung „${id}“ (keine Datei statements/${id}.json).`,
  statementLoadFailed: (id, reason) =>
    reason === "invalid" ? `Die Datei der Erklärung „${id}“ enthält Fehler:` : `Die Erklärung „${id}“ konnte nicht gelesen werden.`,
  showDefault: "Standarderklärung anzeigen",
  otherStatements: "Weitere Erklärungen",
  allStatements: (count) => `Alle ${count} Erklärungen`,
  statementsUnavailable: "Die Liste der Erklärungen konnte nicht geladen werden.",
  pageDescription: (context, source) => `${context}. Quelle: ${source}. Eine Weltkarte der Unterzeichner, mit dem Text der Erklärung und ihren Kernaussagen.`,
  cardAlt: (context) => `Weltkarte der Unterzeichner: ${context}`,
  paramProblem: (param, value, why) => `URL-Parameter ${param}=${value}: ${why}`,
  paramBadStatementId: (value) =>
    `URL-Parameter statement=${value}: Eine Erklärungs-ID besteht aus Kleinbuchstaben, Ziffern und Bindestrichen; angezeigt wird die Standarderklärung.`,
  paramBadCountry: (value) => `URL-Parameter country=${value}: Erwartet wird ein zweistelliger ISO-Code wie DE.`,
  paramNoSuchCountry: (value) => `URL-Parameter country=${value}: Dieses Land gibt es auf der Karte nicht.`,
  paramBadEmbed: (value) => `URL-Parameter embed=${value}: Erwartet wird 1 oder 0.`,
  unsupportedLanguage: (tag) => `Die Sprache „${tag}“ ist noch nicht verfügbar; angezeigt wird Englisch.`,
  claimsHeading: "Kernaussagen",
  claimsOwn: "Was die Erklärung sagt",
  claimsReported: "Was der Bericht ergänzt – nach Angaben anderer",
  textHeading: "Die Erklärung im Wortlaut",
  textSummaryHeading: "Die Erklärung, zusammengefasst",
  textSummaryNote: "Eine Zusammenfassung in eigenen Worten; die Erklärung im Wortlaut steht bei der Quelle:",
  publishedIn: (language) => `Veröffentlicht auf ${language}; hier im Wortlaut.`,
  sourceIntro: "Quelle:",
  signatoriesHeading: "Wer unterzeichnet hat",
  searchLabel: "Land suchen",
  searchNone: (query) => `Kein Unterzeichner passt zu „${query}“.`,
  organisationsRegion: "Organisationen",
  subjectsHeading: "Gegenstand der Erklärung",
  versionStated: (stated, listed) => {
    const mapped = partyTotal(listed);
    const kinds = listed.kind === "countries" && listed.territories > 0 ? ` (${formatList(partyPhrases(listed), "de")})` : "";
    return stated === mapped
      ? `Die Quelle nennt ${stated} ${statedUnit(listed, stated)}; die Karte zeigt ${stated === 1 ? (listed.kind === "members" ? "es" : "ihn") : `alle ${mapped}`}${kinds}.`
      : `Die Quelle nennt ${stated} ${statedUnit(listed, stated)}, führt aber ${mapped} auf${kinds}; die Karte folgt der Aufzählung.`;
  },
  versionAdditions: (names, date, source) => `Hinzugekommen in der Fassung vom ${date}, veröffentlicht von ${source}: ${names}.`,
  groupsHeading: "Wer nicht unterzeichnet hat",
  groupsAsOf: (date) => `Mitglieder am ${date}, dem Datum der Erklärung.`,
  groupSummary: (group, signed, members, missing) =>
    missing ? `${group}: ${signed} von ${members} ${has(signed)} unterzeichnet; nicht dabei: ${missing}.` : `${group}: Alle ${members} haben unterzeichnet.`,
  // The colon frame reads the same for one name or several, so the count changes nothing here.
  groupSubjectNote: (names, _count) => `Gegenstand der Erklärung: ${names}.`,
  showOnMap: (group) => `Auf der Karte zeigen: ${group}`,
  hideOnMap: (group) => `Auf der Karte ausblenden: ${group}`,
  orgMembersNotSigned: (org, missing) => `Als Organisation unterzeichnet: ${organisation(org)}. Mitglieder ohne eigene Unterschrift: ${missing}.`,
  orgAllMembersSigned: (org) => `Als Organisation unterzeichnet: ${organisation(org)}; ebenso jedes ihrer Mitglieder.`,
  groupEU: EU,
  groupNATO: "Nato",
  groupG7: "G7",
  groupUNSCPermanent: "Ständige Mitglieder des UN-Sicherheitsrats",
  groupUNSCElected: "Nichtständige Mitglieder des UN-Sicherheitsrats",
  warningsHeading: "Hinweise zu dieser Erklärungsdatei",
  // Sharing and embedding (#5).
  shareLabel: "Karte teilen",
  embedButton: "Einbetten",
  embedTitle: "Diese Karte einbetten",
  embedResponsive: "Responsiver Code: passt seine Höhe dem Inhalt an (iframe und Skript)",
  embedFixed: "Code mit fester Höhe, für Systeme, die Skripte entfernen",
  copyResponsive: "Responsiven Code kopieren",
  copyFixed: "Code mit fester Höhe kopieren",
  copyLink: "Link kopieren",
  downloadButton: "Herunterladen",
  downloadSvg: "SVG: die Karte wie angezeigt, für den Druck",
  downloadPng: "PNG: die Karte als Bild",
  downloadSocial: "PNG für soziale Medien (1200 × 630)",
  downloadCsv: "CSV: die Liste, für Tabellen",
  downloadJson: "JSON: die Erklärung mit Ländercodes",
  downloadWorking: "Die Datei wird erstellt…",
  downloadStarted: (filename: string) => `${filename} wird heruntergeladen.`,
  downloadLoadFailed: "Der Download konnte nicht geladen werden. Bitte die Verbindung prüfen und erneut versuchen.",
  downloadFailed: "Die Datei konnte in diesem Browser nicht erstellt werden.",
  downloadRetry: "Erneut versuchen",
  copied: "Kopiert",
  copyFallback: "Markiert: Zum Kopieren Strg+C drücken (⌘C auf dem Mac).",
  linkLabel: "Link zu dieser Ansicht",
  close: "Schließen",
  openFullMap: "Vollständige Karte öffnen",
  themeProblem: "erwartet light oder dark; es gilt die Systemeinstellung",
  languageLabel: "Sprache",
  themeLabel: "Darstellung",
  themeSystem: "Wie im System",
  themeLight: "Hell",
  themeDark: "Dunkel",
  contextSigned: (signed, date) => `Unterzeichnet am ${date}: ${signed}`,
  contextJoined: (names, date) => `am ${date} beigetreten: ${names}`,
  clauseSeparator: "; ",
  standingSigned: (name, date, written) => `${name}: am ${date} unterzeichnet, in der Liste als „${written}“.`,
  standingJoined: (name, date, written, source) =>
    source ? `${name}: am ${date} beigetreten, als „${written}“ laut ${source}.` : `${name}: am ${date} beigetreten, als „${written}“.`,
  standingSubject: (name, written) => `${name}: Gegenstand der Erklärung (als „${written}“), nicht unterzeichnet.`,
  standingOther: (name) => `${name}: nicht unterzeichnet.`,
  standingInSigningOrg: (org, written) => `Mitglied ${organisationGenitive(org)} (unterzeichnet als „${written}“).`,
  coveredSigned: (sovereign) => `Teil von ${sovereign}, das unterzeichnet hat`,
  coveredJoined: (sovereign, date) => `Teil von ${sovereign}, am ${date} beigetreten`,
  coveredSubject: (sovereign) => `Teil von ${sovereign}, Gegenstand der Erklärung`,
  standingCovered: (name, status) => `${name}: ${status}.`,
  entryWithTerritories: (names) => `mit ${names}`,
  legendTerritories: "Gebiete erscheinen mit dem Staat, der ihre Außenpolitik führt.",
  legendTerritoriesOwnRight: "Gebiete, die nicht im eigenen Namen unterzeichnet haben, erscheinen mit dem Staat, der ihre Außenpolitik führt.",
  statusOwnRight: (status, sovereign) => `${status}, im eigenen Namen, als Gebiet von ${sovereign}`,
  entryOwnRight: (sovereign) => `Gebiet von ${sovereign}, im eigenen Namen`,
  groupsSubheading: "Mitglieder von Staatengruppen",
  panelProblem: "erwartet closed, open oder none; Abschnitte werden geschlossen gezeigt",
  bgProblem: "erwartet transparent; der eigene Hintergrund bleibt",
  frameTitle: (title) => `Karte: ${title}`,
  embedPanelLabel: "Seitenleiste",
  embedPanelClosed: "Abschnitte zum Aufklappen",
  embedPanelOpen: "Alle Abschnitte offen",
  embedPanelNone: "Nur die Karte",
  embedThemeLabel: "Farben",
  embedThemeReader: "Wie das System der Leser",
  embedBackgroundLabel: "Hintergrund",
  embedBackgroundOwn: "Der eigene der Karte",
  embedBackgroundTransparent: "Transparent: der des Artikels scheint durch",
  embedWidthLabel: "Vorschau bei",
  embedPreviewHeight: (width, height) => `Bei ${width} px Breite ist die Einbettung ${height} px hoch; der Code beginnt mit dieser Höhe.`,
  embedPreviewTitle: "Vorschau der Einbettung",
  embedMeasuring: "Die Höhe wird gemessen …",
  embedLoadFailed: "Die Einbettungscodes konnten nicht geladen werden. Bitte Verbindung prüfen und „Einbetten“ erneut öffnen.",
  altSigned: (signed, date, where) => (where ? `Unterzeichnet am ${date}: ${signed} – ${where}.` : `Unterzeichnet am ${date}: ${signed}.`),
  altRegionAll: (region) => `ganz ${region}`,
  altRegionMost: (region, except) => `fast ganz ${region} (ohne ${except})`,
  altOthers: (count) => `${count} weitere`,
  altJoined: (names, count, date) => `${date === null ? "Später" : `Am ${date}`} beigetreten: ${names || `${count} weitere ${states(count)}`}.`,
  altSubjects: (names, _count) => `Gegenstand der Erklärung: ${names}.`,
  embedPicture: "Bild, für Newsletter und Systeme ohne iframes: die Karte als Grafik, verlinkt auf diese Seite",
  copyPicture: "Bild-Code kopieren",
};

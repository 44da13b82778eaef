import { formatList } from "./format";
import { french, frenchCatalogue } from "./frenchTypography";
import type { Messages } from "./messages";
import { partyTotal, type PartyCount } from "./partyCount";

/**
 * French interface text, as a French news site writes it: « guillemets », a narrow no-break space
 * before ; : ! ? (one rule, frenchSpacing, applied to every string), "1er" for the first of the month. Country names arrive without an
 * article ("Hongrie"), so they stand after a colon, never where French would need "la Hongrie".
 */

const pluralRules = new Intl.PluralRules("fr");

/** True where French uses the singular: 0 and 1 ("0 pays a signé"). */
const isOne = (count: number) => pluralRules.select(count) === "one";

/** French writes the first of the month as an ordinal: "1 janvier 2024" → "1er janvier 2024". */
const day = (date: string) => date.replace(/^1 /, "1er ");

/** What a count counts, each kind its own phrase: ["16 pays", "2 territoires"], ["44 membres"]. */
const partyPhrases = (parties: PartyCount) =>
  parties.kind === "members"
    ? [`${parties.members} ${isOne(parties.members) ? "membre" : "membres"}`]
    : [
        ...(parties.countries > 0 || parties.territories === 0 ? [`${parties.countries} pays`] : []),
        ...(parties.territories > 0 ? [`${parties.territories} ${isOne(parties.territories) ? "territoire" : "territoires"}`] : []),
      ];

/** The noun of a source's stated count: "pays", or "membres" where it counts members. */
const statedUnit = (parties: PartyCount, count: number) => (parties.kind === "members" ? (isOne(count) ? "membre" : "membres") : "pays");

const EU = "UE";

/** An organisation's name for its code, as a label: organisation("EU") → "UE". */
const organisation = (code: string) => (code === "EU" ? EU : code);

/** The same name in running text, with the article French needs: organisationInText("EU") → "l’UE". */
const organisationInText = (code: string) => (code === "EU" ? `l’${EU}` : code);

/** "Pays visé" for one country, "Pays visés" for several (a heading, so 21 is plural too). */
const subjectCountries = (count: number) => (count === 1 ? "Pays visé" : "Pays visés");

// Every string passes through one rule for the space before ; : ! ? (frenchTypography.ts): plain strings
// through frenchCatalogue, templates through the `french` tag, so no such space is typed here.
export const fr: Messages = frenchCatalogue({
  appTitle: "Carte des signataires",
  mapLabel: "Carte du monde des signataires de la déclaration",
  mapSummary: (signed, subjects, subjectCount) =>
    subjectCount === 0
      ? french`Carte du monde. Signataires : ${signed}.`
      : french`Carte du monde. Signataires : ${signed}. ${subjectCountries(subjectCount)} par la déclaration : ${subjects}.`,
  signedPhrase: (parties, orgs) => formatList([...partyPhrases(parties), ...orgs.map(organisationInText)], "fr"),
  mapControlsLabel: "Zoom de la carte",
  statusSignatory: "A signé",
  statusJoined: (date) => french`A rejoint la déclaration le ${day(date)}`,
  statusSubject: "Pays visé par la déclaration",
  statusOther: "N’a pas signé",
  chooserLabel: "De quel pays s’agit-il ?",
  legendOutlined: (group) => french`Contour : ${group}`,
  legendSignatories: (parties, orgs) =>
    french`${formatList(partyPhrases(parties), "fr")}${orgs.map((code) => french` + ${organisation(code)}`).join("")} ${isOne(partyTotal(parties)) && !orgs.length ? "a" : "ont"} signé`,
  legendJoined: (joined, date) => french`${formatList(partyPhrases(joined), "fr")} ${isOne(partyTotal(joined)) ? "ajouté" : "ajoutés"} le ${day(date)}`,
  legendSubjects: (count) => french`${count} pays ${isOne(count) ? "visé" : "visés"} par la déclaration`,
  legendOther: "Non signataires",
  statusBoth: "A signé les deux",
  statusFirstOnly: "A signé seulement la première",
  statusSecondOnly: "A signé seulement la seconde",
  statusNeither: "N’a signé aucune des deux",
  legendBoth: (count) => french`${count} pays ${isOne(count) ? "a" : "ont"} signé les deux`,
  legendFirstOnly: (count) => french`${count} seulement la première`,
  legendSecondOnly: (count) => french`${count} seulement la seconde`,
  legendNeither: "Aucune des deux",
  compareContext: (both, first, second) =>
    french`${both} pays ${isOne(both) ? "a" : "ont"} signé les deux déclarations ; ${first} seulement la première, ${second} seulement la seconde`,
  compareHeading: "Deux déclarations comparées",
  compareFirst: (title, date) => french`Première : ${title} (${day(date)})`,
  compareSecond: (title, date) => french`Seconde : ${title} (${day(date)})`,
  compareLoading: (id) => french`Chargement de la déclaration «\u00a0${id}\u00a0» à comparer…`,
  compareFailed: (id) => french`La déclaration «\u00a0${id}\u00a0» ne peut pas être montrée à côté de celle-ci ; la carte montre cette déclaration seule.`,
  compareStop: "Montrer cette déclaration seule",
  paramBadCompare: (value) => french`Paramètre d’URL compare=${value} : identifiant d’une autre déclaration attendu ; cette déclaration est montrée seule.`,
  zoomIn: "Zoom avant",
  zoomOut: "Zoom arrière",
  zoomReset: "Afficher le monde entier",
  zoomToRegion: (region) => french`Zoomer sur : ${region}`,
  mapCredit: "Données cartographiques : Natural Earth, via world-atlas",
  loading: "Chargement de la déclaration…",
  loadingSlow: "Cela prend plus de temps que d’habitude.",
  retry: "Réessayer",
  loadServerError: (status) => french`Le serveur a répondu par une erreur (HTTP ${status}).`,
  loadNetworkError: "La connexion au serveur a échoué ou s’est interrompue.",
  loadTimedOut: (id, seconds) => french`La déclaration «\u00a0${id}\u00a0» n’est pas arrivée en ${seconds}\u00a0secondes.`,
  loadCodeFailed: (id) =>
    french`La déclaration «\u00a0${id}\u00a0» n’a pas pu être vérifiée : le code qui lit les fichiers de déclaration ne s’est pas chargé.`,
  zoomUnavailable: "Le zoom n’a pas pu être chargé ; la carte fonctionne sans lui.",
  languageUnavailable: (language) => french`Les textes de l’interface en ${language} n’ont pas pu être chargés ; affichage en anglais.`,
  pageUpdated: "Cette page a été mise à jour depuis que vous l’avez ouverte ; rechargez-la pour en obtenir toutes les parties.",
  reloadPage: "Recharger",
  statementErrorTitle: "Impossible d’afficher cette déclaration",
  statementNotFound: (id) => french`Il n’existe pas de déclaration «\u00a0${id}\u00a0» (aucun fichier statements/${id}.json).`,
  statementLoadFailed: (id, reason) =>
    reason === "invalid"
      ? french`Le fichier de la déclaration «\u00a0${id}\u00a0» comporte des erreurs :`
      : french`La déclaration «\u00a0${id}\u00a0» n’a pas pu être lue.`,
  showDefault: "Afficher la déclaration par défaut",
  otherStatements: "Autres déclarations",
  allStatements: (count) => french`Les ${count} déclarations`,
  statementsUnavailable: "La liste des déclarations n’a pas pu être chargée.",
  pageDescription: (context, source) =>
    french`${context}. Source : ${source}. Une carte du monde des signataires, avec le texte de la déclaration et ses points clés.`,
  cardAlt: (context) => french`Carte du monde des signataires : ${context}`,
  paramProblem: (param, value, why) => french`Paramètre d’URL ${param}=${value} : ${why}`,
  paramBadStatementId: (value) =>
    french`Paramètre d’URL statement=${value} : un identifiant de déclaration ne comporte que des minuscules, des chiffres et des traits d’union ; affichage de la déclaration par défaut.`,
  paramBadCountry: (value) => french`Paramètre d’URL country=${value} : code ISO à deux lettres attendu, par exemple FR.`,
  paramNoSuchCountry: (value) => french`Paramètre d’URL country=${value} : ce pays ne figure pas sur la carte.`,
  paramBadEmbed: (value) => french`Paramètre d’URL embed=${value} : valeur attendue 1 ou 0.`,
  unsupportedLanguage: (tag) => french`La langue «\u00a0${tag}\u00a0» n’est pas encore disponible ; affichage en anglais.`,
  claimsHeading: "Points clés",
  claimsOwn: "Ce que dit la déclaration",
  claimsReported: "Ce que l’article ajoute, selon d’autres sources",
  textHeading: "La déclaration telle que publiée",
  textSummaryHeading: "La déclaration, en résumé",
  textSummaryNote: "Un résumé dans nos propres mots ; le texte publié se trouve à la source :",
  publishedIn: (language) => french`Publiée en ${language} ; reproduite telle quelle.`,
  sourceIntro: "Source :",
  signatoriesHeading: "Qui a signé",
  searchLabel: "Rechercher un pays",
  searchNone: (query) => french`Aucun signataire ne correspond à «\u00a0${query}\u00a0».`,
  organisationsRegion: "Organisations",
  subjectsHeading: "Pays visés par la déclaration",
  versionStated: (stated, listed) => {
    const mapped = partyTotal(listed);
    const kinds = listed.kind === "countries" && listed.territories > 0 ? french` (${formatList(partyPhrases(listed), "fr")})` : "";
    return stated === mapped
      ? french`La source fait état de ${stated} ${statedUnit(listed, stated)} ; la carte ${stated === 1 ? "le montre" : "les montre tous"}${kinds}.`
      : french`La source fait état de ${stated} ${statedUnit(listed, stated)}, mais en énumère ${mapped}${kinds} ; la carte suit la liste.`;
  },
  versionAdditions: (names, date, source) => french`Ajouts dans la version du ${day(date)}, publiée par ${source} : ${names}.`,
  groupsHeading: "Qui n’a pas signé",
  groupsAsOf: (date) => french`Composition au ${day(date)}, date de la déclaration.`,
  groupSummary: (group, signed, members, missing) =>
    missing
      ? french`${group} : ${signed} sur ${members} ${isOne(signed) ? "a" : "ont"} signé. Non signataires : ${missing}.`
      : french`${group} : les ${members} membres ont tous signé.`,
  groupSubjectNote: (names, count) => french`${subjectCountries(count)} par la déclaration : ${names}.`,
  showOnMap: (group) => french`Afficher sur la carte : ${group}`,
  hideOnMap: (group) => french`Masquer sur la carte : ${group}`,
  orgMembersNotSigned: (org, missing) =>
    french`Signataire en tant qu’organisation : ${organisation(org)}. Membres n’ayant pas signé en leur nom propre : ${missing}.`,
  orgAllMembersSigned: (org) => french`Signataire en tant qu’organisation : ${organisation(org)}, de même que chacun de ses membres.`,
  groupEU: EU,
  groupNATO: "OTAN",
  groupG7: "G7",
  groupUNSCPermanent: "Membres permanents du Conseil de sécurité de l’ONU",
  groupUNSCElected: "Membres non permanents du Conseil de sécurité de l’ONU",
  warningsHeading: "Remarques sur ce fichier de déclaration",
  // Sharing and embedding (#5).
  shareLabel: "Partager cette carte",
  embedButton: "Intégrer",
  embedTitle: "Intégrer cette carte",
  embedResponsive: "Code adaptatif : sa hauteur suit le contenu (iframe et script)",
  embedFixed: "Code à hauteur fixe, pour les systèmes qui suppriment les scripts",
  copyResponsive: "Copier le code adaptatif",
  copyFixed: "Copier le code à hauteur fixe",
  copyLink: "Copier le lien",
  downloadButton: "Télécharger",
  downloadSvg: "SVG : la carte telle qu’affichée, pour l’impression",
  downloadPng: "PNG : la carte en image",
  downloadSocial: "PNG pour les réseaux sociaux (1200 × 630)",
  downloadCsv: "CSV : la liste, pour un tableur",
  downloadJson: "JSON : la déclaration avec les codes pays",
  downloadWorking: "Préparation du fichier…",
  downloadStarted: (filename: string) => french`Téléchargement de ${filename}.`,
  downloadLoadFailed: "Le téléchargement n’a pas pu être chargé. Vérifiez la connexion et réessayez.",
  downloadFailed: "Le fichier n’a pas pu être créé dans ce navigateur.",
  downloadRetry: "Réessayer",
  copied: "Copié",
  copyFallback: "Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier.",
  linkLabel: "Lien vers cette vue",
  close: "Fermer",
  openFullMap: "Ouvrir la carte complète",
  themeProblem: "valeur attendue light ou dark ; le réglage du système s’applique",
  languageLabel: "Langue",
  themeLabel: "Thème",
  themeSystem: "Comme le système",
  themeLight: "Clair",
  themeDark: "Sombre",
  contextSigned: (signed, date) => french`Signée le ${day(date)} par ${signed}`,
  contextJoined: (names, date) => french`rejointe le ${day(date)} par : ${names}`,
  clauseSeparator: "; ",
  standingSigned: (name, date, written) => french`${name} : signataire le ${day(date)}, sous le nom «\u00a0${written}\u00a0».`,
  standingJoined: (name, date, written, source) =>
    source
      ? french`${name} : a rejoint la déclaration le ${day(date)}, sous le nom «\u00a0${written}\u00a0» selon ${source}.`
      : french`${name} : a rejoint la déclaration le ${day(date)}, sous le nom «\u00a0${written}\u00a0».`,
  standingSubject: (name, written) => french`${name} : visé par la déclaration (sous le nom «\u00a0${written}\u00a0»), non signataire.`,
  standingOther: (name) => french`${name} : non signataire.`,
  standingInSigningOrg: (org, written) => french`Membre de ${organisationInText(org)}, signataire sous le nom «\u00a0${written}\u00a0».`,
  coveredSigned: (sovereign) => french`Relève de ${sovereign}, signataire`,
  coveredJoined: (sovereign, date) => french`Relève de ${sovereign}, signataire depuis le ${day(date)}`,
  coveredSubject: (sovereign) => french`Relève de ${sovereign}, visé par la déclaration`,
  standingCovered: (name, status) => french`${name} : ${status}.`,
  entryWithTerritories: (names) => french`avec ${names}`,
  legendTerritories: "Les territoires apparaissent avec l’État qui conduit leurs relations extérieures.",
  legendTerritoriesOwnRight: "Les territoires qui n’ont pas signé en leur nom propre apparaissent avec l’État qui conduit leurs relations extérieures.",
  statusOwnRight: (status, sovereign) => french`${status} en son nom propre, comme territoire relevant de ${sovereign}`,
  entryOwnRight: (sovereign) => french`territoire relevant de ${sovereign}, en son nom propre`,
  groupsSubheading: "Membres de groupes de pays",
  panelProblem: "valeurs possibles closed, open ou none ; sections fermées",
  bgProblem: "valeur attendue transparent ; le fond de la page est conservé",
  frameTitle: (title) => french`Carte : ${title}`,
  embedPanelLabel: "Panneau",
  embedPanelClosed: "Sections à ouvrir",
  embedPanelOpen: "Toutes les sections ouvertes",
  embedPanelNone: "Carte seule",
  embedThemeLabel: "Couleurs",
  embedThemeReader: "Selon le système de chaque lecteur",
  embedBackgroundLabel: "Fond",
  embedBackgroundOwn: "Celui de la carte",
  embedBackgroundTransparent: "Transparent : celui de l’article apparaît",
  embedWidthLabel: "Aperçu à",
  embedPreviewHeight: (width, height) => french`À ${width}\u00a0px de large, l’intégration mesure ${height}\u00a0px de haut ; le code part de cette hauteur.`,
  embedPreviewTitle: "Aperçu de l’intégration",
  embedMeasuring: "Mesure de la hauteur…",
  embedLoadFailed: "Les codes d’intégration n’ont pas pu être chargés. Vérifiez la connexion et rouvrez « Intégrer ».",
  altSigned: (signed, date, where) => (where ? french`Signée le ${day(date)} par ${signed} : ${where}.` : `Signée le ${day(date)} par ${signed}.`),
  altRegionAll: (region) => `toute la région ${region}`,
  altRegionMost: (region, except) => `presque toute la région ${region} (sauf ${except})`,
  altOthers: (count) => `${count} ${isOne(count) ? "autre" : "autres"}`,
  altJoined: (names, count, date) =>
    french`${date === null ? "Rejointe plus tard" : `Rejointe le ${day(date)}`} par : ${names || `${count} ${isOne(count) ? "autre pays" : "autres pays"}`}.`,
  altSubjects: (names, count) => french`${subjectCountries(count)} par la déclaration : ${names}.`,
  embedPicture: "Image, pour les lettres d’information et les systèmes sans iframe : la carte en image, avec un lien vers cette page",
  copyPicture: "Copier le code de l’image",
} satisfies Messages);

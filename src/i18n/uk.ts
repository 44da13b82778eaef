import { formatList } from "./format";
import type { Messages } from "./messages";
import { partyTotal, type PartyCount } from "./partyCount";

/**
 * Ukrainian interface text, as a Ukrainian news site writes it: «лапки», the apostrophe ’.
 * Counts take three forms (1 країна, 2 країни, 5 країн; 21 as 1), chosen by Intl.PluralRules.
 * Country names arrive in the nominative ("Угорщина"), so they stand after a colon or in a list,
 * never where Ukrainian would decline them ("крім Угорщини").
 */

const pluralRules = new Intl.PluralRules("uk");

/** The form of a word for a count: plural(5, "країна", "країни", "країн") → "країн". */
function plural(count: number, one: string, few: string, many: string): string {
  switch (pluralRules.select(count)) {
    case "one":
      return one;
    case "few":
      return few;
    default:
      return many;
  }
}

/** "країна" in the nominative: 1 країна, 2 країни, 5 країн. */
const countries = (count: number) => plural(count, "країна", "країни", "країн");

/** "країна" in the accusative, after "про": про 1 країну, про 2 країни, про 5 країн. */
const countriesAccusative = (count: number) => plural(count, "країну", "країни", "країн");

/** What a count counts, each kind its own phrase, in the nominative: ["16 країн", "2 території"], ["44 члени"]. */
const partyPhrases = (parties: PartyCount) =>
  parties.kind === "members"
    ? [`${parties.members} ${plural(parties.members, "член", "члени", "членів")}`]
    : [
        ...(parties.countries > 0 || parties.territories === 0 ? [`${parties.countries} ${countries(parties.countries)}`] : []),
        ...(parties.territories > 0 ? [`${parties.territories} ${plural(parties.territories, "територія", "території", "територій")}`] : []),
      ];

/** The noun of a source's stated count, in the accusative after «про»: країну/країни/країн, or члена/члени/членів. */
const statedUnit = (parties: PartyCount, count: number) =>
  parties.kind === "members" ? plural(count, "члена", "члени", "членів") : countriesAccusative(count);

/** "підписала" agrees with one country or territory (feminine), "підписав" with one member, "підписали" with more. */
const signedVerb = (parties: PartyCount, orgs: number) =>
  orgs > 0 || pluralRules.select(partyTotal(parties)) !== "one" ? "підписали" : parties.kind === "members" ? "підписав" : "підписала";

const EU = "ЄС";

/** An organisation's name for its code: organisation("EU") → "ЄС". */
const organisation = (code: string) => (code === "EU" ? EU : code);

export const uk: Messages = {
  appTitle: "Карта підписантів",
  mapLabel: "Карта світу з підписантами заяви",
  mapSummary: (signed, subjects, subjectCount) =>
    subjectCount === 0
      ? `Карта світу. Підписали: ${signed}.`
      : `Карта світу. Підписали: ${signed}. ${subjectCount === 1 ? "Об’єкт" : "Об’єкти"} заяви: ${subjects}.`,
  signedPhrase: (parties, orgs) => formatList([...partyPhrases(parties), ...orgs.map(organisation)], "uk"),
  mapControlsLabel: "Масштаб карти",
  statusSignatory: "Підписано",
  statusJoined: (date) => `Приєднання до заяви: ${date}`,
  statusSubject: "Об’єкт заяви",
  statusOther: "Не підписано",
  chooserLabel: "Яку країну ви мали на увазі?",
  legendOutlined: (group) => `Обведено: ${group}`,
  legendSignatories: (parties, orgs) =>
    `${formatList(partyPhrases(parties), "uk")}${orgs.map((code) => ` + ${organisation(code)}`).join("")} ${signedVerb(parties, orgs.length)}`,
  legendJoined: (joined, date) => {
    // "приєдналася" agrees with one country or territory (feminine), "приєднався" with one member.
    const one = joined.kind === "members" ? "приєднався" : "приєдналася";
    return `${formatList(partyPhrases(joined), "uk")} ${plural(partyTotal(joined), one, "приєдналися", "приєдналися")} ${date}`;
  },
  legendSubjects: (count) => `${count} ${countries(count)}, ${plural(count, "якої", "яких", "яких")} стосується заява`,
  legendOther: "Не підписали",
  statusBoth: "Підписала обидві",
  statusFirstOnly: "Підписала лише першу",
  statusSecondOnly: "Підписала лише другу",
  statusNeither: "Не підписала жодної",
  legendBoth: (count) => `${count} ${countries(count)}: обидві заяви`,
  legendFirstOnly: (count) => `${count}: лише перша`,
  legendSecondOnly: (count) => `${count}: лише друга`,
  legendNeither: "Жодної",
  compareContext: (both, first, second) => `Обидві заяви: ${both} ${countries(both)}; лише першу: ${first}; лише другу: ${second}`,
  compareHeading: "Порівняння двох заяв",
  compareFirst: (title, date) => `Перша: ${title} (${date})`,
  compareSecond: (title, date) => `Друга: ${title} (${date})`,
  compareLoading: (id) => `Завантажуємо заяву «${id}» для порівняння…`,
  compareFailed: (id) => `Заяву «${id}» не вдалося показати поруч; карта показує лише цю заяву.`,
  compareStop: "Показати лише цю заяву",
  paramBadCompare: (value) => `Параметр URL compare=${value}: потрібен ідентифікатор іншої заяви; показано лише цю заяву.`,
  zoomIn: "Збільшити",
  zoomOut: "Зменшити",
  zoomReset: "Показати весь світ",
  zoomToRegion: (region) => `Наблизити: ${region}`,
  mapCredit: "Картографічні дані: Natural Earth, через world-atlas",
  loading: "Завантаження заяви…",
  loadingSlow: "Це триває довше, ніж зазвичай.",
  retry: "Спробувати ще раз",
  loadServerError: (status) => `Сервер відповів помилкою (HTTP ${status}).`,
  loadNetworkError: "З’єднання із сервером не вдалося або перервалося.",
  loadTimedOut: (id, seconds) => `Заява «${id}» не надійшла протягом ${seconds} с.`,
  loadCodeFailed: (id) => `Не вдалося перевірити заяву «${id}»: код, що читає файли заяв, не завантажився.`,
  zoomUnavailable: "Не вдалося завантажити масштабування; карта працює і без нього.",
  languageUnavailable: (language) => `Не вдалося завантажити тексти інтерфейсу мовою ${language}; показано англійською.`,
  pageUpdated: "Цю сторінку оновлено відтоді, як ви її відкрили; перезавантажте її, щоб отримати всі її частини.",
  reloadPage: "Перезавантажити",
  statementErrorTitle: "Цю заяву неможливо показати",
  statementNotFound: (id) => `Заяви «${id}» немає (файлу statements/${id}.json не існує).`,
  statementLoadFailed: (id, reason) => (reason === "invalid" ? `У файлі заяви «${id}» є помилки:` : `Не вдалося прочитати заяву «${id}».`),
  showDefault: "Показати заяву за замовчуванням",
  otherStatements: "Інші заяви",
  allStatements: (count) => `Усі заяви (${count})`,
  statementsUnavailable: "Не вдалося завантажити список заяв.",
  pageDescription: (context, source) => `${context}. Джерело: ${source}. Карта світу з підписантами, текстом заяви та ключовими твердженнями.`,
  cardAlt: (context) => `Карта світу з підписантами: ${context}`,
  paramProblem: (param, value, why) => `Параметр URL ${param}=${value}: ${why}`,
  paramBadStatementId: (value) =>
    `Параметр URL statement=${value}: ідентифікатор заяви складається з малих латинських літер, цифр і дефісів; показано заяву за замовчуванням.`,
  paramBadCountry: (value) => `Параметр URL country=${value}: очікується дволітерний код ISO, наприклад UA.`,
  paramNoSuchCountry: (value) => `Параметр URL country=${value}: такої країни на карті немає.`,
  paramBadEmbed: (value) => `Параметр URL embed=${value}: очікується 1 або 0.`,
  unsupportedLanguage: (tag) => `Мова «${tag}» поки що недоступна; показано англійською.`,
  claimsHeading: "Ключові твердження",
  claimsOwn: "Що сказано в заяві",
  claimsReported: "Що додає повідомлення з інших джерел",
  textHeading: "Текст заяви в оригіналі",
  textSummaryHeading: "Заява коротко",
  textSummaryNote: "Стислий виклад нашими словами; повний текст заяви — у джерелі:",
  publishedIn: (language) => `Мова оригіналу: ${language}; текст подано без змін.`,
  sourceIntro: "Джерело:",
  signatoriesHeading: "Хто підписав",
  searchLabel: "Знайти країну",
  searchNone: (query) => `Немає підписантів, що відповідають запиту «${query}».`,
  organisationsRegion: "Організації",
  subjectsHeading: "Об’єкти заяви",
  versionStated: (stated, listed) => {
    const mapped = partyTotal(listed);
    const kinds = listed.kind === "countries" && listed.territories > 0 ? ` (${formatList(partyPhrases(listed), "uk")})` : "";
    const one = listed.kind === "members" ? "його" : "її";
    return stated === mapped
      ? `Джерело повідомляє про ${stated} ${statedUnit(listed, stated)}; на карті показано ${stated === 1 ? one : `всі ${mapped}`}${kinds}.`
      : `Джерело повідомляє про ${stated} ${statedUnit(listed, stated)}, а в переліку — ${mapped}${kinds}; на карті показано ${listed.kind === "members" ? "членів" : "країни"} з переліку.`;
  },
  versionAdditions: (names, date, source) => `Додано у версії від ${date} (джерело: ${source}): ${names}.`,
  groupsHeading: "Хто не підписав",
  groupsAsOf: (date) => `Склад станом на ${date} (дата заяви).`,
  groupSummary: (group, signed, members, missing) =>
    missing
      ? `${group}: ${signed} ${plural(signed, "член", "члени", "членів")} з ${members} ${plural(signed, "підписав", "підписали", "підписали")}; не підписали: ${missing}.`
      : `${group}: заяву підписали всі члени (${members}).`,
  // "Серед об’єктів заяви" (among the subjects) reads the same for one name or several.
  groupSubjectNote: (names, _count) => `Серед об’єктів заяви: ${names}.`,
  showOnMap: (group) => `Показати на карті: ${group}`,
  hideOnMap: (group) => `Сховати з карти: ${group}`,
  orgMembersNotSigned: (org, missing) => `Підписано як організація: ${organisation(org)}. Члени, які не підписали від свого імені: ${missing}.`,
  orgAllMembersSigned: (org) => `Підписано як організація: ${organisation(org)}; так само підписав кожен її член.`,
  groupEU: EU,
  groupNATO: "НАТО",
  groupG7: "G7",
  groupUNSCPermanent: "Постійні члени Ради Безпеки ООН",
  groupUNSCElected: "Непостійні члени Ради Безпеки ООН",
  warningsHeading: "Примітки до файлу цієї заяви",
  // Sharing and embedding (#5).
  shareLabel: "Поділитися картою",
  embedButton: "Вбудувати",
  embedTitle: "Вбудувати цю карту",
  embedResponsive: "Адаптивний код: висота підлаштовується під вміст (iframe і скрипт)",
  embedFixed: "Код із фіксованою висотою, для систем, що вилучають скрипти",
  copyResponsive: "Копіювати адаптивний код",
  copyFixed: "Копіювати код із фіксованою висотою",
  copyLink: "Копіювати посилання",
  downloadButton: "Завантажити",
  downloadSvg: "SVG: карта, як на екрані, для друку",
  downloadPng: "PNG: карта як зображення",
  downloadSocial: "PNG для соцмереж (1200 × 630)",
  downloadCsv: "CSV: список для електронних таблиць",
  downloadJson: "JSON: заява з кодами країн",
  downloadWorking: "Готуємо файл…",
  downloadStarted: (filename: string) => `Завантаження ${filename}.`,
  downloadLoadFailed: "Не вдалося завантажити файл. Перевірте з’єднання та спробуйте ще раз.",
  downloadFailed: "Не вдалося створити файл у цьому браузері.",
  downloadRetry: "Спробувати ще раз",
  copied: "Скопійовано",
  copyFallback: "Виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати.",
  linkLabel: "Посилання на цей вигляд",
  close: "Закрити",
  openFullMap: "Відкрити повну карту",
  themeProblem: "очікується light або dark; діє системне налаштування",
  languageLabel: "Мова",
  themeLabel: "Тема",
  themeSystem: "Як у системі",
  themeLight: "Світла",
  themeDark: "Темна",
  contextSigned: (signed, date) => `Підписали ${date}: ${signed}`,
  contextJoined: (names, date) => `приєдналися ${date}: ${names}`,
  clauseSeparator: "; ",
  standingSigned: (name, date, written) => `${name}: підписала ${date}, у списку як «${written}».`,
  standingJoined: (name, date, written, source) =>
    source ? `${name}: приєдналася ${date}, у списку як «${written}» (джерело: ${source}).` : `${name}: приєдналася ${date}, у списку як «${written}».`,
  standingSubject: (name, written) => `${name}: заява стосується цієї країни (як «${written}»); не підписала.`,
  standingOther: (name) => `${name}: не підписала.`,
  standingInSigningOrg: (org, written) => `Член організації ${organisation(org)}, яка підписала заяву як «${written}».`,
  coveredSigned: (sovereign) => `Частина держави ${sovereign}, яка підписала`,
  coveredJoined: (sovereign, date) => `Частина держави ${sovereign}, яка приєдналася ${date}`,
  coveredSubject: (sovereign) => `Частина держави ${sovereign}, якої стосується заява`,
  standingCovered: (name, status) => `${name}: ${status}.`,
  entryWithTerritories: (names) => `разом із: ${names}`,
  legendTerritories: "Території показано разом із державою, що веде їхні зовнішні справи.",
  legendTerritoriesOwnRight: "Території, що не підписали від власного імені, показано разом із державою, що веде їхні зовнішні справи.",
  statusOwnRight: (status, sovereign) => `${status} від власного імені як територія держави ${sovereign}`,
  entryOwnRight: (sovereign) => `територія держави ${sovereign}, від власного імені`,
  groupsSubheading: "Члени груп країн",
  panelProblem: "очікується closed, open або none; розділи показано згорнутими",
  bgProblem: "очікується transparent; залишається власне тло сторінки",
  frameTitle: (title) => `Карта: ${title}`,
  embedPanelLabel: "Панель",
  embedPanelClosed: "Розділи, які читач розгортає",
  embedPanelOpen: "Усі розділи розгорнуто",
  embedPanelNone: "Лише карта",
  embedThemeLabel: "Кольори",
  embedThemeReader: "Як у системі читача",
  embedBackgroundLabel: "Тло",
  embedBackgroundOwn: "Власне тло карти",
  embedBackgroundTransparent: "Прозоре: видно тло статті",
  embedWidthLabel: "Попередній перегляд за шириною",
  embedPreviewHeight: (width, height) => `За ширини ${width} px висота вбудовування — ${height} px; код починає з цієї висоти.`,
  embedPreviewTitle: "Попередній перегляд вбудовування",
  embedMeasuring: "Вимірюємо висоту…",
  embedLoadFailed: "Не вдалося завантажити коди для вбудовування. Перевірте з’єднання й відкрийте «Вбудувати» ще раз.",
  altSigned: (signed, date, where) => (where ? `Підписали ${date}: ${signed} — ${where}.` : `Підписали ${date}: ${signed}.`),
  altRegionAll: (region) => `увесь регіон «${region}»`,
  altRegionMost: (region, except) => `майже весь регіон «${region}» (за винятком: ${except})`,
  altOthers: (count) => `ще ${count}`,
  altJoined: (names, count, date) => `${date === null ? "Пізніше приєдналися" : `Приєдналися ${date}`}: ${names || `ще ${count} ${countries(count)}`}.`,
  altSubjects: (names, count) => `${count === 1 ? "Об’єкт" : "Об’єкти"} заяви: ${names}.`,
  embedPicture: "Зображення, для розсилок і систем без iframe: карта як картинка з посиланням на цю сторінку",
  copyPicture: "Копіювати код зображення",
};

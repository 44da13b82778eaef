import type { Messages } from "./messages";

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

const EU = "ЄС";

/**
 * Workaround: the legend is handed English display names ("the EU"); keep the organisation's code
 * and name it as Ukrainian does. Remove once callers pass codes.
 */
const organisation = (name: string) => {
  const code = name.replace(/^the\s+/i, "");
  return code === "EU" ? EU : code;
};

export const uk: Messages = {
  appTitle: "Карта підписантів",
  mapLabel: "Карта світу з підписантами заяви",
  mapSummary: (signed, subjects) => `Карта світу. Підписали: ${signed}. Об’єкт заяви: ${subjects}.`,
  statusSignatory: "Підписано",
  statusJoined: (date) => `Приєднання до заяви: ${date}`,
  statusSubject: "Об’єкт заяви",
  statusOther: "Не підписано",
  legendSignatories: (count, orgs) =>
    `${count} ${countries(count)}${orgs.length ? ` + ${orgs.map(organisation).join(", ")}` : ""} ${
      pluralRules.select(count) === "one" && !orgs.length ? "підписала" : "підписали"
    }`,
  legendJoined: (count, date) => `${count} ${countries(count)} ${plural(count, "приєдналася", "приєдналися", "приєдналися")} ${date}`,
  legendSubjects: (count) => `${count} ${countries(count)}, ${plural(count, "якої", "яких", "яких")} стосується заява`,
  legendOther: "Не підписали",
  zoomIn: "Збільшити",
  zoomOut: "Зменшити",
  zoomReset: "Показати весь світ",
  zoomEurope: "Європа",
  zoomEuropeLabel: "Наблизити Європу",
  mapCredit: "Картографічні дані: Natural Earth, через world-atlas",
  clearSelection: "Скасувати вибір",
  loading: "Завантаження заяви…",
  statementErrorTitle: "Цю заяву неможливо показати",
  statementNotFound: (id) => `Заяви «${id}» немає (файлу statements/${id}.json не існує).`,
  statementLoadFailed: (id, why) => `Не вдалося завантажити заяву «${id}»: ${why}.`,
  showDefault: "Показати заяву за замовчуванням",
  paramProblem: (param, value, why) => `Параметр URL ${param}=${value}: ${why}`,
  unsupportedLanguage: (tag) => `Мова «${tag}» поки що недоступна; показано англійською.`,
  claimsHeading: "Ключові твердження",
  claimsOwn: "Що сказано в заяві",
  claimsReported: "Що додає повідомлення з інших джерел",
  claimBy: (by) => `за словами: ${by}`,
  textHeading: "Текст заяви в оригіналі",
  publishedIn: (language) => `Мова оригіналу: ${language}; текст подано без змін.`,
  sourceLabel: "Джерело",
  signatoriesHeading: "Хто підписав",
  searchLabel: "Знайти країну",
  searchNone: (query) => `Немає підписантів, що відповідають запиту «${query}».`,
  regionCount: (count) => `${count}`,
  organisationsRegion: "Організації",
  joinedRegion: (date) => `Приєдналися ${date}`,
  subjectsHeading: "Об’єкти заяви",
  versionStated: (stated, mapped) =>
    stated === mapped
      ? `Джерело повідомляє про ${stated} ${countriesAccusative(stated)}; на карті показано ${stated === 1 ? "її" : `всі ${mapped}`}.`
      : `Джерело повідомляє про ${stated} ${countriesAccusative(stated)}, а в переліку — ${mapped}; на карті показано країни з переліку.`,
  versionAdditions: (names, date, source) => `Додано у версії від ${date} (джерело: ${source}): ${names}.`,
  groupsHeading: "Хто не підписав",
  groupsAsOf: (date) => `Склад станом на ${date} (дата заяви).`,
  groupSummary: (group, signed, members, missing) =>
    missing
      ? `${group}: ${signed} ${plural(signed, "член", "члени", "членів")} з ${members} ${plural(signed, "підписав", "підписали", "підписали")}; не підписали: ${missing}.`
      : `${group}: заяву підписали всі члени (${members}).`,
  groupSubjectNote: (names) => `Серед об’єктів заяви: ${names}.`,
  showOnMap: (group) => `Показати на карті: ${group}`,
  hideOnMap: (group) => `Сховати на карті: ${group}`,
  euSignedAsOrganisation: (missing) => `ЄС підписав заяву як організація; держави-члени, які не підписали її від свого імені: ${missing}.`,
  euAllMembersSigned: "ЄС підписав заяву як організація, так само як і кожна з його держав-членів.",
  groupEU: EU,
  groupNATO: "НАТО",
  groupG7: "G7",
  groupUNSCPermanent: "Постійні члени Ради Безпеки ООН",
  groupUNSCElected: "Непостійні члени Ради Безпеки ООН",
  warningsHeading: "Примітки до файлу цієї заяви",
};

// The base forms a declined name may stand for, by explicit rules of one language: a German
// genitive or dative, a French contraction, a Korean particle. Each rule only proposes; the
// resolver takes a base form only when it is a known name in that language, so no rule makes a
// name of something that is none, and no loose matching is involved.
import type { NameLanguage } from "./nameLanguages";

/** More readings than this of one name are not tried: no country's name has that many declinable words. */
const MAX_READINGS = 256;

/** German articles before a name: nominative, genitive, dative and accusative, all genders. */
const GERMAN_ARTICLE = /^(der|die|das|des|dem|den)\s+(.+)$/iu;

/** Adjective endings a German name's adjective may have ("Vereinigtes", "Vereinigten", "Vereinigte"). */
const GERMAN_ADJECTIVE = /^(\p{Lu}\p{L}+?)(e|en|em|er|es)$/u;

/**
 * French articles and contractions before a name: "l'Allemagne", "du Canada", "des États-Unis",
 * "de la France", "d'Italie", "les Pays-Bas". Apostrophes of every shape.
 */
const FRENCH_ARTICLE = /^(?:de\s+la\s+|de\s+l['\u2019\u02BC]\s*|d['\u2019\u02BC]\s*|du\s+|des\s+|de\s+|le\s+|la\s+|les\s+|l['\u2019\u02BC]\s*)(.+)$/iu;

/** Korean particles written onto a name: genitive 의, "and" 과/와, topic 은/는, subject 이/가, object 을/를, "also" 도, "in" 에/에서. */
const KOREAN_PARTICLE = /^(.+?)(에서|의|과|와|은|는|이|가|을|를|도|에)$/u;

/**
 * The forms `written` may be a declined form of, in `lang`, for the resolver to look up there;
 * empty when no rule of the language applies. The written form itself is not among them.
 * @example baseForms("des Vereinigten Königreichs", "de") // [..., "Vereinigtes Königreich", ...]
 * @example baseForms("de l'Allemagne", "fr") // ["Allemagne"]
 * @example baseForms("미국과", "ko") // ["미국"]
 */
export function baseForms(written: string, lang: NameLanguage): string[] {
  const forms =
    lang === "de"
      ? germanBaseForms(written)
      : lang === "fr"
        ? frenchBaseForms(written)
        : lang === "uk"
          ? ukrainianBaseForms(written)
          : lang === "ko"
            ? koreanBaseForms(written)
            : [];
  return [...new Set(forms)].filter((form) => form !== written && form !== "");
}

/**
 * German: an article goes ("die Schweiz", "der Ukraine"); an adjective before another capitalised
 * word takes any of its strong nominative endings ("des Vereinigten Königreichs" → "Vereinigtes
 * Königreich", "der Tschechischen Republik" → "Tschechische Republik"); one capitalised word may
 * lose a genitive -s or -es ("Deutschlands", "des Königreichs"), or, after "den" or "dem", a
 * dative -n ("den Niederlanden" → "Niederlande").
 */
function germanBaseForms(written: string): string[] {
  const article = GERMAN_ARTICLE.exec(written);
  const articleWord = article?.[1]?.toLowerCase();
  const words = (article?.[2] ?? written).split(/\s+/u);
  const genitive = articleWord === undefined || articleWord === "des";
  const dative = articleWord === "den" || articleWord === "dem";
  const options = words.map((word, index) => {
    const next = words[index + 1];
    const adjective = next !== undefined && /^\p{Lu}/u.test(next) ? GERMAN_ADJECTIVE.exec(word) : null;
    const stems = adjective?.[1] === undefined ? [] : ["e", "er", "es"].map((ending) => `${adjective[1]}${ending}`);
    return [word, ...stems];
  });
  const nounForms = (word: string): string[] => {
    if (!/^\p{Lu}/u.test(word)) return [];
    const forms: string[] = [];
    if (genitive && /\p{L}{2}es$/u.test(word)) forms.push(word.slice(0, -2));
    if (genitive && /\p{L}{2}s$/u.test(word)) forms.push(word.slice(0, -1));
    if (dative && /\p{L}{2}en$/u.test(word)) forms.push(word.slice(0, -1));
    return forms;
  };
  const readings: string[][] = [[]];
  for (const wordOptions of options) {
    const next = readings.splice(0).flatMap((reading) => wordOptions.map((option) => [...reading, option]));
    if (next.length > MAX_READINGS) return article ? [article[2] ?? ""] : [];
    readings.push(...next);
  }
  const forms: string[] = [];
  for (const reading of readings) {
    forms.push(reading.join(" "));
    // At most one noun declined: the head noun of the name.
    reading.forEach((word, index) => nounForms(word).forEach((form) => forms.push([...reading.slice(0, index), form, ...reading.slice(index + 1)].join(" "))));
  }
  return forms;
}

/** French: an article or a contraction before the name goes, once ("de l'Union européenne" → "Union européenne"). */
function frenchBaseForms(written: string): string[] {
  const bare = FRENCH_ARTICLE.exec(written)?.[1];
  return bare === undefined ? [] : [bare];
}

/**
 * Ukrainian genitive endings of a noun and what its nominative may end in: "Німеччини" →
 * "Німеччина", "Франції" → "Франція", "Кореї" → "Корея", "Польщі" → "Польща", "Ірану" → "Іран",
 * "Китаю" → "Китай", "Ізраїлю" → "Ізраїль", "Королівства" → "Королівство", "Штатів" → "Штати".
 */
const UKRAINIAN_NOUN_ENDINGS: [RegExp, string[]][] = [
  [/ії$/u, ["ія"]],
  [/ї$/u, ["я"]],
  [/и$/u, ["а"]],
  [/і$/u, ["а"]],
  [/у$/u, [""]],
  [/ю$/u, ["й", "ь"]],
  [/а$/u, ["о", ""]],
  [/ів$/u, ["и"]],
];

/** Ukrainian genitive endings of an adjective: "Південної" → "Південна", "Сполученого" → "Сполучене", "Сполучених" → "Сполучені". */
const UKRAINIAN_ADJECTIVE_ENDINGS: [RegExp, string[]][] = [
  [/ої$/u, ["а"]],
  [/ого$/u, ["е", "ий"]],
  [/их$/u, ["і"]],
];

/** The forms a Ukrainian word may have in the nominative, by the endings above; the word itself first. */
function ukrainianWordForms(word: string, endings: readonly [RegExp, string[]][]): string[] {
  const forms = [word];
  for (const [ending, nominatives] of endings) if (ending.test(word)) for (const nominative of nominatives) forms.push(word.replace(ending, nominative));
  return forms;
}

/**
 * Ukrainian: a name in the genitive, as lists write it after "міністри закордонних справ": the
 * last word is read as a noun, the words before it as adjectives ("Сполученого Королівства" →
 * "Сполучене Королівство", "Південної Кореї" → "Південна Корея"); "та", "і" and lower-case words stay.
 */
function ukrainianBaseForms(written: string): string[] {
  const words = written.split(/\s+/u);
  const options = words.map((word, index) =>
    !/^\p{Lu}/u.test(word) ? [word] : ukrainianWordForms(word, index === words.length - 1 ? UKRAINIAN_NOUN_ENDINGS : UKRAINIAN_ADJECTIVE_ENDINGS),
  );
  let readings = [""];
  for (const wordOptions of options) {
    readings = readings.flatMap((reading) => wordOptions.map((option) => (reading === "" ? option : `${reading} ${option}`)));
    if (readings.length > MAX_READINGS) return [];
  }
  return readings;
}

/** Korean: one particle written onto the end of the name goes ("대한민국과" → "대한민국"). */
function koreanBaseForms(written: string): string[] {
  const stem = KOREAN_PARTICLE.exec(written)?.[1];
  return stem === undefined ? [] : [stem];
}

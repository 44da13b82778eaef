// Which of the five languages an article is written in, for the draft's `lang` and for reading
// its names: a count of each language's commonest short words, which no article lacks.
import type { NameLanguage } from "../countries/nameLanguages";

/**
 * Each language's commonest function words, chosen to be rare in the others: "die" and "des" are
 * German and French alike, so neither is listed; "in" and "a" are in three languages.
 */
const STOP_WORDS: Record<Exclude<NameLanguage, "ko">, ReadonlySet<string>> = {
  en: new Set("the and of to is that for on with was are by this from have has said their which will would".split(" ")),
  de: new Set("der und das ist nicht mit von den dem zu auf für wir sich ein eine einer auch wurde werden hat sind im zum zur bei nach über".split(" ")),
  fr: new Set("le la les et du est une pour dans que qui nous sur au aux par ont été sont leur cette ce avec pas".split(" ")),
  uk: new Set("і й та в у на що з до не за про від як це його її їх також було які який".split(" ")),
};

/** A share of Hangul letters above which a text is Korean: its particles are written onto words, so it has no stop words to count. */
const KOREAN_SHARE = 0.3;

/**
 * The language of a text, by its stop words (Korean by its script); English when nothing tells.
 * @example detectLanguage("Wir, die Außenminister der G7, verurteilen den Angriff auf die Ukraine.") // "de"
 * @example detectLanguage("") // "en"
 */
export function detectLanguage(text: string): NameLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (letters > 0 && hangul / letters >= KOREAN_SHARE) return "ko";
  const counts = { en: 0, de: 0, fr: 0, uk: 0 };
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    const bare = word.replace(/^(?:l|d|qu|n|s|j|c)'/u, "");
    for (const lang of ["en", "de", "fr", "uk"] as const) if (STOP_WORDS[lang].has(bare) || STOP_WORDS[lang].has(word)) counts[lang]++;
  }
  // English wins ties: it is the default, and the language the resolver always reads.
  let best: keyof typeof counts = "en";
  for (const lang of ["de", "fr", "uk"] as const) if (counts[lang] > counts[best]) best = lang;
  return best;
}

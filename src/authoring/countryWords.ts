// Words that stand for a country without naming it, for finding what a statement is about:
// "North Korean supply", "Russian aggression", "what Russia provides to Pyongyang". A reviewed
// table, like the resolver's aliases; only words that mean one country. Never used for signers.

/**
 * Adjectives and demonyms, lower case, to ISO alpha-2. Left out on purpose: words that mean more
 * than one country or something else ("Korean", "Congolese", "Guinean", "Dominican",
 * "Macedonian", "American" is kept: the press means the United States by it).
 */
export const DEMONYMS = {
  afghan: "AF",
  albanian: "AL",
  algerian: "DZ",
  american: "US",
  angolan: "AO",
  argentine: "AR",
  argentinian: "AR",
  armenian: "AM",
  australian: "AU",
  austrian: "AT",
  azerbaijani: "AZ",
  bahraini: "BH",
  bangladeshi: "BD",
  belarusian: "BY",
  belarussian: "BY",
  belgian: "BE",
  bolivian: "BO",
  bosnian: "BA",
  brazilian: "BR",
  british: "GB",
  bulgarian: "BG",
  burkinabe: "BF",
  burmese: "MM",
  burundian: "BI",
  cambodian: "KH",
  cameroonian: "CM",
  canadian: "CA",
  chadian: "TD",
  chilean: "CL",
  chinese: "CN",
  colombian: "CO",
  croatian: "HR",
  cuban: "CU",
  cypriot: "CY",
  czech: "CZ",
  danish: "DK",
  dutch: "NL",
  ecuadorian: "EC",
  egyptian: "EG",
  emirati: "AE",
  eritrean: "ER",
  estonian: "EE",
  ethiopian: "ET",
  filipino: "PH",
  finnish: "FI",
  french: "FR",
  georgian: "GE",
  german: "DE",
  ghanaian: "GH",
  greek: "GR",
  guatemalan: "GT",
  haitian: "HT",
  honduran: "HN",
  hungarian: "HU",
  icelandic: "IS",
  indian: "IN",
  indonesian: "ID",
  iranian: "IR",
  iraqi: "IQ",
  irish: "IE",
  israeli: "IL",
  italian: "IT",
  japanese: "JP",
  jordanian: "JO",
  kazakh: "KZ",
  kenyan: "KE",
  kosovar: "XK",
  kuwaiti: "KW",
  kyrgyz: "KG",
  laotian: "LA",
  latvian: "LV",
  lebanese: "LB",
  libyan: "LY",
  lithuanian: "LT",
  malaysian: "MY",
  malian: "ML",
  maltese: "MT",
  mexican: "MX",
  moldovan: "MD",
  mongolian: "MN",
  montenegrin: "ME",
  moroccan: "MA",
  mozambican: "MZ",
  nepali: "NP",
  nicaraguan: "NI",
  nigerian: "NG",
  nigerien: "NE",
  "north korean": "KP",
  norwegian: "NO",
  omani: "OM",
  pakistani: "PK",
  palestinian: "PS",
  panamanian: "PA",
  paraguayan: "PY",
  peruvian: "PE",
  philippine: "PH",
  polish: "PL",
  portuguese: "PT",
  qatari: "QA",
  romanian: "RO",
  russian: "RU",
  rwandan: "RW",
  salvadoran: "SV",
  saudi: "SA",
  serbian: "RS",
  slovak: "SK",
  slovenian: "SI",
  somali: "SO",
  "south african": "ZA",
  "south korean": "KR",
  "south sudanese": "SS",
  spanish: "ES",
  "sri lankan": "LK",
  sudanese: "SD",
  swedish: "SE",
  swiss: "CH",
  syrian: "SY",
  taiwanese: "TW",
  tajik: "TJ",
  thai: "TH",
  tunisian: "TN",
  turkish: "TR",
  turkmen: "TM",
  ugandan: "UG",
  ukrainian: "UA",
  uruguayan: "UY",
  uzbek: "UZ",
  venezuelan: "VE",
  vietnamese: "VN",
  yemeni: "YE",
  zimbabwean: "ZW",
} as const satisfies Record<string, string>;

/**
 * Capitals that the press writes for their governments ("Pyongyang is seeking", "Moscow's
 * war"). Only where the city is that common a stand-in; Jerusalem is left out (its status is disputed).
 */
export const CAPITALS = {
  moscow: "RU",
  pyongyang: "KP",
  beijing: "CN",
  tehran: "IR",
  minsk: "BY",
  damascus: "SY",
  caracas: "VE",
  managua: "NI",
  havana: "CU",
  kabul: "AF",
  naypyidaw: "MM",
  khartoum: "SD",
  asmara: "ER",
  kyiv: "UA",
  kiev: "UA",
  washington: "US",
  tokyo: "JP",
  seoul: "KR",
  london: "GB",
  paris: "FR",
  berlin: "DE",
  ankara: "TR",
  riyadh: "SA",
  cairo: "EG",
  doha: "QA",
  baku: "AZ",
  yerevan: "AM",
  tbilisi: "GE",
  belgrade: "RS",
  pristina: "XK",
  ottawa: "CA",
  canberra: "AU",
  rome: "IT",
  madrid: "ES",
  warsaw: "PL",
} as const satisfies Record<string, string>;

/** One word that stands for a country in the text. */
export interface CountryWord {
  start: number;
  end: number;
  written: string;
  iso2: string;
  kind: "demonym" | "capital";
}

import { isPartOfLongerName } from "./findNameMentions";

const WORDS = new Map<string, { iso2: string; kind: CountryWord["kind"] }>([
  ...Object.entries(DEMONYMS).map(([word, iso2]) => [word, { iso2, kind: "demonym" as const }] as const),
  ...Object.entries(CAPITALS).map(([word, iso2]) => [word, { iso2, kind: "capital" as const }] as const),
]);

/**
 * Demonyms and capitals standing for countries in `text`, capitalised as names are.
 * @example findCountryWords("North Korean supply to Moscow").map((w) => w.iso2) // ["KP", "RU"]
 */
export function findCountryWords(text: string): CountryWord[] {
  const found: CountryWord[] = [];
  for (const match of text.matchAll(/\b(?:(?:North|South|Sri)\s+)?\p{Lu}\p{Ll}+\b/gu)) {
    const written = match[0];
    const entry = WORDS.get(written.toLowerCase().replace(/\s+/g, " "));
    const index = match.index ?? 0;
    // "Organization of American States" and "Korean Peninsula" name no country.
    if (isPartOfLongerName(text, index, index + written.length)) continue;
    if (entry) {
      found.push({ start: index, end: index + written.length, written, ...entry });
      continue;
    }
    // "South Sudanese" is one demonym; in "North Russian" only the last word is one.
    const lastWord = /\S+$/.exec(written)?.[0] ?? "";
    const single = WORDS.get(lastWord.toLowerCase());
    if (single && lastWord !== written) {
      const start = index + written.length - lastWord.length;
      found.push({ start, end: start + lastWord.length, written: lastWord, ...single });
    }
  }
  return found;
}

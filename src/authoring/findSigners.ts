// Which lists of names are the signers: judged by the words around each list (who "said",
// "issued", "signed"; "the Foreign Ministers of", "on behalf of", "Signatories:"), never by
// collecting every country the text names.
import type { Resolution } from "../countries/types";
import type { ListItem, NameList } from "./findNameLists";

/** A cue in the words around a list, and what it says to the editor. */
interface Cue {
  pattern: RegExp;
  weight: number;
  says: string;
}

const COLLECTIVE =
  "(?:ministers?|governments?|leaders?|heads? of (?:state|government)(?: and (?:of )?(?:state|government))?|representatives?|ambassadors?|delegations?|secretar(?:y|ies)(?: of state)?|presidents?|prime ministers?|premiers?|chancellors?|officials|envoys|diplomats|chiefs|countries|nations|states|member states|members?|partners|signator(?:y|ies)|participants|allies|co-?sponsors|co-?signatories|sponsors|authorities|parliaments?|economies|powers|democracies)";

/** The speakers a German statement names before its list: "die Außenministerinnen und Außenminister", "die Staats- und Regierungschefs von". */
const COLLECTIVE_DE =
  "(?:(?:Außen)?minister(?:innen)?(?:\\s+und\\s+-?(?:Außen)?minister)?|Regierungen|Staats-\\s+und\\s+Regierungschefs|Regierungschefs|Vertreter(?:innen)?|Botschafter(?:innen)?|Staaten|Länder|Ländern|Unterzeichner(?:länder|staaten)?|Delegationen|Partner)";

/** The same in French: "ministres des Affaires étrangères", "chefs d'État et de gouvernement". */
const COLLECTIVE_FR =
  "(?:ministres?(?:\\s+des\\s+Affaires\\s+étrangères)?|gouvernements?|chefs?\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|dirigeants|représentants|ambassadeurs|pays|États|délégations|signataires|partenaires)";

/** Cues before a list, matched at the end of the words before it. */
const LEAD_INS: Cue[] = [
  {
    pattern: new RegExp(
      `${COLLECTIVE}\\s+(?:of|from)(?:\\s+the)?(?:\\s+[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+)?\\s+(?:countries|nations|states|members|economies)(?:\\s+(?:of|from))?)?\\s*(?:[:—–-]+)?\\s*$`,
      "iu",
    ),
    weight: 4,
    says: "introduced as the ones who speak",
  },
  {
    pattern:
      /(?:statement|declaration|communiqu[eé]|letter|appeal|resolution|call|initiative|text|document)\s+(?:was\s+|has been\s+)?(?:(?:jointly\s+)?(?:issued|released|adopted|signed|endorsed|made|published|agreed|delivered)\s+)?(?:by|of|from)(?:\s+the)?\s*$/i,
    weight: 4,
    says: "named as the statement's authors",
  },
  {
    pattern: new RegExp(
      `(?:signed|co-?signed|endorsed|supported|joined|co-?sponsored|sponsored|backed|adopted|agreed|issued|released|delivered|made|initiated|launched|invoked)\\s+(?:on\\s+behalf\\s+of|by)(?:\\s+(?:the\\s+)?(?:top\\s+|foreign\\s+|defen[cs]e\\s+|trade\\s+)?${COLLECTIVE}\\s+(?:of|from))?(?:\\s+the)?\\s*$`,
      "i",
    ),
    weight: 4,
    says: "introduced as the signers",
  },
  { pattern: /on\s+behalf\s+of(?:\s+the)?\s*$/i, weight: 4, says: "spoken on their behalf" },
  { pattern: /\bfollowing\b[^.:]{0,260}:\s*$/i, weight: 4, says: 'introduced as "the following"' },
  {
    pattern:
      /(?:^|[\s(])(?:signatories|signatures|co-?signatures|co-?signatories|signed(?: by)?|endorsed by|joined by|supported by|list of signatories|signatory (?:states|countries|governments)|undersigned|participants)\s*[:—–-]?\s*$/i,
    weight: 4,
    says: "introduced as the signatories",
  },
  {
    pattern:
      /(?:by|of|from)\s+(?:the\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:countries|nations|states|governments)\s*(?:,\s*)?(?:including|namely|:)\s*$/i,
    weight: 3,
    says: "named among the signing countries",
  },
  {
    pattern:
      /(?:countries|nations|states|governments|ministers|leaders|members|allies|partners|signatories|powers|democracies)(?:\s+\S+){0,4}?\s*(?:—|–|--|-)\s*$/i,
    weight: 3,
    says: "set between dashes after the countries",
  },
  {
    pattern: /(?:countries|nations|states|governments|ministers|leaders|members|allies|partners)(?:\s+\S+){0,3}?\s*\(\s*$/i,
    weight: 2,
    says: "given in parentheses after the countries",
  },
  { pattern: /^\s*(?:we|we,)\s*$/i, weight: 3, says: 'the "we" of the statement' },
  // German, French, Ukrainian and Korean: the articles' own words (detectLanguage tells which).
  // "Wir, die Außenminister ...", "Nous, ministres des Affaires étrangères de ...": the comma makes it the speakers, not "Wir bekräftigen".
  { pattern: /^\s*(?:wir,\s*die|nous,|ми,)\s+[^.;:!?]{0,160}$/iu, weight: 4, says: 'the "we" of the statement, with its speakers' },
  {
    pattern: new RegExp(`${COLLECTIVE_DE}(?:\\s+(?:der|des|von|aus)(?:\\s+(?:der|den|dem))?(?:\\s+G\\d+)?)?\\s*$`, "iu"),
    weight: 4,
    says: "introduced as the ones who speak",
  },
  {
    pattern:
      /(?:unterzeichnet|unterschrieben|veröffentlicht|abgegeben|verabschiedet|getragen|unterstützt)\s+(?:von|durch)(?:\s+(?:den|der|dem|die))?\s*$|(?:gemeinsamen?\s+)?Erklärung\s+(?:von|der|des)(?:\s+den)?\s*$|im\s+Namen\s+(?:von|der|des)\s*$|unterzeichneten\s*:?\s*$|Unterzeichner(?:länder|staaten)?\s*:\s*$/iu,
    weight: 4,
    says: "introduced as the signers",
  },
  {
    pattern: new RegExp(`${COLLECTIVE_FR}\\s+(?:de\\s+la|de\\s+l['’]|des|du|de|d['’])\\s*$`, "iu"),
    weight: 4,
    says: "introduced as the ones who speak",
  },
  {
    pattern:
      /(?:sign[ée]e?s?|approuv[ée]e?s?|soutenue?s?|adopt[ée]e?s?|publi[ée]e?s?)\s+par(?:\s+(?:la|le|les|l['’]))?\s*$|(?:déclaration|communiqué)(?:\s+commune?)?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$|au\s+nom\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$|signataires\s*:\s*$/iu,
    weight: 4,
    says: "introduced as the signers",
  },
  { pattern: /(?:підписали|підписана|підписаної|підписаній|заяву\s+підписали|підписанти)\s*:?\s*$/iu, weight: 4, says: "introduced as the signers" },
  {
    pattern: /(?:міністр(?:и|ів)\s+закордонних\s+справ|лідери|глави\s+(?:держав|урядів)(?:\s+(?:і|та)\s+урядів)?|уряди|представники|посли)\s*$/iu,
    weight: 4,
    says: "introduced as the ones who speak",
  },
];

/** Cues that a list is not the signers: what they are against, who did not sign. */
const AGAINST: Cue[] = [
  {
    pattern:
      /\b(?:between|against|on|upon|to|with|into|toward|towards|in|at|over|about|like|such as|than|versus|vs\.?|condemn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|accus(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|invad(?:e|es|ed|ing)|attack(?:s|ed|ing)?|visit(?:s|ed|ing)?|met with|hosted|by|including|except|excluding)(?:\s+the)?\s*$/i,
    weight: -4,
    says: "the object of the sentence, not its speakers",
  },
  {
    pattern: /\b(?:not|abstain\w*|refus\w*|declin\w*|absent|did not|didn't|except|excluding|non-signatories|did not sign|were not)\b[^.]*$/i,
    weight: -4,
    says: "said not to have signed",
  },
  {
    pattern:
      /(?:^|\s)(?:gegen|mit|über|auf|zu|nach|wie|außer|ohne|durch|verurteil\w*|fordern|forderten|contre|avec|sur|à|au|aux|vers|envers|comme|sauf|sans|entre|par|condamn\w*|appel\w*)(?:\s+(?:der|die|das|den|dem|des|la|le|les|l['’]))?\s*$/iu,
    weight: -4,
    says: "the object of the sentence, not its speakers",
  },
];

const STATEMENT_VERB =
  "(?:said|say|says|stated|state|states|issued|issue|issues|released|release|signed|sign|signs|declared|declare|condemned|condemn|condemns|denounced|denounce|urged|urge|urges|called|call|calls|expressed|express|expresses|reaffirmed|reaffirm|reaffirms|agreed|agree|announced|warned|warn|noted|note|stressed|stress|emphasi[sz]ed|welcomed|welcome|welcomes|reiterated|reiterate|affirmed|affirm|demanded|demand|demands|rejected|reject|voiced|joined|join|met|held|slammed|criticized|criticised|accused|pledged|pledge|vowed|vow|committed|commit|opposed|oppose|deplored|deplore|deplores|supported|support|stand|stood|appealed|appeal|adopted|endorsed|launched|recognised|recognized|remain|remained|share|shared|back|backed|backs|are|were)";

/** The verbs a German or French statement's speakers say it with. */
const STATEMENT_VERB_DE_FR =
  "(?:verurteilen|verurteilten|verurteilt|erklären|erklärten|fordern|forderten|bekräftigen|bekräftigten|unterzeichneten|unterzeichnen|kritisieren|kritisierten|begrüßen|begrüßten|rufen|riefen|betonen|betonten|teilten|condamnons|condamnent|condamné|appelons|appellent|déclarons|déclarent|réaffirmons|réaffirment|exhortons|exhortent|signé|soulignons|soulignent|saluons|demandons|dénonçons|dénoncent|exprimons|expriment)";

/** Cues after a list: the list is the subject of a statement verb. */
const LEAD_OUTS: Cue[] = [
  // Korean: the list, then its speakers with a topic or subject particle ("미국, 일본, 한국 외교장관은").
  {
    pattern: /^\s*(?:등\s*)?(?:\d+\s*개국\s*)?(?:외교장관|외무장관|정상|장관|정부|대표|국가)(?:들)?\s*(?:은|는|이|가)(?![\p{L}])/u,
    weight: 4,
    says: "named as the speakers",
  },
  // Ukrainian: the list, then the verb ("Польща, Литва та Латвія засудили").
  {
    pattern: /^\s*,?\s*(?:спільно\s+)?(?:заявили|засудили|закликали|підписали|наголосили|висловили|підтвердили|вимагають|засуджують|закликають)(?![\p{L}])/iu,
    weight: 3,
    says: "the subject of",
  },
  {
    pattern: new RegExp(`^\\s*,?\\s*(?:(?:haben|hat|ont|a|auf\\s+das\\s+Schärfste|aufs\\s+Schärfste)\\s+)?${STATEMENT_VERB_DE_FR}(?![\\p{L}])`, "iu"),
    weight: 3,
    says: "the subject of",
  },
  {
    pattern: new RegExp(
      `^\\s*(?:[)\\]]\\s*|(?:—|–|--|-)\\s*|,\\s*(?=\\p{Ll}))?(?:(?:—|–|--|-)[^—–]{0,100}?(?:—|–|--|-)\\s*|,\\s*[^,]{0,80}?,\\s*)?(?:(?:have|has|had|will|would|also|jointly|together|today|yesterday|all|both|on\\s+\\w+(?:\\s+\\d{1,2})?|in\\s+a\\s+(?:joint\\s+)?statement(?:\\s+(?:on|issued|released)\\s+\\w+)?|in\\s+their\\s+\\w+|\\w+ly)\\s+)*${STATEMENT_VERB}\\b`,
      "iu",
    ),
    weight: 3,
    says: "the subject of",
  },
];

/** A cue anywhere in the sentence: it is about a statement. */
const ABOUT_A_STATEMENT =
  /(?<![\p{L}])(?:joint statement|statement|declaration|communiqu[eé]|letter|Erklärung|Stellungnahme|déclaration|заяв[аиуі]|성명)(?![\p{L}])/iu;

/** A list the extractor takes for signers, with the reasons it gives the editor. */
export interface ScoredList {
  list: NameList;
  score: number;
  reasons: string[];
  taken: boolean;
  /** Taken only because nothing better was found. */
  guessed: boolean;
}

/** Lists that score at least this are signers. */
const THRESHOLD = 4;

/**
 * How strongly the words around a list say it is the list of signers.
 * @example scoreList(list of "the Foreign Affairs Ministers of Albania, ..., said") // { score: 9, reasons: [...] }
 */
export function scoreList(list: NameList): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const before = list.before.replace(/\s+/g, " ");
  const lead = LEAD_INS.find((cue) => cue.pattern.test(before));
  if (lead) {
    score += lead.weight;
    reasons.push(`${lead.says} (${quoteEnd(before)})`);
  } else {
    const against = AGAINST.find((cue) => cue.pattern.test(before));
    if (against) {
      score += against.weight;
      reasons.push(`${against.says} (${quoteEnd(before)})`);
    }
  }
  const leadOut = LEAD_OUTS.find((cue) => cue.pattern.test(list.after));
  if (leadOut) {
    score += leadOut.weight;
    const verb = new RegExp(`${STATEMENT_VERB}|${STATEMENT_VERB_DE_FR}`, "iu").exec(list.after)?.[0] ?? "";
    reasons.push(`${leadOut.says} "${verb}"`);
  }
  if (ABOUT_A_STATEMENT.test(list.before) || ABOUT_A_STATEMENT.test(list.after)) {
    score += 1;
    reasons.push("in a sentence about the statement");
  }
  if (list.linesOfNames) {
    score += 3;
    reasons.push("a list of names, one a line");
    if (/:\s*$/.test(list.before)) score += 1;
  }
  const size = list.items.length;
  score += (size >= 3 ? 1 : 0) + (size >= 6 ? 1 : 0) + (size >= 12 ? 1 : 0);
  return { score, reasons };
}

function quoteEnd(text: string): string {
  const words = text.trim().split(/\s+/).slice(-8).join(" ");
  return `"${words}"`;
}

/**
 * Scores every list of two or more names (or one, when introduced as a signer) and takes those
 * that read as the signers. When none does, the best list above a lower bar is taken as a guess.
 */
export function chooseSignerLists(lists: NameList[]): ScoredList[] {
  const scored = lists.map((list) => {
    const { score, reasons } = scoreList(list);
    const introduced = reasons.length > 0 && score >= THRESHOLD;
    // A lone name is a signer only when the words around it say so ("statement by Japan").
    const taken = score >= THRESHOLD && (list.items.length >= 2 || (introduced && score >= THRESHOLD + 2));
    return { list, score, reasons, taken, guessed: false };
  });
  if (!scored.some((entry) => entry.taken)) {
    const best = scored
      .filter((entry) => entry.list.items.length >= 2 && entry.score >= 2)
      .sort((a, b) => b.score - a.score || b.list.items.length - a.list.items.length)[0];
    if (best) {
      best.taken = true;
      best.guessed = true;
    }
  }
  return scored;
}

/**
 * A key that is the same for two names of one party: its code, or its words for an unknown name.
 * @example partyKey(resolveCountry("the Republic of Moldova"), "the Republic of Moldova") // "country:MD"
 */
export function partyKey(resolution: Resolution, written: string, core?: Resolution): string {
  const known = resolution.ok ? resolution : core?.ok ? core : undefined;
  if (known) return known.kind === "country" ? `country:${known.country.iso2}` : `org:${known.org}`;
  return `name:${written
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")}`;
}

/**
 * The list the signers' order follows: the longest; of equals, the one the words around it
 * introduce most clearly, then one in the body before one in the headline.
 */
export function primaryList(taken: ScoredList[]): ScoredList | undefined {
  return [...taken].sort(
    (a, b) =>
      b.list.items.length - a.list.items.length ||
      b.score - a.score ||
      Number(a.list.firstParagraph < 0) - Number(b.list.firstParagraph < 0) ||
      a.list.firstParagraph - b.list.firstParagraph,
  )[0];
}

/**
 * The signers, each once, in the order of the primary list, then those only other signing
 * lists name, in the text's order. Another list adds only names the resolver knows (a
 * headline's "S. Korea" is no new signer), and where the primary list writes a party in a form
 * the resolver does not know, another list's resolvable form of it is used.
 */
export function mergeSignerLists(taken: ScoredList[]): ListItem[] {
  const primary = primaryList(taken);
  if (!primary) return [];
  const others = taken.filter((entry) => entry !== primary).sort((a, b) => a.list.firstParagraph - b.list.firstParagraph);
  const signers: ListItem[] = [];
  const indexByKey = new Map<string, number>();
  for (const entry of [primary, ...others]) {
    for (const item of entry.list.items) {
      const key = partyKey(item.resolution, item.written, item.core);
      const at = indexByKey.get(key);
      if (at !== undefined) {
        if (!signers[at]?.resolution.ok && item.resolution.ok) signers[at] = item;
        continue;
      }
      if (entry !== primary && !item.resolution.ok) continue;
      indexByKey.set(key, signers.length);
      signers.push(item);
    }
  }
  return signers;
}

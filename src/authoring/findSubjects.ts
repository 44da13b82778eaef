// The countries a statement is about: those it condemns, calls on, accuses, whose aggression or
// violations it names. Victims ("against Ukraine", "Ukraine's territorial integrity") and the
// signers themselves are not subjects.
import { countryByIso } from "../countries/resolveCountry";
import { findCountryWords } from "./countryWords";
import { findNameMentions } from "./findNameMentions";
import type { TextUnit } from "./findNameLists";
import { splitSentences } from "./splitSentences";
import type { SubjectGuess } from "./types";

/** A reference to a country in a sentence: a name, a demonym or a capital. */
interface Reference {
  iso2: string;
  start: number;
  end: number;
  written: string;
  noun: boolean;
}

/** Verbs and phrases whose object is what the statement is against. */
const TRIGGER =
  /\b(?:condemn(?:s|ed|ing|ation\s+of)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|accus(?:e|es|ed|ing)|hold(?:s|ing)?|held|sanction(?:s|ed|ing)?|press(?:es|ed|ing)?|warn(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slam(?:s|med|ming)?|rap(?:s|ped)?|concern(?:s|ed)?\s+(?:about|over|at|by|with)|alarm(?:ed)?\s+(?:at|by)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|protest(?:s|ed|ing)?)\b/gi;

/**
 * The same verbs in German and French (detectLanguage tells an article's language; the words do
 * not occur in English): "verurteilen", "fordern ... auf", "condamnons", "appelons ... à".
 */
const TRIGGER_DE_FR =
  /(?<![\p{L}])(?:verurteil(?:en|t|te|ten)|fordern|fordert|forderten|auffordern|rufen|riefen|kritisier(?:en|t|te|ten)|appellier(?:en|t|te|ten)\s+an|warnen|warnten|condamn(?:ons|ent|e|é|ée|er|ait)|appel(?:ons|lent|le|é)|exhort(?:ons|ent|e)|dénon(?:çons|cent|ce|cé)|demand(?:ons|ent)\s+(?:à|au|aux)|déplor(?:ons|ent|e)|somm(?:ons|ent))(?![\p{L}])/giu;

/**
 * Victims in German and French: "gegen die Ukraine", "Solidarität mit Japan", "contre l'Ukraine",
 * "solidarité avec le Japon", "intégrité territoriale de l'Ukraine".
 */
const VICTIM_BEFORE_DE_FR =
  /(?:gegen|Solidarität\s+mit|Unterstützung\s+(?:für|der|des)|Souveränität|Integrität|contre|solidarité\s+avec|soutien\s+(?:à|au|aux)|souveraineté|intégrité\s+territoriale)(?:\s+(?:de|du|des|d['’]))?(?:\s+(?:der|die|das|den|dem|des|la|le|les|l['’]))?\s*$/iu;

/** Words for what the statement condemns, after a possessive or an adjective: "Russia's war", "Russian aggression". */
const WRONG_AFTER =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:war|aggression|invasion|attacks?|strikes?|launch(?:es)?|missiles?|nuclear|programm?es?|tests?|provocations?|violations?|supply|supplies|transfers?|occupation|annexation|actions|crackdown|repression|abuses|atrocities|crimes|blockade|settlements?|forces|troops|military|regime|shipments?|weapons|drones|arms|hostilities|bombardment|shelling|interference|disinformation|hacking|cyberattacks?|escalation|threats?)\b/iu;

/** Where the wrongs happen: "the human rights situation in Belarus", "violations of ... freedoms in Belarus". */
const WRONGS_IN = /\b(?:human rights\s+(?:situation|crisis|record)|violations?|abuses|repression|crackdown|atrocities)\b[^.;]{0,50}?\bin\s+(?:the\s+)?$/i;

/** A country as the agent after a wrong: "missiles supplied by North Korea", "aid to Russia by Iran". */
const AGENT_BEFORE =
  /(?:supplied|provided|launched|fired|committed|perpetrated|carried out|attacks?|aggression|violations?|provision|transfers?|support|aid|weapons|missiles|components|drones|shipments?|sent|used)\b[^.;]{0,60}?\b(?:by|from)\s+(?:the\s+)?$/i;

/** A country as the subject of a hostile act: "Russia launched", "Pyongyang is seeking". */
const ACTS_AFTER =
  /^\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|continues\s+to\s+|continued\s+to\s+|also\s+|again\s+|repeatedly\s+)?(?:launch(?:ed|es)?|fir(?:ed|es)|invad(?:ed|es)|attack(?:ed|s)|violat(?:ed|es)|test-fired|seiz(?:ed|es)|detain(?:ed|s)|occup(?:ied|ies)|annex(?:ed|es)|bomb(?:ed|s)|shell(?:ed|s)|kill(?:ed|s)|deploy(?:ed|s)|provid(?:ed|es)|suppl(?:ied|ies)|transferred|sen[dt]s?|threaten(?:ed|s)?|refus(?:ed|es)|den(?:ied|ies)|block(?:ed|s)|arrest(?:ed|s)|repress(?:ed|es)|us(?:ed|es)|wag(?:ed|es)|escalat(?:ed|es)|seeking|sought|imposed?|imposes)\b/i;

/**
 * Words before a country that make it the victim or the one supported: "aggression against
 * Ukraine", "the territorial integrity of Ukraine", "in support of Ukraine". A bare "on" or
 * "against" is no sign: "sanctions on Russia", "measures against Iran".
 */
const VICTIM_BEFORE =
  /(?:(?:war|aggression|attacks?|strikes?|violence|crimes?|assault|invasion|campaign|hostilities|missiles?|drones?|bombardment|shelling|threats?)\s+(?:[\p{L}-]+\s+){0,3}?(?:against|on|upon|in|toward|towards)|in support of|support (?:for|to)|supporting|solidarity with|(?:people|sovereignty|integrity|independence|territor(?:y|ies)|borders|defen[cs]e|citizens|children|invasion|occupation|annexation) of|help(?:ing)?|return(?:ed)? to|stand(?:s|ing)? (?:with|by))\s+(?:the\s+)?$/iu;

/** Words after a country that make it the victim: "Ukraine's territorial integrity". */
const VICTIM_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:sovereignty|territorial|integrity|independence|people|citizens|civilians|defen[cs]e|right|rights|cities|ports|energy|reconstruction|recovery|children|territory|borders)\b/iu;

/** "With regard to Syria, we condemn...": the country is what the sentence's condemnation is about. */
const TOPIC_BEFORE = /(?:with regard to|regarding|concerning|as regards|as for|in relation to|on the situation in|on)\s+(?:the\s+)?$/i;

/** How much of the sentence around a reference the tests read, in characters. */
const WINDOW = 240;

/** References to one country read for evidence: past this many, more of the same changes nothing. */
const MAX_REFERENCES_READ = 40;

/** How far after a trigger its object may reach, in characters. */
const OBJECT_REACH = 180;

/**
 * The countries a statement is about, excluding its signers, each with why it was taken, in
 * the order the text first gives a reason.
 * @example findSubjects(units of the seed, new Set(["AL", ..., "US"])).map((s) => s.written) // ["North Korea", "Russia"]
 */
export function findSubjects(units: TextUnit[], signers: ReadonlySet<string>, skip: (unit: number, start: number, end: number) => boolean): SubjectGuess[] {
  // Per country: where its first reason stands, up to three reasons, and reasons less victim readings.
  const evidence = new Map<string, { first: number; reasons: string[]; score: number }>();
  const nounForms = new Map<string, string>();
  let order = 0;
  const read = new Map<string, number>();
  const note = (iso2: string, reason: string, weight: number) => {
    const entry = evidence.get(iso2) ?? { first: Number.POSITIVE_INFINITY, reasons: [], score: 0 };
    entry.score += weight;
    if (weight > 0) {
      entry.first = Math.min(entry.first, order);
      if (entry.reasons.length < 3) entry.reasons.push(reason);
    }
    evidence.set(iso2, entry);
  };
  for (const unit of units) {
    const references = referencesIn(unit, skip);
    for (const reference of references) {
      if (reference.noun && !nounForms.has(reference.iso2)) nounForms.set(reference.iso2, reference.written);
    }
    for (const sentence of splitSentences(unit.text)) {
      const inSentence = references.filter((ref) => ref.start >= sentence.start && ref.end <= sentence.end);
      const triggers = [...sentence.text.matchAll(TRIGGER), ...sentence.text.matchAll(TRIGGER_DE_FR)]
        .map((match) => ({ at: sentence.start + (match.index ?? 0) + match[0].length, word: match[0] }))
        .sort((a, b) => a.at - b.at);
      for (const ref of inSentence) {
        order++;
        if (signers.has(ref.iso2)) continue;
        const times = (read.get(ref.iso2) ?? 0) + 1;
        read.set(ref.iso2, times);
        if (times > MAX_REFERENCES_READ) continue;
        const where = unit.paragraph === -1 ? "headline" : `paragraph ${unit.paragraph + 1}`;
        // Windows, not the whole sentence: a 200 KB "sentence" must not make every test read it all.
        const before = unit.text.slice(Math.max(sentence.start, ref.start - WINDOW), ref.start);
        const after = unit.text.slice(ref.end, Math.min(sentence.end, ref.end + WINDOW));
        if (VICTIM_BEFORE.test(before) || VICTIM_AFTER.test(after) || VICTIM_BEFORE_DE_FR.test(before)) {
          note(ref.iso2, "", -1);
          continue;
        }
        const trigger = lastBefore(triggers, ref.start);
        if (trigger && !/[;:]/.test(unit.text.slice(trigger.at, ref.start)))
          note(ref.iso2, `${where}: ${excerpt(unit.text, trigger.at - trigger.word.length, ref.end)}`, 2);
        else if (AGENT_BEFORE.test(before)) note(ref.iso2, `${where}: ${excerpt(unit.text, Math.max(sentence.start, ref.start - 50), ref.end)}`, 2);
        else if (TOPIC_BEFORE.test(before) && triggers.some((t) => t.at > ref.end))
          note(ref.iso2, `${where}: ${excerpt(unit.text, Math.max(sentence.start, ref.start - 20), ref.end + 40)}`, 2);
        else if (WRONGS_IN.test(before)) note(ref.iso2, `${where}: ${excerpt(unit.text, Math.max(sentence.start, ref.start - 60), ref.end)}`, 1);
        else if (WRONG_AFTER.test(after)) note(ref.iso2, `${where}: ${excerpt(unit.text, ref.start, ref.end + (WRONG_AFTER.exec(after)?.[0].length ?? 0))}`, 1);
        else if (ACTS_AFTER.test(after)) note(ref.iso2, `${where}: ${excerpt(unit.text, ref.start, ref.end + (ACTS_AFTER.exec(after)?.[0].length ?? 0))}`, 1);
      }
    }
  }
  return [...evidence.entries()]
    .filter(([, entry]) => entry.reasons.length > 0 && entry.score >= 1)
    .sort((a, b) => a[1].first - b[1].first)
    .map(([iso2, entry]) => {
      const noun = nounForms.get(iso2);
      const written = noun ?? countryByIso(iso2)?.name ?? iso2;
      const reasons = noun ? entry.reasons : [...entry.reasons, `the text never names it; written as "${written}"`];
      return { written, iso2, reasons };
    });
}

/** Names, demonyms and capitals of countries in a unit, outside the signing lists. */
function referencesIn(unit: TextUnit, skip: (unit: number, start: number, end: number) => boolean): Reference[] {
  const references: Reference[] = [];
  for (const mention of findNameMentions(unit.text, unit.lang)) {
    if (!mention.resolution.ok || mention.resolution.kind !== "country") continue;
    if (skip(unit.paragraph, mention.start, mention.end)) continue;
    const the = /(?:^|[^\p{L}])(the\s+)$/iu.exec(unit.text.slice(Math.max(0, mention.start - 5), mention.start))?.[1] ?? "";
    const start = mention.start - the.length;
    references.push({ iso2: mention.resolution.country.iso2, start, end: mention.end, written: unit.text.slice(start, mention.end), noun: true });
  }
  for (const word of findCountryWords(unit.text)) {
    if (skip(unit.paragraph, word.start, word.end)) continue;
    if (references.some((ref) => ref.start < word.end && word.start < ref.end)) continue;
    references.push({ iso2: word.iso2, start: word.start, end: word.end, written: word.written, noun: false });
  }
  return references.sort((a, b) => a.start - b.start);
}

/** The last trigger that ends before `at` and reaches it. Triggers are in text order. */
function lastBefore(triggers: { at: number; word: string }[], at: number): { at: number; word: string } | undefined {
  let found: { at: number; word: string } | undefined;
  for (const trigger of triggers) {
    if (trigger.at > at) break;
    found = trigger;
  }
  return found && at - found.at <= OBJECT_REACH ? found : undefined;
}

function excerpt(text: string, start: number, end: number): string {
  const words = text.slice(Math.max(0, start), end).replace(/\s+/g, " ").trim();
  return `"${words.length > 90 ? `${words.slice(0, 40)} … ${words.slice(-40)}` : words}"`;
}

// What the map shows, in two or three sentences (issue #25): map.png's alt text, the pages'
// og:image:alt and the map's accessible description. Written as an editor would caption it: a
// world region where most states signed is named as a region, with its notable absentees; the
// rest are named, the most notable first, and long lists are cut short with a count.
import { countParties } from "./countParties";
import { membersOn, referenceGroups } from "../countries/referenceGroups";
import { sovereignOf } from "../countries/territories";
import { formatDate, formatList, regionName, sortByName, sortNames } from "../i18n/format";
import type { Statement } from "../statement/types";
import type { Categorised } from "./categorise";
import type { Locale } from "./locale";

/** How many of a region's absentees are named before the rest are counted. */
export const ABSENTEES_NAMED_MAX = 3;
/** How many signatories outside the regions summed up are named before the rest are counted. */
export const OTHERS_NAMED_MAX = 5;
/** How many later signatories are named; more are counted. */
export const JOINED_NAMED_MAX = 3;
/** A region is "most of" it when at least this share of its states (subjects and later signatories aside) signed. */
export const MOST_OF_REGION = 2 / 3;
/** A region with fewer states than this left to count is never summed up as a region. */
const REGION_STATES_MIN = 3;
/** Antarctica has no states: never a region of signatories. */
const NO_STATES_REGION = "Antarctic";

/** A world region where most states signed: its states that signed, those that did not, and which of those the words name. */
export interface RegionPart {
  /** The country table's region ("Europe"). */
  region: string;
  signed: string[];
  absent: string[];
  /** The absentees named, the most notable; the rest are counted. */
  named: string[];
}

/** What the description says, as ISO codes; describeMap puts it into words. */
export interface MapDescription {
  regions: RegionPart[];
  /** The signatories outside those regions (territories signing in their own name among them): all of them, and those named. */
  others: { all: string[]; named: string[] };
  /** Later signatories: all, those named (none when they are counted), and their date when they share one. */
  joined: { all: string[]; named: string[]; date: string | null };
  subjects: string[];
}

/**
 * The description's content: which regions are summed up, who is named and who is counted.
 * Notability is membership of the reference groups (EU, NATO, G7, the UN Security Council) on
 * the statement's date: the countries a reader looks for first.
 * @example mapDescription(seed, categorise(seed), locale).regions[0] // { region: "Europe", signed: [37 codes], absent: ["BA", "BY", …], named: ["HU", "SK", "CH"] }
 */
export function mapDescription(statement: Statement, categorised: Categorised, locale: Pick<Locale, "lang" | "nameOf" | "countryOf" | "isos">): MapDescription {
  const { byIso, coveredBy, joinedOn } = categorised;
  const signed = [...byIso].filter(([iso, category]) => category === "signatory" && !coveredBy.has(iso)).map(([iso]) => iso);
  const signedSet = new Set(signed);
  const subjects = statement.subjects.map((subject) => subject.iso2);
  const groups = referenceGroups.map((group) => new Set(membersOn(group.id, statement.date)));
  const notability = (iso: string) => groups.filter((members) => members.has(iso)).length;
  /** The most notable first, then by name in the reader's language. */
  const ranked = (isos: readonly string[]) =>
    sortByName(isos, locale.nameOf, locale.lang)
      .map((iso, order) => ({ iso, order, score: notability(iso) }))
      .sort((a, b) => b.score - a.score || a.order - b.order);

  const statesByRegion = new Map<string, string[]>();
  for (const iso of locale.isos) {
    const region = locale.countryOf(iso)?.region;
    if (!region || region === NO_STATES_REGION || sovereignOf(iso) !== null || byIso.get(iso) === "subject" || joinedOn.has(iso)) continue;
    statesByRegion.set(region, [...(statesByRegion.get(region) ?? []), iso]);
  }
  const regions: RegionPart[] = [];
  for (const [region, states] of statesByRegion) {
    const signedHere = states.filter((iso) => signedSet.has(iso));
    if (states.length < REGION_STATES_MIN || signedHere.length < MOST_OF_REGION * states.length) continue;
    const absent = states.filter((iso) => !signedSet.has(iso));
    const order = ranked(absent);
    const notable = order.filter((entry) => entry.score > 0);
    const named =
      absent.length <= ABSENTEES_NAMED_MAX ? absent : (notable.length > 0 ? notable : order).slice(0, ABSENTEES_NAMED_MAX).map((entry) => entry.iso);
    regions.push({ region, signed: signedHere, absent, named });
  }
  regions.sort((a, b) => b.signed.length - a.signed.length || (a.region < b.region ? -1 : 1));

  const inRegions = new Set(regions.flatMap((part) => part.signed));
  const others = signed.filter((iso) => !inRegions.has(iso));
  const joined = [...joinedOn.keys()];
  const dates = new Set(joinedOn.values());
  return {
    regions,
    others: {
      all: others,
      named: ranked(others)
        .slice(0, OTHERS_NAMED_MAX)
        .map((entry) => entry.iso),
    },
    joined: { all: joined, named: joined.length <= JOINED_NAMED_MAX ? joined : [], date: dates.size === 1 ? [...dates][0]! : null },
    subjects,
  };
}

/**
 * What the map shows, in the locale's language: who signed and when, where (by region where most
 * of one signed), who joined later, who the statement is about.
 * @example describeMap(seed, categorise(seed), ["EU"], englishLocale)
 *   // "48 countries and the EU signed on 10 January 2024: most of Europe (except Hungary, Slovakia, Switzerland, and 5 others), Argentina, Canada,
 *   //  Japan, South Korea, United States, and 6 others. Micronesia and Paraguay joined on 12 January 2024. North Korea and Russia are the subjects of the statement."
 */
export function describeMap(
  statement: Statement,
  categorised: Categorised,
  orgLabels: readonly string[],
  locale: Pick<Locale, "lang" | "messages" | "nameOf" | "countryOf" | "isos">,
): string {
  const { lang, messages, nameOf } = locale;
  const description = mapDescription(statement, categorised, locale);
  /** Names in the reader's order, then the count of the rest: items(["SK", "HU"], 6) → ["Hungary", "Slovakia", "6 others"]. */
  const items = (isos: readonly string[], more: number) => [...sortNames(isos.map(nameOf), lang), ...(more > 0 ? [messages.altOthers(more)] : [])];
  const list = (isos: readonly string[], more = 0) => formatList(items(isos, more), lang);

  const { regions, others, joined, subjects } = description;
  const where = [
    ...regions.map(({ region, absent, named }) =>
      absent.length === 0
        ? messages.altRegionAll(regionName(region, lang))
        : messages.altRegionMost(regionName(region, lang), list(named, absent.length - named.length)),
    ),
    ...items(others.named, others.all.length - others.named.length),
  ];
  return [
    messages.altSigned(
      messages.signedPhrase(countParties(statement, statement.signatories), [...orgLabels]),
      formatDate(statement.date, lang),
      formatList(where, lang),
    ),
    joined.all.length > 0 ? messages.altJoined(list(joined.named), joined.all.length, joined.date === null ? null : formatDate(joined.date, lang)) : "",
    subjects.length > 0 ? messages.altSubjects(list(subjects), subjects.length) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

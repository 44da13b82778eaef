import { GROUP_OF_ORG, type GroupId } from "../countries/referenceGroups";
import { sovereignName, sovereignOf } from "../countries/territories";
import type { OrgCode } from "../countries/types";
import { compareCodes, formatDate, formatList, sortNames } from "../i18n/format";
import type { Statement, StatementProblem } from "../statement/types";
import { categorise, categoryOf, type Categorised, type Category } from "./categorise";
import { countParties } from "./countParties";
import { organisationLabel } from "./organisationLabel";
import { describeStatus } from "./describeCountry";
import { describeMap } from "./describeMap";
import { groupSignatories, type RegionGroup } from "./groupSignatories";
import { summariseGroups, type GroupSummary } from "./groupSummaries";
import type { Locale } from "./locale";
import type { PreparedStatement } from "./preparedStatement";

/** A legend line: its category's swatch and words with a count ("48 countries + the EU signed"). */
export interface LegendEntry {
  category: Category;
  text: string;
}

/** How one country stands, in words, for its tooltip and its accessible name. */
export interface CountryStatus {
  name: string;
  /** "Signed", "Joined on 12 January 2024", "Subject of the statement", "Did not sign", "Part of the Kingdom of Denmark, which signed". */
  status: string;
  /** "France: Signed", the shape's accessible name. */
  label: string;
}

/** An organisation that signed, as the statement writes it, and what choosing it says. */
export interface OrganisationEntry {
  code: OrgCode;
  written: string;
  /** What its entry in the list says: `written` in the statement's language, else its name in the page's (organisationLabel). */
  label: string;
  /** Its name in the page's language ("Council of Europe"). */
  name: string;
  /** "The EU signed as an organisation; of its members, Hungary and Slovakia did not sign as countries." Empty where its members are not on record. */
  note: string;
  /** The group whose members its entry outlines on the map, and those members, where on record. */
  group: GroupId | null;
  members: string[] | null;
}

/** How many later signatories of one date the context line names before it counts them instead. */
const CONTEXT_NAMES_MAX = 3;

/** Everything the page shows about a statement, derived once per statement and language; components only draw it. */
export interface StatementView {
  statement: Statement;
  warnings: StatementProblem[];
  categorised: Categorised;
  /** One line under the headline: who signed, when, how many, who joined later. */
  context: string;
  legend: LegendEntry[];
  /** A line under the legend, when territories are coloured with their state. */
  legendNote: string;
  /** The map's description for screen readers (describeMap): who signed, where, who joined later, the subjects. */
  mapSummary: string;
  statusOf: (iso: string) => CountryStatus;
  /** One or two sentences on a chosen country: what it did and where the statement says so. */
  standingOf: (iso: string) => string;
  signatoryGroups: RegionGroup[];
  organisations: OrganisationEntry[];
  groupSummaries: GroupSummary[];
  subjects: { iso: string; name: string }[];
  /** How the list relates to the count the source states, and the later versions of the list. */
  versionStory: string[];
  /** With compare=ID: the two statements and who signed which; absent for one statement. */
  comparison?: Comparison;
}

/** Two statements on one map: which is which, and the countries (and organisations) in each part. */
export interface Comparison {
  first: { id: string; title: string; date: string };
  second: { id: string; title: string; date: string };
  /** Each part's entries, sorted by name in the page's language; organisations by their written name. */
  parts: { part: "both" | "first" | "second"; heading: string; countries: { iso: string; name: string }[]; organisations: string[] }[];
}

/**
 * Derives the page's view of a prepared statement: deriveStatementView(seed, englishLocale).context →
 * "48 countries and the EU signed on 10 January 2024; Micronesia and Paraguay joined on 12 January 2024".
 */
export function deriveStatementView({ statement, warnings, orgs }: PreparedStatement, locale: Locale): StatementView {
  const { messages, lang, nameOf } = locale;
  const categorised = categorise(statement);
  // Organisations by name in the page's language; the EU by its code, which each language writes its way.
  const orgLabel = (code: OrgCode) => (code === "EU" ? "EU" : (orgs[code]?.names[lang] ?? orgs[code]?.names.en ?? code));
  const orgLabels = categorised.organisations.map(orgLabel);
  // What the counts count (countParties): "16 countries and 2 territories", "44 members".
  const firstSigners = countParties(statement, statement.signatories);
  const signed = messages.signedPhrase(firstSigners, orgLabels);
  const joinedCount = (date: string) =>
    countParties(
      statement,
      statement.additions.filter((addition) => addition.date === date),
    );
  const dateOf = (iso: string) => formatDate(categorised.joinedOn.get(iso) ?? statement.date, lang);
  const names = (isos: readonly string[]) => formatList(sortNames(isos.map(nameOf), lang), lang);

  const namesOn = new Map<string, string[]>();
  for (const addition of statement.additions) {
    const name = addition.kind === "country" ? nameOf(addition.iso2) : addition.written;
    namesOn.set(addition.date, [...(namesOn.get(addition.date) ?? []), name]);
  }
  const context = [
    messages.contextSigned(signed, formatDate(statement.date, lang)),
    // A few later signatories are named; a long list is counted, so the context stays one line (the list names them).
    ...[...namesOn]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([date, names]) =>
        names.length > CONTEXT_NAMES_MAX
          ? messages.legendJoined(joinedCount(date), formatDate(date, lang))
          : messages.contextJoined(formatList(names, lang), formatDate(date, lang)),
      ),
  ].join(messages.clauseSeparator);

  const legend: LegendEntry[] = [{ category: "signatory", text: messages.legendSignatories(firstSigners, orgLabels) }];
  for (const { date } of categorised.additions) legend.push({ category: "joined", text: messages.legendJoined(joinedCount(date), formatDate(date, lang)) });
  if (categorised.subjects > 0) legend.push({ category: "subject", text: messages.legendSubjects(categorised.subjects) });
  legend.push({ category: "other", text: messages.legendOther });

  const subjects = statement.subjects.map((subject) => ({ iso: subject.iso2, name: nameOf(subject.iso2) }));
  // The same words as map.png's alt text and the pages' og:image:alt (issue #25).
  const mapSummary = describeMap(statement, categorised, orgLabels, locale);

  // A territory's standing is its state's, in words: "Part of the Kingdom of Denmark, which signed".
  const sovereignLabel = (sovereign: string) => (lang === "en" ? (sovereignName(sovereign) ?? nameOf(sovereign)) : nameOf(sovereign));
  const coveredStatus = (sovereign: string) => {
    switch (categoryOf(categorised, sovereign)) {
      case "joined":
        return messages.coveredJoined(sovereignLabel(sovereign), dateOf(sovereign));
      case "subject":
        return messages.coveredSubject(sovereignLabel(sovereign));
      default:
        return messages.coveredSigned(sovereignLabel(sovereign));
    }
  };

  // A territory that signed in its own right says so, and whose territory it is (issue #27).
  const ownRightSovereign = (iso: string, category: Category) => (category === "signatory" || category === "joined" ? sovereignOf(iso) : null);

  const statuses = new Map<string, CountryStatus>();
  const statusOf = (iso: string): CountryStatus => {
    let status = statuses.get(iso);
    if (!status) {
      const name = nameOf(iso);
      const sovereign = categorised.coveredBy.get(iso);
      const category = categoryOf(categorised, iso);
      const described = describeStatus(category, messages, lang, categorised.joinedOn.get(iso));
      const ownSovereign = ownRightSovereign(iso, category);
      const words = sovereign ? coveredStatus(sovereign) : ownSovereign ? messages.statusOwnRight(described, sovereignLabel(ownSovereign)) : described;
      statuses.set(iso, (status = { name, status: words, label: `${name}: ${words}` }));
    }
    return status;
  };

  const groupSummaries = summariseGroups(categorised, statement.date, locale);
  const signedCountries = new Set(
    [...categorised.byIso].filter(([iso, c]) => (c === "signatory" || c === "joined") && !categorised.coveredBy.has(iso)).map(([iso]) => iso),
  );
  const organisations = categorised.organisations.map((code): OrganisationEntry => {
    const members = orgs[code]?.members ?? null;
    const notSigned = members?.filter((iso) => !signedCountries.has(iso) && categoryOf(categorised, iso) !== "subject") ?? [];
    const written = writtenOrg(statement, code);
    return {
      code,
      written,
      label: organisationLabel(written, statement.lang, orgs[code], lang),
      name: orgLabel(code) === "EU" ? (orgs[code]?.names[lang] ?? orgs[code]?.names.en ?? code) : orgLabel(code),
      note:
        members === null
          ? ""
          : notSigned.length > 0
            ? messages.orgMembersNotSigned(orgLabel(code), names(notSigned))
            : messages.orgAllMembersSigned(orgLabel(code)),
      group: members === null ? null : (GROUP_OF_ORG[code] ?? null),
      members,
    };
  });

  const standingOf = (iso: string): string => {
    const name = nameOf(iso);
    const party = partyOf(statement, iso);
    const sovereign = categorised.coveredBy.get(iso);
    if (sovereign) return messages.standingCovered(name, coveredStatus(sovereign));
    switch (categoryOf(categorised, iso)) {
      case "signatory":
        return messages.standingSigned(name, formatDate(statement.date, lang), party?.written ?? name);
      case "joined": {
        const addition = statement.additions.find((a) => a.kind === "country" && a.iso2 === iso);
        return messages.standingJoined(name, dateOf(iso), party?.written ?? name, addition?.source.name ?? "");
      }
      case "subject":
        return messages.standingSubject(name, party?.written ?? name);
      default: {
        // A country that did not sign may still be spoken for by an organisation it belongs to.
        const viaOrg = organisations.find((org) => org.members?.includes(iso));
        const other = messages.standingOther(name);
        return viaOrg ? `${other} ${messages.standingInSigningOrg(orgLabel(viaOrg.code), viaOrg.written)}` : other;
      }
    }
  };

  const versionStory: string[] = [];
  if (statement.statedCount !== undefined) versionStory.push(messages.versionStated(statement.statedCount, firstSigners));
  for (const [date, names] of namesOn) {
    const source = statement.additions.find((a) => a.date === date)?.source.name ?? "";
    versionStory.push(messages.versionAdditions(formatList(names, lang), formatDate(date, lang), source));
  }

  // Each signatory's entry names the territories its signature covers.
  const coveredOf = new Map<string, string[]>();
  for (const [territory, sovereign] of categorised.coveredBy) coveredOf.set(sovereign, [...(coveredOf.get(sovereign) ?? []), territory]);
  const signatoryGroups = groupSignatories(statement, locale.countryOf, nameOf, lang).map((group) => ({
    region: group.region,
    entries: group.entries.map((entry) => {
      const ownSovereign = sovereignOf(entry.iso);
      return {
        ...entry,
        ...(coveredOf.has(entry.iso) ? { territories: names(coveredOf.get(entry.iso)!) } : {}),
        ...(ownSovereign ? { ownRight: messages.entryOwnRight(sovereignLabel(ownSovereign)) } : {}),
      };
    }),
  }));
  const ownRightTerritories = signatoryGroups.some((group) => group.entries.some((entry) => entry.ownRight));

  return {
    statement,
    warnings,
    categorised,
    context,
    legend,
    // The note on territories shown with their state must not contradict one shown as itself.
    legendNote: categorised.coveredBy.size === 0 ? "" : ownRightTerritories ? messages.legendTerritoriesOwnRight : messages.legendTerritories,
    mapSummary,
    statusOf,
    standingOf,
    signatoryGroups,
    organisations,
    groupSummaries,
    subjects,
    versionStory,
  };
}

/** How an organisation signed, as the source writes it ("the High Representative of the European Union"). */
function writtenOrg(statement: Statement, code: OrgCode): string {
  const party = [...statement.signatories, ...statement.additions].find((p) => p.kind === "org" && p.org === code);
  return party?.written ?? code;
}

/** The statement's entry for a country: where it signed, joined or is named as a subject. */
function partyOf(statement: Statement, iso: string) {
  return [...statement.signatories, ...statement.additions, ...statement.subjects].find((p) => p.kind === "country" && p.iso2 === iso);
}

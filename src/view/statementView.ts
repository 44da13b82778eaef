import { GROUP_OF_ORG, hasDataFor, membersOn, referenceGroups, type GroupId } from "../countries/referenceGroups";
import type { OrgCode } from "../countries/types";
import { formatDate, formatList } from "../i18n/format";
import type { Statement, StatementProblem } from "../statement/types";
import { categorise, categoryOf, type Categorised, type Category } from "./categorise";
import { describeStatus } from "./describeCountry";
import { groupSignatories, type RegionGroup } from "./groupSignatories";
import { summariseGroups, type GroupSummary } from "./groupSummaries";
import type { Locale } from "./locale";

/** A legend line: its category's swatch and words with a count ("48 countries + the EU signed"). */
export interface LegendEntry {
  category: Category;
  text: string;
}

/** How one country stands, in words, for its tooltip and its accessible name. */
export interface CountryStatus {
  name: string;
  /** "Signed", "Joined on 12 January 2024", "Subject of the statement", "Did not sign". */
  status: string;
  /** "France: Signed", the shape's accessible name. */
  label: string;
}

/** An organisation that signed, as the statement writes it, and what choosing it says. */
export interface OrganisationEntry {
  code: OrgCode;
  written: string;
  /** "The EU signed as an organisation; of its member states, Hungary and Slovakia did not sign as countries." */
  note: string;
  /** The reference group whose members its entry outlines on the map, if the data has one. */
  group: GroupId | null;
}

/** Everything the page shows about a statement, derived once per statement and language; components only draw it. */
export interface StatementView {
  statement: Statement;
  warnings: StatementProblem[];
  categorised: Categorised;
  /** One line under the headline: who signed, when, how many, who joined later. */
  context: string;
  legend: LegendEntry[];
  /** The map's description for screen readers. */
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
}

/**
 * Derives the page's view of a statement: deriveStatementView(seed, [], englishLocale).context →
 * "48 countries and the EU signed on 10 January 2024; Micronesia and Paraguay joined on 12 January 2024."
 */
export function deriveStatementView(statement: Statement, warnings: StatementProblem[], locale: Locale): StatementView {
  const { messages, lang, nameOf } = locale;
  const categorised = categorise(statement);
  const orgCodes = categorised.organisations;
  const signed = messages.signedPhrase(categorised.signatoryCountries, orgCodes);

  const namesOn = new Map<string, string[]>();
  for (const addition of statement.additions) {
    const name = addition.kind === "country" ? nameOf(addition.iso2) : addition.written;
    namesOn.set(addition.date, [...(namesOn.get(addition.date) ?? []), name]);
  }
  const context = [
    messages.contextSigned(signed, formatDate(statement.date, lang)),
    ...[...namesOn].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => messages.contextJoined(formatList(names, lang), formatDate(date, lang))),
  ].join("; ");

  const legend: LegendEntry[] = [{ category: "signatory", text: messages.legendSignatories(categorised.signatoryCountries, orgCodes) }];
  for (const { date, count } of categorised.additions) legend.push({ category: "joined", text: messages.legendJoined(count, formatDate(date, lang)) });
  if (categorised.subjects > 0) legend.push({ category: "subject", text: messages.legendSubjects(categorised.subjects) });
  legend.push({ category: "other", text: messages.legendOther });

  const subjects = statement.subjects.map((subject) => ({ iso: subject.iso2, name: nameOf(subject.iso2) }));
  const everyoneWhoSigned = messages.signedPhrase(categorised.signatoryCountries + categorised.joinedOn.size, orgCodes);
  const mapSummary = messages.mapSummary(everyoneWhoSigned, formatList(subjects.map((s) => s.name), lang), subjects.length);

  const statuses = new Map<string, CountryStatus>();
  const statusOf = (iso: string): CountryStatus => {
    let status = statuses.get(iso);
    if (!status) {
      const name = nameOf(iso);
      const words = describeStatus(categoryOf(categorised, iso), messages, lang, categorised.joinedOn.get(iso));
      statuses.set(iso, (status = { name, status: words, label: `${name}: ${words}` }));
    }
    return status;
  };

  const groupSummaries = summariseGroups(categorised, statement.date, locale);
  const organisations = orgCodes.map((code): OrganisationEntry => {
    const group = GROUP_OF_ORG[code] ?? null;
    const summary = groupSummaries.find((candidate) => candidate.id === group);
    const missing = summary ? formatList(summary.notSigned.map(nameOf), lang) : "";
    return {
      code,
      written: writtenOrg(statement, code),
      note: missing ? messages.euSignedAsOrganisation(missing) : messages.euAllMembersSigned,
      group,
    };
  });

  const standingOf = (iso: string): string => {
    const name = nameOf(iso);
    const party = partyOf(statement, iso);
    switch (categoryOf(categorised, iso)) {
      case "signatory":
        return messages.standingSigned(name, formatDate(statement.date, lang), party?.written ?? name);
      case "joined": {
        const addition = statement.additions.find((a) => a.kind === "country" && a.iso2 === iso);
        return messages.standingJoined(name, formatDate(addition?.date ?? statement.date, lang), party?.written ?? name, addition?.source.name ?? "");
      }
      case "subject":
        return messages.standingSubject(name, party?.written ?? name);
      case "other": {
        // A country that did not sign may still be spoken for by an organisation it belongs to.
        // Only the reference groups' members ship with the page; an organisation's own (COE, AU...) come with the resolver.
        const viaOrg = organisations.find((org) => {
          const group = referenceGroups.find((candidate) => candidate.id === org.group);
          return group !== undefined && hasDataFor(group, statement.date) && membersOn(group, statement.date).includes(iso);
        });
        const other = messages.standingOther(name);
        return viaOrg ? `${other} ${messages.standingInSigningOrg(viaOrg.code, viaOrg.written)}` : other;
      }
    }
  };

  const versionStory: string[] = [];
  if (statement.statedCount !== undefined) versionStory.push(messages.versionStated(statement.statedCount, categorised.signatoryCountries));
  for (const [date, names] of namesOn) {
    const source = statement.additions.find((a) => a.date === date)?.source.name ?? "";
    versionStory.push(messages.versionAdditions(formatList(names, lang), formatDate(date, lang), source));
  }

  return {
    statement,
    warnings,
    categorised,
    context,
    legend,
    mapSummary,
    statusOf,
    standingOf,
    signatoryGroups: groupSignatories(statement, locale.countryOf, nameOf, lang),
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

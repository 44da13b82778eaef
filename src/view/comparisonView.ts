import { compareNames, formatDate } from "../i18n/format";
import type { Party } from "../statement/types";
import { coverTerritories, type Categorised, type Category } from "./categorise";
import { describeStatus } from "./describeCountry";
import type { Locale } from "./locale";
import { organisationLabel } from "./organisationLabel";
import type { PreparedStatement } from "./preparedStatement";
import { deriveStatementView, type Comparison, type CountryStatus, type LegendEntry, type StatementView } from "./statementView";

/** Those who signed a statement, first list and later additions: country codes, and organisation codes with their entries' labels in the page's language. */
function signers({ statement, orgs }: PreparedStatement, pageLang: string): { countries: Set<string>; orgs: Map<string, string> } {
  const parties: Party[] = [...statement.signatories, ...statement.additions];
  return {
    countries: new Set(parties.flatMap((party) => (party.kind === "country" ? [party.iso2] : []))),
    orgs: new Map(
      parties.flatMap((party) =>
        party.kind === "org" ? [[party.org, organisationLabel(party.written, statement.lang, orgs[party.org], pageLang)] as const] : [],
      ),
    ),
  };
}

/**
 * Two statements on one map (compare=ID): who signed both, only the first (the page's own), only the
 * second, and neither. The panel stays the first statement's, with the comparison as its own part;
 * territories follow their states as on a single statement's map.
 * deriveComparisonView(seed, internetDeclaration, en).categorised.byIso.get("FR") → "both".
 */
export function deriveComparisonView(first: PreparedStatement, second: PreparedStatement, locale: Locale): StatementView {
  const { messages, lang, nameOf } = locale;
  const base = deriveStatementView(first, locale);
  const a = signers(first, lang);
  const b = signers(second, lang);

  const byIso = new Map<string, Category>();
  for (const iso of a.countries) byIso.set(iso, b.countries.has(iso) ? "both" : "first");
  for (const iso of b.countries) if (!a.countries.has(iso)) byIso.set(iso, "second");
  const counts = { both: 0, first: 0, second: 0 };
  for (const category of byIso.values()) if (category === "both" || category === "first" || category === "second") counts[category]++;
  const coveredBy = coverTerritories(byIso);
  const categorised: Categorised = { ...base.categorised, byIso, coveredBy, joinedOn: new Map(), additions: [], subjects: 0 };

  const legend: LegendEntry[] = [
    { category: "both", text: messages.legendBoth(counts.both) },
    { category: "first", text: messages.legendFirstOnly(counts.first) },
    { category: "second", text: messages.legendSecondOnly(counts.second) },
    { category: "other", text: messages.legendNeither },
  ];

  const statuses = new Map<string, CountryStatus>();
  const statusOf = (iso: string): CountryStatus => {
    let status = statuses.get(iso);
    if (!status) {
      const name = nameOf(iso);
      const category = byIso.get(iso);
      const words = category ? describeStatus(category, messages, lang) : messages.statusNeither;
      statuses.set(iso, (status = { name, status: words, label: `${name}: ${words}` }));
    }
    return status;
  };

  const sortedNames = (isos: Iterable<string>) => [...isos].map((iso) => ({ iso, name: nameOf(iso) })).sort((x, y) => compareNames(x.name, y.name, lang));
  const partOf = (part: "both" | "first" | "second") => [...byIso].filter(([iso, category]) => category === part && !coveredBy.has(iso)).map(([iso]) => iso);
  const orgsIn = (part: "both" | "first" | "second") =>
    part === "second"
      ? [...b.orgs].filter(([code]) => !a.orgs.has(code)).map(([, written]) => written)
      : [...a.orgs].filter(([code]) => b.orgs.has(code) === (part === "both")).map(([, written]) => written);
  const comparison: Comparison = {
    first: { id: first.statement.id, title: first.statement.title, date: formatDate(first.statement.date, lang) },
    second: { id: second.statement.id, title: second.statement.title, date: formatDate(second.statement.date, lang) },
    parts: (["both", "first", "second"] as const).map((part) => ({
      part,
      heading: legend.find((entry) => entry.category === part)!.text,
      countries: sortedNames(partOf(part)),
      organisations: orgsIn(part),
    })),
  };

  return {
    ...base,
    categorised,
    context: messages.compareContext(counts.both, counts.first, counts.second),
    legend,
    legendNote: coveredBy.size > 0 ? messages.legendTerritories : "",
    mapSummary: `${messages.compareHeading}: ${messages.compareContext(counts.both, counts.first, counts.second)}.`,
    statusOf,
    standingOf: (iso) => messages.standingCovered(nameOf(iso), statusOf(iso).status),
    comparison,
  };
}

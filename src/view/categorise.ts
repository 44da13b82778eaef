import { territoriesOf } from "../countries/territories";
import type { OrgCode } from "../countries/types";
import { compareCodes } from "../i18n/format";
import type { Statement } from "../statement/types";

/**
 * How a country stands to the statement, as the map colours it; with `compare=`, how it stands to
 * two statements: signed both, only the first (the page's own), only the second.
 */
export type Category = "signatory" | "joined" | "subject" | "other" | "both" | "first" | "second";

/** The public `data-status` hook, always about the page's own statement: a country that joined later, or signed both, is a signatory. */
export type Status = "signatory" | "subject" | "other";

const STATUS: Readonly<Record<Category, Status>> = {
  signatory: "signatory",
  joined: "signatory",
  subject: "subject",
  other: "other",
  both: "signatory",
  first: "signatory",
  second: "other",
};

/** statusOf("joined") → "signatory"; statusOf("second") → "other" (it did not sign the page's statement). */
export const statusOf = (category: Category): Status => STATUS[category];

export interface Categorised {
  /** ISO alpha-2 → category, for every country the statement names or covers; the rest are "other". */
  byIso: ReadonlyMap<string, Category>;
  /**
   * Territory → the state whose part covers it (issue #17): a dependency the statement does not
   * name takes the standing of the state that conducts its foreign affairs ("GL" → "DK").
   */
  coveredBy: ReadonlyMap<string, string>;
  /** ISO alpha-2 → date it joined, for later additions. */
  joinedOn: ReadonlyMap<string, string>;
  signatoryCountries: number;
  /** Organisations that signed, by code ("EU"). */
  organisations: OrgCode[];
  /** Distinct dates of later additions, oldest first, with how many joined on each. */
  additions: { date: string; count: number }[];
  subjects: number;
}

/**
 * Sorts the statement's parties into the map's categories, and their territories with them:
 * categorise(seed).byIso.get("UA") → "signatory", .get("RU") → "subject", .get("FM") → "joined",
 * .get("GL") → "signatory" (Greenland, covered by Denmark).
 */
export function categorise(statement: Statement): Categorised {
  const byIso = new Map<string, Category>();
  const joinedOn = new Map<string, string>();
  const organisations: OrgCode[] = [];
  for (const party of statement.signatories) {
    if (party.kind === "country") byIso.set(party.iso2, "signatory");
    else organisations.push(party.org);
  }
  const signatoryCountries = byIso.size;
  for (const subject of statement.subjects) byIso.set(subject.iso2, "subject");
  const perDate = new Map<string, number>();
  for (const addition of statement.additions) {
    if (addition.kind === "country") {
      byIso.set(addition.iso2, "joined");
      joinedOn.set(addition.iso2, addition.date);
      perDate.set(addition.date, (perDate.get(addition.date) ?? 0) + 1);
    } else if (!organisations.includes(addition.org)) organisations.push(addition.org);
  }
  const additions = [...perDate].sort(([a], [b]) => compareCodes(a, b)).map(([date, count]) => ({ date, count }));
  const coveredBy = coverTerritories(byIso);
  return { byIso, coveredBy, joinedOn, signatoryCountries, organisations, additions, subjects: statement.subjects.length };
}

/** The category of one country: categoryOf(c, "FR") → "signatory"; "other" for any country the statement does not name. */
export const categoryOf = (categorised: Categorised, iso: string): Category => categorised.byIso.get(iso) ?? "other";

/**
 * Gives each dependent territory that `byIso` does not name its state's category, in place, and
 * returns which state covers which territory (issue #17): coverTerritories(new Map([["DK", "signatory"]])) → Map { "FO" → "DK", "GL" → "DK" }.
 */
export function coverTerritories(byIso: Map<string, Category>): Map<string, string> {
  const named = new Map(byIso);
  const coveredBy = new Map<string, string>();
  for (const [sovereign, category] of named) {
    for (const territory of territoriesOf(sovereign)) {
      if (named.has(territory)) continue;
      coveredBy.set(territory, sovereign);
      byIso.set(territory, category);
    }
  }
  return coveredBy;
}

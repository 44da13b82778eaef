/**
 * Reference groups (EU, NATO, G7, UN Security Council) as dated membership data, so a statement
 * can be set against "who was in the group on the statement's date". Organisations' own member
 * lists (Council of Europe, African Union, ...) use the same shape and functions; they live in
 * organisations.json, which only the resolver's chunk loads, so the page's first view carries
 * these five groups and nothing more.
 *
 * Sources:
 * - EU: the accession treaties (Treaty of Rome in force 1958-01-01; Acts of Accession 1972, 1979,
 *   1985, 1994, 2003, 2005, 2011) and the UK Withdrawal Agreement (left 2020-01-31, 23:00 GMT).
 * - NATO: NATO's member-country pages (dates of accession, i.e. deposit of the instrument of
 *   accession with the US State Department).
 * - G7: the summit record (Rambouillet 1975-11-15, San Juan 1976-06-27).
 * - UN Security Council: UN Security Council membership records (elected members by term;
 *   "Countries Elected Members of the Security Council", un.org/securitycouncil).
 *
 * asOf: last checked 2026-11. Coverage ends 2026-12-31; extend `coverage.to` on the next check.
 *
 * Dates are inclusive, ISO YYYY-MM-DD, and compare as strings. A country may appear more than once
 * in a group (Japan's two Security Council terms) but its periods never overlap; the unit tests
 * check that. Display names are not here: the UI has message keys groupEU, groupNATO, groupG7,
 * groupUNSCPermanent, groupUNSCElected.
 */

import { isCalendarDate } from "../statement/isCalendarDate";
import type { OrgCode } from "./types";

/** The reference groups the panel sets every statement against. */
export type ReferenceGroupId = "EU" | "NATO" | "G7" | "UNSC-P5" | "UNSC-E10";

/** Organisations whose members the table records (organisations.json), each its own group. */
export type OrgGroupId = "COE" | "UN" | "AU" | "ECOWAS" | "OSCE" | "G20" | "LAS" | "ASEAN" | "GCC" | "CARICOM" | "COMMONWEALTH" | "OIC" | "PIF";

/** A group whose members can be outlined on the map: a reference group or an organisation's members. */
export type GroupId = ReferenceGroupId | OrgGroupId;

/**
 * The group whose members an organisation that signs speaks for: choosing the EU's entry outlines
 * the EU's members. Organisations whose members the table does not record (UNICEF, OAS, ...) have
 * none. The members of a reference group come from membersOn; an organisation's own group's
 * (COE, AU, ...) from orgMembersOn in organisations.ts, loaded with the resolver.
 * @example GROUP_OF_ORG.EU // "EU"
 */
export const GROUP_OF_ORG: Readonly<Partial<Record<OrgCode, GroupId>>> = {
  EU: "EU",
  NATO: "NATO",
  G7: "G7",
  COE: "COE",
  UN: "UN",
  AU: "AU",
  ECOWAS: "ECOWAS",
  OSCE: "OSCE",
  G20: "G20",
  LAS: "LAS",
  ASEAN: "ASEAN",
  GCC: "GCC",
  CARICOM: "CARICOM",
  COMMONWEALTH: "COMMONWEALTH",
  OIC: "OIC",
  PIF: "PIF",
};

/** One period of membership: an ISO 3166-1 alpha-2 code, inclusive dates, `to` absent while still a member. */
export interface Membership {
  readonly iso: string;
  readonly from: string;
  readonly to?: string;
}

/** A membership history and the dates for which it is complete. */
export interface MemberGroup {
  readonly members: readonly Membership[];
  /** Inclusive range of dates the data can state the whole group for; see hasDataFor. */
  readonly coverage: { readonly from: string; readonly to: string };
}

/** A reference group: its id and its membership history. */
export interface ReferenceGroup extends MemberGroup {
  readonly id: ReferenceGroupId;
}

/** What a group did about a statement: its members on the date, split into three sorted, disjoint lists. */
export interface GroupComparison {
  members: string[];
  signed: string[];
  notSigned: string[];
  subjects: string[];
}

/** The last day the data was checked to cover (see asOf above). */
const COVERAGE_END = "2026-12-31";

/** Members who joined on one day and are still members. */
function joined(from: string, isos: readonly string[]): Membership[] {
  return isos.map((iso) => ({ iso, from }));
}

/** A two-year elected Security Council term starting 1 January of `firstYear`. */
function term(firstYear: number, isos: readonly string[]): Membership[] {
  return isos.map((iso) => ({ iso, from: `${firstYear}-01-01`, to: `${firstYear + 1}-12-31` }));
}

const EU: ReferenceGroup = {
  id: "EU",
  // The EEC from 1958; the European Union as such from 1993-11-01 (Maastricht). Same member states.
  coverage: { from: "1958-01-01", to: COVERAGE_END },
  members: [
    // DE: the Federal Republic; East Germany joined with reunification on 1990-10-03, same code.
    ...joined("1958-01-01", ["BE", "DE", "FR", "IT", "LU", "NL"]),
    ...joined("1973-01-01", ["DK", "IE"]),
    { iso: "GB", from: "1973-01-01", to: "2020-01-31" },
    ...joined("1981-01-01", ["GR"]),
    ...joined("1986-01-01", ["ES", "PT"]),
    ...joined("1995-01-01", ["AT", "FI", "SE"]),
    ...joined("2004-05-01", ["CY", "CZ", "EE", "HU", "LT", "LV", "MT", "PL", "SI", "SK"]),
    ...joined("2007-01-01", ["BG", "RO"]),
    ...joined("2013-07-01", ["HR"]),
  ],
};

const NATO: ReferenceGroup = {
  id: "NATO",
  coverage: { from: "1949-08-24", to: COVERAGE_END },
  members: [
    // The treaty was signed 1949-04-04 and entered into force 1949-08-24; we count from entry into
    // force. France left the integrated military command 1966-2009 but stayed a member throughout.
    ...joined("1949-08-24", ["BE", "CA", "DK", "FR", "GB", "IS", "IT", "LU", "NL", "NO", "PT", "US"]),
    ...joined("1952-02-18", ["GR", "TR"]),
    // West Germany. Unsure of the day: the instrument was deposited 1955-05-06; the flag ceremony
    // was 1955-05-09. Irrelevant for statements after 1955. Reunified Germany from 1990-10-03.
    ...joined("1955-05-06", ["DE"]),
    ...joined("1982-05-30", ["ES"]),
    ...joined("1999-03-12", ["CZ", "HU", "PL"]),
    ...joined("2004-03-29", ["BG", "EE", "LT", "LV", "RO", "SI", "SK"]),
    ...joined("2009-04-01", ["AL", "HR"]),
    ...joined("2017-06-05", ["ME"]),
    ...joined("2020-03-27", ["MK"]),
    ...joined("2023-04-04", ["FI"]),
    ...joined("2024-03-07", ["SE"]),
  ],
};

const G7: ReferenceGroup = {
  id: "G7",
  // Seven from Canada's first summit. The EU attends every summit but is not a member, so it is not
  // listed. Russia's G8 years (1997/98 to its suspension in March 2014) were a different format and
  // are not modelled: "G7" here is always these seven.
  coverage: { from: "1976-06-27", to: COVERAGE_END },
  members: [
    // Dates of the first summit attended (Rambouillet; San Juan, Puerto Rico).
    ...joined("1975-11-15", ["DE", "FR", "GB", "IT", "JP", "US"]),
    ...joined("1976-06-27", ["CA"]),
  ],
};

const UNSC_P5: ReferenceGroup = {
  id: "UNSC-P5",
  // Coverage starts when both seats are held by the states the codes name: the People's Republic
  // took China's seat on 1971-10-25 (GA res. 2758; before that the Republic of China held it), and
  // the Russian Federation continued the USSR's seat from 1991-12-24 (Yeltsin's letter of that day).
  coverage: { from: "1991-12-24", to: COVERAGE_END },
  members: [...joined("1945-10-24", ["FR", "GB", "US"]), ...joined("1971-10-25", ["CN"]), ...joined("1991-12-24", ["RU"])],
};

const UNSC_E10: ReferenceGroup = {
  id: "UNSC-E10",
  // Five seats are elected each year for two years, 1 January to 31 December. Only the terms that
  // touch 2015-2026 are recorded, so coverage is exactly those years.
  coverage: { from: "2015-01-01", to: "2026-12-31" },
  members: [
    ...term(2014, ["CL", "JO", "LT", "NG", "TD"]),
    ...term(2015, ["AO", "ES", "MY", "NZ", "VE"]),
    ...term(2016, ["EG", "JP", "SN", "UA", "UY"]),
    // Italy and the Netherlands split the 2017-2018 term, one year each.
    ...term(2017, ["BO", "ET", "KZ", "SE"]),
    { iso: "IT", from: "2017-01-01", to: "2017-12-31" },
    { iso: "NL", from: "2018-01-01", to: "2018-12-31" },
    ...term(2018, ["CI", "GQ", "KW", "PE", "PL"]),
    ...term(2019, ["BE", "DE", "DO", "ID", "ZA"]),
    ...term(2020, ["EE", "NE", "TN", "VC", "VN"]),
    ...term(2021, ["IE", "IN", "KE", "MX", "NO"]),
    ...term(2022, ["AE", "AL", "BR", "GA", "GH"]),
    ...term(2023, ["CH", "EC", "JP", "MT", "MZ"]),
    ...term(2024, ["DZ", "GY", "KR", "SI", "SL"]),
    ...term(2025, ["DK", "GR", "PA", "PK", "SO"]),
    ...term(2026, ["BH", "CD", "CO", "LR", "LV"]),
  ],
};

/**
 * Every reference group with its membership history.
 * @example referenceGroups.map((group) => group.id) // ["EU", "NATO", "G7", "UNSC-P5", "UNSC-E10"]
 */
export const referenceGroups: readonly ReferenceGroup[] = [EU, NATO, G7, UNSC_P5, UNSC_E10];

/** Throws unless `date` is a real calendar day written YYYY-MM-DD, so string comparison is sound. */
function checkDate(date: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`referenceGroups: expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

/** The group itself, or the reference group with this id; throws on an id that is none (it may come from a URL or JSON at run time). */
function groupOf(group: ReferenceGroupId | MemberGroup): MemberGroup {
  if (typeof group !== "string") return group;
  const found = referenceGroups.find((candidate) => candidate.id === group);
  if (found === undefined) {
    throw new RangeError(`referenceGroups: unknown group ${JSON.stringify(group)}; expected one of ${referenceGroups.map((g) => g.id).join(", ")}`);
  }
  return found;
}

/**
 * Whether the data can state the group's whole membership on `date`; `group` is a reference
 * group's id or any group of the same shape (an organisation's, from organisations.ts).
 * @example hasDataFor("UNSC-E10", "2014-06-01") // false
 */
export function hasDataFor(group: ReferenceGroupId | MemberGroup, date: string): boolean {
  checkDate(date);
  const { coverage } = groupOf(group);
  return coverage.from <= date && date <= coverage.to;
}

/**
 * Sorted ISO codes of the group's members on `date` (inclusive bounds; check hasDataFor first).
 * @example membersOn("UNSC-P5", "2024-01-10") // ["CN", "FR", "GB", "RU", "US"]
 */
export function membersOn(group: ReferenceGroupId | MemberGroup, date: string): string[] {
  checkDate(date);
  // Not deduplicated on purpose: the data has no overlapping periods, and a test proves it here.
  return groupOf(group)
    .members.filter((member) => member.from <= date && (member.to === undefined || date <= member.to))
    .map((member) => member.iso)
    .sort();
}

/**
 * The group's members on `date`, split into signed, subjects of the statement, and not signed.
 * A member in both `signed` and `subjects` counts as signed, so the three lists never overlap.
 * @example compareWithGroup("UNSC-P5", "2024-01-10", new Set(["FR", "GB", "US"]), new Set(["RU"]))
 *   // { members: ["CN", "FR", "GB", "RU", "US"], signed: ["FR", "GB", "US"], notSigned: ["CN"], subjects: ["RU"] }
 */
export function compareWithGroup(
  group: ReferenceGroupId | MemberGroup,
  date: string,
  signed: ReadonlySet<string>,
  subjects: ReadonlySet<string> = new Set(),
): GroupComparison {
  const members = membersOn(group, date);
  const comparison: GroupComparison = { members, signed: [], notSigned: [], subjects: [] };
  for (const iso of members) {
    if (signed.has(iso)) comparison.signed.push(iso);
    else if (subjects.has(iso)) comparison.subjects.push(iso);
    else comparison.notSigned.push(iso);
  }
  return comparison;
}

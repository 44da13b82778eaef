// One record per party to a statement, with every code a newsroom's spreadsheet or pipeline joins
// on: the rows of the CSV download and the `parties` of the JSON one.
import { orgName } from "../countries/organisations";
import type { Country } from "../countries/types";
import type { Source, Statement } from "../statement/types";

export interface PartyRow {
  /** The name as the statement writes it ("the Czech Republic", "the High Representative of the European Union"). */
  written: string;
  /** The country's common English name ("Czech Republic"), or the organisation's ("European Union"). */
  name: string;
  /** ISO 3166-1 alpha-2, alpha-3 and numeric (three digits, leading zeros kept); null for organisations, and alpha-3 and numeric for Kosovo. */
  iso2: string | null;
  iso3: string | null;
  numeric: string | null;
  /** The organisation's code ("EU"); null for countries. */
  org: string | null;
  /** "signatory" (signed at publication), "joined" (signed later), "subject" (what the statement is about). */
  status: "signatory" | "joined" | "subject";
  /** When it signed (YYYY-MM-DD): the statement's date, or the date it joined; null for subjects. */
  dateJoined: string | null;
  /** Where this entry comes from: the statement's source, or the later publication that added it. */
  source: Source;
}

/**
 * The statement's parties in its own order: signatories, later signatories, subjects.
 * `countryOf` is the resolver's full country table (countryByIso), loaded with the export chunk.
 * @example partyRows(seed, countryByIso)[10] // { written: "the Czech Republic", name: "Czech Republic", iso2: "CZ", iso3: "CZE", numeric: "203", org: null, status: "signatory", dateJoined: "2024-01-10", source: { name: "dpa-AFX" } }
 */
export function partyRows(statement: Statement, countryOf: (iso2: string) => Country | undefined): PartyRow[] {
  const row = (party: Statement["signatories"][number], status: PartyRow["status"], dateJoined: string | null, source: Source): PartyRow => {
    if (party.kind === "org") {
      return { written: party.written, name: orgName(party.org, "en"), iso2: null, iso3: null, numeric: null, org: party.org, status, dateJoined, source };
    }
    const country = countryOf(party.iso2);
    if (!country) throw new Error(`partyRows: ${party.iso2} ("${party.written}") is not in the country table`);
    return {
      written: party.written,
      name: country.name,
      iso2: country.iso2,
      iso3: country.iso3,
      numeric: country.numeric,
      org: null,
      status,
      dateJoined,
      source,
    };
  };
  return [
    ...statement.signatories.map((party) => row(party, "signatory", statement.date, statement.source)),
    ...statement.additions.map((addition) => row(addition, "joined", addition.date, addition.source)),
    ...statement.subjects.map((party) => row(party, "subject", null, statement.source)),
  ];
}

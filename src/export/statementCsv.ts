// The CSV download: one row per party, for a spreadsheet.
import type { PartyRow } from "./partyRows";

/** The columns, in order, and what each row puts in them. */
const COLUMNS: [header: string, value: (row: PartyRow) => string | null][] = [
  ["name_as_written", (row) => row.written],
  ["name", (row) => row.name],
  ["iso2", (row) => row.iso2],
  ["iso3", (row) => row.iso3],
  ["numeric", (row) => row.numeric],
  ["organisation", (row) => row.org],
  ["status", (row) => row.status],
  ["date_joined", (row) => row.dateJoined],
  ["source", (row) => row.source.name],
  ["source_url", (row) => row.source.url ?? null],
];

/**
 * Excel reads a CSV as UTF-8 only when it starts with a byte order mark (without one, "Côte
 * d’Ivoire" comes out as mojibake); LibreOffice and CSV libraries accept it.
 */
const BOM = "\ufeff";
/** RFC 4180's line break, which Excel and LibreOffice both expect. */
const CRLF = "\r\n";

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. */
const field = (value: string | null) => {
  const text = value ?? "";
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The parties as CSV (RFC 4180, UTF-8 with a BOM, CRLF), a header row first.
 * @example statementCsv(partyRows(seed, countryByIso)).split("\r\n")[1] // "Albania,Albania,AL,ALB,008,,signatory,2024-01-10,dpa-AFX,"
 */
export function statementCsv(rows: readonly PartyRow[]): string {
  const lines = [COLUMNS.map(([header]) => header), ...rows.map((row) => COLUMNS.map(([, value]) => value(row)))];
  return BOM + lines.map((cells) => cells.map(field).join(",")).join(CRLF) + CRLF;
}

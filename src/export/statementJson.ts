// The JSON download: the statement file as published, plus every party's codes.
import type { Country } from "../countries/types";
import type { Statement } from "../statement/types";
import { partyRows, type PartyRow } from "./partyRows";

/**
 * The shape of the JSON download. Every field of a statement file (docs/interface.md, "Statement
 * files"), with the names as written, so the download is itself a valid statement file that the
 * app and `npm run statement -- check` accept; and `parties`, the same records as the CSV's rows,
 * with each name's resolved codes, for a pipeline that joins on ISO codes:
 *
 * ```json
 * { "id": "…", "title": "…", "date": "2024-01-10", "source": { "name": "dpa-AFX" }, "lang": "en",
 *   "text": ["…"], "signatories": ["Albania", …], "subjects": ["North Korea", "Russia"],
 *   "additions": [{ "name": "Paraguay", "date": "2024-01-12", "source": { "name": "the UK government" } }],
 *   "claims": [{ "claim": "…", "quote": "…", "by": "…", "voice": "statement" }], "statedCount": 48,
 *   "parties": [{ "written": "the Czech Republic", "name": "Czech Republic", "iso2": "CZ", "iso3": "CZE",
 *                 "numeric": "203", "org": null, "status": "signatory", "dateJoined": "2024-01-10",
 *                 "source": { "name": "dpa-AFX" } }, …] }
 * ```
 */
export interface StatementDownload {
  id: string;
  title: string;
  date: string;
  source: Statement["source"];
  lang: string;
  text: string[];
  signatories: string[];
  subjects: string[];
  additions: { name: string; date: string; source: Statement["source"] }[];
  claims: { claim: string; quote: string; by: string; voice: "statement" | "reported" }[];
  statedCount?: number;
  countedAs?: "members";
  parties: PartyRow[];
}

/**
 * The statement as a JSON download (see StatementDownload), indented for reading, ending in a newline.
 * @example JSON.parse(statementJson(seed, countryByIso)).parties[0].iso3 // "ALB"
 */
export function statementJson(statement: Statement, countryOf: (iso2: string) => Country | undefined): string {
  const download: StatementDownload = {
    id: statement.id,
    title: statement.title,
    date: statement.date,
    source: statement.source,
    lang: statement.lang,
    text: statement.text,
    signatories: statement.signatories.map((party) => party.written),
    subjects: statement.subjects.map((party) => party.written),
    additions: statement.additions.map((addition) => ({ name: addition.written, date: addition.date, source: addition.source })),
    claims: statement.claims.map(({ claim, quote, by, voice }) => ({ claim, quote, by, voice })),
    ...(statement.statedCount === undefined ? {} : { statedCount: statement.statedCount }),
    ...(statement.countedAs === undefined ? {} : { countedAs: statement.countedAs }),
    parties: partyRows(statement, countryOf),
  };
  return `${JSON.stringify(download, null, 2)}\n`;
}

// What the peer pages (naive/, d3peer/) are told of the seed statement, from the data step's
// output: its title, and signatories and subjects as world-atlas ids (ISO 3166-1 numeric strings).
import countriesJson from "../../src/generated/countries.json";
import defaultStatementJson from "../../src/generated/defaultStatement.json";

interface Party {
  kind: string;
  iso2?: string;
}

export interface PeerData {
  title: string;
  signatories: string[];
  subjects: string[];
  isoByNumeric: Record<string, string>;
}

/** peerData().signatories → ["008", "020", …] (Albania, Andorra, …). */
export function peerData(): PeerData {
  const { statement } = defaultStatementJson as unknown as { statement: { title: string; signatories: Party[]; subjects: Party[] } };
  // world-atlas ids are ISO 3166-1 numeric codes as three-digit strings ("008" for Albania), as in countries.json.
  const numericByIso = new Map(countriesJson.filter((c) => c.numeric).map((c) => [c.iso2, c.numeric]));
  const numericOf = (parties: Party[]) => parties.flatMap((party) => numericByIso.get(party.iso2 ?? "") ?? []);
  return {
    title: statement.title,
    signatories: numericOf(statement.signatories),
    subjects: numericOf(statement.subjects),
    isoByNumeric: Object.fromEntries(countriesJson.filter((c) => c.numeric).map((c) => [c.numeric, c.iso2])),
  };
}

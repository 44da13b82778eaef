import { sovereignOf } from "../countries/territories";
import type { PartyCount } from "../i18n/partyCount";
import type { Party, Statement } from "../statement/types";

/**
 * What a party to a statement is, which is what its counts name (issue #27):
 * - a member of an organisation, when the source counts members (`countedAs: "members"`: the
 *   WTO's 44 members include Hong Kong, China, a customs territory);
 * - otherwise a country (a sovereign state, or one in free association that conducts its own
 *   foreign affairs, as the Cook Islands do), or a territory signing in its own right: one whose
 *   foreign affairs a state conducts (countries/territories.ts), as New Caledonia's are France's.
 * Organisations are never counted here: every count names them after its parties ("and the EU").
 * @example countParties(pacificForum, pacificForum.signatories) // { kind: "countries", countries: 16, territories: 2 }
 */
export function countParties(statement: Pick<Statement, "countedAs">, parties: readonly Party[]): PartyCount {
  const isos = parties.flatMap((party) => (party.kind === "country" ? [party.iso2] : []));
  if (statement.countedAs === "members") return { kind: "members", members: isos.length };
  const territories = isos.filter((iso) => sovereignOf(iso) !== null).length;
  return { kind: "countries", countries: isos.length - territories, territories };
}

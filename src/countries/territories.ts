/**
 * Dependent territories and the state that conducts their international relations (issue #17).
 *
 * The product rule (decided for #17): a territory whose international relations its sovereign
 * conducts is covered by that sovereign's signature, or subject status, unless the statement
 * names the territory itself. So Greenland is "part of the Kingdom of Denmark, which signed",
 * while a statement New Caledonia signs in its own name shows New Caledonia as a signatory.
 *
 * Every ISO 3166-1 entry that is a dependency is here, and nothing else. Not here, on purpose:
 * - the Cook Islands (CK) and Niue (NU): self-governing states in free association with New
 *   Zealand that conduct their own foreign affairs (they sign treaties and join UN agencies), so
 *   New Zealand's signature does not cover them; Tokelau (TK), a New Zealand territory, is here;
 * - Taiwan (TW), Western Sahara (EH), Palestine (PS) and Kosovo (XK): never anyone's territory on
 *   this map, whatever the claims;
 * - Antarctica (AQ): no sovereign (Antarctic Treaty, art. IV).
 * Hong Kong and Macao are: China conducts their foreign affairs (Basic Laws, art. 13 of each).
 *
 * Sources: ISO 3166-1 (each territory's entry and its remarks); the UN list of Non-Self-Governing
 * Territories and their administering powers (un.org/dppa/decolonization); for the Crown
 * Dependencies, the UK Ministry of Justice's fact sheet on the UK's relationship with them (the
 * UK is responsible for their international relations); the Charter for the Kingdom of the
 * Netherlands, art. 3 (foreign relations are a Kingdom affair); Denmark's Home Rule Act (Faroe
 * Islands, 1948) and Self-Government Act (Greenland, 2009); Finland's Act on the Autonomy of
 * Åland (1991), s. 59; the Basic Laws of Hong Kong (1990) and Macao (1993), art. 13.
 *
 * Disputed, recorded as administered, with the dispute noted: the Falkland Islands and South
 * Georgia (claimed by Argentina), Gibraltar (claimed by Spain), Mayotte (claimed by the Comoros),
 * and the British Indian Ocean Territory: the UK-Mauritius treaty of 2025-05-22 transfers the
 * Chagos Archipelago to Mauritius once in force, and the UN General Assembly (res. 73/295) holds it
 * part of Mauritius; until then the UK conducts its relations. Review on the next check.
 *
 * asOf: last checked 2026-11, like referenceGroups.ts.
 */

/** Each sovereign's territories, as ISO alpha-2 codes, with the sovereign's name as a message says it. */
const TERRITORIES: Readonly<Record<string, { readonly name: string; readonly territories: string }>> = {
  // The Kingdom of Denmark signs as Denmark; Greenland and the Faroe Islands are its other parts.
  DK: { name: "the Kingdom of Denmark", territories: "FO GL" },
  FI: { name: "Finland", territories: "AX" },
  // Overseas departments (GF GP MQ RE YT), collectivities (BL MF PF PM WF), New Caledonia, TAAF.
  FR: { name: "France", territories: "BL GF GP MF MQ NC PF PM RE TF WF YT" },
  // Crown Dependencies (GG IM JE) and British Overseas Territories.
  GB: { name: "the United Kingdom", territories: "AI BM FK GG GI GS IM IO JE KY MS PN SH TC VG" },
  US: { name: "the United States", territories: "AS GU MP PR UM VI" },
  // Aruba, Curaçao, Sint Maarten (countries of the Kingdom) and the Caribbean Netherlands.
  NL: { name: "the Netherlands", territories: "AW BQ CW SX" },
  NO: { name: "Norway", territories: "BV SJ" },
  AU: { name: "Australia", territories: "CC CX HM NF" },
  NZ: { name: "New Zealand", territories: "TK" },
  CN: { name: "China", territories: "HK MO" },
};

const SOVEREIGN_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(TERRITORIES).flatMap(([sovereign, { territories }]) => territories.split(" ").map((territory) => [territory, sovereign] as const)),
);

/**
 * The ISO alpha-2 code of the state that conducts this territory's international relations, or
 * null for a sovereign state, a state in free association, or a place that is no one's territory.
 * @example sovereignOf("GL") // "DK"
 * @example sovereignOf("CK") // null
 */
export function sovereignOf(iso2: string): string | null {
  return SOVEREIGN_OF.get(iso2) ?? null;
}

/**
 * A sovereign's name as a message about its territories says it, in English.
 * @example sovereignName("DK") // "the Kingdom of Denmark"
 * @example sovereignName("DE") // null (no territories)
 */
export function sovereignName(sovereign: string): string | null {
  return Object.hasOwn(TERRITORIES, sovereign) ? (TERRITORIES[sovereign]?.name ?? null) : null;
}

/**
 * A sovereign's dependent territories, sorted.
 * @example territoriesOf("DK") // ["FO", "GL"]
 */
export function territoriesOf(sovereign: string): string[] {
  return Object.hasOwn(TERRITORIES, sovereign) ? (TERRITORIES[sovereign]?.territories.split(" ") ?? []) : [];
}

/**
 * The state whose part in a statement covers this place, by the rule above: its sovereign,
 * unless the statement names the place itself (in `named`, the ISO codes it lists anywhere).
 * @example coveredBy("GL", new Set(["DK"])) // "DK"
 * @example coveredBy("NC", new Set(["FR", "NC"])) // null: New Caledonia speaks for itself here
 */
export function coveredBy(iso2: string, named: ReadonlySet<string>): string | null {
  return named.has(iso2) ? null : sovereignOf(iso2);
}

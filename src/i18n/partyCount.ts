/**
 * What a count of signatories counts, as every catalogue words it (the rule that decides it is
 * src/view/countParties.ts): countries, with the territories that signed in their own right
 * counted apart ("16 countries and 2 territories"), or members of an organisation, where the
 * source counts members ("44 members": the WTO's include customs territories).
 */
export type PartyCount = { kind: "countries"; countries: number; territories: number } | { kind: "members"; members: number };

/**
 * How many parties a count holds, whatever they are.
 * @example partyTotal({ kind: "countries", countries: 16, territories: 2 }) // 18
 */
export const partyTotal = (count: PartyCount): number => (count.kind === "members" ? count.members : count.countries + count.territories);

/**
 * A count of countries alone, as most statements have.
 * @example countriesOnly(48) // { kind: "countries", countries: 48, territories: 0 }
 */
export const countriesOnly = (countries: number): PartyCount => ({ kind: "countries", countries, territories: 0 });

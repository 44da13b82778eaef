import type { CountryLabel } from "../countries/types";
import type { Party, Statement } from "../statement/types";
import { sortByName } from "../i18n/format";

export interface SignatoryEntry {
  iso: string;
  name: string;
  /** The name as the source writes it ("the Czech Republic"). */
  written: string;
  joinedOn?: string;
  /** The territories its signature covers, in words ("Faroe Islands and Greenland"). */
  territories?: string;
  /** For a territory that signed in its own right, in words ("a territory of France, in its own right"). */
  ownRight?: string;
}

export interface RegionGroup {
  region: string;
  entries: SignatoryEntry[];
}

/**
 * Country signatories (first list and later additions) grouped by world region, regions and names
 * in the reader's alphabetical order: groupSignatories(seed, …) → [{ region: "Americas", entries: [Argentina, …] }, …].
 */
export function groupSignatories(
  statement: Statement,
  countryOf: (iso: string) => CountryLabel | undefined,
  nameOf: (iso: string) => string,
  lang: string,
): RegionGroup[] {
  const byRegion = new Map<string, SignatoryEntry[]>();
  const add = (party: Party, joinedOn?: string) => {
    if (party.kind !== "country") return;
    const region = countryOf(party.iso2)?.region || "Other";
    const entry: SignatoryEntry = { iso: party.iso2, name: nameOf(party.iso2), written: party.written };
    if (joinedOn) entry.joinedOn = joinedOn;
    byRegion.set(region, [...(byRegion.get(region) ?? []), entry]);
  };
  statement.signatories.forEach((party) => add(party));
  statement.additions.forEach((addition) => add(addition, addition.date));
  const groups = [...byRegion].map(([region, entries]) => ({ region, entries: sortByName(entries, (entry) => entry.name, lang) }));
  return sortByName(groups, (group) => group.region, lang);
}

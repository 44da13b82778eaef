// What the editor can answer for a name the resolver could not place: the resolver's own
// candidates (ambiguous) or suggestions (unknown), each written so that it resolves; and what is
// wrong with a name that resolves but cannot stand where it is (an organisation as a subject).
import { describeResolution } from "../countries/describeResolution";
import type { Resolution } from "../countries/types";
import { resolveName } from "../authoring/resolveName";
import type { EditableParty } from "./editableStatement";

/** One answer: the name to write instead, and how to show it ("Germany (DE)"). */
export interface NameChoice {
  written: string;
  label: string;
}

/** A party the editor has to decide about, with the resolver's words and the answers on offer. */
export interface NameQuestion {
  party: EditableParty;
  /** "ambiguous: North Korea (KP) or South Korea (KR)", as `statement check` says it. */
  problem: string;
  choices: NameChoice[];
}

/**
 * The answers for one resolution: none when it resolved.
 * @example choicesFor(resolveCountry("Korea")) // [{ written: "North Korea", label: "North Korea (KP)" }, { written: "South Korea", … }]
 */
export function choicesFor(resolution: Resolution): NameChoice[] {
  if (resolution.ok) return [];
  if (resolution.reason === "ambiguous") return resolution.candidates.map((country) => ({ written: country.name, label: `${country.name} (${country.iso2})` }));
  return [
    ...resolution.suggestions.map((country) => ({ written: country.name, label: `${country.name} (${country.iso2})` })),
    ...(resolution.orgSuggestions ?? []).map((org) => ({ written: org.name, label: `${org.name} (${org.org})` })),
  ];
}

/**
 * Every party the file cannot take as it stands, in list order: a name that is unknown or
 * ambiguous, or an organisation listed as a subject.
 * @example nameQuestions(draftOf("… Germny …"))[0].choices[0].written // "Germany"
 */
export function nameQuestions(parties: readonly EditableParty[], lang = "en"): NameQuestion[] {
  return parties.flatMap((party): NameQuestion[] => {
    const resolution = resolveName(party.written, lang);
    if (!resolution.ok) return [{ party, problem: describeResolution(resolution), choices: choicesFor(resolution) }];
    if (party.role === "subject" && resolution.kind === "org")
      return [{ party, problem: `${resolution.name} is an organisation: a subject must be a country`, choices: [] }];
    return [];
  });
}

/** One entry of the editor's list of parties: what its name resolves to, in the resolver's words. */
export interface PartyLine {
  party: EditableParty;
  /** The country it resolves to, for choosing it on the map; null for an organisation or a name to fix. */
  iso: string | null;
  /** "Germany (DE)", "European Union (EU)", or the problem ("unknown: …"). */
  resolved: string;
  ok: boolean;
}

/**
 * The list's lines, in list order.
 * @example partyLines([{ written: "the Czech Republic", … }])[0].resolved // "Czech Republic (CZ)"
 */
export function partyLines(parties: readonly EditableParty[], lang = "en"): PartyLine[] {
  return parties.map((party) => {
    const resolution = resolveName(party.written, lang);
    return {
      party,
      iso: resolution.ok && resolution.kind === "country" ? resolution.country.iso2 : null,
      resolved: describeResolution(resolution),
      ok: resolution.ok,
    };
  });
}

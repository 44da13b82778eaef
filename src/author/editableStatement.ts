// The authoring page's state (issue #12): a draft statement as the editor changes it. Pure data
// and pure functions; the page's components only show it and call the edits in edits.ts.
import { findDates } from "../authoring/findDates";
import type { Draft, FieldOrigin } from "../authoring/types";

/** Where a party stands in the file: listed as a signatory or as a subject. */
export type Role = "signatory" | "subject";

/** Where a country can be put by the editor: a role, or out of the file. */
export type Placement = Role | "neither";

/** A signatory or subject as the file will write it. */
export interface EditableParty {
  /** Stable across edits, for React keys and for finding the party again. */
  key: number;
  /** The name the file writes (the resolver must turn it into exactly one party). */
  written: string;
  /** How the article wrote it ("Germny"); "" for a country the editor added. */
  asDrafted: string;
  role: Role;
}

/** A candidate claim; a dropped one stays here so it can be kept again, but is not in the file. */
export interface EditableClaim {
  key: number;
  claim: string;
  quote: string;
  by: string;
  voice: "statement" | "reported";
  dropped: boolean;
}

/** The fields the editor types, as typed (a half-typed date is a string too). */
export interface EditableFields {
  id: string;
  title: string;
  date: string;
  sourceName: string;
  sourceUrl: string;
  /** The number of countries the source states, or "" for none. */
  statedCount: string;
  /** The map's inset: "" for the map's own choice, "none", or a region (#22). */
  inset: string;
}

export type FieldName = keyof EditableFields;

export interface EditableStatement {
  fields: EditableFields;
  /** Where the draft found each field it filled ("the headline", "the dateline \"SEOUL (dpa-AFX) -\""). */
  origins: Partial<Record<FieldName, string>>;
  /** Full dates the text mentions, for a date the draft could not settle on: [{ written: "10 January 2024", iso: "2024-01-10" }]. */
  datesInText: { written: string; iso: string }[];
  /** True once the editor has typed an id: until then it follows the title and the date. */
  idEdited: boolean;
  lang: string;
  /** The paragraphs of the article, as the extraction read them. */
  text: readonly string[];
  /** Signatories and subjects in the text's order (countries the editor adds come last). */
  parties: EditableParty[];
  /** Parties taken out, kept so a country put back gets the article's spelling again. */
  setAside: EditableParty[];
  claims: EditableClaim[];
  nextKey: number;
}

/**
 * The draft of `statement draft` as something to edit: every signatory and subject as the text
 * writes it, every candidate claim kept.
 * @example editableFromDraft(draftStatement(seed)).parties.length // 51: 48 countries, the EU, 2 subjects
 */
export function editableFromDraft({ file, report }: Draft): EditableStatement {
  let nextKey = 0;
  const party = (written: string, role: Role): EditableParty => ({ key: nextKey++, written, asDrafted: written, role });
  const parties = [...file.signatories.map((name) => party(name, "signatory")), ...file.subjects.map((name) => party(name, "subject"))];
  const claims = file.claims.map((claim): EditableClaim => ({ key: nextKey++, ...claim, dropped: false }));
  return {
    fields: {
      id: file.id,
      title: file.title,
      date: file.date,
      sourceName: file.source.name,
      sourceUrl: file.source.url ?? "",
      statedCount: file.statedCount === undefined ? "" : String(file.statedCount),
      inset: file.inset ?? "",
    },
    origins: Object.fromEntries(report.fields.map((origin) => [FIELD_OF_ORIGIN[origin.field], origin.from])),
    datesInText: datesIn(file.text),
    idEdited: false,
    lang: file.lang,
    text: file.text,
    parties,
    setAside: [],
    claims,
    nextKey,
  };
}

/** The draft report's names for the fields it fills, as the editor's fields. */
const FIELD_OF_ORIGIN = { id: "id", title: "title", date: "date", source: "sourceName" } as const satisfies Record<FieldOrigin["field"], FieldName>;

/** Up to three distinct full dates in the paragraphs, in order. */
function datesIn(paragraphs: readonly string[]): { written: string; iso: string }[] {
  const found = new Map<string, string>();
  for (const paragraph of paragraphs) for (const date of findDates(paragraph)) if (!found.has(date.iso)) found.set(date.iso, date.written);
  return [...found].slice(0, 3).map(([iso, written]) => ({ written, iso }));
}

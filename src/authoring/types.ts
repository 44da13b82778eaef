import type { InsetChoice } from "../statement/insetChoice";
// Types of the draft extraction (issue #12). Pure data: the same code runs in the `statement draft`
// command and, later, in the authoring page.
import type { Resolution } from "../countries/types";
import type { StatementProblem } from "../statement/types";

/** What the editor passes on the command line; each one, when given, wins over what the text says. */
export interface DraftOptions {
  id?: string;
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  source?: string;
  url?: string;
}

/** One claim as the statement file writes it, `voice` always spelled out. */
export interface DraftClaim {
  claim: string;
  quote: string;
  by: string;
  voice: "statement" | "reported";
}

/** The draft statement file, in docs/interface.md's format and field order. */
export interface DraftStatementFile {
  id: string;
  title: string;
  date: string;
  source: { name: string; url?: string };
  lang: string;
  text: string[];
  signatories: string[];
  subjects: string[];
  statedCount?: number;
  /** The map's inset, when the editor overrides the map's own choice (#22): "none" or a region. */
  inset?: InsetChoice;
  claims: DraftClaim[];
}

/** Where a piece of the text stands: -1 is the headline, 0 and up index `text`. */
export type ParagraphIndex = number;

/** A signing list found in the text: where it is and what introduces it. */
export interface SignerListFound {
  paragraph: ParagraphIndex;
  /** The words just before the list ("the Foreign Affairs Ministers of"). */
  leadIn: string;
  /** The words just after it ("said in a joint statement"). */
  leadOut: string;
  /** Names in this list, as written, before duplicates across lists are dropped. */
  names: string[];
  /** Why this list was taken for the signers. */
  reasons: string[];
}

/** A signatory name the resolver did not turn into exactly one party. */
export interface UnresolvedName {
  field: "signatories" | "subjects";
  index: number;
  written: string;
  resolution: Extract<Resolution, { ok: false }>;
}

/** A subject and why the extractor took it for one. */
export interface SubjectGuess {
  written: string;
  iso2: string;
  /** Short sentences for the editor: 'paragraph 1: "condemned North Korean supply"'. */
  reasons: string[];
}

/** A field filled from the text rather than from an option, and from where. */
export interface FieldOrigin {
  field: "id" | "title" | "date" | "source";
  value: string;
  from: string;
}

/** Everything the editor should know about the draft; formatted by formatDraftReport. */
export interface DraftReport {
  signerLists: SignerListFound[];
  /** Lists of names that were seen but not taken for signers, with why. */
  otherLists: { paragraph: ParagraphIndex; names: string[]; why: string }[];
  countrySignatories: number;
  orgSignatories: number;
  unresolved: UnresolvedName[];
  subjects: SubjectGuess[];
  statedCount?: { count: number; phrase: string; paragraph: ParagraphIndex };
  fields: FieldOrigin[];
  /** Fields left empty for the editor, with what to do. */
  missing: { field: string; advice: string }[];
  /** Other things the editor should look at. */
  notes: string[];
  problems: StatementProblem[];
}

/** The result of drafting: the file (always written) and whether it validates. */
export interface Draft {
  file: DraftStatementFile;
  report: DraftReport;
  valid: boolean;
}

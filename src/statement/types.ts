import type { InsetChoice } from "./insetChoice";
import type { OrgCode, Resolution } from "../countries/types";

/**
 * What the parser needs of the resolver, passed in so that the statement layer loads no country
 * tables of its own: `resolve` turns a name into a party or says why not, `describe` says so in
 * the resolver's own words. countries/resolveCountry.ts exports the real one, `nameResolver`.
 */
export interface NameResolver {
  /** `lang`: the statement's language (BCP 47); names are read in it and in English. */
  resolve(name: string, lang?: string): Resolution;
  describe(resolution: Resolution): string;
}

export interface Source {
  name: string;
  /** Only ever an http(s) URL once parsed; anything else is dropped with a problem. */
  url?: string;
}

/** A party to the statement, as the source writes it and as the resolver reads it. */
export type Party = { kind: "country"; written: string; iso2: string } | { kind: "org"; written: string; org: OrgCode };

/** A signatory that joined after the first publication. */
export type Addition = Party & { date: string; source: Source };

export interface Claim {
  /** The newsroom's short summary. */
  claim: string;
  /** An exact substring of one paragraph of the text. */
  quote: string;
  /** Who makes the claim ("the ministers", "John Kirby, NSC"). */
  by: string;
  /** "statement": the statement's own words; "reported": what the report attributes to others. */
  voice: "statement" | "reported";
  /** Where the quote stands: paragraph index and character offset in it. */
  paragraph: number;
  offset: number;
}

export interface Statement {
  id: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  source: Source;
  /** Paragraphs as published, plain text. */
  text: string[];
  /** BCP 47 tag of the published language; "en" by default. */
  lang: string;
  /**
   * "summary" when `text` is a summary in the newsroom's own words rather than the statement as
   * published (a publication whose sentences may not be copied); absent when it is as published.
   */
  textKind?: "summary";
  signatories: Party[];
  /** Countries the statement is about. */
  subjects: Extract<Party, { kind: "country" }>[];
  claims: Claim[];
  /** The number of countries the source states, organisations not counted. */
  statedCount?: number;
  /**
   * "members" when the source counts its signatories as members of an organisation (the WTO's
   * include customs territories such as Hong Kong, China), so the page counts members, not
   * countries; absent for the usual count of countries and territories (src/view/countParties.ts).
   */
  countedAs?: "members";
  additions: Addition[];
  /** The map's inset: "none", or a region to magnify; absent, the map chooses from the parties (issue #22). */
  inset?: InsetChoice;
}

/** One thing wrong with a statement file, precise enough to fix it from the message alone. */
export interface StatementProblem {
  /** "error" stops the statement from being shown; "warning" is shown beside it. */
  severity: "error" | "warning";
  /** The file or statement ID ("statements/foo.json"). */
  file: string;
  /** Path of the field ("signatories[3]", "claims[0].quote"). */
  field: string;
  /** The offending value, as found. */
  value: unknown;
  message: string;
}

export type ParseResult = { ok: true; statement: Statement; warnings: StatementProblem[] } | { ok: false; problems: StatementProblem[] };

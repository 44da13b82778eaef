import type { Country, Resolution } from "../countries/types";
import { STATEMENT_ID } from "./statementId";
import { canonicalLanguageTag } from "./canonicalLanguageTag";
import { describeValue, quoteText } from "./describeValue";
import { isRecord } from "./isRecord";
import { isCalendarDate, isIsoDateForm } from "./isCalendarDate";
import { locateQuote, locateQuoteLoosely } from "./locateQuote";
import { toHttpUrl } from "./toHttpUrl";
import type { Addition, Claim, ParseResult, Party, Source, Statement, StatementProblem } from "./types";

export { formatProblem } from "./formatProblem";

/** The language of a statement file that does not say. */
export const DEFAULT_STATEMENT_LANG = "en";

export interface ParseOptions {
  /** The ID the file name promises ("foo" for statements/foo.json); the file's `id` must equal it. */
  expectedId?: string;
}

type Resolve = (name: string) => Resolution;
type CountryParty = Extract<Party, { kind: "country" }>;

/** Collects problems as fields are read, so that every problem is reported at once. */
interface Checker {
  file: string;
  /** What messages start with: the statement ID when one could be read, else the file. */
  label: string;
  problems: StatementProblem[];
}

/** A party together with the field it was read from, for messages about duplicates. */
interface PlacedParty {
  field: string;
  role: "signatory" | "subject";
  party: Party;
}

/**
 * Checks raw JSON against the statement format and resolves its names, reporting every problem.
 * Example: `parseStatement(JSON.parse(json), "statements/x.json", resolveCountry, { expectedId: "x" })`
 * gives `{ ok: true, statement, warnings }` or `{ ok: false, problems }`.
 */
export function parseStatement(raw: unknown, file: string, resolve: Resolve, options: ParseOptions = {}): ParseResult {
  if (!isRecord(raw)) {
    const problem = { severity: "error", file, field: "", value: raw } as const;
    return { ok: false, problems: [{ ...problem, message: `${file}: a statement must be a JSON object, not ${describeValue(raw)}` }] };
  }
  const checker: Checker = { file, label: labelFor(raw.id, file), problems: [] };

  const id = readId(checker, raw.id, options.expectedId);
  const title = readText(checker, raw.title, "title");
  const date = readDate(checker, raw.date, "date");
  const source = readSource(checker, raw.source, "source");
  const text = readParagraphs(checker, raw.text);
  const lang = readLang(checker, raw.lang);
  const signatories = readNames(checker, raw.signatories, "signatories", resolve, { required: true });
  const subjects = readSubjects(checker, raw.subjects, resolve);
  const additions = readAdditions(checker, raw.additions, resolve);
  const claims = readClaims(checker, raw.claims, text);
  const statedCount = readStatedCount(checker, raw.statedCount);

  reportDuplicates(checker, [
    ...placed(signatories, "signatories", "signatory"),
    ...placed(additions, "additions", "signatory", ".name"),
    ...placed(subjects, "subjects", "subject"),
  ]);
  const allSignatories = whole(signatories);
  if (statedCount !== undefined && allSignatories) reportCountMismatch(checker, statedCount, allSignatories);

  const allSubjects = whole(subjects);
  const allAdditions = whole(additions);
  const allClaims = whole(claims);
  const hasErrors = checker.problems.some((problem) => problem.severity === "error");
  // Every reader returns undefined only after reporting an error; the checks below narrow the types.
  if (
    hasErrors ||
    id === undefined ||
    title === undefined ||
    date === undefined ||
    source === undefined ||
    text === undefined ||
    allSignatories === undefined ||
    allSubjects === undefined ||
    allAdditions === undefined ||
    allClaims === undefined
  ) {
    return { ok: false, problems: checker.problems };
  }
  const statement: Statement = {
    id,
    title,
    date,
    source,
    text,
    lang,
    signatories: allSignatories,
    subjects: allSubjects,
    claims: allClaims,
    additions: allAdditions,
    ...(statedCount === undefined ? {} : { statedCount }),
  };
  return { ok: true, statement, warnings: checker.problems };
}

// ---- reporting

function report(checker: Checker, severity: StatementProblem["severity"], field: string, value: unknown, says: string): void {
  checker.problems.push({ severity, file: checker.file, field, value, message: `${checker.label}: ${field} ${says}` });
}

function error(checker: Checker, field: string, value: unknown, says: string): void {
  report(checker, "error", field, value, says);
}

function warn(checker: Checker, field: string, value: unknown, says: string): void {
  report(checker, "warning", field, value, says);
}

function labelFor(id: unknown, file: string): string {
  return typeof id === "string" && STATEMENT_ID.test(id) ? id : file;
}

// ---- plain fields

function readId(checker: Checker, value: unknown, expectedId: string | undefined): string | undefined {
  const id = readText(checker, value, "id");
  if (id === undefined) return undefined;
  if (!STATEMENT_ID.test(id)) {
    error(checker, "id", id, `${quoteText(id)} may hold only lower-case letters, digits and hyphens`);
    return undefined;
  }
  if (expectedId !== undefined && id !== expectedId) {
    error(checker, "id", id, `${quoteText(id)} does not match the file name ${quoteText(expectedId)}`);
    return undefined;
  }
  return id;
}

/** A required, non-blank string. */
function readText(checker: Checker, value: unknown, field: string): string | undefined {
  if (value === undefined) {
    error(checker, field, value, "is missing");
    return undefined;
  }
  if (typeof value !== "string") {
    error(checker, field, value, `must be a string, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.trim() === "") {
    error(checker, field, value, "is empty");
    return undefined;
  }
  return value;
}

function readDate(checker: Checker, value: unknown, field: string): string | undefined {
  const date = readText(checker, value, field);
  if (date === undefined) return undefined;
  if (!isIsoDateForm(date)) {
    error(checker, field, date, `${quoteText(date)} must be written YYYY-MM-DD`);
    return undefined;
  }
  if (!isCalendarDate(date)) {
    error(checker, field, date, `${quoteText(date)} is not a real calendar date`);
    return undefined;
  }
  return date;
}

function readSource(checker: Checker, value: unknown, field: string): Source | undefined {
  if (!isRecord(value)) {
    error(checker, field, value, value === undefined ? "is missing" : `must be an object with a name, not ${describeValue(value)}`);
    return undefined;
  }
  const name = readText(checker, value.name, `${field}.name`);
  const url = readUrl(checker, value.url, `${field}.url`);
  if (name === undefined) return undefined;
  return url === undefined ? { name } : { name, url };
}

/** An optional link: anything but http(s) is dropped with a warning so that it is never made a link. */
function readUrl(checker: Checker, value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    error(checker, field, value, `must be a string, not ${describeValue(value)}`);
    return undefined;
  }
  const url = toHttpUrl(value);
  if (url === undefined) warn(checker, field, value, `${quoteText(value)} is not an http or https address, so it is not shown as a link`);
  return url;
}

function readParagraphs(checker: Checker, value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    error(checker, "text", value, value === undefined ? "is missing" : `must be an array of paragraphs, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    error(checker, "text", value, "is empty: it needs at least one paragraph");
    return undefined;
  }
  const paragraphs = value.map((paragraph, index) => readText(checker, paragraph, `text[${index}]`));
  return whole(paragraphs);
}

function readLang(checker: Checker, value: unknown): string {
  if (value === undefined) return DEFAULT_STATEMENT_LANG;
  if (typeof value !== "string") {
    error(checker, "lang", value, `must be a BCP 47 language tag such as "en", not ${describeValue(value)}`);
    return DEFAULT_STATEMENT_LANG;
  }
  const tag = canonicalLanguageTag(value);
  if (tag === undefined) error(checker, "lang", value, `${quoteText(value)} is not a BCP 47 language tag such as "en" or "fr-CA"`);
  return tag ?? DEFAULT_STATEMENT_LANG;
}

function readStatedCount(checker: Checker, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    error(checker, "statedCount", value, `must be a whole number of countries, 0 or more, not ${describeValue(value)}`);
    return undefined;
  }
  return value;
}

// ---- names

/**
 * An array of names resolved to parties. Each entry is undefined where its name failed (and was
 * reported), so that later checks still see the names that did resolve.
 */
function readNames(
  checker: Checker,
  value: unknown,
  field: string,
  resolve: Resolve,
  { required }: { required: boolean },
): (Party | undefined)[] | undefined {
  if (!Array.isArray(value)) {
    error(checker, field, value, value === undefined ? "is missing" : `must be an array of names, not ${describeValue(value)}`);
    return undefined;
  }
  if (required && value.length === 0) {
    error(checker, field, value, "is empty: a statement needs at least one signatory");
    return undefined;
  }
  return value.map((name, index) => readName(checker, name, `${field}[${index}]`, resolve));
}

function readName(checker: Checker, value: unknown, field: string, resolve: Resolve): Party | undefined {
  const written = readText(checker, value, field);
  if (written === undefined) return undefined;
  const resolution = resolve(written);
  if (resolution.ok) {
    return resolution.kind === "country"
      ? { kind: "country", written, iso2: resolution.country.iso2 }
      : { kind: "org", written, org: resolution.org };
  }
  const says =
    resolution.reason === "ambiguous"
      ? `is ambiguous: ${listCountries(resolution.candidates, "or")}`
      : `is not a known country or organisation${resolution.suggestions.length > 0 ? `; did you mean ${listCountries(resolution.suggestions.slice(0, 3), "or")}?` : ""}`;
  error(checker, field, written, `${quoteText(written)} ${says}`);
  return undefined;
}

function readSubjects(checker: Checker, value: unknown, resolve: Resolve): (CountryParty | undefined)[] | undefined {
  const parties = readNames(checker, value, "subjects", resolve, { required: false });
  return parties?.map((party, index) => {
    if (party === undefined || party.kind === "country") return party;
    error(checker, `subjects[${index}]`, party.written, `${quoteText(party.written)} is an organisation (${party.org}); subjects must be countries`);
    return undefined;
  });
}

function readAdditions(checker: Checker, value: unknown, resolve: Resolve): (Addition | undefined)[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    error(checker, "additions", value, `must be an array of { name, date, source }, not ${describeValue(value)}`);
    return undefined;
  }
  return value.map((item, index) => readAddition(checker, item, `additions[${index}]`, resolve));
}

function readAddition(checker: Checker, value: unknown, field: string, resolve: Resolve): Addition | undefined {
  if (!isRecord(value)) {
    error(checker, field, value, `must be an object { name, date, source }, not ${describeValue(value)}`);
    return undefined;
  }
  const party = readName(checker, value.name, `${field}.name`, resolve);
  const date = readDate(checker, value.date, `${field}.date`);
  const source = readSource(checker, value.source, `${field}.source`);
  if (party === undefined || date === undefined || source === undefined) return undefined;
  return { ...party, date, source };
}

// ---- claims

function readClaims(checker: Checker, value: unknown, text: string[] | undefined): (Claim | undefined)[] | undefined {
  if (!Array.isArray(value)) {
    error(checker, "claims", value, value === undefined ? "is missing" : `must be an array of claims, not ${describeValue(value)}`);
    return undefined;
  }
  return value.map((item, index) => readClaim(checker, item, `claims[${index}]`, text));
}

function readClaim(checker: Checker, value: unknown, field: string, text: string[] | undefined): Claim | undefined {
  if (!isRecord(value)) {
    error(checker, field, value, `must be an object { claim, quote, by }, not ${describeValue(value)}`);
    return undefined;
  }
  const claim = readText(checker, value.claim, `${field}.claim`);
  const quote = readText(checker, value.quote, `${field}.quote`);
  const by = readText(checker, value.by, `${field}.by`);
  const voice = readVoice(checker, value.voice, `${field}.voice`);
  // Without a sound text there is nothing to look the quote up in; the text's own problem is reported.
  const location = quote !== undefined && text !== undefined ? findQuote(checker, quote, `${field}.quote`, text) : undefined;
  if (claim === undefined || quote === undefined || by === undefined || voice === undefined || location === undefined) {
    return undefined;
  }
  return { claim, quote, by, voice, ...location };
}

function readVoice(checker: Checker, value: unknown, field: string): Claim["voice"] | undefined {
  if (value === undefined) return "statement";
  if (value === "statement" || value === "reported") return value;
  error(checker, field, value, `${describeValue(value)} must be "statement" or "reported"`);
  return undefined;
}

function findQuote(checker: Checker, quote: string, field: string, text: string[]): { paragraph: number; offset: number } | undefined {
  const location = locateQuote(quote, text);
  if (location) return location;
  const near = locateQuoteLoosely(quote, text);
  const hint =
    near === undefined
      ? "it must match one paragraph character for character"
      : `text[${near}] has it only with different case, quote marks or spacing`;
  error(checker, field, quote, `${quoteText(quote)} is not in the text: ${hint}`);
  return undefined;
}

// ---- checks across fields

function placed(
  parties: (Party | Addition | undefined)[] | undefined,
  field: string,
  role: PlacedParty["role"],
  suffix = "",
): PlacedParty[] {
  return (parties ?? []).flatMap((party, index) => (party ? [{ field: `${field}[${index}]${suffix}`, role, party }] : []));
}

/** A country may be neither a signatory and a subject at once nor listed twice (nor may an org). */
function reportDuplicates(checker: Checker, parties: PlacedParty[]): void {
  const firstByCode = new Map<string, PlacedParty>();
  for (const entry of parties) {
    const code = codeOf(entry.party);
    // Keyed by kind too, so that an organisation's code can never meet a country's.
    const key = `${entry.party.kind}:${code}`;
    const first = firstByCode.get(key);
    if (first === undefined) {
      firstByCode.set(key, entry);
      continue;
    }
    const here = `${quoteText(entry.party.written)} (${code})`;
    const there = `${first.field} ${quoteText(first.party.written)}`;
    const says =
      first.role === entry.role
        ? `${here} is listed twice: also at ${there}`
        : `${here} is both a signatory and a subject: also at ${there}`;
    error(checker, entry.field, entry.party.written, says);
  }
}

function reportCountMismatch(checker: Checker, statedCount: number, signatories: Party[]): void {
  const countries = signatories.filter((party) => party.kind === "country").length;
  if (countries === statedCount) return;
  warn(
    checker,
    "statedCount",
    statedCount,
    `${statedCount} does not match the ${countries} countries in signatories (organisations and additions not counted)`,
  );
}

// ---- helpers

function codeOf(party: Party): string {
  return party.kind === "country" ? party.iso2 : party.org;
}

/** "North Korea (KP) or South Korea (KR)"; "A (X), B (Y) or C (Z)". */
function listCountries(countries: Country[], conjunction: string): string {
  const named = countries.map((country) => `${country.name} (${country.iso2})`);
  return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} ${conjunction} ${named.at(-1)}`;
}

/** The whole array when every entry was read, else undefined. */
function whole<T>(entries: (T | undefined)[] | undefined): T[] | undefined {
  return entries?.every((entry) => entry !== undefined) ? (entries as T[]) : undefined;
}

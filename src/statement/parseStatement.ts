import { INSET_REGION_IDS, isInsetChoice, type InsetChoice } from "./insetChoice";
import { canonicalLanguageTag } from "./canonicalLanguageTag";
import { describeValue, quoteText } from "./describeValue";
import { isRecord } from "./isRecord";
import { STATEMENT_LIMITS } from "./limits";
import { locateQuote, looseQuoteFinder } from "./locateQuote";
import { checkerFor, error, readArrayOf, readDate, readRecord, readText, readUrl, warn, whole, type Checker } from "./readers";
import { STATEMENT_ID } from "./statementId";
import type { Addition, Claim, NameResolver, ParseResult, Party, Source, Statement } from "./types";

export { formatProblem } from "./formatProblem";

/** The language of a statement file that does not say. */
export const DEFAULT_STATEMENT_LANG = "en";

export interface ParseOptions {
  /** The ID the file name promises ("foo" for statements/foo.json); the file's `id` must equal it. */
  expectedId?: string;
}

type CountryParty = Extract<Party, { kind: "country" }>;

/** A party together with the field it was read from, for messages about duplicates. */
interface PlacedParty {
  field: string;
  role: "signatory" | "subject";
  party: Party;
}

/**
 * Checks raw JSON against the statement format and resolves its names, reporting every problem.
 * Files are read with readStatementFile, which checks the text's size and nesting first.
 * @example parseStatement(JSON.parse(json), "statements/x.json", nameResolver, { expectedId: "x" })
 * // { ok: true, statement, warnings } or { ok: false, problems }
 */
export function parseStatement(raw: unknown, file: string, resolver: NameResolver, options: ParseOptions = {}): ParseResult {
  if (!isRecord(raw)) {
    const problem = { severity: "error", file, field: "", value: raw } as const;
    return { ok: false, problems: [{ ...problem, message: `${file}: a statement must be a JSON object, not ${describeValue(raw)}` }] };
  }
  const checker = checkerFor(file, raw.id);

  const id = readId(checker, raw.id, options.expectedId);
  const title = readText(checker, raw.title, "title");
  const date = readDate(checker, raw.date, "date");
  const source = readSource(checker, raw.source, "source");
  const text = whole(
    readArrayOf(checker, raw.text, "text", {
      shape: "an array of paragraphs",
      max: STATEMENT_LIMITS.paragraphs,
      needsOne: "it needs at least one paragraph",
      read: (paragraph, field) => readText(checker, paragraph, field, STATEMENT_LIMITS.paragraphCharacters),
    }),
  );
  const lang = readLang(checker, raw.lang);
  // Names are read in the statement's language (and English), so `lang` is read before them.
  const readName = nameReader(checker, resolver, lang);
  const textKind = readTextKind(checker, raw.textKind);
  const signatories = readArrayOf(checker, raw.signatories, "signatories", {
    shape: "an array of names",
    max: STATEMENT_LIMITS.signatories,
    needsOne: "a statement needs at least one signatory",
    read: (name, field) => readName(name, field),
  });
  const subjects = readArrayOf(checker, raw.subjects, "subjects", {
    shape: "an array of names",
    max: STATEMENT_LIMITS.subjects,
    read: (name, field) => countryOnly(checker, readName(name, field), field),
  });
  const additions = readArrayOf(checker, raw.additions, "additions", {
    shape: "an array of { name, date, source }",
    max: STATEMENT_LIMITS.additions,
    whenAbsent: [],
    read: (item, field) => readAddition(checker, item, field, readName),
  });
  const quotes = quoteFinder(text);
  const claims = readArrayOf(checker, raw.claims, "claims", {
    shape: "an array of claims",
    max: STATEMENT_LIMITS.claims,
    read: (item, field) => readClaim(checker, item, field, quotes),
  });
  const statedCount = readStatedCount(checker, raw.statedCount);
  const inset = readInset(checker, raw.inset);
  const countedAs = readCountedAs(checker, raw.countedAs);

  reportDuplicates(checker, [
    ...placed(signatories, "signatories", "signatory"),
    ...placed(additions, "additions", "signatory", ".name"),
    ...placed(subjects, "subjects", "subject"),
  ]);
  const allSignatories = whole(signatories);
  if (statedCount !== undefined && allSignatories) reportCountMismatch(checker, statedCount, allSignatories, countedAs);

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
    ...(textKind === "summary" ? { textKind } : {}),
    lang,
    signatories: allSignatories,
    subjects: allSubjects,
    claims: allClaims,
    additions: allAdditions,
    ...(statedCount === undefined ? {} : { statedCount }),
    ...(inset === undefined ? {} : { inset }),
    ...(countedAs === "members" ? { countedAs } : {}),
  };
  return { ok: true, statement, warnings: checker.problems };
}

// ---- fields

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

function readSource(checker: Checker, value: unknown, field: string): Source | undefined {
  const record = readRecord(checker, value, field, "an object with a name");
  if (record === undefined) return undefined;
  const name = readText(checker, record.name, `${field}.name`);
  const url = readUrl(checker, record.url, `${field}.url`);
  if (name === undefined) return undefined;
  return url === undefined ? { name } : { name, url };
}

function readLang(checker: Checker, value: unknown): string {
  if (value === undefined) return DEFAULT_STATEMENT_LANG;
  if (typeof value !== "string") {
    error(checker, "lang", value, `must be a BCP 47 language tag such as "en", not ${describeValue(value)}`);
    return DEFAULT_STATEMENT_LANG;
  }
  const tag = value.length > STATEMENT_LIMITS.textCharacters ? undefined : canonicalLanguageTag(value);
  if (tag === undefined) error(checker, "lang", value, `${quoteText(value)} is not a BCP 47 language tag such as "en" or "fr-CA"`);
  return tag ?? DEFAULT_STATEMENT_LANG;
}

/** "published" (the default: `text` is the statement as published) or "summary" (our own words, where copying is not allowed). */
function readTextKind(checker: Checker, value: unknown): "published" | "summary" {
  if (value === undefined || value === "published" || value === "summary") return value ?? "published";
  error(checker, "textKind", value, `must be "published" or "summary", not ${describeValue(value)}`);
  return "published";
}

function readInset(checker: Checker, value: unknown): InsetChoice | undefined {
  if (value === undefined || isInsetChoice(value)) return value;
  error(checker, "inset", value, `must be "none" or one of the regions ${INSET_REGION_IDS.map((id) => `"${id}"`).join(", ")}, not ${describeValue(value)}`);
  return undefined;
}

/** "countries" (the default: states, and territories that sign in their own right) or "members" (of an organisation, as the source counts them). */
function readCountedAs(checker: Checker, value: unknown): "countries" | "members" {
  if (value === undefined || value === "countries" || value === "members") return value ?? "countries";
  error(checker, "countedAs", value, `must be "countries" or "members", not ${describeValue(value)}`);
  return "countries";
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
 * Reads a name and resolves it, reporting a failure in the resolver's own words:
 * `signatories[1] "Korea" is ambiguous: North Korea (KP) or South Korea (KR)`.
 */
function nameReader(checker: Checker, resolver: NameResolver, lang: string): (value: unknown, field: string) => Party | undefined {
  return (value, field) => {
    const written = readText(checker, value, field, STATEMENT_LIMITS.nameCharacters);
    if (written === undefined) return undefined;
    const resolution = resolver.resolve(written, lang);
    if (resolution.ok) {
      return resolution.kind === "country" ? { kind: "country", written, iso2: resolution.country.iso2 } : { kind: "org", written, org: resolution.org };
    }
    error(checker, field, written, `${quoteText(written)} is ${resolver.describe(resolution)}`);
    return undefined;
  };
}

/** A subject must be a country: an organisation is reported. */
function countryOnly(checker: Checker, party: Party | undefined, field: string): CountryParty | undefined {
  if (party === undefined || party.kind === "country") return party;
  error(checker, field, party.written, `${quoteText(party.written)} is an organisation (${party.org}); subjects must be countries`);
  return undefined;
}

function readAddition(checker: Checker, value: unknown, field: string, readName: (value: unknown, field: string) => Party | undefined): Addition | undefined {
  const record = readRecord(checker, value, field, "an object { name, date, source }");
  if (record === undefined) return undefined;
  const party = readName(record.name, `${field}.name`);
  const date = readDate(checker, record.date, `${field}.date`);
  const source = readSource(checker, record.source, `${field}.source`);
  if (party === undefined || date === undefined || source === undefined) return undefined;
  return { ...party, date, source };
}

// ---- claims

type FindQuote = (quote: string) => { paragraph: number; offset: number } | { near: number | undefined };

/**
 * Where a quote stands in the text, or, when it is not there verbatim, the paragraph that has it
 * with other case, quote marks or spacing. Undefined without a sound text: the text's own problem
 * is reported, and there is nothing to look a quote up in.
 */
function quoteFinder(text: string[] | undefined): FindQuote | undefined {
  if (text === undefined) return undefined;
  const findLoosely = looseQuoteFinder(text);
  return (quote) => locateQuote(quote, text) ?? { near: findLoosely(quote) };
}

function readClaim(checker: Checker, value: unknown, field: string, findQuote: FindQuote | undefined): Claim | undefined {
  const record = readRecord(checker, value, field, "an object { claim, quote, by }");
  if (record === undefined) return undefined;
  const claim = readText(checker, record.claim, `${field}.claim`);
  const quote = readText(checker, record.quote, `${field}.quote`, STATEMENT_LIMITS.paragraphCharacters);
  const by = readText(checker, record.by, `${field}.by`, STATEMENT_LIMITS.nameCharacters);
  const voice = readVoice(checker, record.voice, `${field}.voice`);
  const found = quote !== undefined && findQuote !== undefined ? findQuote(quote) : undefined;
  if (found !== undefined && "near" in found) {
    const hint =
      found.near === undefined
        ? "it must match one paragraph character for character"
        : `text[${found.near}] has it only with different case, quote marks or spacing`;
    error(checker, `${field}.quote`, quote, `${quoteText(quote ?? "")} is not in the text: ${hint}`);
  }
  if (claim === undefined || quote === undefined || by === undefined || voice === undefined || found === undefined || "near" in found) {
    return undefined;
  }
  return { claim, quote, by, voice, ...found };
}

function readVoice(checker: Checker, value: unknown, field: string): Claim["voice"] | undefined {
  if (value === undefined) return "statement";
  if (value === "statement" || value === "reported") return value;
  error(checker, field, value, `${describeValue(value)} must be "statement" or "reported"`);
  return undefined;
}

// ---- checks across fields

function placed(parties: (Party | Addition | undefined)[] | undefined, field: string, role: PlacedParty["role"], suffix = ""): PlacedParty[] {
  return (parties ?? []).flatMap((party, index) => (party ? [{ field: `${field}[${index}]${suffix}`, role, party }] : []));
}

/** A country may be neither a signatory and a subject at once nor listed twice (nor may an org). */
function reportDuplicates(checker: Checker, parties: PlacedParty[]): void {
  const firstByCode = new Map<string, PlacedParty>();
  for (const entry of parties) {
    const code = entry.party.kind === "country" ? entry.party.iso2 : entry.party.org;
    // Keyed by kind too, so that an organisation's code can never meet a country's (AU, the African Union, is not AU, Australia).
    const key = `${entry.party.kind}:${code}`;
    const first = firstByCode.get(key);
    if (first === undefined) {
      firstByCode.set(key, entry);
      continue;
    }
    const here = `${quoteText(entry.party.written)} (${code})`;
    const there = `${first.field} ${quoteText(first.party.written)}`;
    const says = first.role === entry.role ? `${here} is listed twice: also at ${there}` : `${here} is both a signatory and a subject: also at ${there}`;
    error(checker, entry.field, entry.party.written, says);
  }
}

function reportCountMismatch(checker: Checker, statedCount: number, signatories: Party[], countedAs: "countries" | "members"): void {
  const countries = signatories.filter((party) => party.kind === "country").length;
  if (countries === statedCount) return;
  const parties = countedAs === "members" ? "members" : "countries";
  warn(
    checker,
    "statedCount",
    statedCount,
    `${statedCount} does not match the ${countries} ${parties} in signatories (organisations and additions not counted)`,
  );
}

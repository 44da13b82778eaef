// The primitive readers of the statement format: each reads one field of raw JSON, reports what
// is wrong with it (naming the statement, the field and the value), and returns the value typed,
// or undefined once it has reported an error. parseStatement.ts composes them.
import { describeValue, quoteText } from "./describeValue";
import { isCalendarDate, isIsoDateForm } from "./isCalendarDate";
import { isRecord } from "./isRecord";
import { formatCount, STATEMENT_LIMITS } from "./limits";
import { STATEMENT_ID } from "./statementId";
import { toHttpUrl } from "./toHttpUrl";
import type { StatementProblem } from "./types";

/** Collects problems as fields are read, so that every problem is reported at once. */
export interface Checker {
  file: string;
  /** What messages start with: the statement ID when one could be read, else the file. */
  label: string;
  problems: StatementProblem[];
}

/**
 * A checker for one file, its messages labelled with the file's `id` when that is a valid ID.
 * @example checkerFor("statements/x.json", "x").label // "x"
 */
export function checkerFor(file: string, id: unknown): Checker {
  return { file, label: typeof id === "string" && STATEMENT_ID.test(id) ? id : file, problems: [] };
}

function report(checker: Checker, severity: StatementProblem["severity"], field: string, value: unknown, says: string): void {
  checker.problems.push({ severity, file: checker.file, field, value, message: `${checker.label}: ${field} ${says}` });
}

/**
 * Reports an error: "x: signatories[2] <says>".
 * @example error(checker, "title", 42, "must be a string, not the number 42")
 */
export function error(checker: Checker, field: string, value: unknown, says: string): void {
  report(checker, "error", field, value, says);
}

/**
 * Reports a warning: shown beside the statement, which still loads.
 * @example warn(checker, "statedCount", 3, "3 does not match the 2 countries in signatories")
 */
export function warn(checker: Checker, field: string, value: unknown, says: string): void {
  report(checker, "warning", field, value, says);
}

/**
 * A required, non-blank string of at most `maxLength` characters.
 * @example readText(checker, "Title", "title") // "Title"; readText(checker, "", "title") reports "title is empty"
 */
export function readText(checker: Checker, value: unknown, field: string, maxLength: number = STATEMENT_LIMITS.textCharacters): string | undefined {
  if (value === undefined) {
    error(checker, field, value, "is missing");
    return undefined;
  }
  if (typeof value !== "string") {
    error(checker, field, value, `must be a string, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.length > maxLength) {
    error(checker, field, value, `${quoteText(value)} is ${formatCount(value.length)} characters long; at most ${formatCount(maxLength)} are allowed`);
    return undefined;
  }
  if (value.trim() === "") {
    error(checker, field, value, "is empty");
    return undefined;
  }
  return value;
}

/**
 * A required calendar date written YYYY-MM-DD.
 * @example readDate(checker, "2024-02-30", "date") // undefined, reporting "is not a real calendar date"
 */
export function readDate(checker: Checker, value: unknown, field: string): string | undefined {
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

/**
 * An optional link: anything but an absolute http(s) URL is dropped with a warning, so that it is
 * never made a link.
 * @example readUrl(checker, "javascript:alert(1)", "source.url") // undefined, with a warning
 */
export function readUrl(checker: Checker, value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    error(checker, field, value, `must be a string, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.length > STATEMENT_LIMITS.textCharacters) {
    error(
      checker,
      field,
      value,
      `${quoteText(value)} is ${formatCount(value.length)} characters long; at most ${formatCount(STATEMENT_LIMITS.textCharacters)} are allowed`,
    );
    return undefined;
  }
  const url = toHttpUrl(value);
  if (url === undefined) warn(checker, field, value, `${quoteText(value)} is not an http or https address, so it is not shown as a link`);
  return url;
}

/**
 * A JSON object, described in the message as `shape` when it is something else.
 * @example readRecord(checker, "Wire", "source", "an object with a name") // undefined, reporting 'must be an object with a name, not "Wire"'
 */
export function readRecord(checker: Checker, value: unknown, field: string, shape: string): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  error(checker, field, value, value === undefined ? "is missing" : `must be ${shape}, not ${describeValue(value)}`);
  return undefined;
}

export interface ArrayRules<T> {
  /** What the field must be, for messages: "an array of names". */
  shape: string;
  /** The most entries allowed (see limits.ts): a longer array is refused before any entry is read. */
  max: number;
  /** Why an empty array is wrong ("a statement needs at least one signatory"); absent where empty is fine. */
  needsOne?: string;
  /** Where absent is fine, the value it stands for. */
  whenAbsent?: T[];
  /** Reads one entry at `field[index]`. */
  read: (item: unknown, field: string, index: number) => T | undefined;
}

/**
 * An array read entry by entry. Each entry is undefined where it failed (and was reported), so
 * that later checks still see the entries that were read; undefined for the whole when the array
 * itself is wrong.
 * @example readArrayOf(checker, ["a", 7], "text", { shape: "an array of paragraphs", max: 1000, read: … }) // ["a", undefined]
 */
export function readArrayOf<T>(checker: Checker, value: unknown, field: string, rules: ArrayRules<T>): (T | undefined)[] | undefined {
  if (value === undefined && rules.whenAbsent) return rules.whenAbsent;
  if (!Array.isArray(value)) {
    error(checker, field, value, value === undefined ? "is missing" : `must be ${rules.shape}, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.length > rules.max) {
    error(checker, field, value.length, `has ${formatCount(value.length)} entries; at most ${formatCount(rules.max)} are allowed`);
    return undefined;
  }
  if (value.length === 0 && rules.needsOne !== undefined) {
    error(checker, field, value, `is empty: ${rules.needsOne}`);
    return undefined;
  }
  return value.map((item, index) => rules.read(item, `${field}[${index}]`, index));
}

/**
 * The whole array when every entry was read, else undefined.
 * @example whole([1, 2]) // [1, 2]; whole([1, undefined]) // undefined
 */
export function whole<T>(entries: (T | undefined)[] | undefined): T[] | undefined {
  return entries?.every((entry) => entry !== undefined) ? (entries as T[]) : undefined;
}

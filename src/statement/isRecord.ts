/**
 * True for a plain JSON object (not null, not an array): the one check every reader of outside
 * JSON (statement files, generated tables, reviewed data) uses before reading fields.
 * @example isRecord({ name: "x" }) // true; isRecord([]) and isRecord(null) are false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

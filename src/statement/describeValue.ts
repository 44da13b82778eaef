const MAX_SHOWN_CHARACTERS = 60;

/**
 * A value as a message shows it, on one line and short:
 * `describeValue("Korea")` is `"Korea"`, `describeValue(42)` is `the number 42`, `describeValue([])` is `an array`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return quoteText(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${String(value)}`;
}

/** A string in double quotes, escaped to one line and cut to a readable length: `quoteText("a\nb")` is `"a\nb"`. */
export function quoteText(text: string): string {
  const shown = text.length > MAX_SHOWN_CHARACTERS ? `${text.slice(0, MAX_SHOWN_CHARACTERS - 1)}…` : text;
  return JSON.stringify(shown);
}

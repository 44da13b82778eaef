/** The normalised URL when `value` is an absolute http(s) URL, else undefined: `toHttpUrl("javascript:alert(1)")` is undefined. */
export function toHttpUrl(value: string): string | undefined {
  const url = parseUrl(value);
  // Keep the parsed href, not the raw string, so what becomes a link is exactly what was checked.
  return url && (url.protocol === "http:" || url.protocol === "https:") ? url.href : undefined;
}

// `new URL` throws on bad input; URL.canParse would avoid the try but is missing in Safari < 17.
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

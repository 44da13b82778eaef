/**
 * Writes one URL parameter in place (replaceState: no history entry per click), or removes it when null.
 * Returns nothing; the URL is the only thing it touches.
 */
export function replaceParam(name: string, value: string | null): void {
  if (typeof window === "undefined") return;
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

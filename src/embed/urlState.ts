/** Reloads the page in another language (the page is prerendered in one language, so a reload is the clean switch), replacing the history entry. */
export function reloadInLanguage(lang: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", lang);
  window.location.replace(url);
}

/** Forces a theme (or, with null, follows the system again) and keeps it in the URL. */
export function applyTheme(theme: "light" | "dark" | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  replaceParam("theme", theme);
}

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

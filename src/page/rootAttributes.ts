import type { Theme } from "../embed/pageAddress";
import type { PageParams } from "./parseParams";

/**
 * The attributes on <html> the stylesheet lays the page out by, before any React runs: the
 * language, a forced theme, the embed layout and how its panel shows, a transparent background. Set by the boot script in
 * <head> (so the first paint is already the right layout) and again by main.tsx.
 * applyRootAttributes(document.documentElement, params).
 */
export function applyRootAttributes(root: HTMLElement, params: PageParams): void {
  root.lang = params.lang;
  applyTheme(root, params.theme);
  if (params.background) root.dataset.bg = params.background;
  else delete root.dataset.bg;
  if (params.embed) {
    root.dataset.embed = "";
    root.dataset.panel = params.panel;
  } else {
    delete root.dataset.embed;
    delete root.dataset.panel;
  }
}

/** Forces a theme on <html> (the stylesheet's dark set follows `data-theme`), or with null follows the system again. */
export function applyTheme(root: HTMLElement, theme: Theme | null): void {
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
}

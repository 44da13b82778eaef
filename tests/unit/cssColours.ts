// The palette's colours by custom-property name, and WCAG contrast, for the palette and theme tests.
import { PALETTE, cssName, type ColourName, type Theme } from "../../src/map/palette";

/** One theme's colours keyed as the page's custom properties: themeProperties("dark")["--sea"] → "#16202a". */
export function themeProperties(theme: Theme): Record<string, string> {
  return Object.fromEntries((Object.keys(PALETTE) as ColourName[]).map((name) => [cssName(name), PALETTE[name][theme]]));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours: contrast("#000000", "#ffffff") → 21. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

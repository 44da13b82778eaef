/**
 * Every colour of the page and of the exported map, light and dark, in one place. The data step
 * writes them as CSS custom properties (src/build/writePaletteCss.ts → src/generated/palette.css,
 * imported first by styles.css), and the SVG export reads them from here, so the page, the
 * downloads and the share cards cannot drift apart. Newsroom CSS can still override any of them
 * by its custom property (`--signatory`, …).
 *
 * The map: a colour-blind-safe set that also reads in greyscale: dark blue, mid blue, hatched
 * orange, pale grey. Each named category is 3:1 or more against the sea and against "did not
 * sign", and the two blues are 3:1 apart; land that did not sign is told from the sea by its
 * outline. In both themes the first signatories stand out most, the later ones next and the
 * countries that did not sign least (contrast against "did not sign" and against the sea), so the
 * dark set turns the light one's order of lightness round rather than copying its colours. In the dark set, text on every surface is at least 4.5:1, and the map's categories
 * differ in lightness at least as much as in the light set. tests/unit/map/palette.test.ts and
 * tests/unit/embed/themeContrast.test.ts check all of it.
 *
 * The dark set applies on screen only (forced by theme=dark, or the system's choice when no theme
 * is forced): print is always dark on white.
 */
export const PALETTE = {
  // The map's categories (drawn by CATEGORY_LOOKS below and the [data-category] rules in styles.css).
  // Emphasis follows the story in both themes (issue #27): first signatories stand out most from
  // the ground (darkest on light, lightest on dark), later ones next, non-signers least.
  signatory: { light: "#08244a", dark: "#d0e7fa" },
  joined: { light: "#3a78b8", dark: "#3f7fc8" },
  subject: { light: "#b35209", dark: "#e08a2c" },
  subjectHatch: { light: "#3d1a00", dark: "#6b3500" },
  other: { light: "#e8e5e0", dark: "#2b3036" },
  otherOutline: { light: "#8a857d", dark: "#6f757d" },
  // The map's ground and lines.
  sea: { light: "#f7f9fb", dark: "#16202a" },
  sphereStroke: { light: "#c9d3dc", dark: "#2c3a47" },
  border: { light: "#ffffff", dark: "#101417" },
  /** The ring round a micro-state's marker: white in both themes, so a dark dot stands out from dark land too. */
  markerRing: { light: "#ffffff", dark: "#ffffff" },
  /** The edge of a legend swatch, so the palest category still has a shape. */
  swatchEdge: { light: "#00000033", dark: "#00000033" },
  /** Hover and group outlines. */
  outline: { light: "#111111", dark: "#f2f1ee" },
  /**
   * The casing under a group outline's dashes (issue #17): the dash in `outline` and this halo are
   * far apart in lightness, so the pair shows on every fill, dark blue and pale grey alike.
   */
  groupHalo: { light: "#ffffff", dark: "#101417" },
  /** Keyboard focus and the selected country. */
  focus: { light: "#c2185b", dark: "#ff6fa8" },
  // Text and surfaces.
  text: { light: "#1d1d1b", dark: "#e8e6e1" },
  muted: { light: "#5b5b57", dark: "#a8a69f" },
  warningText: { light: "#8a4b00", dark: "#f0b26b" },
  /** The platform's own link colour in the light theme; a light blue that reads on dark surfaces. */
  link: { light: "LinkText", dark: "#8ab4f8" },
  panelBg: { light: "#ffffff", dark: "#1a1c1f" },
  pageBg: { light: "#fafaf8", dark: "#121416" },
  controlBg: { light: "#ffffff", dark: "#24272b" },
  controlBorder: { light: "#b8b6b0", dark: "#6a6e75" },
  chipBorder: { light: "#cfccc5", dark: "#50545a" },
  cardBg: { light: "#fbfaf7", dark: "#202327" },
  cardBorder: { light: "#dedbd4", dark: "#3a3e44" },
  pressedBg: { light: "#fff6d6", dark: "#3d3520" },
  hoverBg: { light: "#eef3f7", dark: "#263646" },
  divider: { light: "#e3e1dc", dark: "#33363b" },
  noticeBg: { light: "#fff4d6", dark: "#3b3216" },
  /** A highlighted quote: the same yellow in both themes, with dark text on it. */
  mark: { light: "#ffe28a", dark: "#ffe28a" },
  markText: { light: "#1d1d1b", dark: "#1d1d1b" },
} as const satisfies Record<string, { light: string; dark: string }>;

export type ColourName = keyof typeof PALETTE;
export type Theme = "light" | "dark";

/**
 * The custom property that carries a colour on the page.
 * @example cssName("otherOutline") // "--other-outline"
 */
export const cssName = (name: ColourName): string => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * One theme's colours by name.
 * @example themeColours("dark").signatory // "#d0e7fa"
 */
export function themeColours(theme: Theme): Record<ColourName, string> {
  return Object.fromEntries(Object.entries(PALETTE).map(([name, colours]) => [name, colours[theme]])) as Record<ColourName, string>;
}

/**
 * How the map draws one category: its fill (with a hatch over it, for subjects, so colour is never
 * the only signal), its border, the ring round its marker, and the public `data-status` it
 * reports. Colours are palette names, so one look serves both themes.
 */
export interface CategoryLook {
  status: "signatory" | "subject" | "other";
  fill: ColourName;
  hatch?: ColourName;
  /** Default: `border`. */
  stroke?: ColourName;
  /** Default: `markerRing`. */
  markerStroke?: ColourName;
}

/**
 * The map's categories as data: a new category (covered territories, a comparison's "both") is one
 * entry here, plus its `[data-category]` rule in styles.css, which a unit test holds to this table.
 * @example CATEGORY_LOOKS.joined // { status: "signatory", fill: "joined" }
 */
export const CATEGORY_LOOKS = {
  signatory: { status: "signatory", fill: "signatory" },
  // A later signatory is still a signatory to the public data-status hook.
  joined: { status: "signatory", fill: "joined" },
  subject: { status: "subject", fill: "subject", hatch: "subjectHatch", markerStroke: "subjectHatch" },
  // Land that did not sign is told from the sea by its outline (see the palette's contrast notes).
  other: { status: "other", fill: "other", stroke: "otherOutline" },
  // Two statements compared (compare=ID): the two blues for those who signed the page's own
  // statement (both, or only it), hatched orange for those who signed only the other one, so the
  // three stay apart in greyscale too; a comparison has no subjects to confuse the hatch with.
  both: { status: "signatory", fill: "signatory" },
  first: { status: "signatory", fill: "joined" },
  second: { status: "other", fill: "subject", hatch: "subjectHatch", markerStroke: "subjectHatch" },
} as const satisfies Record<string, CategoryLook>;

export type CategoryName = keyof typeof CATEGORY_LOOKS;

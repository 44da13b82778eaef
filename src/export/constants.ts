// Sizes, fonts and line widths of the exported pictures, in one place. Colours are the palette's
// (src/map/palette.ts); lengths here are CSS px of the finished picture.

/** The social card: Open Graph's and X's large-image size (1.91:1), the size of the ID-social.png download (docs/interface.md, "Downloads"). */
export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/**
 * No web font, nothing to fetch (Wikimedia and Illustrator reject an external @import,
 * owid/owid-grapher#4536): Noto Sans first, which the share cards bundle, then the system fonts of
 * Macs, Windows and Linux. Each is as narrow as Noto Sans or narrower, so a title wrapped for it
 * never overflows in the others (owid/owid-grapher#1993).
 */
export const FONT_STACK = "'Noto Sans', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";

/** Where a line's baseline sits below the top of its line box, as a share of the font size. */
export const BASELINE = 0.92;

/** The map's lines, as styles.css draws them on screen (non-scaling strokes there). */
export const STROKE = {
  border: 0.4,
  sphere: 0.5,
  markerRing: 1.2,
  selected: 2.5,
  group: 1.8,
  /** The inset's frame and its window's outline on the world; a moved marker's leader line. */
  inset: 1,
  leader: 0.8,
  /** Dash and gap of a group's outline. */
  groupDash: [4, 2],
} as const;

/** The subjects' hatch, in the map's viewBox units as on screen: a 4-unit tile, a 1.6-unit line, at 45°; never a tile under 3 px of the picture. */
export const HATCH = { tile: 4, line: 1.6, angle: 45, minTilePx: 3 } as const;

/** Rings round a marker, as multiples of its radius: the selected country's, a group member's (as WorldMap draws them). */
export const RING = { selected: 1.7, group: 1.9 } as const;

/** One block of text: font size and line height in px, and whether it is bold. */
export interface TextStyle {
  size: number;
  lineHeight: number;
  bold?: boolean;
}

/** The picture of the map as shown: title, context, map, legend, then date, source and credit, at the page's own sizes. */
export const SCREEN = {
  pad: 16,
  gap: 10,
  /** Below this width the title is set smaller, as on a phone. */
  narrowWidth: 600,
  title: { size: 22, lineHeight: 28, bold: true },
  titleNarrow: { size: 18, lineHeight: 23, bold: true },
  context: { size: 14, lineHeight: 20 },
  /** Between the headline and the context line. */
  contextGap: 2,
  legend: { size: 13, lineHeight: 18 },
  footer: { size: 12, lineHeight: 17 },
  swatch: { width: 16, height: 12, gap: 6, rowGap: 6, columnGap: 16 },
} as const;

/**
 * The 1200x630 card, readable as a thumbnail: a large headline across the top, the map on the
 * left, the legend, date and source in a column on the right. Text shrinks (to the smallest of
 * `sizes`) before it is cut, and is cut with an ellipsis rather than spilling out.
 */
export const SOCIAL = {
  pad: 40,
  gap: 24,
  titleSizes: [44, 40, 36, 32],
  titleLines: 2,
  titleLineHeight: 1.16,
  context: { size: 24, lineHeight: 30 },
  contextGap: 4,
  columnWidth: 330,
  legendSizes: [24, 21, 18, 15],
  legendLineHeight: 1.25,
  swatch: { width: 30, height: 22, gap: 12, rowGap: 14 },
  date: { size: 22, lineHeight: 28, bold: true },
  footer: { size: 18, lineHeight: 24 },
} as const;

/** The card's map at its widest (left of the legend's column): what pictures for cards are made at, so markers match. */
export const SOCIAL_MAP_WIDTH = SOCIAL_WIDTH - 2 * SOCIAL.pad - SOCIAL.columnWidth - SOCIAL.gap;

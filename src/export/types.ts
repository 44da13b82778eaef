// The map as plain data for the downloads and share cards: no React, no DOM, no statement. Whoever
// holds the view (today's WorldMap inputs through pictureFromWorld, later the map's view model)
// fills one in; renderMapSvg draws it.
import type { Point } from "../geo/types";
import type { CategoryName, Theme } from "../map/palette";

export type { CategoryName, Theme };

/** One country's shape, drawn as a named group. */
export interface PictureCountry {
  /** ISO 3166-1 alpha-2, upper case ("XK" for Kosovo). */
  iso: string;
  /** Its name in the picture's language, for the group's label ("France"). */
  name: string;
  /** SVG path in the picture's viewBox units. */
  d: string;
  category: CategoryName;
}

/** A dot for a country too small to see at the picture's size, or missing from the map data. */
export interface PictureMarker {
  iso: string;
  name: string;
  centre: Point;
  category: CategoryName;
  /** In viewBox units, as the page draws it at the same width. */
  radius: number;
  /** Where its country is, when the dot was moved off it so as not to hide another's (a leader line joins them). */
  anchor?: Point;
}

/** The crowded region drawn again, magnified, below the world (#22), as the page draws it. */
export interface PictureInset {
  /** Its region's id ("europe"), and its name in the picture's language ("Europe"). */
  region: string;
  label: string;
  /** The part of the world it shows, in the world's viewBox units, outlined on the world. */
  window: [Point, Point];
  /** Its frame in the picture's viewBox units: [x, y, width, height]. */
  frame: [number, number, number, number];
  /** World units → the frame: point * k + [x, y]. */
  k: number;
  x: number;
  y: number;
  /** The countries that meet the window, in world units. */
  countries: PictureCountry[];
}

/** One line of the legend: its category's swatch, and words with the count ("48 countries + the EU signed"). */
export interface PictureLegendEntry {
  category: CategoryName;
  text: string;
}

/**
 * Everything one exported picture of the map shows.
 * @example pictureFromWorld(world, categorised, legend, texts, view) // a MapPicture of the seed
 */
export interface MapPicture {
  /** The geometry's viewBox (1000 wide, as src/generated/world.json), with the inset's band below the world when there is one. */
  width: number;
  height: number;
  /** The globe's outline, filled as the sea. */
  sphere: string;
  countries: PictureCountry[];
  /** Every marker, the inset's included, in the picture's viewBox units. */
  markers: PictureMarker[];
  inset?: PictureInset;
  legend: PictureLegendEntry[];
  /** The headline: the statement's title, as published. */
  title: string;
  /** The title's language, when it is not `lang` (a statement keeps the language it was published in). */
  titleLang?: string;
  /** One line under the headline (who signed, and when); left out when empty. */
  context?: string;
  /** The statement's date, formatted ("10 January 2024"). */
  date: string;
  /** "Source: dpa-AFX". */
  source: string;
  /** "Map data: Natural Earth, via world-atlas". */
  credit: string;
  /** BCP 47 tag of the picture's words. */
  lang: string;
  theme: Theme;
  /** The selected country, outlined as on the page. */
  selected?: string | null;
  /** A reference group's members, outlined as on the page. */
  outlined?: readonly string[] | null;
}

/** The two sizes: the map as shown (the caller gives its CSS width), and a 1200x630 social card. */
export type PictureSize = { kind: "screen"; width: number } | { kind: "social" };

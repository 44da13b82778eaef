/** A projected point in the map's viewBox units, [x, y]. */
export type Point = [number, number];

/** One country as drawn on the world map: projected once, at build time. */
export interface WorldShape {
  /** ISO 3166-1 alpha-2, upper case; "XK" for Kosovo. */
  iso: string;
  /** SVG path in viewBox units, rounded; "" for a country with no shape in the data (marker only). */
  d: string;
  /** Where a marker or label goes: inside the largest polygon, or the country's location. */
  centroid: Point;
  /** Projected bounding box [[x0, y0], [x1, y1]]. */
  bounds: [Point, Point];
}

/** The prepared world: what the browser needs to draw the map, and nothing more. */
export interface World {
  /** viewBox width and height; the projection fits the sphere into them. */
  width: number;
  height: number;
  /** Outline of the globe, for the sea. */
  sphere: string;
  /** Sorted by ISO code. */
  shapes: WorldShape[];
}

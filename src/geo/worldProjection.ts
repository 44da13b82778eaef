import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";

export interface WorldProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** The outline of the globe, as GeoJSON. */
export const sphere = { type: "Sphere" } as const;

/**
 * Equal Earth (equal-area, so areas and simplification thresholds compare fairly across latitudes)
 * fitted to a viewBox `width` wide and as high as the sphere's aspect asks, rounded.
 * @example worldProjection(1000) // { width: 1000, height: 487, projection }
 */
export function worldProjection(width: number): WorldProjection {
  const unit = geoEqualEarth().fitWidth(1, sphere);
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(sphere);
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  return { projection: geoEqualEarth().fitSize([width, height], sphere), width, height };
}

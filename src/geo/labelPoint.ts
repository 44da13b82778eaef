import { geoArea, geoBounds, geoCentroid, geoContains } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";

/**
 * Where a country's marker or label goes, in degrees [longitude, latitude]: the centroid of its
 * largest polygon, or, where that centroid falls outside the polygon (a crescent or a bent coast),
 * the point of a grid over the polygon that lies inside and nearest the centroid.
 * @example labelPoint({ type: "Polygon", coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] }) // ≈ [0.5, 0.5]
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygon = largestPolygon(geometry);
  const centroid: [number, number] = geoCentroid(polygon);
  if (geoContains(polygon, centroid)) return centroid;

  const [[west, south], [east, north]] = geoBounds(polygon);
  // geoBounds wraps across the antimeridian by giving west > east.
  const width = east >= west ? east - west : east + 360 - west;
  const steps = 40;
  let best: [number, number] = centroid;
  let bestDistance = Infinity;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: [number, number] = [wrap(west + (width * i) / steps), south + ((north - south) * j) / steps];
      if (!geoContains(polygon, point)) continue;
      const distance = Math.hypot(point[0] - centroid[0], point[1] - centroid[1]);
      if (distance < bestDistance) [best, bestDistance] = [point, distance];
    }
  }
  return best;
}

/** The polygon of a (multi)polygon with the largest area on the sphere. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === "Polygon") return geometry;
  let best: Polygon = { type: "Polygon", coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

function wrap(longitude: number): number {
  return longitude > 180 ? longitude - 360 : longitude;
}

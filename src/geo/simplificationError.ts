import { geoArea, geoPath, type GeoProjection } from "d3-geo";
import type { Position } from "geojson";
import type { CountryFeature } from "./countryTopology";

export interface SimplificationError {
  /** The largest distance, in viewBox units, from a point of a kept full-resolution ring to the ring as drawn. */
  maxDeviation: number;
  /** Where that is: ISO code and [longitude, latitude] of the full-resolution point. */
  worst: { iso: string; at: Position } | null;
  /** Rings of the full-resolution countries that were dropped, with their projected area in viewBox units². */
  droppedRings: { iso: string; area: number }[];
}

/**
 * How far simplifying and rounding moved each country's outline: for every ring that survived,
 * the distance from each full-resolution point to the drawn ring (the kept points, projected and
 * rounded to a grid of `step` units), in viewBox units. Visvalingam keeps a subset of each ring's points
 * in order, so each dropped point is measured against the segment between the kept points around it.
 * @example simplificationError(corrected, simplified, projection, 0.2).maxDeviation // 6.2
 */
export function simplificationError(
  reference: readonly CountryFeature[],
  simplified: readonly CountryFeature[],
  projection: GeoProjection,
  step: number,
): SimplificationError {
  const scale = 1 / step;
  const project = (position: Position): [number, number] => {
    const [x, y] = projection([position[0]!, position[1]!]) ?? [NaN, NaN];
    return [x, y];
  };
  const rounded = (position: Position): [number, number] => {
    const [x, y] = project(position);
    return [Math.round(x * scale) / scale, Math.round(y * scale) / scale];
  };
  const { width } = projectedSize(projection);
  // Equal-area projections (Equal Earth) turn steradians into viewBox units² by one factor; a
  // ring across the antimeridian has no meaningful planar area.
  const unitsPerSteradian = geoPath(projection).area({ type: "Sphere" }) / (4 * Math.PI);

  let maxDeviation = 0;
  let worst: SimplificationError["worst"] = null;
  const droppedRings: SimplificationError["droppedRings"] = [];
  const simplifiedByIso = new Map(simplified.map((country) => [country.properties.iso, country]));

  for (const country of reference) {
    const { iso } = country.properties;
    const fullRings = ringsOf(country);
    // Each full-resolution point, by its exact coordinates, to the ring it belongs to and its place there.
    const placeOf = new Map<string, { ring: number; index: number }>();
    // The closing point repeats the first: it is left out, and places wrap around modulo the ring's length.
    fullRings.forEach((ring, r) => ring.slice(0, -1).forEach((position, index) => placeOf.set(key(position), { ring: r, index })));
    const kept = new Set<number>();

    const drawn = simplifiedByIso.get(iso);
    for (const ring of drawn ? ringsOf(drawn) : []) {
      const start = placeOf.get(key(ring[0]!));
      if (!start) continue;
      kept.add(start.ring);
      const full = fullRings[start.ring]!;
      // Indexes, in the full ring, of the drawn ring's points, from where the drawn ring starts.
      // A point shared with another ring (islands touching at a point) is looked up in this ring only.
      const indexes = ring.map((position) => indexIn(fullRings[start.ring]!, position, placeOf.get(key(position))));
      for (let k = 0; k + 1 < ring.length; k++) {
        const from = indexes[k]!;
        const to = indexes[k + 1]!;
        if (from < 0 || to < 0) continue;
        const a = rounded(ring[k]!);
        const b = rounded(ring[k + 1]!);
        // A segment across the antimeridian is cut by the projection, not drawn across the map.
        if (Math.abs(a[0] - b[0]) > width / 2) continue;
        const n = full.length - 1;
        const count = (((to - from) % n) + n) % n;
        for (let step = 0; step <= count; step++) {
          const position = full[(from + step) % n]!;
          const distance = distanceToSegment(project(position), a, b);
          if (distance > maxDeviation) [maxDeviation, worst] = [distance, { iso, at: position }];
        }
      }
    }
    fullRings.forEach((ring, r) => {
      if (!kept.has(r) && !isHoleOfKept(r, country)) droppedRings.push({ iso, area: ringArea(ring) * unitsPerSteradian });
    });
  }
  return { maxDeviation, worst, droppedRings };
}

/** Every ring of a country, exteriors and holes alike, in order. */
function ringsOf(country: CountryFeature): Position[][] {
  const { geometry } = country;
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** Holes are dropped with their exterior or by the hole filter; only exteriors count as dropped land. */
function isHoleOfKept(ringIndex: number, country: CountryFeature): boolean {
  const { geometry } = country;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let index = 0;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++, index++) if (index === ringIndex) return r > 0;
  }
  return false;
}

function indexIn(full: Position[], position: Position, place: { ring: number; index: number } | undefined): number {
  const wanted = key(position);
  if (place && key(full[place.index]!) === wanted) return place.index;
  return full.slice(0, -1).findIndex((p) => key(p) === wanted);
}

function key(position: Position): string {
  return `${position[0]},${position[1]}`;
}

function projectedSize(projection: GeoProjection): { width: number } {
  const west = projection([-179.999, 0])![0];
  const east = projection([179.999, 0])![0];
  return { width: east - west };
}

/** A ring's area on the sphere, whichever way it is wound. */
function ringArea(ring: Position[]): number {
  const area = geoArea({ type: "Polygon", coordinates: [ring] });
  return Math.min(area, 4 * Math.PI - area);
}

/** Euclidean distance from point p to the segment ab. */
export function distanceToSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

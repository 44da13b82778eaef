import { feature } from "topojson-client";
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type Ring, type RingWeighter } from "topojson-simplify";
import type { ArcIndexes, Positions } from "topojson-specification";
import type { CountriesTopology, CountryGeometry } from "./countryTopology";

export interface SimplifyOptions {
  /** Visvalingam weight: points whose triangle is smaller than this many steradians go. */
  minTriangleArea: number;
  /** Rings (islands, lakes) smaller than this many steradians after simplifying go. */
  minRingArea: number;
}

/**
 * Simplifies a countries topology (Visvalingam, on the sphere, so weights are true areas) and drops
 * rings too small to see, but keeps every country's largest ring, in full detail where simplifying
 * would flatten it: Monaco, the Vatican or an atoll must not vanish from the data.
 * @example simplifyTopology(corrected, { minTriangleArea: 1e-7, minRingArea: 1e-6 })
 */
export function simplifyTopology(topology: CountriesTopology, options: SimplifyOptions): CountriesTopology {
  const { minTriangleArea, minRingArea } = options;
  const weighted = presimplify(topology, sphericalTriangleArea);
  const countries = topology.objects.countries.geometries;

  // Every country's largest ring survives the ring filter below. Where simplifying would also
  // shrink it below half its area (a 1- or 2-arc ring keeps only its arc ends: a line), its points
  // get infinite weight, so it keeps full detail: a handful of points for a micro-state.
  const protectedRings = new Set<string>();
  for (const geometry of countries) {
    const ring = largestRing(topology, geometry);
    const full = sphericalRingArea(ringCoordinates(weighted, ring, -Infinity), false);
    const simplified = sphericalRingArea(ringCoordinates(weighted, ring, minTriangleArea), false);
    if (simplified >= minRingArea && simplified >= full / 2) continue;
    protectedRings.add(ringKey(ring));
    if (simplified >= full / 2) continue;
    for (const index of ring) for (const point of weighted.arcs[arcIndex(index)]!) point[2] = Infinity;
  }

  const simplified = simplify(weighted, minTriangleArea);
  // sphericalRingArea takes (ring, interior), which filterWeight passes; the typings list only the ring.
  const bigEnough = filterWeight(simplified, minRingArea, sphericalRingArea as RingWeighter);
  // The holes where Vatican City and San Marino sit in Italy are the same arcs as their protected rings.
  // A Filter receives a ring as arc indexes, though the typings call it a Ring of points.
  const keep = (ring: Ring, interior: boolean) => protectedRings.has(ringKey(ring as unknown as ArcIndexes)) || bigEnough(ring, interior);
  return filter(simplified, keep) as CountriesTopology;
}

/** The exterior ring (as arc indexes) enclosing the largest area of a country at full resolution. */
function largestRing(topology: CountriesTopology, geometry: CountryGeometry): ArcIndexes {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
  let best: ArcIndexes = polygons[0]![0]!;
  let bestArea = -1;
  for (const [exterior] of polygons) {
    if (exterior === undefined) continue;
    const ring = feature(topology, { type: "Polygon", arcs: [exterior] }).geometry.coordinates[0] as Ring;
    const area = sphericalRingArea(ring, false);
    if (area > bestArea) [best, bestArea] = [exterior, area];
  }
  return best;
}

/** A ring's coordinates in a presimplified topology, keeping points of at least `minWeight`. */
function ringCoordinates(weighted: { arcs: Positions[][] }, ring: ArcIndexes, minWeight: number): Ring {
  const coordinates: Ring = [];
  for (const index of ring) {
    const arc = weighted.arcs[arcIndex(index)]!.filter((point) => point[2]! >= minWeight);
    const points = index < 0 ? [...arc].reverse() : arc;
    // Consecutive arcs share their end and start point.
    for (const [i, point] of points.entries()) if (i > 0 || coordinates.length === 0) coordinates.push([point[0]!, point[1]!]);
  }
  return coordinates;
}

/** Arc index with TopoJSON's one's-complement for reversed arcs undone: ~3 is arc 3 reversed. */
function arcIndex(index: number): number {
  return index < 0 ? ~index : index;
}

/** The same ring whichever way round and from whichever arc it is read, e.g. "3,7,12". */
function ringKey(ring: ArcIndexes): string {
  return ring
    .map(arcIndex)
    .sort((a, b) => a - b)
    .join(",");
}

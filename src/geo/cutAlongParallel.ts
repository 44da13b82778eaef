import type { GeoJsonProperties } from "geojson";
import { transform } from "topojson-client";
import type { ArcIndexes, GeometryObject, Positions, Topology } from "topojson-specification";

/**
 * The topology with absolute coordinates: world-atlas quantises and delta-encodes its arcs, and
 * cutting an arc needs real positions. feature(), mergeArcs() and topojson-simplify read both forms.
 * @example absoluteTopology(countries50m).arcs[0][1] // [-69.9, 12.5], not a delta
 */
export function absoluteTopology<T extends Topology>(topology: T): T {
  if (!topology.transform) return topology;
  // The typings give the point index as a boolean; topojson-client resets its running sum when it is 0.
  const decode = transform(topology.transform) as unknown as (point: Positions, index: number) => Positions;
  const absolute: Topology = { ...topology, arcs: topology.arcs.map((arc) => arc.map((point, i) => decode(point, i))) };
  delete absolute.transform;
  return absolute as T;
}

/** A polygon ring cut in two along a parallel: each part closed by the same new arc along the cut. */
export interface CutRing {
  /** The topology with the arcs the cut crosses split in two (in every geometry that uses them) and the new arc added. */
  topology: Topology;
  north: ArcIndexes;
  south: ArcIndexes;
}

/** Points along the cut, between where it enters and leaves the ring, at most this many degrees apart (a parallel is no great circle). */
const CUT_STEP_DEGREES = 0.05;

/**
 * Cuts one ring (arc indexes into an absolute topology) along the parallel at `latitude`, which it
 * must cross exactly twice: the part north of the parallel and the part south of it, both wound as
 * the ring was, sharing one new arc that follows the parallel. Throws if the ring crosses the
 * parallel any other number of times or touches it at a vertex: the data is not what this was written for.
 * @example cutRingAlongParallel(topology, morocco.arcs[0], 27 + 40 / 60) // { topology, north, south }
 */
export function cutRingAlongParallel(source: Topology, ring: ArcIndexes, latitude: number): CutRing {
  if (source.transform) throw new Error("cutRingAlongParallel needs absolute coordinates: use absoluteTopology() first");
  const topology: Topology = { ...source, arcs: source.arcs.map((arc) => arc.map((point) => [...point])), objects: structuredClone(source.objects) };
  let cutRing = [...ring];

  const crossings = crossingsOf(topology, cutRing, latitude);
  if (crossings.length !== 2) throw new Error(`the ring crosses ${latitude}° ${crossings.length} times; expected 2`);
  // Split the later segment first, so the earlier crossing's arc and segment indexes stay valid when both lie on one arc.
  const [first, second] = crossings.sort((a, b) => a.arc - b.arc || b.segment - a.segment);
  for (const crossing of [first!, second!]) cutRing = splitArc(topology, cutRing, crossing.arc, crossing.segment, crossing.point);

  const [p, q] = crossings.map((crossing) => crossing.point) as [Positions, Positions];
  const cut = topology.arcs.length;
  topology.arcs.push(pointsAlongParallel(p, q, latitude));

  // Where the ring reaches P and Q: the index of the arc that ends there.
  const endOf = (index: number) => arcPoints(topology, index).at(-1)!;
  const at = (point: Positions) => cutRing.findIndex((index) => endOf(index) === point || samePoint(endOf(index), point));
  const [i, j] = [at(p), at(q)];
  if (i < 0 || j < 0) throw new Error("cutRingAlongParallel: the split arcs do not end at the crossings");
  const between = (from: number, to: number) => {
    const arcs: ArcIndexes = [];
    for (let k = (from + 1) % cutRing.length; ; k = (k + 1) % cutRing.length) {
      arcs.push(cutRing[k]!);
      if (k === to) return arcs;
    }
  };
  // P → along the ring → Q, closed by the cut from Q back to P; and Q → P, closed by the cut from P to Q.
  const fromP = [...between(i, j), ~cut];
  const fromQ = [...between(j, i), cut];
  const southOfCut = meanLatitude(topology, fromP) < latitude;
  return { topology, north: southOfCut ? fromQ : fromP, south: southOfCut ? fromP : fromQ };
}

interface Crossing {
  /** Absolute arc index and segment index in the arc's stored direction. */
  arc: number;
  segment: number;
  point: Positions;
}

function crossingsOf(topology: Topology, ring: ArcIndexes, latitude: number): Crossing[] {
  const crossings: Crossing[] = [];
  for (const index of ring) {
    const arc = arcIndex(index);
    const points = topology.arcs[arc]!;
    for (let s = 0; s + 1 < points.length; s++) {
      const [x0, y0] = points[s] as [number, number];
      const [x1, y1] = points[s + 1] as [number, number];
      if (y0 === latitude || y1 === latitude) {
        throw new Error(`cutRingAlongParallel: a vertex lies on ${latitude}° (arc ${arc}); cut elsewhere`);
      }
      if ((y0 - latitude) * (y1 - latitude) < 0) {
        const t = (latitude - y0) / (y1 - y0);
        crossings.push({ arc, segment: s, point: [x0 + t * (x1 - x0), latitude] });
      }
    }
  }
  return crossings;
}

/**
 * Splits arc `arc` after its point `segment`, at `point`: the arc keeps its first part, a new arc
 * takes the rest, and every geometry (and `ring`) that used the arc uses both, in order.
 */
function splitArc(topology: Topology, ring: ArcIndexes, arc: number, segment: number, point: Positions): ArcIndexes {
  const points = topology.arcs[arc]!;
  const rest = topology.arcs.length;
  topology.arcs[arc] = [...points.slice(0, segment + 1), point];
  topology.arcs.push([point, ...points.slice(segment + 1)]);
  const replace = (arcs: ArcIndexes): ArcIndexes => arcs.flatMap((index) => (index === arc ? [arc, rest] : index === ~arc ? [~rest, ~arc] : [index]));
  for (const object of Object.values(topology.objects)) visitRings(object, replace);
  return replace(ring);
}

/** Applies `replace` to every ring or line of a geometry, in place. */
function visitRings(geometry: GeometryObject<GeoJsonProperties>, replace: (arcs: ArcIndexes) => ArcIndexes): void {
  switch (geometry.type) {
    case "GeometryCollection":
      for (const member of geometry.geometries) visitRings(member, replace);
      return;
    case "LineString":
      geometry.arcs = replace(geometry.arcs);
      return;
    case "MultiLineString":
    case "Polygon":
      geometry.arcs = geometry.arcs.map(replace);
      return;
    case "MultiPolygon":
      geometry.arcs = geometry.arcs.map((polygon) => polygon.map(replace));
      return;
    default:
      return;
  }
}

/** From p to q along the parallel, with points at most CUT_STEP_DEGREES apart. */
function pointsAlongParallel(p: Positions, q: Positions, latitude: number): Positions[] {
  const [x0, x1] = [p[0]!, q[0]!];
  const steps = Math.max(1, Math.ceil(Math.abs(x1 - x0) / CUT_STEP_DEGREES));
  const points: Positions[] = [p];
  for (let k = 1; k < steps; k++) points.push([x0 + ((x1 - x0) * k) / steps, latitude]);
  points.push(q);
  return points;
}

function arcPoints(topology: Topology, index: number): Positions[] {
  const points = topology.arcs[arcIndex(index)]!;
  return index < 0 ? [...points].reverse() : points;
}

function meanLatitude(topology: Topology, ring: ArcIndexes): number {
  const latitudes = ring.flatMap((index) => arcPoints(topology, index).map((point) => point[1]!));
  return latitudes.reduce((sum, y) => sum + y, 0) / latitudes.length;
}

function samePoint(a: Positions, b: Positions): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Arc index with TopoJSON's one's-complement for reversed arcs undone: ~3 is arc 3 reversed. */
function arcIndex(index: number): number {
  return index < 0 ? ~index : index;
}

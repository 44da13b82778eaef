import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Point } from "./types";

/**
 * A country's rings as the map draws them: projected, cut at the antimeridian and resampled by
 * d3-geo exactly as geoPath does for the <svg>, as planar rings of viewBox points (unrounded; the
 * closing point is not repeated). A d3-geo context used as a sink, like RelativePath.
 * @example projectedRings(projection, france.geometry).length // 3: mainland, Corsica, French Guiana…
 */
export function projectedRings(projection: GeoProjection, object: GeoPermissibleObjects): Point[][] {
  const sink = new RingSink();
  geoPath(projection, sink)(object);
  return sink.rings.filter((ring) => ring.length >= 3);
}

class RingSink implements GeoContext {
  rings: Point[][] = [];
  private ring: Point[] | null = null;

  moveTo(x: number, y: number): void {
    this.ring = [[x, y]];
    this.rings.push(this.ring);
  }

  lineTo(x: number, y: number): void {
    this.ring?.push([x, y]);
  }

  closePath(): void {
    this.ring = null;
  }

  arc(): void {}

  beginPath(): void {}
}

import { geoPath } from "d3-geo";
import type { CountryFeature } from "./countryTopology";
import { labelPoint } from "./labelPoint";
import { RelativePath } from "./relativePath";
import type { Point, World, WorldShape } from "./types";
import { sphere, worldProjection } from "./worldProjection";

/** A country to draw as a marker only: it has no shape in the data. */
export interface MarkerLocation {
  iso: string;
  /** [longitude, latitude] in degrees (GeoJSON order; world-countries' `latlng` is the reverse). */
  location: [number, number];
}

export interface ProjectOptions {
  /** viewBox width; the height follows from the projection's aspect. */
  width: number;
  /** Decimals kept in path data and numbers; 1 at width 1000 is 0.16 px at 1600 px wide. */
  digits: number;
  /** Grid that path coordinates are rounded to, in viewBox units, e.g. 0.2. */
  pathStep: number;
  /** Shapes smaller than `smallShape` units on their longer side (micro-states) are rounded to `smallPathStep`. */
  smallShape: number;
  smallPathStep: number;
}

/**
 * Projects (already simplified) countries and marker-only locations into the `World` the browser
 * draws: rounded relative path data, a label point inside each largest polygon, and bounds.
 * @example projectWorld(features, [{ iso: "TV", location: [178, -8] }], { width: 1000, digits: 1, pathStep: 0.2, smallShape: 2, smallPathStep: 0.1 }).shapes[0].iso
 */
export function projectWorld(
  features: readonly CountryFeature[],
  markers: readonly MarkerLocation[],
  { width, digits, pathStep, smallShape, smallPathStep }: ProjectOptions,
): World {
  const { projection, height } = worldProjection(width);
  const context = new RelativePath(digits);
  const draw = geoPath(projection, context);
  const large = new RelativePath(decimalsOf(pathStep), pathStep);
  const small = new RelativePath(decimalsOf(smallPathStep), smallPathStep);
  const measure = geoPath(projection);
  const round = (value: number) => Number(value.toFixed(digits));
  const roundPoint = ([x, y]: [number, number]): Point => [round(x), round(y)];
  const project = (position: number[]): Point => roundPoint(projection([position[0]!, position[1]!]) ?? [NaN, NaN]);

  draw(sphere);
  const sphereD = context.result();

  const shapes: WorldShape[] = features.map(({ geometry, properties }) => {
    const [[x0, y0], [x1, y1]] = measure.bounds(geometry);
    // A micro-state a few grid steps across would lose its shape to the coarse grid; its path is a few bytes.
    const shapeContext = Math.max(x1 - x0, y1 - y0) < smallShape ? small : large;
    geoPath(projection, shapeContext)(geometry);
    return {
      iso: properties.iso,
      d: shapeContext.result(),
      centroid: project(labelPoint(geometry)),
      bounds: [roundPoint([x0, y0]), roundPoint([x1, y1])],
    };
  });

  const markerShapes = markers.map(({ iso, location }): WorldShape => {
    const point = project(location);
    return { iso, d: "", centroid: point, bounds: [point, point] };
  });

  return {
    width,
    height,
    sphere: sphereD,
    shapes: [...shapes, ...markerShapes].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0)),
  };
}

/** Decimals needed to write multiples of `step`: 0.2 → 1, 0.01 → 2, 1 → 0. */
function decimalsOf(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}

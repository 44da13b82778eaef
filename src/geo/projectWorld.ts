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
}

/**
 * Projects (already simplified) countries and marker-only locations into the `World` the browser
 * draws: rounded relative path data, a label point inside each largest polygon, bounds and area.
 * @example projectWorld(features, [{ iso: "TV", location: [178, -8] }], { width: 1000, digits: 1 }).shapes[0].iso
 */
export function projectWorld(
  features: readonly CountryFeature[],
  markers: readonly MarkerLocation[],
  { width, digits }: ProjectOptions,
): World {
  const { projection, height } = worldProjection(width);
  const context = new RelativePath(digits);
  const draw = geoPath(projection, context);
  const measure = geoPath(projection);
  const round = (value: number) => Number(value.toFixed(digits));
  const roundPoint = ([x, y]: [number, number]): Point => [round(x), round(y)];
  const project = (position: number[]): Point => roundPoint(projection([position[0]!, position[1]!]) ?? [NaN, NaN]);

  draw(sphere);
  const sphereD = context.result();

  const shapes: WorldShape[] = features.map(({ geometry, properties }) => {
    draw(geometry);
    const [[x0, y0], [x1, y1]] = measure.bounds(geometry);
    return {
      iso: properties.iso,
      d: context.result(),
      centroid: project(labelPoint(geometry)),
      bounds: [roundPoint([x0, y0]), roundPoint([x1, y1])],
      // Three significant figures: Monaco is about 0.02 square units, Russia about 8,000.
      area: Number(measure.area(geometry).toPrecision(3)),
    };
  });

  const markerShapes = markers.map(({ iso, location }): WorldShape => {
    const point = project(location);
    return { iso, d: "", centroid: point, bounds: [point, point], area: 0 };
  });

  return {
    width,
    height,
    sphere: sphereD,
    shapes: [...shapes, ...markerShapes].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0)),
  };
}

import { geoArea } from "d3-geo";
import { undrawnUnidentifiedNames } from "./boundaryCorrections";
import type { CountryFeature } from "./countryTopology";
import type { World } from "./types";

export interface WorldToValidate {
  /** Names of the features of the source topology, e.g. the 241 of countries-50m. */
  sourceNames: readonly string[];
  /** Countries after the boundary corrections, unprojected. */
  corrected: readonly CountryFeature[];
  /** The projected world as it will ship. */
  world: World;
  /** Every ISO 3166-1 alpha-2 code that must be on the map, as a shape or as a marker. */
  knownIsos: readonly string[];
  /** Codes deliberately left out of `world` (Antarctica). */
  omitted: readonly string[];
}

/** A ring of area 2π steradians or more covers at least half the globe: wound the wrong way round. */
const maxPolygonArea = 2 * Math.PI;

/**
 * Checks what the build derived and lists every problem in words; an empty list means ship it.
 * @example validateWorld({ sourceNames, corrected, world, knownIsos, omitted: ["AQ"] }) // []
 */
export function validateWorld({ sourceNames, corrected, world, knownIsos, omitted }: WorldToValidate): string[] {
  const problems: string[] = [];
  const known = new Set(knownIsos);
  const leftOut = new Set(omitted);

  const accounted = new Set(corrected.flatMap((country) => country.properties.sources.map(baseName)));
  for (const name of sourceNames) {
    if (!accounted.has(name) && !undrawnUnidentifiedNames.has(name)) problems.push(`source feature "${name}" is in no corrected country`);
  }

  const correctedIsos = new Set<string>();
  for (const { properties, geometry } of corrected) {
    const { iso } = properties;
    if (!known.has(iso)) problems.push(`corrected country "${iso}" (from ${properties.sources.join(", ")}) has no valid ISO code`);
    if (correctedIsos.has(iso)) problems.push(`corrected country "${iso}" appears twice`);
    correctedIsos.add(iso);
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.length === 0) problems.push(`corrected country "${iso}" has no polygon`);
    polygons.forEach((coordinates, i) => {
      const area = geoArea({ type: "Polygon", coordinates });
      if (!(area < maxPolygonArea)) problems.push(`${iso} polygon ${i} covers ${area.toFixed(2)} sr, over half the globe: a ring wound the wrong way`);
    });
  }

  const shapeIsos = new Set<string>();
  let previous = "";
  for (const shape of world.shapes) {
    const { iso, d, centroid, bounds } = shape;
    if (!known.has(iso)) problems.push(`shape "${iso}" has no valid ISO code`);
    if (shapeIsos.has(iso)) problems.push(`shape "${iso}" appears twice`);
    if (iso <= previous) problems.push(`shape "${iso}" is out of order after "${previous}"`);
    shapeIsos.add(iso);
    previous = iso;
    if (correctedIsos.has(iso) && d === "") problems.push(`${iso} has a shape in the data but draws none (d "${d}")`);
    const numbers = [...centroid, ...bounds.flat()];
    if (!numbers.every(Number.isFinite)) problems.push(`${iso} has a number that is not finite: ${JSON.stringify(shape)}`);
    if (/NaN|Infinity/.test(d)) problems.push(`${iso} path data holds NaN or Infinity`);
    const [x, y] = centroid;
    if (!(x >= 0 && x <= world.width && y >= 0 && y <= world.height)) problems.push(`${iso} centroid [${x}, ${y}] is outside the viewBox`);
  }

  for (const iso of new Set([...known, ...correctedIsos])) {
    if (!leftOut.has(iso) && !shapeIsos.has(iso)) problems.push(`${iso} has neither a shape nor a marker`);
  }
  for (const iso of leftOut) if (shapeIsos.has(iso)) problems.push(`${iso} should be left out but is drawn`);
  if (world.sphere === "" || !(world.width > 0 && world.height > 0)) problems.push("the sphere or the viewBox is empty");
  return problems;
}

/** "Russia (Crimea)" was made from "Russia". */
function baseName(source: string): string {
  return source.replace(/ \(.*\)$/, "");
}

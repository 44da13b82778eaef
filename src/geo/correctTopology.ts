import { geoArea, geoBounds, geoCentroid } from "d3-geo";
import { feature, mergeArcs } from "topojson-client";
import type { ArcIndexes, Polygon } from "topojson-specification";
import {
  crimeaBox,
  indianOceanTerritoryIso,
  indianOceanTerritoryName,
  isoByUnidentifiedName,
  russiaNumeric,
  undrawnUnidentifiedNames,
  westernSahara,
} from "./boundaryCorrections";
import type { AtlasTopology, CountriesTopology, CountryGeometry } from "./countryTopology";
import { absoluteTopology, cutRingAlongParallel } from "./cutAlongParallel";

/** One polygon's rings, as arc indexes into the topology. */
type PolygonArcs = ArcIndexes[];

/** A piece of a country before pieces of one ISO code are merged. */
interface Piece {
  iso: string;
  source: string;
  polygons: PolygonArcs[];
}

/**
 * Turns world-atlas's countries into one geometry per ISO 3166-1 alpha-2 code, drawn with the
 * boundaries the UN recognises (Crimea with Ukraine, N. Cyprus with Cyprus, Somaliland with
 * Somalia, Kosovo as XK, Western Sahara south of 27°40′N). Pieces of one code are merged, so the
 * borders between them vanish. The result has absolute coordinates (no quantisation).
 * Throws if a feature cannot be given a code: the data is not what this code was written for.
 * @example correctTopology(countries50m, isoByNumeric(worldCountries)).objects.countries.geometries.length // 238
 */
export function correctTopology(source: AtlasTopology, isoByNumeric: ReadonlyMap<string, string>): CountriesTopology {
  const atlas = cutWesternSahara(absoluteTopology(source));
  const pieces = atlas.objects.countries.geometries.flatMap((geometry) => piecesOf(atlas, geometry, isoByNumeric));

  const byIso = new Map<string, Piece[]>();
  for (const piece of pieces) byIso.set(piece.iso, [...(byIso.get(piece.iso) ?? []), piece]);

  const geometries = [...byIso.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([iso, group]): CountryGeometry => {
      const properties = { iso, sources: [...new Set(group.map((piece) => piece.source))] };
      const polygons = group.flatMap((piece) => piece.polygons).map((polygon) => rewoundIfInsideOut(atlas, polygon));
      if (group.length === 1) {
        return polygons.length === 1
          ? { type: "Polygon", arcs: polygons[0]!, id: iso, properties }
          : { type: "MultiPolygon", arcs: polygons, id: iso, properties };
      }
      // mergeArcs drops the arcs the pieces share: the Perekop isthmus line, the Green Line.
      const merged = mergeArcs(
        atlas,
        polygons.map((arcs): Polygon => ({ type: "Polygon", arcs })),
      );
      return { type: "MultiPolygon", arcs: merged.arcs, id: iso, properties };
    });

  return {
    type: "Topology",
    ...(atlas.bbox ? { bbox: atlas.bbox } : {}),
    arcs: atlas.arcs,
    objects: { countries: { type: "GeometryCollection", geometries } },
  };
}

/** The pieces one world-atlas feature contributes: usually itself under its ISO code. */
function piecesOf(
  atlas: AtlasTopology,
  geometry: AtlasTopology["objects"]["countries"]["geometries"][number],
  isoByNumeric: ReadonlyMap<string, string>,
): Piece[] {
  const name = (geometry.properties as { name?: string } | undefined)?.name ?? "(unnamed)";
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") {
    throw new Error(`world-atlas feature "${name}" is a ${String(geometry.type)}, expected a Polygon or MultiPolygon`);
  }
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
  const id = geometry.id == null ? undefined : String(geometry.id);

  if (id === undefined) {
    if (name === indianOceanTerritoryName) {
      return polygons.map((arcs) => ({
        iso: indianOceanTerritoryIso(geoCentroid(polygonFeature(atlas, arcs))[0]),
        source: name,
        polygons: [arcs],
      }));
    }
    if (undrawnUnidentifiedNames.has(name)) return [];
    const iso = isoByUnidentifiedName[name];
    if (iso === undefined) throw new Error(`world-atlas feature "${name}" has no id and no correction`);
    return [{ iso, source: name, polygons }];
  }

  const iso = isoByNumeric.get(id);
  if (iso === undefined) throw new Error(`world-atlas feature "${name}" has id "${id}", which is no ISO 3166-1 numeric code`);
  if (id !== russiaNumeric) return [{ iso, source: name, polygons }];

  // Natural Earth draws Crimea (incl. Sevastopol) as one of Russia's polygons; the UN, as Ukraine.
  const inCrimea = polygons.filter((arcs) => isInsideBox(geoBounds(polygonFeature(atlas, arcs)), crimeaBox));
  const elsewhere = polygons.filter((arcs) => !inCrimea.includes(arcs));
  return [{ iso, source: name, polygons: elsewhere }, ...(inCrimea.length > 0 ? [{ iso: "UA", source: `${name} (Crimea)`, polygons: inCrimea }] : [])];
}

/** A ring of 2π steradians or more covers at least half the globe. */
const HALF_THE_GLOBE = 2 * Math.PI;

/**
 * The polygon wound the right way: countries-10m has three Maldives islets wound the wrong way
 * (world-atlas 2.0.2), which d3-geo reads as the whole globe less the islet. Reversing each ring (arcs in
 * reverse order, each arc reversed) turns one back into the islet; no country covers half the globe.
 */
function rewoundIfInsideOut(atlas: AtlasTopology, polygon: PolygonArcs): PolygonArcs {
  if (!(geoArea(polygonFeature(atlas, polygon)) >= HALF_THE_GLOBE)) return polygon;
  return polygon.map((ring) => [...ring].reverse().map((index) => ~index));
}

function polygonFeature(atlas: AtlasTopology, arcs: PolygonArcs) {
  return feature(atlas, { type: "Polygon", arcs } satisfies Polygon);
}

type Box = [[number, number], [number, number]];

function isInsideBox([[west, south], [east, north]]: Box, [[boxWest, boxSouth], [boxEast, boxNorth]]: Box): boolean {
  return west >= boxWest && east <= boxEast && south >= boxSouth && north <= boxNorth;
}

/**
 * Cuts Morocco's polygon along 27°40′N and adds the part south of it as a piece of Western Sahara
 * ("Morocco (Western Sahara)"), which merges with Natural Earth's "W. Sahara" across the berm.
 * A topology without Morocco (a test fixture) is returned as it is.
 */
function cutWesternSahara(atlas: AtlasTopology): AtlasTopology {
  const geometries = atlas.objects.countries.geometries;
  const index = geometries.findIndex((geometry) => String(geometry.id) === westernSahara.moroccoNumeric);
  const morocco = geometries[index];
  if (morocco === undefined) return atlas;
  if (morocco.type !== "Polygon" || morocco.arcs.length !== 1) {
    throw new Error(`world-atlas feature "Morocco" is not one polygon with no hole: the Western Sahara correction needs revisiting`);
  }
  const { topology, north, south } = cutRingAlongParallel(atlas, morocco.arcs[0]!, westernSahara.boundaryLatitude);
  const cut = topology as AtlasTopology;
  const cutGeometries = cut.objects.countries.geometries;
  cutGeometries[index] = { ...morocco, arcs: [north] };
  cutGeometries.push({ type: "Polygon", id: westernSahara.westernSaharaNumeric, arcs: [south], properties: { name: "Morocco (Western Sahara)" } });
  return cut;
}

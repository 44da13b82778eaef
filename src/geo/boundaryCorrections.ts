/**
 * Where world-atlas 2.0.2 (Natural Earth 4.1) departs from the boundaries the UN recognises, and
 * how this map corrects it. Natural Earth draws de facto boundaries ("Disputed boundaries" on
 * naturalearthdata.com; its point-of-view polygons exist only at 10m, nvkelso/natural-earth-vector#875),
 * so in every resolution of world-atlas: Crimea is one of Russia's polygons (assigned differently at
 * 50m and 10m, natural-earth-vector#839), N. Cyprus, Somaliland and Kosovo are features with no id,
 * and Western Sahara west of the Moroccan berm is inside Morocco. The UN's positions: General
 * Assembly resolution 68/262 (2014) on the territorial integrity of Ukraine; Security Council
 * resolution 541 (1983) on northern Cyprus; Somalia's unity and territorial integrity, which the
 * Security Council's resolutions on Somalia reaffirm; Western Sahara on the UN list of
 * Non-Self-Governing Territories. Tests: tests/unit/geo/correctTopology.test.ts names real places.
 */

/**
 * Features with no id in countries-50m.json, by Natural Earth name, and the ISO code they are
 * drawn as. "Indian Ocean Ter." is missing: it is split by polygon (see `indianOceanTerritoryIso`).
 */
export const isoByUnidentifiedName: Readonly<Record<string, string>> = {
  // UN-recognised: northern Cyprus is part of the Republic of Cyprus.
  "N. Cyprus": "CY",
  // UN-recognised: Somaliland is part of Somalia.
  Somaliland: "SO",
  // ISO 3166 user-assigned code, used by the EU and most data sets for Kosovo.
  Kosovo: "XK",
  // Disputed between India and Pakistan; drawn with India, which administers the glacier.
  // A choice, not a UN ruling: the UN draws no boundary here (the Line of Control stops at NJ9842).
  "Siachen Glacier": "IN",
};

/** Natural Earth's name for the feature that holds both Christmas Island and the Cocos (Keeling) Islands. */
export const indianOceanTerritoryName = "Indian Ocean Ter.";

/**
 * Christmas Island lies at 105.6°E, the Cocos (Keeling) Islands at 96.8°E (both Australian
 * external territories with ISO codes of their own), so 100°E tells their polygons apart.
 * @example indianOceanTerritoryIso(105.6) // "CX"
 */
export function indianOceanTerritoryIso(longitude: number): "CX" | "CC" {
  return longitude > 100 ? "CX" : "CC";
}

/**
 * Western Sahara is a Non-Self-Governing Territory on the UN's list; its boundary with Morocco is
 * the parallel 27°40′N. Natural Earth 4.1 draws the part west of the Moroccan berm, Laayoune
 * included, inside Morocco's polygon (at 50m and 10m alike), and "W. Sahara" as the strip east
 * of it. The map cuts Morocco's polygon along the parallel and gives the part south of it to EH.
 */
export const westernSahara = { moroccoNumeric: "504", westernSaharaNumeric: "732", boundaryLatitude: 27 + 40 / 60 } as const;

/** ISO numeric code of Russia in world-atlas, whose MultiPolygon holds Crimea. */
export const russiaNumeric = "643";

/**
 * A box around the Crimean peninsula, incl. Sevastopol, in degrees [[west, south], [east, north]]:
 * Cape Tarkhankut 32.5°E, Kerch 36.6°E, Cape Sarych 44.4°N, Perekop isthmus 46.2°N, with a margin.
 * It excludes Russia's Taman peninsula east of the Kerch Strait (from 36.6°E at the Chushka spit, but part of the mainland polygon).
 */
export const crimeaBox: [[number, number], [number, number]] = [
  [32.3, 44.2],
  [36.65, 46.3],
];

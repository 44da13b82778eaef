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
 * Features with no id in countries-50m.json and countries-10m.json, by Natural Earth name, and the
 * ISO code they are drawn as. "Indian Ocean Ter." is missing: it is split by polygon (see
 * `indianOceanTerritoryIso`). The entries after Siachen occur only at 10m (zoom detail).
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
  // The buffer zone lies within the Republic of Cyprus; UNFICYP patrols it.
  "Cyprus U.N. Buffer Zone": "CY",
  // The Sovereign Base Areas are British territory under the 1960 Treaty of Establishment with Cyprus.
  Akrotiri: "GB",
  Dhekelia: "GB",
  // Leased to the United States since 1903 under a treaty that leaves Cuba "ultimate sovereignty".
  "USNB Guantanamo Bay": "CU",
  // Leased to Russia; Kazakh territory.
  Baikonur: "KZ",
  // Australian external territory with no ISO code of its own (like Ashmore, which world-atlas gives Australia's id).
  "Coral Sea Is.": "AU",
  // French overseas possession with no ISO 3166-1 code of its own.
  "Clipperton I.": "FR",
  // The International Court of Justice found Colombia sovereign over both (Nicaragua v. Colombia, 2012).
  "Bajo Nuevo Bank": "CO",
  "Serranilla Bank": "CO",
};

/**
 * Features with no id that the map leaves undrawn: reefs claimed by several states, on which the UN
 * takes no position and no court has ruled on sovereignty. Only in countries-10m; a few pixels at the deepest zoom.
 */
export const undrawnUnidentifiedNames: ReadonlySet<string> = new Set(["Spratly Is.", "Scarborough Reef"]);

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

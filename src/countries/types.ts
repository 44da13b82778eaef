/** One country or territory of ISO 3166-1 (plus Kosovo, XK), as the app knows it. */
export interface Country {
  /** ISO 3166-1 alpha-2, upper case ("MD"); "XK" for Kosovo. */
  iso2: string;
  /** ISO 3166-1 alpha-3 ("MDA"); null for Kosovo, which has none. */
  iso3: string | null;
  /** ISO 3166-1 numeric, three digits with leading zeros ("008"); null for Kosovo. */
  numeric: string | null;
  /** Common English name, as a newsroom writes it ("Moldova", "South Korea"). */
  name: string;
  /** World region ("Europe", "Asia", "Africa", "Americas", "Oceania", "Antarctic"). */
  region: string;
  /** Sub-region ("Eastern Europe"), "" where the data has none. */
  subregion: string;
  /** A point inside or at the country, [latitude, longitude], for markers. */
  latlng: [number, number];
}

/**
 * What the page shows of a country: its English name and region, for labels and the signatory
 * list. The page's first view loads only these (src/generated/countryLabels.json); the full
 * `Country` comes with the resolver.
 */
export type CountryLabel = Pick<Country, "iso2" | "name" | "region">;

/** The organisations that can sign a statement. */
export type OrgCode = "EU";

export type Resolution =
  | { ok: true; kind: "country"; input: string; country: Country }
  | { ok: true; kind: "org"; input: string; org: OrgCode; name: string }
  | { ok: false; reason: "unknown"; input: string; suggestions: Country[] }
  | { ok: false; reason: "ambiguous"; input: string; candidates: Country[] };

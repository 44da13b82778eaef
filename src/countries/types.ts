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

/**
 * The organisations the resolver knows, by the code the page writes in `data-org`: the codes of
 * the reviewed table src/countries/organisations.json, whose loader checks that the two agree.
 */
export const ORG_CODES = [
  "EU",
  "COE",
  "UN",
  "UNICEF",
  "UNHCR",
  "WHO",
  "OHCHR",
  "WFP",
  "UNDP",
  "UNESCO",
  "OCHA",
  "NATO",
  "AU",
  "ECOWAS",
  "OAS",
  "INTERPOL",
  "OSCE",
  "G7",
  "G20",
  "LAS",
  "ASEAN",
  "GCC",
  "CARICOM",
  "COMMONWEALTH",
  "OIC",
  "PIF",
] as const;

/** An organisation that can sign a statement ("EU", "NATO", "AU"...); see ORG_CODES. */
export type OrgCode = (typeof ORG_CODES)[number];

/** An organisation an unknown name may have meant, for suggestions. */
export interface OrgLabel {
  org: OrgCode;
  /** Its English name ("Council of Europe"). */
  name: string;
}

export type Resolution =
  | { ok: true; kind: "country"; input: string; country: Country }
  | { ok: true; kind: "org"; input: string; org: OrgCode; name: string }
  | {
      ok: false;
      reason: "unknown";
      input: string;
      /** Up to three countries the input may have meant ("Germny": Germany). */
      suggestions: Country[];
      /** Organisations the input may have meant ("Counsel of Europe": the Council of Europe); absent when none. */
      orgSuggestions?: OrgLabel[];
    }
  | { ok: false; reason: "ambiguous"; input: string; candidates: Country[] };

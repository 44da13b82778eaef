import { describeResolution } from "../../../src/countries/describeResolution";
import type { Country, Resolution } from "../../../src/countries/types";
import type { NameResolver } from "../../../src/statement/types";

/** A few countries, enough to exercise the parser without the real country table. */
const countries = {
  AL: country("AL", "Albania"),
  AT: country("AT", "Austria"),
  CZ: country("CZ", "Czechia"),
  KP: country("KP", "North Korea"),
  KR: country("KR", "South Korea"),
  PY: country("PY", "Paraguay"),
  RU: country("RU", "Russia"),
} satisfies Record<string, Country>;

const isoByName: Record<string, keyof typeof countries> = {
  albania: "AL",
  austria: "AT",
  "czech republic": "CZ",
  czechia: "CZ",
  "north korea": "KP",
  "south korea": "KR",
  paraguay: "PY",
  russia: "RU",
};

/** Resolves the names above; "Korea" is ambiguous, "Atlantis" unknown (did you mean Austria?), anything else unknown. */
export function resolveStub(input: string): Resolution {
  const key = input.trim().toLowerCase().replace(/^the /, "");
  const iso = isoByName[key];
  if (iso) return { ok: true, kind: "country", input, country: countries[iso] };
  if (key === "high representative of the european union") return { ok: true, kind: "org", input, org: "EU", name: "European Union" };
  if (key === "korea") return { ok: false, reason: "ambiguous", input, candidates: [countries.KP, countries.KR] };
  if (key === "atlantis") return { ok: false, reason: "unknown", input, suggestions: [countries.AT] };
  return { ok: false, reason: "unknown", input, suggestions: [] };
}

function country(iso2: string, name: string): Country {
  return { iso2, iso3: null, numeric: null, name, region: "", subregion: "", latlng: [0, 0] };
}

/** The stand-in as the parser takes it, describing failures in the real resolver's words. */
export const stubResolver: NameResolver = { resolve: resolveStub, describe: describeResolution };

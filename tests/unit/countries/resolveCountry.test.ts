import { describe, expect, it } from "vitest";
import isoEnglish from "i18n-iso-countries/langs/en.json";
import aliases from "../../../src/countries/aliases.json";
import { allCountries, countryByIso, describeResolution, resolveCountry } from "../../../src/countries/resolveCountry";
import type { Resolution } from "../../../src/countries/types";
import { SEED_ADDITIONS, SEED_ORGANISATION, SEED_SIGNATORIES, SEED_SUBJECTS } from "../../fixtures/seedStatement";

/** The alpha-2 code a name resolves to, or the reason it does not. */
function codeOf(name: string): string {
  const resolution = resolveCountry(name);
  if (resolution.ok) return resolution.kind === "country" ? resolution.country.iso2 : resolution.org;
  return resolution.reason;
}

describe("resolveCountry on every country", () => {
  const countries = allCountries();

  it("knows 250 countries: ISO 3166-1 and Kosovo", () => {
    expect(countries).toHaveLength(250);
  });

  it.each(countries.map((country) => [country.iso2, country] as const))("resolves %s by its codes written as codes", (iso2, country) => {
    const codes = [iso2, ` ${iso2} `];
    if (country.iso3) codes.push(country.iso3);
    if (country.numeric) codes.push(country.numeric);
    for (const code of codes) expect(codeOf(code), code).toBe(iso2);
  });

  it.each(countries.map((country) => [country.iso2, country.name] as const))("resolves %s by its name, %s", (iso2, name) => {
    expect(codeOf(name)).toBe(iso2);
    expect(codeOf(name.toUpperCase())).toBe(iso2);
  });

  it("resolves every country by its ISO English name", () => {
    const isoNames: Record<string, string | string[]> = isoEnglish.countries;
    for (const country of countries) {
      const entry = isoNames[country.iso2];
      const isoName = Array.isArray(entry) ? entry[0] : entry;
      expect(isoName, country.iso2).toBeDefined();
      expect(codeOf(isoName ?? ""), isoName).toBe(country.iso2);
    }
  });

  it("finds a country by its alpha-2 code in any case with countryByIso", () => {
    expect(countryByIso("md")?.name).toBe("Moldova");
    expect(countryByIso("XK")).toMatchObject({ iso2: "XK", iso3: null, numeric: null });
    expect(countryByIso("ZZ")).toBeUndefined();
    expect(countryByIso("constructor")).toBeUndefined();
  });
});

describe("resolveCountry on the seed statement", () => {
  it("resolves the 48 signatories, the subjects and the later additions as the sources write them, and by their numeric codes", () => {
    for (const party of [...SEED_SIGNATORIES, ...SEED_SUBJECTS, ...SEED_ADDITIONS]) {
      expect(codeOf(party.written), party.written).toBe(party.iso2);
      expect(codeOf(party.numeric), party.numeric).toBe(party.iso2);
    }
    expect(new Set(SEED_SIGNATORIES.map((party) => codeOf(party.written))).size).toBe(48);
  });

  it("resolves the High Representative of the European Union to the EU", () => {
    expect(resolveCountry(SEED_ORGANISATION.written)).toEqual({
      ok: true,
      kind: "org",
      input: SEED_ORGANISATION.written,
      org: SEED_ORGANISATION.org,
      name: "European Union",
    });
  });

  it("resolves the EU by its other names", () => {
    for (const name of ["EU", "European Union", "the European Union", "High Representative of the Union for Foreign Affairs and Security Policy"]) {
      expect(codeOf(name), name).toBe("EU");
    }
  });

  it("resolves the UK government's version's forms", () => {
    expect(codeOf("the Republic of Korea")).toBe("KR");
    expect(codeOf("the Secretary of State of the United States of America")).toBe("US");
  });

  it("does not take an unknown title for a country, but suggests the country it names", () => {
    const resolution = resolveCountry("the Envoy Extraordinary of the United States of America");
    expect(resolution).toMatchObject({ ok: false, reason: "unknown" });
    expect(resolution.ok === false && resolution.reason === "unknown" && resolution.suggestions[0]?.iso2).toBe("US");
  });
});

describe("resolveCountry on the ways sources write names", () => {
  it.each([
    ["Bolivia (Plurinational State of)", "BO"],
    ["Iran (Islamic Republic of)", "IR"],
    ["Micronesia (Federated States of)", "FM"],
    ["Korea (Democratic People's Republic of)", "KP"],
    ["Korea (Republic of)", "KR"],
    ["Venezuela (Bolivarian Republic of)", "VE"],
    ["Congo (Democratic Republic of the)", "CD"],
    ["Netherlands (Kingdom of the)", "NL"],
    ["Moldova, Republic of", "MD"],
    ["Tanzania, United Republic of", "TZ"],
    ["Virgin Islands, British", "VG"],
    ["Republic of Moldova", "MD"],
    ["the Republic of Moldova", "MD"],
    ["United Republic of Tanzania", "TZ"],
    ["Lao People's Democratic Republic", "LA"],
    ["Syrian Arab Republic", "SY"],
    ["Russian Federation", "RU"],
    ["Viet Nam", "VN"],
    ["Türkiye", "TR"],
    ["Czechia", "CZ"],
    ["State of Palestine", "PS"],
    ["Holy See", "VA"],
    ["Cabo Verde", "CV"],
    ["Eswatini", "SZ"],
    ["Timor-Leste", "TL"],
    ["Brunei Darussalam", "BN"],
    ["Democratic People's Republic of Korea", "KP"],
    ["Republic of Korea", "KR"],
    ["Republic of Marshall Islands", "MH"],
    ["Kingdom of the Netherlands", "NL"],
    ["Kingdom of Netherlands", "NL"],
    ["Federated States of Micronesia", "FM"],
    ["the Oriental Republic of Uruguay", "UY"],
    ["Democratic Republic of Congo", "CD"],
    ["Republic of Congo", "CG"],
    ["Republic of the Gambia", "GM"],
    ["Republic of Gambia", "GM"],
    ["United Kingdom of Great Britain and Northern Ireland", "GB"],
    ["United States of America", "US"],
    ["China, Hong Kong Special Administrative Region", "HK"],
    ["Saint Martin (French part)", "MF"],
  ])("resolves the UN or ISO form %s to %s", (name, iso2) => {
    expect(codeOf(name)).toBe(iso2);
  });

  it.each([
    ["Holland", "NL"],
    ["Burma", "MM"],
    ["Macedonia", "MK"],
    ["Ivory Coast", "CI"],
    ["Swaziland", "SZ"],
    ["Moldova", "MD"],
    ["Vietnam", "VN"],
    ["Laos", "LA"],
    ["Syria", "SY"],
    ["Micronesia", "FM"],
    ["Vatican", "VA"],
    ["Cape Verde", "CV"],
    ["East Timor", "TL"],
    ["Great Britain", "GB"],
    ["Britain", "GB"],
    ["UK", "GB"],
    ["U.K.", "GB"],
    ["America", "US"],
    ["USA", "US"],
    ["U.S.", "US"],
    ["the US", "US"],
    ["Czech Republic", "CZ"],
    ["Turkey", "TR"],
    ["Russia", "RU"],
    ["Palestine", "PS"],
    ["Taiwan", "TW"],
    ["Kosovo", "XK"],
    ["DPRK", "KP"],
    ["ROK", "KR"],
    ["DR Congo", "CD"],
    ["DRC", "CD"],
    ["Congo-Kinshasa", "CD"],
    ["Democratic Republic of the Congo", "CD"],
    ["Congo-Brazzaville", "CG"],
    ["Republic of Congo", "CG"],
    ["Bosnia", "BA"],
    ["UAE", "AE"],
    ["St Lucia", "LC"],
    ["St. Kitts & Nevis", "KN"],
  ])("resolves the press form %s to %s", (name, iso2) => {
    expect(codeOf(name)).toBe(iso2);
  });

  it.each([
    ["Turkiye", "TR"],
    ["Cote d'Ivoire", "CI"],
    ["Sao Tome and Principe", "ST"],
    ["Curacao", "CW"],
    ["Reunion", "RE"],
    ["Aland Islands", "AX"],
    ["Saint Barthelemy", "BL"],
  ])("resolves %s, written without its accents, to %s", (name, iso2) => {
    expect(codeOf(name)).toBe(iso2);
  });

  it("reads curly apostrophes as straight ones", () => {
    expect(codeOf("Côte d’Ivoire")).toBe("CI");
    expect(codeOf("Democratic People’s Republic of Korea")).toBe("KP");
  });

  it("ignores case, a leading 'the', hyphens and extra spaces", () => {
    expect(codeOf("  THE   netherlands ")).toBe("NL");
    expect(codeOf("guinea bissau")).toBe("GW");
    expect(codeOf("Guinea-Bissau")).toBe("GW");
  });
});

describe("resolveCountry reads codes only as written", () => {
  it.each(["&", " & ", "and", "And", "can", "8", "+8", "98", "0008", "}4", "!,coL", '"PG{(', "md", "mda", "Md"])("does not take %j for a country", (input) => {
    expect(codeOf(input)).toBe("unknown");
  });

  it("reads upper-case alpha-2 and alpha-3 and three-digit numeric codes", () => {
    expect(codeOf("AND")).toBe("AD");
    expect(codeOf("CAN")).toBe("CA");
    expect(codeOf("008")).toBe("AL");
    expect(codeOf("498")).toBe("MD");
  });

  it("still reads the press's abbreviations, which are names, in any case", () => {
    for (const name of ["usa", "the USA", "us", "U.S.", "the US", "uk", "the UK", "UAE", "dprk", "DRC"]) {
      expect(codeOf(name), name).not.toMatch(/unknown|ambiguous/);
    }
  });
});

describe("resolveCountry never makes a name of a fragment", () => {
  it.each([
    "Guinea-",
    "- Guinea",
    "(Guinea",
    "Guinea)",
    "Guinea()",
    "Albania,",
    ",Albania",
    "Albania*",
    "*Albania",
    "Albania1",
    "Albania¹",
    "Albania!",
    "Al-bania",
    "Fr&nce",
    "Guinea--Bissau",
    ".Albania",
  ])("reports %j as unknown, suggesting what it may have meant", (input) => {
    const resolution = resolveCountry(input);
    expect(resolution).toMatchObject({ ok: false, reason: "unknown", input });
  });

  it("suggests the country a fragment came from without resolving it", () => {
    const guinea = resolveCountry("Guinea-");
    expect(guinea.ok === false && guinea.reason === "unknown" && guinea.suggestions.map((c) => c.iso2)).toContain("GN");
    const albania = resolveCountry("Albania*");
    expect(describeResolution(albania)).toBe('unknown: no country or organisation is called "Albania*"; closest: Albania (AL)');
  });

  it.each([
    ["St. Kitts & Nevis", "KN"],
    ["Korea, Republic of", "KR"],
    ["Bolivia (Plurinational State of)", "BO"],
    ["Virgin Islands (U.S.)", "VI"],
    ["Timor–Leste", "TL"],
    ["U.S.", "US"],
    ["Côte d’Ivoire", "CI"],
  ])("keeps the punctuation real names have: %s", (name, iso2) => {
    expect(codeOf(name)).toBe(iso2);
  });
});

describe("resolveCountry never guesses", () => {
  it("reports 'Korea' as ambiguous, naming North and South Korea", () => {
    const resolution = resolveCountry("Korea");
    expect(resolution).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(resolution.ok === false && resolution.reason === "ambiguous" && resolution.candidates.map((c) => c.iso2)).toEqual(["KP", "KR"]);
    expect(describeResolution(resolution)).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
  });

  it("reports every name aliases.json declares ambiguous as ambiguous", () => {
    for (const entry of aliases.ambiguous) expect(codeOf(entry.name), entry.name).toBe("ambiguous");
  });

  it("resolves 'Congo' to the Republic of the Congo, as ISO and the UN write it", () => {
    expect(codeOf("Congo")).toBe("CG");
    expect(codeOf("the Congo")).toBe("CG");
  });

  it("resolves a country's short name to that country, never to a longer name's", () => {
    expect(codeOf("Guinea")).toBe("GN");
    expect(codeOf("Niger")).toBe("NE");
    expect(codeOf("Sudan")).toBe("SD");
    expect(codeOf("Dominica")).toBe("DM");
    expect(codeOf("Samoa")).toBe("WS");
  });

  it("does not resolve part of a longer name", () => {
    for (const part of ["Papua", "New Guinea", "Equatorial", "Bissau", "South", "Saint", "United", "Islands", "Republic", "Timor", "Island"]) {
      expect(codeOf(part), part).toBe("unknown");
    }
  });

  it("does not read a parenthetical qualifier away", () => {
    expect(codeOf("Congo (Kinshasa)")).toBe("CD");
    expect(codeOf("Guinea (Bissau)")).toBe("GW");
    expect(codeOf("Guinea (Atlantis)")).toBe("unknown");
  });

  it("reports 'Columbia', a misspelling published as such, as unknown with Colombia as the suggestion", () => {
    const resolution = resolveCountry("Columbia");
    expect(resolution).toMatchObject({ ok: false, reason: "unknown" });
    expect(describeResolution(resolution)).toBe('unknown: no country or organisation is called "Columbia"; closest: Colombia (CO)');
    expect(describeResolution(resolveCountry("the Phillipines"))).toBe(
      'unknown: no country or organisation is called "the Phillipines"; closest: Philippines (PH)',
    );
  });

  it("reads a name and its abbreviation in parentheses only when both mean the same party", () => {
    expect(codeOf("the Republic of Korea (ROK)")).toBe("KR");
    expect(codeOf("the European Union (EU)")).toBe("EU");
    expect(codeOf("the Republic of Korea (DPRK)")).toBe("unknown");
    expect(codeOf("Korea (ROK)")).toBe("unknown");
  });

  it("suggests Germany for 'Germny'", () => {
    const resolution = resolveCountry("Germny");
    expect(resolution.ok === false && resolution.reason === "unknown" && resolution.suggestions.map((c) => c.iso2)).toEqual(["DE"]);
    expect(describeResolution(resolution)).toBe('unknown: no country or organisation is called "Germny"; closest: Germany (DE)');
  });

  it("suggests countries for swapped letters and doubled letters", () => {
    const firstSuggestion = (name: string) => {
      const resolution = resolveCountry(name);
      return resolution.ok === false && resolution.reason === "unknown" ? resolution.suggestions[0]?.iso2 : undefined;
    };
    expect(firstSuggestion("Frnace")).toBe("FR");
    expect(firstSuggestion("Phillipines")).toBe("PH");
  });

  it("suggests at most three countries, and none for a name close to nothing", () => {
    const atlantis = resolveCountry("Atlantis");
    expect(atlantis).toEqual({ ok: false, reason: "unknown", input: "Atlantis", suggestions: [] });
    expect(describeResolution(atlantis)).toBe('unknown: no country or organisation is called "Atlantis"');
    const many = resolveCountry("Mali Malta Malawi Mexico Monaco");
    expect(many.ok === false && many.reason === "unknown" && many.suggestions.length).toBe(3);
  });

  it("treats empty input, object keys and very long input as unknown", () => {
    for (const input of ["", "   ", "constructor", "__proto__", "toString", "the", "Albania".repeat(1000)]) {
      expect(resolveCountry(input), input.slice(0, 20)).toMatchObject({ ok: false, reason: "unknown", input });
    }
  });
});

describe("describeResolution", () => {
  it("names a resolved country or organisation with its code", () => {
    expect(describeResolution(resolveCountry("Moldova"))).toBe("Moldova (MD)");
    expect(describeResolution(resolveCountry("EU"))).toBe("European Union (EU)");
  });

  it("lists three or more candidates with commas and 'or'", () => {
    const [a, b, c] = allCountries();
    if (!a || !b || !c) throw new Error("no countries");
    const resolution: Resolution = { ok: false, reason: "ambiguous", input: "x", candidates: [a, b, c] };
    expect(describeResolution(resolution)).toBe(`ambiguous: ${a.name} (${a.iso2}), ${b.name} (${b.iso2}) or ${c.name} (${c.iso2})`);
  });

  it("quotes the unknown input as JSON, so quotes in it stay readable", () => {
    expect(describeResolution(resolveCountry('The "Republic"'))).toBe('unknown: no country or organisation is called "The \\"Republic\\""');
  });
});

describe("aliases.json", () => {
  it("resolves every alias to its country", () => {
    for (const alias of aliases.aliases) expect(codeOf(alias.name), alias.name).toBe(alias.iso2);
  });
});

describe("resolveCountry with offices", () => {
  it("reads a signatory named by office as its country, as the UK government's version of the seed writes them", () => {
    const expectIso = (input: string, iso2: string) => {
      const result = resolveCountry(input);
      expect(result.ok && result.kind === "country" ? result.country.iso2 : result, input).toBe(iso2);
    };
    expectIso("the Secretary of State of the United States of America", "US");
    expectIso("the Minister for Foreign Affairs of Ireland", "IE");
    expectIso("the Minister for Foreign Affairs and Trade of New Zealand", "NZ");
    expectIso("the Minister of Foreign and European Affairs of France", "FR");
    expectIso("The Government of the Republic of Korea", "KR");
  });

  it("reads a name of many nested titles without hanging (each part is read once)", () => {
    expect(codeOf(`${"the President of ".repeat(17)}France`)).toBe("FR");
    expect(codeOf(`${"President of ".repeat(22)}Atlantis`)).toBe("unknown");
    expect(codeOf(`${"the Secretary-General of ".repeat(11)}NATO`)).toBe("NATO");
  });

  it("keeps an office of an ambiguous name ambiguous, and an unknown title unknown", () => {
    const korea = resolveCountry("the Government of Korea");
    expect(korea.ok ? korea : korea.reason).toBe("ambiguous");
    const duke = resolveCountry("the Duke of Edinburgh");
    expect(duke.ok ? duke : duke.reason).toBe("unknown");
  });
});

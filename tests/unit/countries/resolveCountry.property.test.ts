import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allCountries, resolveCountry } from "../../../src/countries/resolveCountry";
import { nameVariants } from "../../../src/countries/nameVariants";
import countryNames from "../../../src/generated/countryNames.json";

const namesIndex: Record<string, string[]> = countryNames;

/** Real names written the way sources write them: display names and ISO/UN forms with accents. */
const REAL_NAMES: [string, string][] = [
  ...allCountries().map((country): [string, string] => [country.name, country.iso2]),
  ["Côte d'Ivoire", "CI"], ["São Tomé and Príncipe", "ST"], ["Curaçao", "CW"], ["Türkiye", "TR"],
  ["Réunion", "RE"], ["Åland Islands", "AX"], ["Saint Barthélemy", "BL"], ["Democratic People's Republic of Korea", "KP"],
  ["Bolivia (Plurinational State of)", "BO"], ["Guinea-Bissau", "GW"], ["the Republic of Moldova", "MD"],
];

/** A name as a careless source might write it: any case, "the", no accents, extra spaces, curly quotes. */
const mangledName = fc
  .record({
    entry: fc.constantFrom(...REAL_NAMES),
    caseFlips: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    addThe: fc.boolean(),
    stripAccents: fc.boolean(),
    curlyApostrophes: fc.boolean(),
    spaces: fc.constantFrom(" ", "  ", "\t", " \u00a0"),
    padding: fc.constantFrom("", " ", "  "),
  })
  .map(({ entry: [name, iso2], caseFlips, addThe, stripAccents, curlyApostrophes, spaces, padding }) => {
    let written = [...name].map((char, i) => (caseFlips[i % caseFlips.length] ? char.toUpperCase() : char.toLowerCase())).join("");
    if (stripAccents) written = written.normalize("NFKD").replace(/\p{M}/gu, "");
    if (curlyApostrophes) written = written.replace(/'/g, "\u2019");
    written = written.replace(/ /g, spaces);
    if (addThe && !/^the /i.test(name)) written = `the ${written}`;
    return { written: `${padding}${written}${padding}`, iso2 };
  });

describe("resolveCountry properties", () => {
  it("never throws on any string, and echoes the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (input) => {
        const resolution = resolveCountry(input);
        expect(resolution.input).toBe(input);
        if (!resolution.ok && resolution.reason === "unknown") expect(resolution.suggestions.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });

  it("resolves a mangled real name to the same country, never to another", () => {
    fc.assert(
      fc.property(mangledName, ({ written, iso2 }) => {
        const resolution = resolveCountry(written);
        expect(resolution.ok, written).toBe(true);
        if (resolution.ok && resolution.kind === "country") expect(resolution.country.iso2, written).toBe(iso2);
      }),
      { numRuns: 3000 },
    );
  });

  it("resolves words strung together only when they form a name exactly", () => {
    const words = ["the", "Republic", "of", "Guinea", "Korea", "South", "Sudan", "Congo", "Democratic", "New", "Niger", "Islands", "Virgin", "United", "States", "Samoa", "American", "-", "(", ")", ","];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (parts) => {
        const input = parts.join(" ");
        const resolution = resolveCountry(input);
        if (resolution.ok && resolution.kind === "country") {
          // Some reading of the input is, exactly, an indexed name of the country it resolved to.
          const keys = nameVariants(input);
          expect(keys.some((key) => namesIndex[key]?.length === 1 && namesIndex[key]?.[0] === resolution.country.iso2), input).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

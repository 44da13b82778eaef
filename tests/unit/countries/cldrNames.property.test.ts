import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NAME_LANGUAGES, nameLanguagesFor } from "../../../src/countries/nameLanguages";
import { allCountries, describeResolution, resolveCountry } from "../../../src/countries/resolveCountry";

/** CLDR's name of every country in every language the resolver reads, through the same ICU as the data build. */
const CLDR_NAMES = NAME_LANGUAGES.flatMap((lang) => {
  const displayNames = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
  return allCountries().map((country) => ({ lang, iso2: country.iso2, name: displayNames.of(country.iso2) }));
});

describe("every country's CLDR name, in each of the five languages", () => {
  it("has a CLDR name for every country the resolver knows", () => {
    const missing = CLDR_NAMES.filter((entry) => entry.name === undefined || entry.name === entry.iso2);
    expect(missing).toEqual([]);
    expect(CLDR_NAMES).toHaveLength(250 * NAME_LANGUAGES.length);
  });

  it("resolves to the country, or is an error that names it among the candidates", () => {
    const wrong = CLDR_NAMES.flatMap(({ lang, iso2, name = "" }) => {
      const resolution = resolveCountry(name, nameLanguagesFor(lang));
      const right = resolution.ok
        ? resolution.kind === "country" && resolution.country.iso2 === iso2
        : resolution.reason === "ambiguous" && resolution.candidates.some((country) => country.iso2 === iso2);
      return right ? [] : [`${lang} ${iso2} "${name}": ${resolution.ok ? describeResolution(resolution) : describeResolution(resolution)}`];
    });
    expect(wrong).toEqual([]);
  });

  it("resolves alike with an article, in any case, and when read in every language at once", () => {
    const articles: Record<string, readonly string[]> = { en: ["the "], de: ["der ", "die ", "das "], fr: ["le ", "la ", "les ", "l'"], uk: [""], ko: [""] };
    fc.assert(
      fc.property(fc.constantFrom(...CLDR_NAMES), fc.nat(), fc.boolean(), ({ lang, iso2, name = "" }, articleIndex, upper) => {
        const choices = articles[lang] ?? [""];
        const written = `${choices[articleIndex % choices.length] ?? ""}${upper ? name.toUpperCase() : name.toLowerCase()}`;
        for (const languages of [nameLanguagesFor(lang), NAME_LANGUAGES]) {
          const resolution = resolveCountry(written, languages);
          const names = resolution.ok
            ? resolution.kind === "country" && resolution.country.iso2 === iso2
            : resolution.reason === "ambiguous" && resolution.candidates.some((country) => country.iso2 === iso2);
          if (!names) throw new Error(`${lang} ${iso2}: "${written}" in ${languages.join(" ")}: ${describeResolution(resolution)}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

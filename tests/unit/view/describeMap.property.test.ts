import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCountries } from "../../../src/countries/resolveCountry";
import { ORG_CODES } from "../../../src/countries/types";
import { supportedLanguages } from "../../../src/i18n/languages";
import type { Statement } from "../../../src/statement/types";
import { categorise } from "../../../src/view/categorise";
import { ABSENTEES_NAMED_MAX, describeMap, JOINED_NAMED_MAX, mapDescription, OTHERS_NAMED_MAX } from "../../../src/view/describeMap";
import { makeLocale } from "../../../src/view/locale";
import { catalogues } from "../../fixtures/catalogues";
import { shortStatement } from "../../fixtures/statement";

const countries = allCountries();
const isos = countries.map((country) => country.iso2);
const locales = supportedLanguages.map((lang) => makeLocale(lang, catalogues[lang]!, countries));
/** The most names a description can hold besides the subjects': a region's absentees in each of the five regions, the rest, the later signatories. */
const NAMES_MAX = 5 * ABSENTEES_NAMED_MAX + OTHERS_NAMED_MAX + JOINED_NAMED_MAX;

/** Any statement: signatories, subjects and later signatories, three disjoint sets of countries, and some organisations. */
const statements = fc
  .record({
    parties: fc.shuffledSubarray(isos),
    cuts: fc.tuple(fc.nat(), fc.nat()),
    orgs: fc.subarray([...ORG_CODES], { maxLength: 3 }),
    joinDates: fc.subarray(["2024-02-01", "2024-03-01"], { minLength: 1 }),
    date: fc.constantFrom("2014-10-20", "2021-09-17", "2024-01-10"),
  })
  .filter(({ parties, orgs }) => parties.length > 0 || orgs.length > 0)
  .map(({ parties, cuts, orgs, joinDates, date }): Statement => {
    const [a, b] = [cuts[0] % (parties.length + 1), cuts[1] % (parties.length + 1)].sort((x, y) => x - y) as [number, number];
    const country = (iso2: string) => ({ kind: "country" as const, written: iso2, iso2 });
    return {
      ...shortStatement,
      date,
      signatories: [...parties.slice(0, a).map(country), ...orgs.map((org) => ({ kind: "org" as const, written: org, org }))],
      subjects: parties.slice(a, b).map(country),
      additions: parties.slice(b).map((iso2, i) => ({ ...country(iso2), date: joinDates[i % joinDates.length]!, source: { name: "Wire" } })),
      statedCount: undefined,
    };
  });

describe("describeMap over any party set", () => {
  it("is never empty, names every subject, names no more than its caps allow, and accounts for every signatory once", () => {
    fc.assert(
      fc.property(statements, fc.constantFrom(...locales), (statement, locale) => {
        const categorised = categorise(statement);
        const text = describeMap(statement, categorised, categorised.organisations, locale);
        expect(text.length).toBeGreaterThan(0);
        for (const subject of statement.subjects) expect(text).toContain(locale.nameOf(subject.iso2));

        const description = mapDescription(statement, categorised, locale);
        const named = [...description.regions.flatMap((part) => part.named), ...description.others.named, ...description.joined.named];
        expect(named.length).toBeLessThanOrEqual(NAMES_MAX);
        for (const part of description.regions) {
          expect(part.named.length).toBeLessThanOrEqual(ABSENTEES_NAMED_MAX);
          expect(part.absent).toEqual(expect.arrayContaining(part.named));
        }
        expect(description.others.named.length).toBeLessThanOrEqual(OTHERS_NAMED_MAX);
        expect(description.joined.named.length).toBeLessThanOrEqual(JOINED_NAMED_MAX);
        for (const iso of named) expect(text).toContain(locale.nameOf(iso));

        // Every country of the first list is in one region summed up or among the rest, never both.
        const placed = [...description.regions.flatMap((part) => part.signed), ...description.others.all].sort();
        const firstList = statement.signatories.flatMap((party) =>
          party.kind === "country" && !statement.subjects.some((s) => s.iso2 === party.iso2) ? [party.iso2] : [],
        );
        expect(placed).toEqual([...new Set(firstList)].sort());
      }),
      { numRuns: 150 },
    );
  });
});

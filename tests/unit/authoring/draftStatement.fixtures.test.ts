import { describe, expect, it } from "vitest";
import { draftStatement } from "../../../src/authoring/draftStatement";
import { nameLanguagesFor } from "../../../src/countries/nameLanguages";
import { resolveCountry } from "../../../src/countries/resolveCountry";
import { articleFixtures } from "./fixtures";

const fixtures = articleFixtures();

describe("draftStatement on real joint statements (tests/fixtures/articles)", () => {
  it("has at least the seed and five other real statements, each with its source", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    for (const { name, expected } of fixtures) {
      expect(expected.provenance.publisher, name).not.toBe("");
      expect(expected.provenance.shape, name).not.toBe("");
    }
  });

  for (const { name, text, expected } of fixtures) {
    describe(name, () => {
      const draft = draftStatement(text, expected.options ?? {});

      it("finds exactly the signers, as written and in the text's order", () => {
        expect(draft.file.signatories).toEqual(expected.signatories);
      });

      it("finds the subjects, and no signer among them", () => {
        expect(draft.file.subjects).toEqual(expected.subjects);
      });

      it(expected.statedCount === undefined ? "states no count of countries" : `reads the stated count, ${expected.statedCount}`, () => {
        expect(draft.file.statedCount).toBe(expected.statedCount);
      });

      if (expected.date !== undefined) {
        it(`reads the date from the text, ${expected.date}`, () => expect(draft.file.date).toBe(expected.date));
      }
      if (expected.source !== undefined) {
        it(`reads the source from the text, ${expected.source}`, () => expect(draft.file.source.name).toBe(expected.source));
      }

      it("writes every signatory exactly as the text does", () => {
        const everything = [draft.file.title, ...draft.file.text].join("\n");
        for (const name of draft.file.signatories) expect(everything, name).toContain(name);
      });

      it("quotes every claim exactly from one paragraph", () => {
        for (const claim of draft.file.claims)
          expect(
            draft.file.text.some((paragraph) => paragraph.includes(claim.quote)),
            claim.quote,
          ).toBe(true);
      });

      it("resolves every subject to a country, in the article's language", () => {
        for (const subject of draft.file.subjects) expect(resolveCountry(subject, nameLanguagesFor(draft.file.lang)).ok, subject).toBe(true);
      });

      it(`detects the article's language, ${expected.lang ?? "en"}, and writes it as lang`, () => {
        expect(draft.file.lang).toBe(expected.lang ?? "en");
      });

      it("resolves every signatory it writes in that language, declined forms included", () => {
        for (const name of draft.file.signatories) expect(resolveCountry(name, nameLanguagesFor(draft.file.lang)).ok, name).toBe(true);
      });
    });
  }
});

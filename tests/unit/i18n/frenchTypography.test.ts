import { describe, expect, it } from "vitest";
import { french, frenchCatalogue, frenchSpacing, NARROW_NBSP } from "../../../src/i18n/frenchTypography";

describe("frenchSpacing: one narrow no-break space before ; : ! ? (issue #27)", () => {
  it.each([
    ["Source: dpa-AFX", `Source${NARROW_NBSP}: dpa-AFX`],
    ["l’UE; rejointe", `l’UE${NARROW_NBSP}; rejointe`],
    ["Signataires : Albanie", `Signataires${NARROW_NBSP}: Albanie`],
    ["De quel pays s’agit-il\u00a0?", `De quel pays s’agit-il${NARROW_NBSP}?`],
    ["Copié !", `Copié${NARROW_NBSP}!`],
    [`déjà${NARROW_NBSP}: espacé`, `déjà${NARROW_NBSP}: espacé`],
    ["«\u00a0titre ?\u00a0»", `«\u00a0titre${NARROW_NBSP}?\u00a0»`],
  ])("%j → %j", (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });

  it("leaves a colon or question mark inside a word or an address alone", () => {
    expect(frenchSpacing("https://example.org/?lang=fr à 10:30")).toBe("https://example.org/?lang=fr à 10:30");
  });

  it("spaces a catalogue's plain strings, and a tagged template's own words but not the words passed in", () => {
    expect(frenchCatalogue({ intro: "Source :" }).intro).toBe(`Source${NARROW_NBSP}:`);
    const value = " !";
    expect(french`Paramètre bg=${value} : valeur attendue`).toBe(`Paramètre bg= !${NARROW_NBSP}: valeur attendue`);
    expect(french`${"l’UE"}; rejointe`).toBe(`l’UE${NARROW_NBSP}; rejointe`);
  });
});

import { describe, expect, it } from "vitest";
import { pictureTexts } from "../../../src/export/pictureFromWorld";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/messages";
import { MARKER_RADIUS_NARROW_PX, MARKER_RADIUS_PX } from "../../../src/map/markers";
import { shortStatement } from "../../fixtures/statement";
import { pictureOf, seed, world } from "./pictures";

describe("pictureFromWorld", () => {
  it("takes every country with a shape, in the world's order, with its name and category", () => {
    const picture = pictureOf(shortStatement);
    expect(picture.countries.map((country) => country.iso)).toEqual(world.shapes.filter((shape) => shape.d !== "").map((shape) => shape.iso));
    expect(picture.countries.find((country) => country.iso === "FR")).toMatchObject({ name: "France", category: "joined" });
    expect(picture.countries.find((country) => country.iso === "RU")?.category).toBe("subject");
    expect(picture.countries.find((country) => country.iso === "CN")?.category).toBe("other");
  });

  it("marks, at the page's sizes, the named countries too small to see at the map's width and those with no shape", () => {
    const wide = pictureOf(shortStatement, { mapWidthPx: 800 });
    expect(wide.markers.map((marker) => marker.iso).sort()).toEqual(["MC", "TV"]);
    // A marker's radius is in viewBox units: its CSS size divided by the map's px per unit.
    expect(wide.markers[0]!.radius).toBeCloseTo(MARKER_RADIUS_PX / (800 / world.width));
    const phone = pictureOf(shortStatement, { mapWidthPx: 320 });
    expect(phone.markers[0]!.radius).toBeCloseTo(MARKER_RADIUS_NARROW_PX / (320 / world.width));
  });

  it("passes the view's theme, language, selection and outlined group through", () => {
    const picture = pictureOf(shortStatement, { theme: "dark", lang: "de", selected: "DE", outlined: ["DE", "FR"] });
    expect(picture).toMatchObject({ theme: "dark", lang: "de", selected: "DE", outlined: ["DE", "FR"] });
  });
});

describe("pictureTexts", () => {
  it("formats the date and names the source and the map data in the page's language, keeping the title as published", () => {
    expect(pictureTexts(seed, en, "en")).toEqual({
      title: seed.title,
      date: "10 January 2024",
      source: "Source: dpa-AFX",
      credit: "Map data: Natural Earth, via world-atlas",
    });
    const german = pictureTexts(seed, de, "de", "48 Staaten");
    expect(german).toMatchObject({
      title: seed.title,
      titleLang: "en",
      context: "48 Staaten",
      date: "10. Januar 2024",
      source: `${de.sourceIntro} dpa-AFX`,
      credit: de.mapCredit,
    });
  });
});

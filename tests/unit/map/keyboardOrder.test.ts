import { describe, expect, it } from "vitest";
import type { Point } from "../../../src/geo/types";
import { keyboardOrder, nextCountry } from "../../../src/map/keyboardOrder";
import { mapLayers } from "../../../src/map/mapLayers";
import { tinyWorld } from "../../fixtures/world";

describe("keyboardOrder", () => {
  const category = (iso: string) => (iso === "RU" ? "subject" : iso === "FR" ? "joined" : iso === "DE" || iso === "MC" ? "signatory" : "other");

  it("puts signatories first, then later signatories, subjects and the rest, each west to east", () => {
    expect(keyboardOrder(tinyWorld.shapes, category)).toEqual(["DE", "MC", "FR", "RU", "TV"]);
  });

  it("puts a territory drawn in its sovereign's colour with those that did not sign, so the first stop is a party", () => {
    // Monaco stands in for a territory covered by Germany: coloured as a signatory, not one itself.
    const order = mapLayers(tinyWorld, category, new Map([["MC", "DE"]])).order;
    expect(order[0]).toBe("DE");
    expect(order.indexOf("MC")).toBeGreaterThan(order.indexOf("RU"));
  });

  it("leaves out a shapeless territory coloured as its sovereign: it has no marker to focus", () => {
    const signedTv = (iso: string) => (iso === "TV" ? "signatory" : category(iso));
    expect(mapLayers(tinyWorld, signedTv).order).toContain("TV");
    expect(mapLayers(tinyWorld, signedTv, new Map([["TV", "DE"]])).order).not.toContain("TV");
  });
});

describe("nextCountry", () => {
  // A small map of label points (x east, y south), roughly as on the world map.
  const points = new Map<string, Point>([
    ["FI", [560, 70]],
    ["RU", [700, 80]],
    ["CA", [200, 90]],
    ["LI", [525, 118]],
    ["DE", [522, 105]],
    ["IT", [530, 135]],
    ["AT", [540, 117]],
    ["CH", [515, 120]],
  ]);
  const order = ["CA", "DE", "LI", "CH", "AT", "IT", "FI", "RU"];

  it("moves Right from Finland to Russia, its neighbour to the east, not to the next in the list", () => {
    expect(nextCountry(order, points, "FI", "ArrowRight")).toBe("RU");
  });

  it("moves Down from Liechtenstein southwards to Italy, and Up northwards to Germany", () => {
    expect(nextCountry(order, points, "LI", "ArrowDown")).toBe("IT");
    expect(nextCountry(order, points, "LI", "ArrowUp")).toBe("DE");
  });

  it("prefers the neighbour in line over one further aside", () => {
    expect(nextCountry(order, points, "LI", "ArrowRight")).toBe("AT");
    expect(nextCountry(order, points, "LI", "ArrowLeft")).toBe("CH");
  });

  it("stays where it is when nothing lies that way", () => {
    expect(nextCountry(order, points, "RU", "ArrowRight")).toBe("RU");
  });

  it("walks the list with Home, End, Page Up and Page Down, and ignores other keys", () => {
    expect(nextCountry(order, points, "LI", "Home")).toBe("CA");
    expect(nextCountry(order, points, "LI", "End")).toBe("RU");
    expect(nextCountry(order, points, "LI", "PageDown")).toBe("CH");
    expect(nextCountry(order, points, "LI", "PageUp")).toBe("DE");
    expect(nextCountry(order, points, "LI", "x")).toBeNull();
  });
});

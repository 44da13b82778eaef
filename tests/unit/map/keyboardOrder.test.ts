import { describe, expect, it } from "vitest";
import { keyboardOrder, nextInOrder } from "../../../src/map/keyboardOrder";
import { tinyWorld } from "../../fixtures/world";

describe("keyboardOrder", () => {
  const category = (iso: string) => (iso === "RU" ? "subject" : iso === "FR" ? "joined" : iso === "DE" || iso === "MC" ? "signatory" : "other");

  it("puts signatories first, then later signatories, subjects and the rest, each west to east", () => {
    expect(keyboardOrder(tinyWorld.shapes, category)).toEqual(["DE", "MC", "FR", "RU", "TV"]);
  });

  it("moves with the arrows, stops at the ends, and jumps with Home and End", () => {
    const order = ["A", "B", "C"];
    expect(nextInOrder(order, "A", "ArrowRight")).toBe("B");
    expect(nextInOrder(order, "B", "ArrowUp")).toBe("A");
    expect(nextInOrder(order, "C", "ArrowDown")).toBe("C");
    expect(nextInOrder(order, "A", "ArrowLeft")).toBe("A");
    expect(nextInOrder(order, "B", "End")).toBe("C");
    expect(nextInOrder(order, "C", "Home")).toBe("A");
    expect(nextInOrder(order, "B", "x")).toBeNull();
  });
});

import type { Point, World, WorldShape } from "../geo/types";
import type { Category } from "../view/categorise";
import { keyboardOrder } from "./keyboardOrder";

/** What the map draws that depends only on the world and the statement, not on the zoom. */
export interface MapLayers {
  /** Countries with a shape, in the world's order. */
  drawn: WorldShape[];
  shapeByIso: ReadonlyMap<string, WorldShape>;
  /** Each country's label point: where its marker, tooltip and keyboard moves start from. */
  labelPoints: ReadonlyMap<string, Point>;
  /** The order Home/End and Page Up/Down walk: every drawn country and every named one. */
  order: string[];
}

/**
 * mapLayers(world, categoryOf, coveredBy).order → ["US", "CA", …]: signatories first (see
 * keyboardOrder). A territory drawn in its sovereign's colour (Greenland for Denmark) is not a
 * party, so it waits with the countries that did not sign: the first Tab stop is a real signatory.
 */
export function mapLayers(world: World, categoryOf: (iso: string) => Category, coveredBy: ReadonlyMap<string, string> = new Map()): MapLayers {
  const drawn = world.shapes.filter((shape) => shape.d !== "");
  const asParty = (iso: string): Category => (coveredBy.has(iso) ? "other" : categoryOf(iso));
  // A shapeless country is reached through its marker, which only a party has.
  const reachable = world.shapes.filter((shape) => shape.d !== "" || asParty(shape.iso) !== "other");
  return {
    drawn,
    shapeByIso: new Map(world.shapes.map((shape) => [shape.iso, shape])),
    labelPoints: new Map(world.shapes.map((shape) => [shape.iso, shape.centroid])),
    order: keyboardOrder(reachable, asParty),
  };
}

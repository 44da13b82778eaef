import type { World } from "./geo/types";
import { joinWorld, type WorldData } from "./geo/worldData";

/** Id of the JSON block the build writes beside the prerendered map. */
export const WORLD_DATA_ID = "world-data";

/**
 * The World as the prerendered page carries it (paths in the <svg>, the rest in a JSON block),
 * or null when the page was not prerendered (the development server).
 */
export function readPrerenderedWorld(doc: Document): World | null {
  const block = doc.getElementById(WORLD_DATA_ID);
  const sphere = doc.querySelector("svg.map-svg path.sphere")?.getAttribute("d");
  if (!block?.textContent || !sphere) return null;
  const paths = new Map<string, string>();
  for (const path of doc.querySelectorAll("svg.map-svg path.country[data-iso]")) {
    paths.set(path.getAttribute("data-iso")!, path.getAttribute("d") ?? "");
  }
  try {
    const data = JSON.parse(block.textContent) as WorldData;
    return joinWorld(data, sphere, (iso) => paths.get(iso) ?? "");
  } catch {
    return null;
  }
}

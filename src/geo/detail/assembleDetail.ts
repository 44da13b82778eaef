import type { TileId } from "./detailGrid";
import type { DetailIndex, DetailTile } from "./detailTypes";

/**
 * The detailed path of every country with something in the loaded tiles, exact inside those tiles.
 * A ring that leaves them is closed with a straight chord across each cell it was not loaded for:
 * the chord stays inside that cell (cutRing's promise), so it can only show where the reader is
 * not looking. Rings entirely in other cells are left out. Pure: the same inputs, the same paths.
 * @example assembleDetail(index, new Map([[34, tile34]])).get("FR") // "M512.3 88.1l…Z…"
 */
export function assembleDetail(index: DetailIndex, tiles: ReadonlyMap<TileId, DetailTile>): Map<string, string> {
  const write = numberWriter(index.step);
  const paths = new Map<string, string[]>();
  const add = (iso: string, d: string) => {
    const list = paths.get(iso);
    if (list) list.push(d);
    else paths.set(iso, [d]);
  };
  const bodies = new Map<string, string>();
  for (const tile of tiles.values()) {
    for (const [iso, country] of Object.entries(tile.countries)) {
      for (const ring of country.rings ?? []) add(iso, ring);
      for (const [ring, fragment, body] of country.parts ?? []) bodies.set(`${iso} ${ring} ${fragment}`, body);
    }
  }
  for (const [iso, rings] of Object.entries(index.rings)) {
    rings.forEach((ends, ring) => {
      const count = ends.length / 3;
      let loaded = false;
      for (let k = 0; k < count && !loaded; k++) loaded = tiles.has(ends[3 * k]!);
      if (!loaded) return;
      // The first fragment starts where the last one ends.
      const parts = [`M${write(ends[3 * count - 2]!)} ${write(ends[3 * count - 1]!)}`];
      for (let k = 0; k < count; k++) {
        const body = tiles.has(ends[3 * k]!) ? bodies.get(`${iso} ${ring} ${k}`) : undefined;
        parts.push(body ?? `L${write(ends[3 * k + 1]!)} ${write(ends[3 * k + 2]!)}`);
      }
      parts.push("Z");
      add(iso, parts.join(""));
    });
  }
  return new Map([...paths].map(([iso, list]) => [iso, list.join("")]));
}

/** Writes a count of steps as a number of units: 51234 steps of 0.01 → "512.34", -50 → "-.5". */
export function numberWriter(step: number): (steps: number) => string {
  const digits = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return (steps) => {
    const fixed = (steps * step).toFixed(digits);
    const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
    return trimmed.replace(/^(-?)0\./, "$1.");
  };
}

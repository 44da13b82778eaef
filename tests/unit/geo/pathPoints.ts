/**
 * Reads relative path data ("m", implicit and explicit "l", "z"; what RelativePath writes) back into
 * absolute subpaths of points, for checking. Sums are rounded to 1e-6 so 0.1 + 0.2 reads as 0.3.
 * @example absolutePoints("m10 20 5 0 0 5z") // [[[10, 20], [15, 20], [15, 25]]]
 */
export function absolutePoints(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const add = (a: number, b: number) => Math.round((a + b) * 1e6) / 1e6;
  for (const [, command, numbers] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === "z") {
      [x, y] = [startX, startY];
      continue;
    }
    const values = (numbers!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < values.length; i += 2) {
      [x, y] = [add(x, values[i]!), add(y, values[i + 1]!)];
      if (command === "m" && i === 0) {
        [startX, startY] = [x, y];
        subpaths.push([]);
      }
      subpaths.at(-1)!.push([x, y]);
    }
  }
  return subpaths;
}

/** The area a path encloses under SVG's nonzero rule, for rings that do not cross: the sum of the rings' signed shoelace areas, taken positive. */
export function pathArea(d: string): number {
  let sum = 0;
  for (const ring of absolutePoints(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

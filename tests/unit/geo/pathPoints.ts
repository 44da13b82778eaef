/**
 * Reads straight-line path data ("M"/"m", "L"/"l", implicit pairs, "Z"/"z": what RelativePath and
 * the zoom detail write) back into absolute subpaths of points, for checking. Sums are rounded to
 * 1e-6 so 0.1 + 0.2 reads as 0.3.
 * @example absolutePoints("m10 20 5 0 0 5z") // [[[10, 20], [15, 20], [15, 25]]]
 */
export function absolutePoints(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const add = (a: number, b: number) => Math.round((a + b) * 1e6) / 1e6;
  for (const [, command, numbers] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (command === "z" || command === "Z") {
      [x, y] = [startX, startY];
      continue;
    }
    const relative = command === command!.toLowerCase();
    const values = (numbers!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < values.length; i += 2) {
      [x, y] = relative ? [add(x, values[i]!), add(y, values[i + 1]!)] : [values[i]!, values[i + 1]!];
      if ((command === "m" || command === "M") && i === 0) {
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

/** Whether SVG would fill the point: the winding number of the path's rings around it is not zero. */
export function pathContains(d: string, [px, py]: [number, number]): boolean {
  let winding = 0;
  for (const ring of absolutePoints(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [[x0, y0], [x1, y1]] = [ring[j]!, ring[i]!];
      const side = (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);
      if (y0 <= py && y1 > py && side > 0) winding++;
      else if (y0 > py && y1 <= py && side < 0) winding--;
    }
  }
  return winding !== 0;
}

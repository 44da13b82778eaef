import type { Point } from "./types";

/** One closed ring of a path: its bounding box and its planar area (viewBox units²). */
export interface RingBox {
  box: [Point, Point];
  area: number;
}

/**
 * The rings of path data, each as its box and area: what the map needs to tell a country's
 * mainland from its overseas parts, and to weigh its land, without shipping the rings twice. Reads
 * the straight-line commands (M, L, H, V, Z, absolute and relative) that RelativePath and the
 * tests write; implicit pairs after a move are linetos, as SVG reads them.
 * @example ringBoxes("m0 0 10 0 0 10z")[0] // { box: [[0, 0], [10, 10]], area: 50 }
 */
export function ringBoxes(d: string): RingBox[] {
  const rings: RingBox[] = [];
  let ring: Point[] = [];
  const close = () => {
    if (ring.length >= 3) rings.push(boxOf(ring));
    ring = [];
  };
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = "m";
  let args: number[] = [];
  const lineTo = (nx: number, ny: number) => {
    [x, y] = [nx, ny];
    ring.push([x, y]);
  };
  for (const token of d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []) {
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      args = [];
      if (command === "z" || command === "Z") {
        close();
        [x, y] = [startX, startY];
      }
      continue;
    }
    args.push(Number(token));
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case "m":
      case "l":
        if (args.length < 2) continue;
        {
          const [ax, ay] = args as [number, number];
          const [nx, ny] = relative ? [x + ax, y + ay] : [ax, ay];
          if (command.toLowerCase() === "m") {
            close();
            [startX, startY] = [nx, ny];
            [x, y] = [nx, ny];
            ring = [[x, y]];
            // Further pairs after a move are linetos.
            command = relative ? "l" : "L";
          } else lineTo(nx, ny);
        }
        break;
      case "h":
        lineTo(relative ? x + args[0]! : args[0]!, y);
        break;
      case "v":
        lineTo(x, relative ? y + args[0]! : args[0]!);
        break;
    }
    args = [];
  }
  close();
  return rings;
}

function boxOf(ring: readonly Point[]): RingBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let twiceArea = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    twiceArea += ax * by - bx * ay;
    x0 = Math.min(x0, ax);
    y0 = Math.min(y0, ay);
    x1 = Math.max(x1, ax);
    y1 = Math.max(y1, ay);
  }
  return {
    box: [
      [x0, y0],
      [x1, y1],
    ],
    area: Math.abs(twiceArea) / 2,
  };
}

/** How far, in viewBox units (about 2 degrees), an island may lie from the largest ring and still count as mainland: Corsica, Sicily, Crete, Zealand; not the Canaries, Svalbard or French Guiana. */
export const MAINLAND_REACH = 6;

/**
 * A country's mainland box: its largest ring, with the rings whose boxes come within MAINLAND_REACH
 * of it; null for a path with no ring. France's is metropolitan France with Corsica, not French Guiana.
 * @example mainlandBox(france.d) // [[468, 62], [512, 101]]
 */
export function mainlandBox(d: string): [Point, Point] | null {
  const rings = ringBoxes(d);
  if (rings.length === 0) return null;
  const largest = rings.reduce((a, b) => (b.area > a.area ? b : a));
  let [[x0, y0], [x1, y1]] = largest.box;
  const [[lx0, ly0], [lx1, ly1]] = largest.box;
  for (const { box } of rings) {
    const [[bx0, by0], [bx1, by1]] = box;
    const gapX = Math.max(0, bx0 - lx1, lx0 - bx1);
    const gapY = Math.max(0, by0 - ly1, ly0 - by1);
    if (Math.hypot(gapX, gapY) > MAINLAND_REACH) continue;
    [x0, y0, x1, y1] = [Math.min(x0, bx0), Math.min(y0, by0), Math.max(x1, bx1), Math.max(y1, by1)];
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

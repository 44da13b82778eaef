import type { GeoContext } from "d3-geo";

/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to a grid of
 * `step` units (by default 10^-digits, e.g. 0.1; 0.2 keeps one decimal with half the distinct
 * values, which gzip rewards), written with `digits` decimals, relative to the previous point ("m" and implicit "l" pairs), points that round
 * onto the previous one skipped, and no separator before a minus sign. Rounding happens on the
 * absolute coordinates and deltas are taken between rounded values, so errors do not accumulate.
 * (OWID rounds in a context too; relative integers are about half the bytes of absolute decimals.)
 * @example const context = new RelativePath(1); geoPath(projection, context)(feature); context.result()
 */
export class RelativePath implements GeoContext {
  /** Grid points per unit: 1 / step. */
  private readonly scale: number;
  private readonly digits: number;
  private parts: string[] = [];
  /** Current point, in grid steps (value / step). */
  private x = 0;
  private y = 0;
  /** Start of the current subpath: where "z" returns the current point to. */
  private startX = 0;
  private startY = 0;
  /** Whether a lineTo may extend the previous command by just another pair. */
  private inSubpath = false;

  constructor(digits: number, step = 10 ** -digits) {
    if (!(step >= 10 ** -digits)) throw new Error(`RelativePath: a step of ${step} needs more than ${digits} decimals`);
    this.digits = digits;
    this.scale = 1 / step;
  }

  moveTo(x: number, y: number): void {
    const rx = Math.round(x * this.scale);
    const ry = Math.round(y * this.scale);
    this.parts.push("m", this.pair(rx - this.x, ry - this.y));
    this.x = this.startX = rx;
    this.y = this.startY = ry;
    this.inSubpath = true;
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x * this.scale);
    const ry = Math.round(y * this.scale);
    if (rx === this.x && ry === this.y) return;
    const pair = this.pair(rx - this.x, ry - this.y);
    // After "m", further pairs are implicit relative linetos (SVG 1.1, 8.3.2).
    this.parts.push(this.inSubpath ? separated(pair) : `l${pair}`);
    this.inSubpath = true;
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.parts.push("z");
    this.x = this.startX;
    this.y = this.startY;
    this.inSubpath = false;
  }

  /** Points (d3 draws them as circles) are not used for countries; present to satisfy GeoContext. */
  arc(): void {}

  /** d3 calls this before drawing a point (as a canvas would); nothing to do for path data. */
  beginPath(): void {}

  /** The path data written so far, and a fresh start. */
  result(): string {
    const d = this.parts.join("");
    this.parts = [];
    this.x = this.y = this.startX = this.startY = 0;
    this.inSubpath = false;
    return d;
  }

  private pair(dx: number, dy: number): string {
    return this.number(dx) + separated(this.number(dy));
  }

  /** 23 steps of 0.1 is "2.3", -5 is "-.5", 40 is "4". */
  private number(units: number): string {
    const fixed = (units / this.scale).toFixed(this.digits);
    const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
    return trimmed.replace(/^(-?)0\./, "$1.");
  }
}

/** A number written after another needs a separator unless its own minus sign separates it. */
function separated(text: string): string {
  return text.startsWith("-") ? text : ` ${text}`;
}

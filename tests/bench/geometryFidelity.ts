// How much of the world map's precision a reader can see: builds the world with several
// simplification and rounding settings, draws each in headless Chromium as the map draws it
// (country fills with thin white borders) at the widest world view, 1600 CSS px, at 1 and 2
// device pixels per CSS px, and counts the pixels that differ from the full-resolution 50m
// drawing. Prints the path bytes beside it, so a setting is chosen by measurement.
//   npx tsx tests/bench/geometryFidelity.ts ['[{"minTriangleArea":0.3,"pathStep":0.2}, ...]'] (defaults: the table in src/geo/buildWorld.ts)
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../browser/findChromium";
import { buildWorld, defaultBuildOptions, type BuildOptions } from "../../src/geo/buildWorld";
import { simplificationError } from "../../src/geo/simplificationError";
import { worldProjection } from "../../src/geo/worldProjection";
import { readWorldInputs } from "../../src/geo/writeWorld";

/** The widest the world view is drawn (CSS px), and the device pixel ratios compared. */
const CSS_WIDTH = 1600;
const RATIOS = [1, 2];
/** Full resolution: nothing simplified away, coordinates to 1/1000 of a unit (0.0016 CSS px). */
const REFERENCE: Partial<BuildOptions> = { minTriangleArea: 0, minRingArea: 0, digits: 3, pathStep: 0.001, smallPathStep: 0.001 };
const CANDIDATES: Partial<BuildOptions>[] = process.argv[2]
  ? (JSON.parse(process.argv[2]) as Partial<BuildOptions>[])
  : [
      { minTriangleArea: 0, minRingArea: 0, pathStep: 0.1 },
      { minTriangleArea: 0.15, pathStep: 0.1 },
      { minTriangleArea: 0.15 },
      {},
      { minTriangleArea: 0.4 },
      { minTriangleArea: 0.15, pathStep: 0.5 },
    ];

/**
 * Runs in the page (plain JavaScript: tsx would wrap named TypeScript functions in a helper the page
 * lacks): draws both path sets as the map does (fill, 0.4 CSS px white border) and counts differing pixels.
 */
const compareInPage = `({ a, b, scale, ratio }) => {
  const width = Math.ceil(1000 * scale);
  const height = Math.ceil(487 * scale);
  const render = (paths) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.fillStyle = "#000";
    context.strokeStyle = "#fff";
    context.lineWidth = (0.4 * ratio) / scale;
    context.lineJoin = "round";
    for (const d of paths) {
      const path = new Path2D(d);
      context.fill(path);
      context.stroke(path);
    }
    return context.getImageData(0, 0, width, height).data;
  };
  const one = render(a);
  const two = render(b);
  let over25 = 0;
  let over50 = 0;
  for (let i = 0; i < one.length; i += 4) {
    const difference = Math.abs(one[i] - two[i]);
    if (difference > 64) over25++;
    if (difference > 128) over50++;
  }
  return { over25, over50 };
}`;

interface Drawn {
  label: string;
  paths: string[];
  pathBytes: number;
  pathGzipBytes: number;
  maxDeviationPx: number;
  droppedRings: number;
}

const { atlas, countries } = readWorldInputs();
const draw = (overrides: Partial<BuildOptions>): Drawn => {
  const options = { ...defaultBuildOptions, ...overrides };
  const build = buildWorld(atlas, countries, options);
  if (build.problems.length > 0) throw new Error(`${JSON.stringify(overrides)}: ${build.problems.join("; ")}`);
  const paths = build.world.shapes.map((shape) => shape.d).filter((d) => d !== "");
  const joined = paths.join("");
  const error = simplificationError(build.corrected, build.simplified, worldProjection(options.width).projection, options.pathStep);
  return {
    label: JSON.stringify(overrides),
    paths,
    pathBytes: Buffer.byteLength(joined),
    pathGzipBytes: gzipSync(joined, { level: 9 }).byteLength,
    maxDeviationPx: (error.maxDeviation * CSS_WIDTH) / options.width,
    droppedRings: error.droppedRings.filter((ring) => ring.iso !== "AQ").length,
  };
};

const reference = draw(REFERENCE);
const candidates = CANDIDATES.map(draw);
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("no Chromium found: set CHROME_PATH");
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><canvas></canvas>");
  const rows: string[][] = [];
  for (const candidate of [reference, ...candidates]) {
    const cells = [
      candidate.label,
      (candidate.pathBytes / 1024).toFixed(1),
      (candidate.pathGzipBytes / 1024).toFixed(1),
      candidate.maxDeviationPx.toFixed(2),
      String(candidate.droppedRings),
    ];
    for (const ratio of RATIOS) {
      const diff = await page.evaluate<{ over25: number; over50: number }>(
        `(${compareInPage})(${JSON.stringify({ a: reference.paths, b: candidate.paths, scale: (CSS_WIDTH / defaultBuildOptions.width) * ratio, ratio })})`,
      );
      cells.push(`${diff.over25} / ${diff.over50}`);
    }
    rows.push(cells);
  }
  const header = ["setting", "paths KB", "gzip KB", "fjord depth px", "islands dropped", ...RATIOS.map((r) => `pixels off at ${r}x (>25% / >50%)`)];
  console.log(table(header, rows));
  console.log(
    `\nPixels of the 1600 CSS px world view (at 1x and 2x device pixels) whose grey level differs from the\n` +
      `full-resolution drawing by more than a quarter / half of full scale. 'fjord depth' is the largest\n` +
      `distance (CSS px) from a full-resolution point to the drawn outline: Visvalingam cuts narrow inlets,\n` +
      `which are long but thinner than a pixel.`,
  );
} finally {
  await browser.close();
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

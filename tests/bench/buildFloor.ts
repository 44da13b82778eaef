// The floor for `npm run bench` (#11): not a peer but the least a page can do that the benchmark
// can measure as a map, so the report can say what no page beats on this machine. A heading, an
// SVG of 240 plain squares in the HTML (as many shapes as the world has countries), one small
// stylesheet, and a script that outlines the hovered square and names it in a tooltip. Its first
// paint and hover are the machine's and the harness's own costs: Chromium's frame and input
// pipeline, and the probe's way of timing them.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const COLUMNS = 24;
const ROWS = 10;
const SIZE = 40;

export function buildFloor(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const here = join(dirname(fileURLToPath(import.meta.url)), "floor");
  copyFileSync(join(here, "main.js"), join(outDir, "main.js"));
  copyFileSync(join(here, "style.css"), join(outDir, "style.css"));
  const cells: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const n = row * COLUMNS + column;
      const [x, y] = [column * SIZE + 4, row * SIZE + 4];
      const status = n % 5 === 0 ? "signatory" : "other";
      cells.push(`<path class="cell ${status}" data-iso="C${n}" aria-label="Square ${n}" d="M${x} ${y}h${SIZE - 8}v${SIZE - 8}h${8 - SIZE}z"/>`);
    }
  }
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Signatory Map benchmark floor</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./style.css" />
  </head>
  <body>
    <h1>The least a page can do: 240 squares and a tooltip</h1>
    <svg id="map" viewBox="0 0 ${COLUMNS * SIZE} ${ROWS * SIZE}" role="group" aria-label="Squares"><g id="cells">${cells.join("")}<path id="outline" class="outline"/></g></svg>
    <div id="tooltip" role="tooltip" hidden></div>
    <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;
  writeFileSync(join(outDir, "index.html"), html);
}

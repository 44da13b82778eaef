// `npm run bench:scale` (issue #13): how the build grows with the number of statements. Builds the
// app once with `vite build`, then for each count publishes that many statements (the default one
// and generated ones, tests/bench/generateStatements.ts) with the build's own publish(), and prints
// build seconds (pages, cards), output MB and every page's first view (gzipped HTML and what its
// head loads, tests/bench/firstView.ts) against the default page's budget. Exit 1 when a page
// breaks the budget.
//   BENCH_SCALE=100,1000   the statement counts (default 100,1000)
//   BENCH_SCALE_CARDS=0    skip the share cards (they take most of the time)
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { publish } from "../../src/build/publish";
import { readBundledStatements } from "../../src/build/readBundledStatements";
import { statementPagePath } from "../../src/embed/pageAddress";
import { DEFAULT_STATEMENT_ID } from "../../src/statement/statementId";
import { firstView } from "./firstView";
import { generateStatements } from "./generateStatements";
import { FIRST_VIEW_BUDGET_KB } from "./report";
import { median } from "./stats";

const COUNTS = (process.env.BENCH_SCALE ?? "100,1000").split(",").map(Number);
const CARDS = process.env.BENCH_SCALE_CARDS !== "0";
const OUTPUT_DIR = "tests/bench/output";
const KB = 1024;
const MB = 1024 * 1024;

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface ScaleResult {
  statements: number;
  /** vite build (once, the same for every count) plus publish's steps, in seconds. */
  seconds: { viteBuild: number; statements: number; pages: number; cards: number | null; total: number };
  outputMB: number;
  cardsMB: number | null;
  /** Every page's first view, gzipped KB: the root page's, the median and the largest statement page's. */
  firstViewKB: { root: number; median: number; max: number; maxPage: string };
  pagesOverBudget: string[];
}

const started = performance.now();
const base = mkdtempSync(join(tmpdir(), "signatory-map-scale-base-"));
const results: ScaleResult[] = [];
try {
  // Built once: the app's bundle does not depend on the statements. NODE_ENV as `npm run build` has it.
  let clock = performance.now();
  execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", base, "--emptyOutDir"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const viteBuild = (performance.now() - clock) / 1000;
  // Generated statements draw their signers from the countries the bundled ones name (all of them resolve and are drawn).
  const codes = [
    ...new Set(
      readBundledStatements("public/statements").flatMap(({ statement }) =>
        [...statement.signatories, ...statement.subjects].flatMap((party) => (party.kind === "country" ? [party.iso2] : [])),
      ),
    ),
  ].sort();

  for (const count of COUNTS) {
    const dist = mkdtempSync(join(tmpdir(), `signatory-map-scale-${count}-`));
    try {
      cpSync(base, dist, { recursive: true });
      rmSync(join(dist, "statements"), { recursive: true });
      mkdirSync(join(dist, "statements"));
      copyFileSync(join("public", "statements", `${DEFAULT_STATEMENT_ID}.json`), join(dist, "statements", `${DEFAULT_STATEMENT_ID}.json`));
      for (const file of generateStatements(count - 1, codes)) writeFileSync(join(dist, "statements", `${file.id}.json`), JSON.stringify(file, null, 2));

      clock = performance.now();
      const report = publish(dist, { siteUrl: "https://maps.example.org/", cards: CARDS });
      const publishSeconds = (performance.now() - clock) / 1000;

      const pages = [...readdirSync(join(dist, "s")).map((id) => `${statementPagePath(id)}index.html`)];
      const views = pages.map((page) => firstView(dist, page));
      const root = firstView(dist, "index.html");
      const largest = views.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
      const result: ScaleResult = {
        statements: count,
        seconds: {
          viteBuild,
          statements: report.seconds.statements,
          pages: report.seconds.pages,
          cards: CARDS ? report.seconds.cards : null,
          total: viteBuild + publishSeconds,
        },
        outputMB: folderBytes(dist) / MB,
        cardsMB: CARDS ? report.cards.reduce((sum, card) => sum + card.bytes, 0) / MB : null,
        firstViewKB: {
          root: root.gzipBytes / KB,
          median: median(views.map((view) => view.gzipBytes)) / KB,
          max: largest.gzipBytes / KB,
          maxPage: largest.page,
        },
        pagesOverBudget: [root, ...views].filter((view) => view.gzipBytes / KB > FIRST_VIEW_BUDGET_KB).map((view) => view.page),
      };
      results.push(result);
      console.log(`  ${count} statements published in ${publishSeconds.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }

  const f = (value: number | null, digits = 1) => (value === null ? "–" : value.toFixed(digits));
  const rows = [
    [
      "statements",
      "build s (vite + read + pages + cards)",
      "output MB (cards)",
      "first view KB gz: root / median / largest page",
      `within ${FIRST_VIEW_BUDGET_KB} KB`,
    ],
    ...results.map((r) => [
      String(r.statements),
      `${f(r.seconds.total)} (${f(r.seconds.viteBuild)} + ${f(r.seconds.statements)} + ${f(r.seconds.pages)} + ${f(r.seconds.cards)})`,
      `${f(r.outputMB)} (${f(r.cardsMB)})`,
      `${f(r.firstViewKB.root)} / ${f(r.firstViewKB.median)} / ${f(r.firstViewKB.max)}`,
      r.pagesOverBudget.length === 0 ? "all pages" : `${r.pagesOverBudget.length} over: ${r.pagesOverBudget.slice(0, 3).join(", ")}`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\n${rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")).join("\n")}`);
  console.log(
    `\nLoad average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (other work on the machine moves the seconds).${CARDS ? "" : " Cards skipped (BENCH_SCALE_CARDS=0)."}`,
  );

  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, "scale-latest.json"), `${JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), results }, null, 2)}\n`);
  process.exitCode = results.every((r) => r.pagesOverBudget.length === 0) ? 0 : 1;
} catch (error) {
  console.error(`Scale benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  rmSync(base, { recursive: true, force: true });
}

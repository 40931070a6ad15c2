/**
 * `npm run bench`: engine, Office round trips, command line and task pane, measured in one run.
 * Prints tables and writes bench/results.json. `--smoke` runs tiny sizes (part of npm test).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BUNDLED_PLAN } from "../src/workbook/bundled";
import { bundleToTableSpecs } from "../src/workbook/setup";
import { generatePlan, type PlanSize } from "./generate";
import { snapshotFromSpecs } from "./snapshot";
import { benchEngine, type EngineRow } from "./engine";
import { benchOffice, ROUND_TRIP_MS, type OfficeRow } from "./office";
import { benchCli, writePlanFile, type CliRow } from "./cli";
import { benchLive, type LiveRow } from "./live";
import { bundleSizes, firstRender } from "./taskpane";
import { hasForcedGc, round } from "./timing";

const smoke = process.argv.includes("--smoke");
const root = process.cwd();

const SIZES: PlanSize[] = smoke
  ? [{ label: "tiny", kpis: 40, workPlan: 200, updates: 800 }]
  : [
      { label: "500 KPIs", kpis: 500, workPlan: 5_000, updates: 20_000 },
      { label: "5,000 KPIs", kpis: 5_000, workPlan: 50_000, updates: 200_000 },
    ];

const GOALS = {
  engineRatio: 3,
  syncsPerOperation: 4,
  requestKB: 5 * 1024,
  cliRatio: 1.5,
  firstChunkGzipKB: 150,
  firstTextRatio: 1.3,
  liveEngineMs: 10,
  liveRequestKB: 50,
  liveSyncs: 2,
};

function table(title: string, rows: object[]): void {
  console.log(`\n${title}`);
  if (rows.length > 0) console.table(rows);
}

async function main(): Promise<void> {
  const runs = smoke ? 1 : 7;
  if (!smoke && !hasForcedGc()) console.warn("Run with node --expose-gc (npm run bench does) so every timed run starts after a full GC.");
  const bundled = snapshotFromSpecs(bundleToTableSpecs(BUNDLED_PLAN));
  const generated = SIZES.map((size) => ({ size, snapshot: generatePlan(size) }));

  const engine: EngineRow[] = [benchEngine("bundled 2022-2024", bundled, runs)];
  for (const { size, snapshot } of generated) engine.push(benchEngine(size.label, snapshot, smoke ? 1 : 5));
  table("Engine: full recalculation vs a linear pass and a group-by-Ref pass, interleaved, each after a forced GC", engine);
  const [small, large] = engine.slice(1);
  const growth = small && large ? round(large.recalcMedianMs / small.recalcMedianMs, 1) : null;
  if (growth !== null) console.log(`Growth from ${small.kpis} to ${large.kpis} KPIs: ${growth}× the time for ${large.kpis / small.kpis}× the KPIs.`);

  const office: OfficeRow[] = await benchOffice("bundled 2022-2024", bundled, true);
  for (const { size, snapshot } of generated) office.push(...(await benchOffice(size.label, snapshot, false)));
  table(`Office gateway on the fake (simulated ${ROUND_TRIP_MS} ms per round trip)`, office);

  // Live recalculation: one Actual edited at a time in the largest plan, after a full round.
  const largestPlan = generated[generated.length - 1];
  const live: LiveRow[] = [await benchLive(largestPlan.size.label, largestPlan.snapshot, smoke ? 3 : 21)];
  table("Live recalculation: one Actual edited (engine work without reads and writes; each round after a forced GC)", live);

  const cli: CliRow[] = await benchCli("bundled 2022-2024", null, smoke ? 1 : 3);
  if (!smoke) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-plan-"));
    try {
      const largest = generated[generated.length - 1];
      const file = path.join(dir, "generated.xlsx");
      await writePlanFile(largest.snapshot, file);
      cli.push(...(await benchCli(largest.size.label, file, 1)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  table("Command line vs bare exceljs read + write of the same file", cli);

  const bundles = bundleSizes(path.join(root, "dist", "web"), root);
  if (bundles) {
    table(`Task pane first chunk: the scripts dist/web/taskpane.html loads before Overview (${bundles.firstChunkGzipKB} KB gzip in all)`, bundles.firstChunk);
    table(`Loaded on first use (${bundles.lazyGzipKB} KB gzip in all)`, bundles.lazy);
  }
  // The smoke run skips the browser: it stays fast.
  const render = smoke ? null : await firstRender(root, 9, (line) => console.log(`  ${line}`));
  if (render) {
    table("Task pane first meaningful text, cold, in headless Chromium", render.rows);
    console.log(`Measured: ${render.measured}.`);
  }

  const operational = office.filter((row) => !row.operation.includes("naive"));
  // Where an operation reads or writes more than fits in four syncs under the 5 MB limits, the two
  // goals conflict; such an operation is held near the fewest syncs its payload allows (requests
  // are packed whole, so a quarter over that lower bound, plus one, is allowed).
  const oneRequest = operational.filter((row) => row.fewestSyncs <= GOALS.syncsPerOperation);
  const chunked = operational.filter((row) => row.fewestSyncs > GOALS.syncsPerOperation);
  const checks = {
    engineRatioMax: engine[engine.length - 1].ratioToGroupBy,
    syncsMax: Math.max(...oneRequest.map((row) => row.syncs)),
    chunkedOverBound: chunked.filter((row) => row.syncs > Math.floor(row.fewestSyncs * 1.25) + 1).length,
    requestKBMax: Math.max(...office.map((row) => row.largestRequestKB)),
    cliRatioMax: cli.length ? Math.max(...cli.map((row) => row.ratio)) : null,
    firstChunkGzipKB: bundles?.firstChunkGzipKB ?? null,
    firstTextRatio: render?.ratioToReference ?? null,
    liveEngineMs: live[0].engineMedianMs,
    liveRequestKB: live[0].largestRequestKB,
    liveSyncs: live[0].syncs,
    liveEqualsFull: live[0].equalsFull,
  };
  const goals = [
    {
      goal: `engine ≤ ${GOALS.engineRatio}× the group-by pass at the largest plan (median)`,
      measured: `${checks.engineRatioMax}× (min ${engine[engine.length - 1].ratioToGroupByMin}×)`,
      met: checks.engineRatioMax <= GOALS.engineRatio,
    },
    { goal: `≤ ${GOALS.syncsPerOperation} syncs per operation`, measured: checks.syncsMax, met: checks.syncsMax <= GOALS.syncsPerOperation },
    {
      goal: "operations whose data needs over 4 syncs: ≤ 1.25× the fewest syncs possible, + 1",
      measured: chunked.map((row) => `${row.plan} ${row.operation}: ${row.syncs} for ${row.totalRequestKB >= 1024 ? `${round(row.totalRequestKB / 1024, 1)} MB` : `${Math.round(row.totalRequestKB)} KB`}`).join("; ") || "none",
      met: checks.chunkedOverBound === 0,
    },
    { goal: "every request < 5 MB", measured: `${checks.requestKBMax} KB`, met: checks.requestKBMax < GOALS.requestKB },
    { goal: `command line ≤ ${GOALS.cliRatio}× bare exceljs`, measured: `${checks.cliRatioMax}×`, met: checks.cliRatioMax !== null && checks.cliRatioMax <= GOALS.cliRatio },
    {
      goal: `first chunk ≤ ${GOALS.firstChunkGzipKB} KB gzip (every script taskpane.html loads: runtime, shared chunks, pane, ribbon commands, custom functions)`,
      measured: bundles ? `${bundles.firstChunkGzipKB} KB in ${bundles.firstChunk.length} files (${bundles.lazyGzipKB} KB more on first use)` : "not built",
      met: checks.firstChunkGzipKB !== null && checks.firstChunkGzipKB <= GOALS.firstChunkGzipKB,
    },
    {
      goal: `first meaningful text ≤ ${GOALS.firstTextRatio}× the minimal React + Fluent page (median, cold)`,
      measured: render
        ? `${render.ratioToReference}× (${render.rows[2].medianMs} ms against ${render.rows[1].medianMs} ms; min ${render.ratioToReferenceMin}×; ` +
          `${render.ratioToEmpty}× an empty page; ${render.ratioToReferenceWithoutHarness ?? "?"}× without the test page's fake)`
        : smoke
          ? "skipped in the smoke run"
          : "no browser",
      // Not measured (smoke run, no browser): neither met nor missed.
      met: checks.firstTextRatio === null ? null : checks.firstTextRatio <= GOALS.firstTextRatio,
    },
    {
      goal: `live edit engine ≤ ${GOALS.liveEngineMs} ms (${live[0].plan}, one Actual, median)`,
      measured: `${checks.liveEngineMs} ms (min ${live[0].engineMinMs} ms)`,
      met: checks.liveEngineMs <= GOALS.liveEngineMs,
    },
    { goal: `live edit request < ${GOALS.liveRequestKB} KB`, measured: `${checks.liveRequestKB} KB`, met: checks.liveRequestKB < GOALS.liveRequestKB },
    { goal: `live edit ≤ ${GOALS.liveSyncs} syncs`, measured: checks.liveSyncs, met: checks.liveSyncs <= GOALS.liveSyncs },
    { goal: "live edit's evaluation equals a full recalculation's", measured: checks.liveEqualsFull, met: checks.liveEqualsFull },
  ];
  console.log("\nGoals");
  console.table(goals.map((row) => ({ ...row, met: row.met === null ? "not measured" : row.met ? "met" : "missed" })));

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memoryGB: round(os.totalmem() / 2 ** 30, 0), node: process.version };
  const results = { smoke, date: new Date().toISOString(), machine, engine, growth, office, live, cli, bundles, render, checks, goals };
  const out = path.join(root, "bench", smoke ? "results.smoke.json" : "results.json");
  if (!smoke) fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  // The smoke run fails when an operation's round trips grow: that is a regression, not noise.
  if (checks.liveSyncs > GOALS.liveSyncs || !checks.liveEqualsFull) {
    console.error(`Live recalculation regressed: ${checks.liveSyncs} syncs for one edit (goal ${GOALS.liveSyncs}); equals a full recalculation: ${checks.liveEqualsFull}.`);
    process.exit(1);
  }
  if (checks.syncsMax > GOALS.syncsPerOperation || checks.chunkedOverBound > 0) {
    console.error(
      `Round trips grew: ${checks.syncsMax} context.sync() calls for an operation that fits in one request (goal ${GOALS.syncsPerOperation}); ` +
        `${checks.chunkedOverBound} chunked operations well over the fewest syncs their payload allows.`
    );
    process.exit(1);
  }
  console.log(smoke ? "\nbench smoke run: ok" : `\nWrote ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});

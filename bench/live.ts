/**
 * Live recalculation (issue #16): one Actual edited in a plan already recalculated, through the
 * Office API on the fake, as the task pane's live round runs it. Measures the round's engine
 * work (evaluating and comparing, reads and writes excluded; median, each round after a forced
 * GC), its context.sync() calls and its largest request, and checks that its evaluation equals a
 * full recalculation's.
 */
import { isDeepStrictEqual } from "util";
import { createOfficeApi } from "../src/office/officeApi";
import { OfficeGateway } from "../src/office/officeGateway";
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { PLAN_INPUT_TABLES } from "../src/workbook/inputTables";
import type { LiveRoundReport } from "../src/workbook/live/liveRecalculation";
import type { WorkbookSnapshot } from "../src/workbook/gateway";
import { findColumn } from "../src/workbook/schema";
import { seeded } from "./office";
import { round } from "./timing";

export interface LiveRow {
  plan: string;
  kpis: number;
  edits: number;
  /** Modes the rounds took ("plan" when only the Plan was re-evaluated). */
  modes: string;
  engineMedianMs: number;
  engineMinMs: number;
  /**
   * CPU time of the whole round (fake Excel's work included), median: wall time on a machine
   * shared with other work counts time spent waiting for a core, CPU time does not.
   */
  roundCpuMedianMs: number;
  /** Most context.sync() calls of one round. */
  syncs: number;
  largestRequestKB: number;
  largestResponseKB: number;
  cellsWrittenMax: number;
  /** The last round's evaluation equals a full recalculation's of the same workbook. */
  equalsFull: boolean;
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchLive(label: string, snapshot: WorkbookSnapshot, edits: number): Promise<LiveRow> {
  const plan = snapshot.tables.Plan;
  if (!plan) throw new Error("no Plan table");
  const measure = findColumn(plan.headers, "Measure");
  const manualRows = plan.rows.map((row, i) => (row[measure] === "manual" || row[measure] === null ? i : -1)).filter((i) => i >= 0);
  const fake = seeded(snapshot);
  const api = createOfficeApi(fake.run, { debounceMs: 0 });
  const recalculateLive = api.recalculateLive as () => Promise<LiveRoundReport>;
  await api.onDataChanged(() => undefined);
  await api.recalculate();
  // A first live round warms the engine's code paths, as a pane open for a while has.
  fake.editCell("Plan", manualRows[0], "Actual", 1);
  await settle();
  await recalculateLive();
  await settle();

  const engine: number[] = [];
  const cpu: number[] = [];
  const modes = new Set<string>();
  let syncs = 0;
  let request = 0;
  let response = 0;
  let cells = 0;
  let last: LiveRoundReport | null = null;
  for (let i = 0; i < edits; i += 1) {
    const row = manualRows[(i * 7919) % manualRows.length];
    fake.editCell("Plan", row, "Actual", 3.5 + i);
    await settle();
    collectGarbage();
    fake.resetCounters();
    const cpuStart = process.cpuUsage();
    last = await recalculateLive();
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    engine.push(last.engineMs);
    modes.add(last.mode);
    syncs = Math.max(syncs, fake.syncCount);
    request = Math.max(request, ...fake.requests);
    response = Math.max(response, ...fake.responses);
    cells = Math.max(cells, last.cellsWritten);
    await settle();
  }
  const full = await fake.run(async (context) => evaluateWorkbook(await new OfficeGateway(context).read(PLAN_INPUT_TABLES)));
  return {
    plan: label,
    kpis: plan.rows.length,
    edits,
    modes: [...modes].join(", "),
    engineMedianMs: round(median(engine)),
    engineMinMs: round(Math.min(...engine)),
    roundCpuMedianMs: round(median(cpu)),
    syncs,
    largestRequestKB: round(request / 1024, 1),
    largestResponseKB: round(response / 1024, 1),
    cellsWrittenMax: cells,
    equalsFull: last !== null && isDeepStrictEqual(last.evaluation, full),
  };
}

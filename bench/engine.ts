/**
 * Engine cost: a full recalculation (evaluate + computed-column writes) against two baselines
 * measured interleaved in the same run: a linear pass that touches every input cell once, and a
 * group-by pass that also files every Plan, WorkPlan and Updates row under its Ref (one Map
 * lookup per row), the least any per-KPI computation must do.
 */
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { computedColumnWrites } from "../src/workbook/recalculate";
import type { WorkbookSnapshot } from "../src/workbook/gateway";
import { groupByRefPass, linearPass } from "./generate";
import { round, timeInterleaved } from "./timing";

export interface EngineRow {
  plan: string;
  kpis: number;
  workPlan: number;
  updates: number;
  recalcMinMs: number;
  recalcMedianMs: number;
  linearMedianMs: number;
  groupByMedianMs: number;
  /** Engine median over the linear pass's median. */
  ratioToLinear: number;
  /** Engine median over the group-by pass's median: the goal's measure. */
  ratioToGroupBy: number;
  /** Engine min over the group-by pass's min. */
  ratioToGroupByMin: number;
}

export function benchEngine(label: string, snapshot: WorkbookSnapshot, runs: number): EngineRow {
  const count = (name: string) => snapshot.tables[name]?.rows.length ?? 0;
  const timings = timeInterleaved(
    {
      recalc: () => computedColumnWrites(snapshot, evaluateWorkbook(snapshot, { today: 45108 })),
      linear: () => linearPass(snapshot),
      groupBy: () => groupByRefPass(snapshot),
    },
    runs
  );
  const ratio = (a: number, b: number) => round(a / Math.max(b, 1e-6), 1);
  return {
    plan: label,
    kpis: count("Plan"),
    workPlan: count("WorkPlan"),
    updates: count("Updates"),
    recalcMinMs: round(timings.recalc.minMs),
    recalcMedianMs: round(timings.recalc.medianMs),
    linearMedianMs: round(timings.linear.medianMs, 3),
    groupByMedianMs: round(timings.groupBy.medianMs, 3),
    ratioToLinear: ratio(timings.recalc.medianMs, timings.linear.medianMs),
    ratioToGroupBy: ratio(timings.recalc.medianMs, timings.groupBy.medianMs),
    ratioToGroupByMin: ratio(timings.recalc.minMs, timings.groupBy.minMs),
  };
}

/**
 * Engine cost: a full recalculation (evaluate + computed-column writes) against a baseline that
 * reads every input cell once in one linear pass, measured in the same run.
 */
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { computedColumnWrites } from "../src/workbook/recalculate";
import type { WorkbookSnapshot } from "../src/workbook/gateway";
import { linearPass } from "./generate";
import { round, timeMedian } from "./timing";

export interface EngineRow {
  plan: string;
  kpis: number;
  workPlan: number;
  updates: number;
  recalcMs: number;
  baselineMs: number;
  ratio: number;
}

export function benchEngine(label: string, snapshot: WorkbookSnapshot, runs: number): EngineRow {
  const count = (name: string) => snapshot.tables[name]?.rows.length ?? 0;
  const recalc = () => {
    const evaluation = evaluateWorkbook(snapshot, { today: 45108 });
    return computedColumnWrites(snapshot, evaluation);
  };
  const recalcMs = timeMedian(recalc, runs);
  const baselineMs = timeMedian(() => linearPass(snapshot), runs);
  return {
    plan: label,
    kpis: count("Plan"),
    workPlan: count("WorkPlan"),
    updates: count("Updates"),
    recalcMs: round(recalcMs),
    baselineMs: round(baselineMs, 3),
    ratio: round(recalcMs / Math.max(baselineMs, 1e-6), 1),
  };
}

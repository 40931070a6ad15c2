/** Hand-built evaluations for status-sheet model tests. */
import { isoToSerial } from "../../../src/core/dates";
import { rollup } from "../../../src/core/rollup";
import { DEFAULT_THRESHOLDS, type Status } from "../../../src/core/types";
import type { EvaluatedKpi, PlanEvaluation, PlanSettings } from "../../../src/workbook/model";

export const d = (iso: string): number => isoToSerial(iso) as number;

export const SETTINGS: PlanSettings = {
  planName: "Test plan",
  pillars: { 1: "Pillar one title", 2: "Pillar two title" },
  planStart: d("2022-07-01"),
  planEnd: d("2024-06-30"),
  asOf: null,
  fiscalYearStartMonth: 7,
  thresholds: DEFAULT_THRESHOLDS,
  staleAfterDays: 90,
};

let row = 0;
export function kpi(ref: string, status: Status, overrides: Partial<EvaluatedKpi> = {}): EvaluatedKpi {
  return {
    row: row++,
    pillar: Number(ref.split("-")[0]),
    ref,
    part: 1,
    action: `Action ${ref}`,
    kpi: `KPI ${ref}`,
    target: "At least 4",
    owner: "Owner",
    comment: "",
    weight: 1,
    rspKeys: ["1.1.1-M1"],
    specificAction: false,
    objectives: ["1.1.1"],
    measure: "manual",
    actual: status === "No data" ? null : 2,
    baseline: 0,
    deadline: SETTINGS.planEnd,
    targetValue: 4,
    expected: 2,
    progress: status === "No data" ? null : 0.5,
    performance: status === "No data" ? null : 1,
    status,
    lastUpdate: null,
    stale: false,
    note: "",
    ...overrides,
  };
}

/** An evaluation whose rollups are computed from its KPIs, as evaluateWorkbook does. */
export function evaluation(kpis: EvaluatedKpi[], asOf: number, settings: PlanSettings = SETTINGS): PlanEvaluation {
  const items = (list: EvaluatedKpi[]) => list.map((k) => ({ status: k.status, progress: k.progress, weight: k.weight }));
  const pillars = [...new Set(kpis.map((k) => k.pillar))].sort();
  const objectives = [...new Set(kpis.flatMap((k) => k.objectives))];
  return {
    settings,
    asOf,
    kpis,
    pillars: pillars.map((p) => ({
      pillar: p,
      title: settings.pillars[p] ?? "",
      rollup: rollup(items(kpis.filter((k) => k.pillar === p))),
    })),
    milestones: [...new Set(kpis.flatMap((k) => k.rspKeys))].sort().map((key) => {
      const mapped = kpis.filter((k) => k.rspKeys.includes(key));
      const [objective, milestone] = key.split("-M");
      return {
        key,
        objective,
        milestone: Number(milestone),
        description: `Milestone ${key}`,
        actions: [...new Set(mapped.map((k) => k.ref))],
        rollup: rollup(items(mapped)),
      };
    }),
    objectives: objectives.map((o) => ({ objective: o, rollup: rollup(items(kpis.filter((k) => k.objectives.includes(o)))) })),
    milestonesWithoutActions: [],
    actionsWithoutMilestones: [],
    problems: [],
  };
}

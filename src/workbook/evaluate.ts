/**
 * The whole plan evaluated from a workbook snapshot (DESIGN.md §2-§5): each Plan row's actual
 * per its Measure, its status through the engine, and rollups per pillar, RSP milestone and
 * RSP objective. Pure: the same snapshot and as-of date give the same evaluation.
 *
 * Staleness: a KPI is stale when its newest dated data (lastUpdate) is older than
 * "Stale after days" at the as-of date. A KPI with no dated data at all (a manual Actual never
 * logged in Updates, or no data yet) is not called stale: there is no date to judge by.
 */
import type { WorkbookSnapshot } from "./gateway";
import type { EvaluatedKpi, MilestoneSummary, ObjectiveSummary, PillarSummary, PlanEvaluation } from "./model";
import type { Rollup, RollupItem } from "../core/types";
import { isFailure } from "../core/types";
import { todaySerial } from "../core/dates";
import { evaluateKpi } from "../core/progress";
import { rollup } from "../core/rollup";
import { milestoneKey, parseMilestoneKey } from "../core/rsp";
import { MeasureIndex } from "./measures";
import type { InspectedPlanRow, WorkbookInspection } from "./validate";
import { inspectWorkbook, sortProblems } from "./validate";
import type { Problem } from "./model";
import type { TableView } from "./tableView";
import { impossibleActual } from "../core/progress/actualUnits";
import { keepShape } from "./shapes";

export interface EvaluateOptions {
  /** Overrides Settings "As of". */
  asOf?: number;
  /** The day used when neither an override nor Settings gives an as-of date. */
  today?: number;
}

/**
 * The inspection behind each evaluation made by evaluateWorkbook, with the snapshot it read, so
 * computedColumnWrites(snapshot, evaluation) does not inspect the same snapshot a second time.
 */
const inspections = new WeakMap<PlanEvaluation, { snapshot: WorkbookSnapshot; inspection: WorkbookInspection }>();

/**
 * Validate (DESIGN.md §5): every problem, each naming its cell. The inspection's problems, and
 * the actuals their unit rules out, which need the measures and so an evaluation.
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: EvaluateOptions = {}): Problem[] {
  return evaluateWorkbook(snapshot, options).problems;
}

export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: EvaluateOptions = {}): PlanEvaluation {
  const inspection = inspectWorkbook(snapshot);
  const evaluation = evaluateInspection(inspection, options);
  inspections.set(evaluation, { snapshot, inspection });
  return evaluation;
}

/** The inspection evaluateWorkbook made of this snapshot for this evaluation, if it made one. */
export function inspectionBehind(evaluation: PlanEvaluation, snapshot: WorkbookSnapshot): WorkbookInspection | null {
  const entry = inspections.get(evaluation);
  return entry && entry.snapshot === snapshot ? entry.inspection : null;
}

/** The as-of date an evaluation uses: the override, else Settings "As of", else today. */
export function asOfFor(inspection: WorkbookInspection, options: EvaluateOptions = {}): number {
  return options.asOf ?? inspection.settings.asOf ?? options.today ?? todaySerial();
}

/** The Updates and WorkPlan totals behind the measures, at an as-of date. */
export function measureIndexFor(inspection: WorkbookInspection, asOf: number): MeasureIndex {
  return new MeasureIndex(inspection.updates, inspection.workPlanLog ?? inspection.workPlan, asOf, (text) => inspection.members.identity(text));
}

/**
 * `measures` lets live recalculation (src/workbook/live) keep the totals between rounds that
 * changed neither Updates, WorkPlan, Members nor the as-of date; it must come from
 * measureIndexFor at this inspection's as-of date.
 */
export function evaluateInspection(inspection: WorkbookInspection, options: EvaluateOptions = {}, reused?: MeasureIndex): PlanEvaluation {
  const { settings } = inspection;
  const asOf = asOfFor(inspection, options);
  const measures = reused ?? measureIndexFor(inspection, asOf);
  const objectivesOf = new ObjectiveReader();
  const kpis = inspection.plan.map((row) => evaluateRow(row, inspection, measures, objectivesOf, asOf));
  const milestones = summarizeMilestones(inspection, kpis);
  const unitProblems = inspection.views.Plan ? impossibleActualProblems(inspection.views.Plan, inspection.plan, kpis) : [];
  return {
    settings,
    asOf,
    kpis,
    pillars: summarizePillars(inspection, kpis),
    milestones,
    objectives: summarizeObjectives(inspection, kpis),
    milestonesWithoutActions: milestones.filter((m) => m.actions.length === 0).map((m) => m.key),
    actionsWithoutMilestones: actionsWithoutMilestones(kpis),
    problems: unitProblems.length > 0 ? sortProblems([...inspection.problems, ...unitProblems]) : inspection.problems,
  };
}

/**
 * Live recalculation's hook (src/workbook/live): the KPIs of some Plan rows, each as
 * evaluateInspection makes it, and the actuals their unit rules out, over kept measures.
 */
export function evaluatePlanRows(
  inspection: WorkbookInspection,
  rows: readonly InspectedPlanRow[],
  options: EvaluateOptions,
  measures: MeasureIndex
): { kpis: EvaluatedKpi[]; problems: Problem[] } {
  const asOf = asOfFor(inspection, options);
  const objectivesOf = new ObjectiveReader();
  const kpis = rows.map((row) => evaluateRow(row, inspection, measures, objectivesOf, asOf));
  const problems = inspection.views.Plan ? impossibleActualProblems(inspection.views.Plan, rows, kpis) : [];
  return { kpis, problems };
}

/** Measures whose actual is a number someone typed (the Actual cell, an Updates Value), not one computed. */
function isTypedMeasure(measure: string): boolean {
  return measure === "manual" || measure === "updates:latest" || measure === "updates:sum";
}

/** Where a measured actual comes from, for the message that says what to fix. */
function measureSource(measure: string, ref: string): string {
  return measure.startsWith("updates") ? `the Updates rows of ${ref}` : `the WorkPlan activities serving ${ref}`;
}

/**
 * Actuals their target's unit rules out (src/core/progress/actualUnits.ts): the engine leaves
 * them unscored; here each gets the cell to fix: the Actual cell, or the Measure cell of a
 * measured actual with where its data comes from.
 */
function impossibleActualProblems(view: TableView, rows: readonly InspectedPlanRow[], kpis: readonly EvaluatedKpi[]): Problem[] {
  const problems: Problem[] = [];
  kpis.forEach((kpi, index) => {
    const part = rows[index].targetPart;
    if (kpi.actual === null || isFailure(part)) return;
    const why = impossibleActual(part, kpi.actual, isTypedMeasure(kpi.measure));
    if (why === null) return;
    if (kpi.measure === "manual") {
      problems.push(view.problem("error", kpi.row, "Actual", `${why}. This KPI is not scored until it is fixed`));
    } else {
      problems.push(
        view.problem("error", kpi.row, "Measure", `The actual ${kpi.measure} gives for this KPI: ${why}. It is not scored until ${measureSource(kpi.measure, kpi.ref)} are fixed`)
      );
    }
  });
  return problems;
}

/** The RSP objectives of a row's milestone keys, read once per distinct key. */
class ObjectiveReader {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: ObjectiveReader = keepShape(new ObjectiveReader());

  private readonly objectiveOfKey = new Map<string, string | null>();

  objectives(keys: readonly string[]): string[] {
    const objectives: string[] = [];
    for (const key of keys) {
      const objective = this.objectiveOf(key);
      if (objective && !objectives.includes(objective)) objectives.push(objective);
    }
    return objectives;
  }

  private objectiveOf(key: string): string | null {
    let objective = this.objectiveOfKey.get(key);
    if (objective === undefined) {
      objective = parseMilestoneKey(key)?.objective ?? null;
      this.objectiveOfKey.set(key, objective);
    }
    return objective;
  }
}

function evaluateRow(
  row: InspectedPlanRow,
  inspection: WorkbookInspection,
  measures: MeasureIndex,
  objectivesOf: ObjectiveReader,
  asOf: number
): EvaluatedKpi {
  const { settings } = inspection;
  const { actual, lastUpdate } = measures.actualFor(row);
  const baseline = row.baseline ?? 0;
  const deadline = row.deadline ?? settings.planEnd;
  const result = evaluateKpi({
    target: row.targetPart,
    baseline,
    actual,
    actualTyped: isTypedMeasure(row.measure),
    planStart: settings.planStart,
    deadline,
    asOf,
    thresholds: settings.thresholds,
  });
  const rspKeys = isFailure(row.rsp) ? [] : row.rsp.keys;
  const objectives = objectivesOf.objectives(rspKeys);
  return {
    row: row.row,
    pillar: row.pillar ?? 0,
    ref: row.ref,
    part: row.part,
    action: row.action,
    kpi: row.kpi,
    target: row.target,
    owner: row.owner,
    comment: row.comment,
    weight: row.weight,
    rspKeys,
    specificAction: !isFailure(row.rsp) && row.rsp.specificAction,
    objectives,
    measure: row.measure,
    actual,
    baseline,
    deadline,
    targetValue: result.targetValue,
    expected: result.expected,
    progress: result.progress,
    performance: result.performance,
    status: result.status,
    lastUpdate,
    stale: lastUpdate !== null && asOf - lastUpdate > settings.staleAfterDays,
    note: result.note,
  };
}

function rollupOf(kpis: EvaluatedKpi[]): Rollup {
  // An EvaluatedKpi carries a RollupItem's status, progress and weight.
  const items: RollupItem[] = kpis;
  return rollup(items);
}

/** KPIs grouped by each key they have (a KPI with two keys is in two groups). */
function groupBy<K>(kpis: readonly EvaluatedKpi[], keysOf: (kpi: EvaluatedKpi) => readonly K[]): Map<K, EvaluatedKpi[]> {
  const groups = new Map<K, EvaluatedKpi[]>();
  for (const kpi of kpis) {
    for (const key of keysOf(kpi)) {
      const group = groups.get(key);
      if (group) group.push(kpi);
      else groups.set(key, [kpi]);
    }
  }
  return groups;
}

function summarizePillars(inspection: WorkbookInspection, kpis: EvaluatedKpi[]): PillarSummary[] {
  const numbers = new Set<number>(Object.keys(inspection.settings.pillars).map(Number));
  for (const kpi of kpis) numbers.add(kpi.pillar);
  const byPillar = groupBy(kpis, (kpi) => [kpi.pillar]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((pillar) => ({
      pillar,
      title: inspection.settings.pillars[pillar] ?? (pillar === 0 ? "No pillar" : `Pillar ${pillar}`),
      rollup: rollupOf(byPillar.get(pillar) ?? []),
    }));
}

function summarizeMilestones(inspection: WorkbookInspection, kpis: EvaluatedKpi[]): MilestoneSummary[] {
  const byKey = groupBy(kpis, (kpi) => kpi.rspKeys);
  const seen = new Set<string>();
  const summaries: MilestoneSummary[] = [];
  for (const rsp of inspection.rsp) {
    if (rsp.milestone === null || rsp.objective === "") continue;
    const key = milestoneKey(rsp.objective, rsp.milestone);
    if (seen.has(key)) continue;
    seen.add(key);
    const mapped = byKey.get(key) ?? [];
    summaries.push({
      key,
      objective: rsp.objective,
      milestone: rsp.milestone,
      description: rsp.description,
      actions: [...new Set(mapped.map((kpi) => kpi.ref))],
      rollup: rollupOf(mapped),
    });
  }
  return summaries;
}

function summarizeObjectives(inspection: WorkbookInspection, kpis: EvaluatedKpi[]): ObjectiveSummary[] {
  const objectives = new Set<string>(inspection.rsp.map((r) => r.objective).filter((o) => o !== ""));
  for (const kpi of kpis) for (const objective of kpi.objectives) objectives.add(objective);
  const byObjective = groupBy(kpis, (kpi) => kpi.objectives);
  return [...objectives].sort(compareObjectives).map((objective) => ({
    objective,
    rollup: rollupOf(byObjective.get(objective) ?? []),
  }));
}

/** "1.2.10" after "1.2.9". */
function compareObjectives(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const diff = (x[i] ?? -1) - (y[i] ?? -1);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return a.localeCompare(b);
}

/** Refs none of whose rows yields an RSP milestone key (specific actions and unreadable references). */
function actionsWithoutMilestones(kpis: EvaluatedKpi[]): string[] {
  const mapped = new Set(kpis.filter((kpi) => kpi.rspKeys.length > 0).map((kpi) => kpi.ref));
  return [...new Set(kpis.map((kpi) => kpi.ref))].filter((ref) => ref !== "" && !mapped.has(ref));
}

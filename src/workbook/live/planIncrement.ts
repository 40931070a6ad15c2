/**
 * Plan edits applied row by row: the inspection and evaluation after some Plan rows changed,
 * worked out from the rows that changed, without reading, inspecting or evaluating the others.
 *
 * - Each edited row is inspected alone (readPlanRows and inspectPlan over a one-row view placed
 *   where the row is, so its problems name its cell) and evaluated alone over the kept measures.
 * - Its Ref's Parts are checked again (checkParts over the rows of that Ref).
 * - The rollups of the pillars, RSP milestones and objectives it left or joined are made again
 *   from their KPIs; the others are kept.
 * - Problems are kept per row in the order sortProblems gives (by column, then as inspectWorkbook
 *   and evaluateInspection make them: the row's own, then the rest, then Parts, then units).
 *
 * It declines (null) what it cannot do exactly: a row that was or becomes blank, a changed Ref or
 * Part, a pillar or objective that appears or disappears. The caller then inspects the Plan whole.
 */
import type { CellValue, TableData } from "../gateway";
import type { EvaluatedKpi, MilestoneSummary, PlanEvaluation, Problem } from "../model";
import type { MeasureIndex } from "../measures";
import type { InspectedPlanRow, WorkbookInspection } from "../validate";
import { checkParts, inspectPlan, inspectionWith, sortProblems } from "../validate";
import { evaluatePlanRows, type EvaluateOptions } from "../evaluate";
import { rollup } from "../../core/rollup";
import { readPlanRows } from "../rows";
import { TableView } from "../tableView";
import { PLAN_INPUT_TABLES } from "../inputTables";

/** The inspection and evaluation after some edits, and what in them the edits changed. */
export interface PlanStep {
  inspection: WorkbookInspection;
  evaluation: PlanEvaluation;
  changed: { kpis: EvaluatedKpi[]; milestones: MilestoneSummary[] };
}

export interface PlanEdit {
  /** Zero-based body row. */
  row: number;
  /** The row's cells before the edit. */
  before: CellValue[];
}

function sameProblem(a: Problem, b: Problem): boolean {
  return a.severity === b.severity && a.table === b.table && a.row === b.row && a.column === b.column && a.message === b.message && a.address === b.address;
}

/** `list` without one occurrence of each of `gone`; null when one is not there. */
function without(list: readonly Problem[], gone: readonly Problem[]): Problem[] | null {
  const left = [...list];
  for (const problem of gone) {
    const at = left.findIndex((p) => sameProblem(p, problem));
    if (at < 0) return null;
    left.splice(at, 1);
  }
  return left;
}

function byRow(problems: readonly Problem[]): Map<number, Problem[]> {
  const rows = new Map<number, Problem[]>();
  for (const problem of problems) {
    const row = problem.row as number;
    const list = rows.get(row);
    if (list) list.push(problem);
    else rows.set(row, [problem]);
  }
  return rows;
}

/** A sorted problem list cut around the Plan rows' block. */
interface ProblemFrame {
  before: Problem[];
  planRows: Map<number, Problem[]>;
  after: Problem[];
}

function tableOrder(table: string): number {
  const index = (PLAN_INPUT_TABLES as readonly string[]).indexOf(table);
  return index < 0 ? PLAN_INPUT_TABLES.length : index;
}

/** Sorted by table, then row (table-level first): the Plan rows' block lies between. */
function frame(sorted: readonly Problem[]): ProblemFrame {
  const plan = tableOrder("Plan");
  let start = 0;
  while (start < sorted.length && (tableOrder(sorted[start].table) < plan || (sorted[start].table === "Plan" && sorted[start].row === null))) start += 1;
  let end = start;
  while (end < sorted.length && sorted[end].table === "Plan") end += 1;
  return { before: sorted.slice(0, start), planRows: byRow(sorted.slice(start, end)), after: sorted.slice(end) };
}

function assemble(parts: ProblemFrame): Problem[] {
  const rows = [...parts.planRows.keys()].sort((a, b) => a - b);
  const list = [...parts.before];
  for (const row of rows) list.push(...(parts.planRows.get(row) as Problem[]));
  list.push(...parts.after);
  return list;
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((problem, i) => sameProblem(problem, b[i]));
}

/** Groups of Plan indexes (ascending) by a key each KPI has zero or more of. */
class Groups<K> {
  readonly members = new Map<K, Set<number>>();

  constructor(kpis: readonly EvaluatedKpi[], private readonly keysOf: (kpi: EvaluatedKpi) => readonly K[]) {
    kpis.forEach((kpi, index) => this.add(kpi, index));
  }

  add(kpi: EvaluatedKpi, index: number): void {
    for (const key of this.keysOf(kpi)) {
      const set = this.members.get(key);
      if (set) set.add(index);
      else this.members.set(key, new Set([index]));
    }
  }

  remove(kpi: EvaluatedKpi, index: number): void {
    for (const key of this.keysOf(kpi)) this.members.get(key)?.delete(index);
  }

  size(key: K): number {
    return this.members.get(key)?.size ?? 0;
  }
}

/** One Plan row inspected alone, its problems naming its own cells. */
function inspectRow(plan: TableData, row: number, cells: CellValue[], inspection: WorkbookInspection): { row: InspectedPlanRow | null; problems: Problem[] } {
  const alone: TableData = { ...plan, rows: [cells], origin: { row: plan.origin.row + row, col: plan.origin.col } };
  delete alone.formulas;
  const view = new TableView(alone, "Plan");
  const read = readPlanRows(view);
  if (read.rows.length === 0) return { row: null, problems: [] };
  const problems = [...read.problems];
  const [inspected] = inspectPlan(view, read.rows, inspection.rsp, inspection.views.RSP !== undefined, problems);
  inspected.row = row;
  for (const problem of problems) problem.row = row;
  return { row: inspected, problems };
}

export class PlanIncrement {
  private readonly indexOfRow = new Map<number, number>();
  private readonly rowsOfRef = new Map<string, number[]>();
  private readonly pillars: Groups<number>;
  private readonly keys: Groups<string>;
  private readonly objectives: Groups<string>;
  /** Per Ref, how many of its rows yield an RSP milestone key; Refs in order of first appearance. */
  private readonly keyedRows = new Map<string, number>();
  private readonly refOrder: string[] = [];

  private constructor(
    private inspection: WorkbookInspection,
    private evaluation: PlanEvaluation,
    private inspected: ProblemFrame,
    private evaluated: ProblemFrame,
    private readonly options: EvaluateOptions
  ) {
    inspection.plan.forEach((row, index) => {
      this.indexOfRow.set(row.row, index);
      const rows = this.rowsOfRef.get(row.ref);
      if (rows) rows.push(index);
      else this.rowsOfRef.set(row.ref, [index]);
    });
    const kpis = evaluation.kpis;
    this.pillars = new Groups(kpis, (kpi) => [kpi.pillar]);
    this.keys = new Groups(kpis, (kpi) => kpi.rspKeys);
    this.objectives = new Groups(kpis, (kpi) => kpi.objectives);
    for (const kpi of kpis) {
      if (!this.keyedRows.has(kpi.ref)) {
        this.keyedRows.set(kpi.ref, 0);
        this.refOrder.push(kpi.ref);
      }
      if (kpi.rspKeys.length > 0) this.keyedRows.set(kpi.ref, (this.keyedRows.get(kpi.ref) as number) + 1);
    }
  }

  /** The increment over a full inspection and its evaluation; null when its problem lists cannot be taken apart exactly. */
  static from(inspection: WorkbookInspection, evaluation: PlanEvaluation, options: EvaluateOptions): PlanIncrement | null {
    if (!inspection.views.Plan || inspection.plan.length !== evaluation.kpis.length) return null;
    const inspected = frame(inspection.problems);
    const evaluated = frame(evaluation.problems);
    if (!sameProblems(assemble(inspected), inspection.problems) || !sameProblems(assemble(evaluated), evaluation.problems)) return null;
    return new PlanIncrement(inspection, evaluation, inspected, evaluated, options);
  }

  /**
   * The inspection and evaluation after `edits` (their rows already patched in the Plan table the
   * inspection's view reads), or null when the edits are beyond it. On null nothing changed.
   */
  apply(edits: readonly PlanEdit[], measures: MeasureIndex): PlanStep | null {
    const { inspection, evaluation } = this;
    const view = inspection.views.Plan as TableView;
    const plan = inspection.plan.slice();
    const changes: Array<{ index: number; own: Problem[]; oldOwn: Problem[] }> = [];
    for (const edit of edits) {
      const index = this.indexOfRow.get(edit.row);
      if (index === undefined) return null;
      const old = inspection.plan[index];
      const before = inspectRow(view.data, edit.row, edit.before, inspection);
      const after = inspectRow(view.data, edit.row, view.data.rows[edit.row], inspection);
      if (!after.row || after.row.ref !== old.ref || after.row.part !== old.part) return null;
      plan[index] = after.row;
      changes.push({ index, own: after.problems, oldOwn: before.problems });
    }
    const nextInspection = inspectionWith(inspection, { plan });

    // The edited KPIs over the kept measures, with the actuals their unit rules out.
    const alone = evaluatePlanRows(nextInspection, changes.map((c) => plan[c.index]), this.options, measures);
    const kpis = evaluation.kpis.slice();
    changes.forEach((change, i) => (kpis[change.index] = alone.kpis[i]));
    const unitOf = byRow(alone.problems);

    // Rollups: every group an edited KPI left or joined, made again from its KPIs.
    const touched = { pillars: new Set<number>(), keys: new Set<string>(), objectives: new Set<string>() };
    for (const { index } of changes) {
      for (const kpi of [evaluation.kpis[index], kpis[index]]) {
        touched.pillars.add(kpi.pillar);
        kpi.rspKeys.forEach((key) => touched.keys.add(key));
        kpi.objectives.forEach((objective) => touched.objectives.add(objective));
      }
    }
    const move = (from: readonly EvaluatedKpi[], to: readonly EvaluatedKpi[]): void => {
      for (const { index } of changes) {
        this.pillars.remove(from[index], index);
        this.keys.remove(from[index], index);
        this.objectives.remove(from[index], index);
        this.pillars.add(to[index], index);
        this.keys.add(to[index], index);
        this.objectives.add(to[index], index);
      }
    };
    move(evaluation.kpis, kpis);
    const listed = {
      pillars: new Set(evaluation.pillars.map((p) => p.pillar)),
      objectives: new Set(evaluation.objectives.map((o) => o.objective)),
    };
    const settingsPillars = new Set(Object.keys(inspection.settings.pillars).map(Number));
    const rspObjectives = new Set(inspection.rsp.map((r) => r.objective));
    const pillarsStay = [...touched.pillars].every((p) => listed.pillars.has(p) === (settingsPillars.has(p) || this.pillars.size(p) > 0));
    const objectivesStay = [...touched.objectives].every((o) => listed.objectives.has(o) === (rspObjectives.has(o) || this.objectives.size(o) > 0));
    if (!pillarsStay || !objectivesStay) {
      move(kpis, evaluation.kpis);
      return null;
    }

    // Problems: each edited row's own are made again, its Ref's Parts checked again.
    const inspected = new Map(this.inspected.planRows);
    const evaluated = new Map(this.evaluated.planRows);
    const rows = new Set<number>();
    const refs = new Set(changes.map((c) => plan[c.index].ref));
    const partsBefore: Problem[] = [];
    const partsAfter: Problem[] = [];
    for (const ref of refs) {
      const indexes = this.rowsOfRef.get(ref) ?? [];
      checkParts(view, indexes.map((i) => inspection.plan[i]), partsBefore);
      checkParts(view, indexes.map((i) => plan[i]), partsAfter);
    }
    const own = new Map(changes.map((c) => [plan[c.index].row, c]));
    const oldParts = byRow(partsBefore);
    const newParts = byRow(partsAfter);
    for (const row of [...own.keys(), ...oldParts.keys(), ...newParts.keys()]) rows.add(row);
    let problemsChanged = false;
    for (const row of rows) {
      const change = own.get(row);
      const current = inspected.get(row) ?? [];
      const rest = without(current, [...(change?.oldOwn ?? []), ...(oldParts.get(row) ?? [])]);
      const unitBefore = without(evaluated.get(row) ?? [], current);
      if (rest === null || unitBefore === null) {
        move(kpis, evaluation.kpis);
        return null;
      }
      const next = sortProblems([...(change?.own ?? []), ...rest, ...(newParts.get(row) ?? [])]);
      const units = change ? (unitOf.get(row) ?? []) : unitBefore;
      const withUnits = units.length > 0 ? sortProblems([...next, ...units]) : next;
      if (!sameProblems(next, current) || !sameProblems(withUnits, evaluated.get(row) ?? [])) problemsChanged = true;
      if (next.length > 0) inspected.set(row, next);
      else inspected.delete(row);
      if (withUnits.length > 0) evaluated.set(row, withUnits);
      else evaluated.delete(row);
    }
    const inspectedFrame = { ...this.inspected, planRows: inspected };
    const evaluatedFrame = { ...this.evaluated, planRows: evaluated };
    nextInspection.problems = problemsChanged ? assemble(inspectedFrame) : inspection.problems;

    // The touched groups' rollups, from their KPIs in Plan order (as evaluateInspection groups them).
    const groupOf = <K>(groups: Groups<K>, key: K): EvaluatedKpi[] => [...(groups.members.get(key) ?? [])].sort((a, b) => a - b).map((i) => kpis[i]);
    const milestones = evaluation.milestones.map((m) => {
      if (!touched.keys.has(m.key)) return m;
      const mapped = groupOf(this.keys, m.key);
      return { ...m, actions: [...new Set(mapped.map((kpi) => kpi.ref))], rollup: rollup(mapped) };
    });
    // Refs without milestones change only when a Ref's count of keyed rows reaches or leaves 0.
    let keyedChanged = false;
    for (const { index } of changes) {
      const before = evaluation.kpis[index];
      const after = kpis[index];
      const delta = (after.rspKeys.length > 0 ? 1 : 0) - (before.rspKeys.length > 0 ? 1 : 0);
      if (delta === 0) continue;
      const was = this.keyedRows.get(after.ref) ?? 0;
      this.keyedRows.set(after.ref, was + delta);
      if (was === 0 || was + delta === 0) keyedChanged = true;
    }
    const withoutActionsChanged = milestones.some((m, i) => (m.actions.length === 0) !== (evaluation.milestones[i].actions.length === 0));
    const nextEvaluation: PlanEvaluation = {
      ...evaluation,
      kpis,
      pillars: evaluation.pillars.map((p) => (touched.pillars.has(p.pillar) ? { ...p, rollup: rollup(groupOf(this.pillars, p.pillar)) } : p)),
      milestones,
      objectives: evaluation.objectives.map((o) => (touched.objectives.has(o.objective) ? { ...o, rollup: rollup(groupOf(this.objectives, o.objective)) } : o)),
      milestonesWithoutActions: withoutActionsChanged ? milestones.filter((m) => m.actions.length === 0).map((m) => m.key) : evaluation.milestonesWithoutActions,
      actionsWithoutMilestones: keyedChanged ? this.refOrder.filter((ref) => ref !== "" && this.keyedRows.get(ref) === 0) : evaluation.actionsWithoutMilestones,
      problems: problemsChanged ? assemble(evaluatedFrame) : evaluation.problems,
    };
    this.inspection = nextInspection;
    this.evaluation = nextEvaluation;
    this.inspected = inspectedFrame;
    this.evaluated = evaluatedFrame;
    return {
      inspection: nextInspection,
      evaluation: nextEvaluation,
      changed: { kpis: changes.map((c) => kpis[c.index]), milestones: milestones.filter((m) => touched.keys.has(m.key)) },
    };
  }
}


/**
 * Live recalculation that touches only what changed (issue #16). The session keeps the last
 * snapshot of the input tables, the inspection and the Updates/WorkPlan totals behind the last
 * evaluation. A round given the table changes since the last one:
 *
 * - re-reads only the body rows the changes name (one readRows batch, which also returns the
 *   headers, place and size of every table the round may write), and falls back to a full read
 *   when the changes or that read say a table's shape changed, a co-author edited it, or the
 *   session has no snapshot (changes.ts);
 * - when only Plan rows changed, works from those rows alone over the kept totals
 *   (planIncrement.ts), or where that cannot be exact inspects the Plan whole; any other edit
 *   evaluates the patched snapshot in full (still without reading it again);
 * - writes only the computed cells whose value differs from what the workbook holds, in one
 *   write, and nothing when nothing changed (cellDiff.ts).
 *
 * Its evaluation is the one a full recalculation of the same workbook gives (the property test
 * in tests/workbook/live checks this after random edits).
 */
import type { RecalcReport } from "../addinApi";
import type { CellWrite, ColumnWrite, RowsRead, TableData, WorkbookGateway, WorkbookSnapshot } from "../gateway";
import type { PlanEvaluation } from "../model";
import type { MeasureIndex } from "../measures";
import type { WorkbookInspection } from "../validate";
import { inspectWorkbook, inspectionWith, reinspectPlan } from "../validate";
import { asOfFor, evaluateInspection, measureIndexFor, type EvaluateOptions } from "../evaluate";
import { computedColumnWrites } from "../recalculate";
import { PLAN_INPUT_TABLES } from "../inputTables";
import { assertStructure } from "../structure";
import { formulaInputs, planChanges, rowRuns, type Rect, type TableChange } from "./changes";
import { applyCells, applyColumns, changedCells, stepCells, writtenAreas } from "./cellDiff";
import { PlanIncrement, type PlanEdit, type PlanStep } from "./planIncrement";

/**
 * How a round went: `full` read everything; `rows` re-read some rows and evaluated the whole
 * patched snapshot; `plan` re-read Plan rows and inspected the Plan and evaluated its KPIs over
 * kept totals; `plan-rows` worked from the edited Plan rows alone (PlanIncrement); `none` found
 * nothing to do.
 */
export type LiveMode = "full" | "rows" | "plan" | "plan-rows" | "none";

export interface LiveRoundReport extends RecalcReport {
  mode: LiveMode;
  /** Why the round read everything, for a full round. */
  reason?: string;
  /** Computed cells written (every cell of the computed columns in a full round). */
  cellsWritten: number;
  /** Time spent evaluating and comparing, without reads and writes. */
  engineMs: number;
}

interface SessionState {
  snapshot: WorkbookSnapshot;
  /** Applies Plan edits row by row; null when the last inspection could not be taken apart. */
  increment: PlanIncrement | null;
  inspection: WorkbookInspection;
  evaluation: PlanEvaluation;
  measures: MeasureIndex;
  asOf: number;
  /** Why every round reads everything (formulas in input cells), or null. */
  readAll: string | null;
}

/** Tables with computed columns. */
const OUTPUT_TABLES = ["Plan", "RSP", "WorkPlan"] as const;

interface Evaluated {
  mode: LiveMode;
  inspection: WorkbookInspection;
  evaluation: PlanEvaluation;
  measures: MeasureIndex;
  /** What a row-by-row step changed, when the round went row by row. */
  step: PlanStep | null;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

function refsOf(inspection: WorkbookInspection): Set<string> {
  return new Set(inspection.plan.map((row) => row.ref));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function dataOf(snapshot: WorkbookSnapshot, name: string): TableData | null {
  for (const data of Object.values(snapshot.tables)) if (data && data.name.toLowerCase() === name.toLowerCase()) return data;
  return null;
}

/** Why the rows read say the table is no longer the one in the snapshot, or null. */
function shapeChange(data: TableData, read: RowsRead): string | null {
  if (!sameList(data.headers, read.headers)) return `${data.name}: headers changed`;
  if (data.origin.row !== read.origin.row || data.origin.col !== read.origin.col) return `${data.name} moved`;
  if ((data.bodyRowCount ?? data.rows.length) !== read.bodyRowCount) return `${data.name}: rows inserted or deleted`;
  if (read.rows.length !== read.rowCount) return `${data.name}: rows inserted or deleted`;
  return null;
}

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export class LiveRecalculation {
  private state: SessionState | null = null;
  /** Per table (lower case), the rectangle around the cells the last round wrote, to know their echo. */
  private echoes = new Map<string, Rect>();

  constructor(private readonly options: EvaluateOptions = {}) {}

  /** The last evaluation, or null before the first round. */
  get evaluation(): PlanEvaluation | null {
    return this.state?.evaluation ?? null;
  }

  /** Whether a round over these changes would read anything (not for the echo of its own writes). */
  needsRound(changes: readonly TableChange[]): boolean {
    if (this.state === null) return changes.length > 0;
    return planChanges(changes, this.state.snapshot, this.echoes).kind !== "none";
  }

  /** Forget the snapshot: the workbook changed in a way no event reported (the add-in's own records). */
  invalidate(): void {
    this.state = null;
    this.echoes = new Map();
  }

  /** One round: the changes since the last round, or "full" to read and recalculate everything. */
  async round(gateway: WorkbookGateway, changes: readonly TableChange[] | "full"): Promise<LiveRoundReport> {
    try {
      return await this.tryRound(gateway, changes);
    } catch (error) {
      // The snapshot may be half patched or the write half done: the next round reads everything.
      this.state = null;
      throw error;
    }
  }

  private async tryRound(gateway: WorkbookGateway, changes: readonly TableChange[] | "full"): Promise<LiveRoundReport> {
    const started = now();
    const state = this.state;
    if (changes === "full" || state === null) return this.fullRound(gateway, started, changes === "full" ? "asked for" : "first round");
    if (state.readAll) return this.fullRound(gateway, started, state.readAll);
    const plan = planChanges(changes, state.snapshot, this.echoes);
    this.echoes = new Map();
    if (plan.kind === "full") return this.fullRound(gateway, started, plan.reason);
    if (plan.kind === "none") return this.report("none", state.evaluation, [], started, 0);

    const requests = [...plan.rows].flatMap(([table, rows]) => rowRuns(rows).map(([firstRow, rowCount]) => ({ table, firstRow, rowCount })));
    // The tables this round may write are looked at in the same batch (headers and size): the
    // write then needs no read of its own, and a change in their shape is seen.
    for (const name of OUTPUT_TABLES) {
      const data = state.snapshot.tables[name];
      if (data && !plan.rows.has(data.name)) requests.push({ table: data.name, firstRow: 0, rowCount: 0 });
    }
    let reads: RowsRead[];
    try {
      reads = await gateway.readRows(requests);
    } catch {
      // A table renamed or deleted since the last round: the full read says what is wrong.
      return this.fullRound(gateway, started, "a table could not be read");
    }
    const engineStart = now();
    const changed = new Set<string>();
    const planEdits: PlanEdit[] = [];
    // A formula typed into a Plan input cell: this round reads its result, later rounds read everything.
    const readAll = reads.map((read) => (read.table.toLowerCase() === "plan" ? formulaInputs("Plan", dataOf(state.snapshot, read.table), read.formulas) : null)).find((why) => why) ?? null;
    for (const read of reads) {
      const data = dataOf(state.snapshot, read.table) as TableData;
      const why = shapeChange(data, read);
      if (why) return this.fullRound(gateway, started, why);
    }
    for (const read of reads) {
      const data = dataOf(state.snapshot, read.table) as TableData;
      read.rows.forEach((row, i) => {
        const before = data.rows[read.firstRow + i];
        if (sameRow(before, row)) return;
        if (data === state.snapshot.tables.Plan) planEdits.push({ row: read.firstRow + i, before });
        data.rows[read.firstRow + i] = row;
        changed.add(data.name.toLowerCase());
      });
    }
    if (changed.size === 0) return this.report("none", state.evaluation, [], started, now() - engineStart);

    const planOnly = changed.size === 1 && changed.has((state.snapshot.tables.Plan?.name ?? "Plan").toLowerCase());
    const { mode, inspection, evaluation, measures, step } = this.evaluateEdits(state, planOnly ? planEdits : null);
    // WorkPlan's Ref check depends on WorkPlan rows and the set of Refs only: unchanged in a Plan round.
    const outputs = mode === "rows" ? inspection : inspectionWith(inspection, { views: { ...inspection.views, WorkPlan: undefined } });
    const cells = step ? stepCells(state.snapshot, step, outputs) : changedCells(state.snapshot, computedColumnWrites(state.snapshot, evaluation, outputs));
    const increment = mode === "plan-rows" ? state.increment : PlanIncrement.from(inspection, evaluation, this.options);
    const engineMs = now() - engineStart;
    if (cells.length > 0) await gateway.write({ cells });
    applyCells(state.snapshot, cells);
    this.echoes = writtenAreas(state.snapshot, cells);
    this.state = { snapshot: state.snapshot, increment, inspection, evaluation, measures, asOf: asOfFor(inspection, this.options), readAll };
    return this.report(mode, evaluation, cells, started, engineMs);
  }

  /** The evaluation after the patched rows: row by row, the Plan whole, or everything (see LiveMode). */
  private evaluateEdits(state: SessionState, planEdits: readonly PlanEdit[] | null): Evaluated {
    if (planEdits && asOfFor(state.inspection, this.options) === state.asOf) {
      const step = state.increment?.apply(planEdits, state.measures) ?? null;
      if (step) return { mode: "plan-rows", inspection: step.inspection, evaluation: step.evaluation, measures: state.measures, step };
      // New or vanished Refs change WorkPlan's Ref check and the Updates rows' problems: those
      // inspect everything.
      const inspection = reinspectPlan(state.inspection, state.snapshot.tables.Plan as TableData);
      if (sameSet(refsOf(inspection), refsOf(state.inspection))) {
        return { mode: "plan", inspection, evaluation: evaluateInspection(inspection, this.options, state.measures), measures: state.measures, step: null };
      }
    }
    const inspection = inspectWorkbook(state.snapshot);
    const measures = measureIndexFor(inspection, asOfFor(inspection, this.options));
    return { mode: "rows", inspection, evaluation: evaluateInspection(inspection, this.options, measures), measures, step: null };
  }

  private async fullRound(gateway: WorkbookGateway, started: number, reason: string): Promise<LiveRoundReport> {
    this.invalidate();
    const snapshot = await gateway.read(PLAN_INPUT_TABLES, { formulasOf: ["Settings", "Plan"] });
    assertStructure(snapshot, "Recalculate");
    const readAll = formulaInputs("Settings", snapshot.tables.Settings, snapshot.tables.Settings?.formulas) ?? formulaInputs("Plan", snapshot.tables.Plan, snapshot.tables.Plan?.formulas);
    const engineStart = now();
    const inspection = inspectWorkbook(snapshot);
    const asOf = asOfFor(inspection, this.options);
    const measures = measureIndexFor(inspection, asOf);
    const evaluation = evaluateInspection(inspection, this.options, measures);
    const columns = computedColumnWrites(snapshot, evaluation, inspection);
    const increment = PlanIncrement.from(inspection, evaluation, this.options);
    const engineMs = now() - engineStart;
    if (columns.length > 0) await gateway.write({ columns });
    applyColumns(snapshot, columns);
    this.state = { snapshot, increment, inspection, evaluation, measures, asOf, readAll };
    const report = this.report("full", evaluation, columns, started, engineMs);
    report.reason = reason;
    return report;
  }

  private report(mode: LiveMode, evaluation: PlanEvaluation, writes: ReadonlyArray<CellWrite | ColumnWrite>, started: number, engineMs: number): LiveRoundReport {
    let cellsWritten = 0;
    const rowsPerTable = new Map<string, Set<number> | number>();
    for (const write of writes) {
      if ("values" in write) {
        cellsWritten += write.values.length;
        rowsPerTable.set(write.table, write.values.length);
      } else {
        cellsWritten += 1;
        const seen = rowsPerTable.get(write.table);
        const set = seen instanceof Set ? seen : new Set<number>();
        set.add(write.row);
        rowsPerTable.set(write.table, set);
      }
    }
    const rowsWritten = [...rowsPerTable.values()].reduce<number>((sum, rows) => sum + (typeof rows === "number" ? rows : rows.size), 0);
    return { mode, evaluation, rowsWritten, cellsWritten, durationMs: now() - started, engineMs };
  }
}

/**
 * Recalculate (DESIGN.md §5): fill the computed columns of Plan, RSP and WorkPlan from the
 * evaluation, as whole-column writes in one batch. Only computed columns the table has are
 * written (a missing one is reported by Validate as a warning, never created silently);
 * input columns and the user's own columns are never touched.
 */
import type { CellValue, ColumnWrite, WorkbookGateway, WorkbookSnapshot } from "./gateway";
import type { EvaluatedKpi, PlanEvaluation } from "./model";
import type { RecalcReport } from "./addinApi";
import type { TableName } from "./schema";
import { NUMBER_FORMATS, computedColumns, normalizeHeader } from "./schema";
import type { TableView } from "./tableView";
import type { InspectedActivity, WorkbookInspection } from "./validate";
import { inspectWorkbook } from "./validate";
import type { EvaluateOptions } from "./evaluate";
import { evaluateInspection, inspectionBehind } from "./evaluate";
import { PLAN_INPUT_TABLES } from "./inputTables";
import { headlineStatus } from "./headlineStatus";
import { milestoneKey } from "../core/rsp";
import { assertStructure } from "./structure";

export const STALE_MARKER = " · stale";
/** RSP Status of a milestone no Plan row maps to. */
export const NO_ACTIONS = "No actions";

type CellOf<T> = (item: T) => CellValue;

/** Computed cells per column header, for one table. */
interface ColumnFill<T> {
  header: string;
  value: CellOf<T>;
}

function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

const PLAN_FILLS: ColumnFill<EvaluatedKpi>[] = [
  { header: "RSP keys", value: (k) => (k.specificAction ? "Specific action" : k.rspKeys.join(", ")) },
  { header: "Target value", value: (k) => round(k.targetValue, 4) },
  { header: "Expected", value: (k) => round(k.expected, 2) },
  { header: "Progress", value: (k) => round(k.progress, 4) },
  { header: "Status", value: (k) => k.status },
  { header: "Last update", value: (k) => k.lastUpdate },
  { header: "Note", value: (k) => k.note + (k.stale ? STALE_MARKER : "") },
];

function refCheck(activity: InspectedActivity): string {
  if (activity.refsText === "") return "No Refs";
  if (activity.refsError) return "Unreadable Refs";
  return activity.unknownRefs.length > 0 ? `Unknown: ${activity.unknownRefs.join(", ")}` : "OK";
}

/** The write of one computed column's values (one per body row), with its number format. */
function columnWrite(table: TableName, view: TableView, header: string, values: CellValue[]): ColumnWrite {
  const def = computedColumns(table).find((c) => normalizeHeader(c.header) === normalizeHeader(header));
  const write: ColumnWrite = { table: view.name, column: view.headerAsWritten(header), values };
  if (def && def.type !== "text" && def.type !== "number") write.numberFormat = NUMBER_FORMATS[def.type];
  return write;
}

/** Whole-column writes for one table: one entry per body row, null where no item maps to it. */
function tableWrites<T extends { row: number }>(
  table: TableName,
  view: TableView | undefined,
  items: readonly T[],
  fills: ColumnFill<T>[]
): ColumnWrite[] {
  if (!view) return [];
  const writes: ColumnWrite[] = [];
  for (const fill of fills) {
    if (!view.has(fill.header)) continue;
    const values: CellValue[] = new Array(view.rowCount).fill(null);
    for (const item of items) values[item.row] = fill.value(item);
    writes.push(columnWrite(table, view, fill.header, values));
  }
  return writes;
}

/** WorkPlan "Ref check": from the WorkPlan log when the inspection has one, else from its rows. */
function refCheckWrites(inspection: WorkbookInspection): ColumnWrite[] {
  const view = inspection.views.WorkPlan;
  const log = inspection.workPlanLog;
  if (!view || !log) return tableWrites("WorkPlan", view, inspection.workPlan, [{ header: "Ref check", value: refCheck }]);
  return view.has("Ref check") ? [columnWrite("WorkPlan", view, "Ref check", log.refCheck.slice())] : [];
}

export function computedColumnWrites(
  snapshot: WorkbookSnapshot,
  evaluation: PlanEvaluation,
  inspection: WorkbookInspection = inspectionBehind(evaluation, snapshot) ?? inspectWorkbook(snapshot)
): ColumnWrite[] {
  const { views } = inspection;
  const milestones = new Map(evaluation.milestones.map((m) => [m.key, m]));
  const rspItems = inspection.rsp
    .filter((r) => r.milestone !== null)
    .map((r) => ({ row: r.row, item: milestones.get(milestoneKey(r.objective, r.milestone as number)) }))
    .filter((entry): entry is { row: number; item: NonNullable<typeof entry.item> } => entry.item !== undefined);
  return [
    ...tableWrites("Plan", views.Plan, evaluation.kpis, PLAN_FILLS),
    ...tableWrites("RSP", views.RSP, rspItems, [
      { header: "Actions", value: ({ item: m }) => m.actions.join(", ") },
      { header: "KPIs", value: ({ item: m }) => m.rollup.total },
      { header: "Progress", value: ({ item: m }) => round(m.rollup.meanProgress, 4) },
      { header: "Status", value: ({ item: m }) => headlineStatus(m.rollup) ?? NO_ACTIONS },
    ]),
    ...refCheckWrites(inspection),
  ];
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

export async function recalculateWorkbook(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RecalcReport> {
  const started = now();
  const snapshot = await gateway.read(PLAN_INPUT_TABLES);
  assertStructure(snapshot, "Recalculate");
  const inspection = inspectWorkbook(snapshot);
  const evaluation = evaluateInspection(inspection, options);
  const columns = computedColumnWrites(snapshot, evaluation, inspection);
  if (columns.length > 0) await gateway.write({ columns });
  const rowsPerTable = new Map<string, number>();
  for (const write of columns) rowsPerTable.set(write.table, write.values.length);
  const rowsWritten = [...rowsPerTable.values()].reduce((sum, n) => sum + n, 0);
  return { evaluation, rowsWritten, durationMs: now() - started };
}

/**
 * The computed cells that differ from what the workbook holds: the writes of a live round. The
 * snapshot is the workbook as last read and written, so comparing with it finds exactly the
 * cells whose value changed (and puts right a computed cell a user typed over).
 */
import type { CellValue, CellWrite, ColumnWrite, TableData, WorkbookSnapshot } from "../gateway";
import { findColumn } from "../schema";
import { computedColumnWrites } from "../recalculate";
import type { WorkbookInspection } from "../validate";
import type { RspRow } from "../rows";
import { milestoneKey } from "../../core/rsp";
import type { Rect } from "./changes";
import type { PlanStep } from "./planIncrement";

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a === undefined || a === "" ? null : a;
  const y = b === undefined || b === "" ? null : b;
  return x === y;
}

function tableData(snapshot: WorkbookSnapshot, name: string): TableData | null {
  for (const data of Object.values(snapshot.tables)) if (data && data.name.toLowerCase() === name.toLowerCase()) return data;
  return null;
}

/**
 * Single-cell writes for every cell of `columns` whose value differs from the snapshot's; in the
 * tables `onlyRows` names (lower case), only those rows are compared (the others cannot have changed).
 */
export function changedCells(snapshot: WorkbookSnapshot, columns: readonly ColumnWrite[], onlyRows: ReadonlyMap<string, readonly number[]> = new Map()): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const column of columns) {
    const data = tableData(snapshot, column.table);
    const index = data ? findColumn(data.headers, column.column) : -1;
    if (!data || index < 0) continue;
    const rows = onlyRows.get(column.table.toLowerCase()) ?? column.values.map((_, row) => row);
    rows.forEach((row) => {
      const value = column.values[row];
      if (same(data.rows[row]?.[index], value)) return;
      const write: CellWrite = { table: column.table, column: column.column, row, value };
      if (column.numberFormat) write.numberFormat = column.numberFormat;
      writes.push(write);
    });
  }
  return writes;
}

/** Puts written values into the snapshot, so it stays what the workbook holds. */
export function applyCells(snapshot: WorkbookSnapshot, cells: readonly CellWrite[]): void {
  for (const cell of cells) {
    const data = tableData(snapshot, cell.table);
    const index = data ? findColumn(data.headers, cell.column) : -1;
    if (data && index >= 0 && data.rows[cell.row]) data.rows[cell.row][index] = cell.value;
  }
}

export function applyColumns(snapshot: WorkbookSnapshot, columns: readonly ColumnWrite[]): void {
  for (const column of columns) {
    const data = tableData(snapshot, column.table);
    const index = data ? findColumn(data.headers, column.column) : -1;
    if (!data || index < 0) continue;
    column.values.forEach((value, row) => {
      if (data.rows[row]) data.rows[row][index] = value;
    });
  }
}

/** RSP body rows by milestone key, once per RSP reading. */
const rspRowsCache = new WeakMap<readonly RspRow[], Map<string, number[]>>();
function rspRowsByKey(rsp: readonly RspRow[]): Map<string, number[]> {
  let byKey = rspRowsCache.get(rsp);
  if (!byKey) {
    byKey = new Map();
    for (const r of rsp) {
      if (r.milestone === null) continue;
      const key = milestoneKey(r.objective, r.milestone);
      const rows = byKey.get(key);
      if (rows) rows.push(r.row);
      else byKey.set(key, [r.row]);
    }
    rspRowsCache.set(rsp, byKey);
  }
  return byKey;
}

/** The computed cells a row-by-row step changed: the edited KPIs' rows and the touched milestones' RSP rows. */
export function stepCells(snapshot: WorkbookSnapshot, step: PlanStep, inspection: WorkbookInspection): CellWrite[] {
  const byKey = rspRowsByKey(inspection.rsp);
  const rspRows = step.changed.milestones.flatMap((m) => byKey.get(m.key) ?? []).sort((a, b) => a - b);
  const only = new Map<string, number[]>();
  const plan = inspection.views.Plan;
  const rsp = inspection.views.RSP;
  if (plan) only.set(plan.data.name.toLowerCase(), step.changed.kpis.map((kpi) => kpi.row));
  if (rsp) only.set(rsp.data.name.toLowerCase(), rspRows);
  const changedOnly = { ...step.evaluation, kpis: step.changed.kpis, milestones: step.changed.milestones };
  return changedCells(snapshot, computedColumnWrites(snapshot, changedOnly, inspection), only);
}

/** Per table, the sheet rectangle around the written cells. */
export function writtenAreas(snapshot: WorkbookSnapshot, cells: readonly CellWrite[]): Map<string, Rect> {
  const areas = new Map<string, Rect>();
  for (const cell of cells) {
    const data = tableData(snapshot, cell.table);
    const col = data ? findColumn(data.headers, cell.column) : -1;
    if (!data || col < 0) continue;
    const row = data.origin.row + 1 + cell.row;
    const at = data.origin.col + col;
    const key = data.name.toLowerCase();
    const box = areas.get(key);
    if (!box) {
      areas.set(key, { row, col: at, rows: 1, cols: 1 });
      continue;
    }
    const top = Math.min(box.row, row);
    const left = Math.min(box.col, at);
    areas.set(key, { row: top, col: left, rows: Math.max(box.row + box.rows, row + 1) - top, cols: Math.max(box.col + box.cols, at + 1) - left });
  }
  return areas;
}

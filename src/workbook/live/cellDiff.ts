/**
 * The computed cells that differ from what the workbook holds: the writes of a live round. The
 * snapshot is the workbook as last read and written, so comparing with it finds exactly the
 * cells whose value changed (and puts right a computed cell a user typed over).
 */
import type { CellValue, CellWrite, ColumnWrite, TableData, WorkbookSnapshot } from "../gateway";
import { findColumn } from "../schema";

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

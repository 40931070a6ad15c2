/**
 * Real Excel tables in an exceljs workbook: find one by name (case-insensitive, on any sheet),
 * read its header and body through the table's ref, and grow it for appended rows.
 *
 * exceljs keeps a loaded table as a bare model ({ name, tableRef, autoFilterRef, columns, ... })
 * and writes those refs back as they are, so growing a table means writing the cells and
 * moving `tableRef` and `autoFilterRef` together; Table.commit() is not used because a loaded
 * table has no row data for it to rewrite.
 */
import type ExcelJS from "exceljs";
import type { CellValue, TableData } from "../workbook/gateway";
import { WorkbookError } from "../workbook/gateway";
import { readCellValue } from "./cellValues";
import { columnLetters } from "../workbook/cells";

/** The part of exceljs's table model this gateway relies on. */
export interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: Array<{ name: string }>;
}

/** One-based sheet coordinates of a table's parts. */
export interface TableBounds {
  headerRow: number;
  firstBodyRow: number;
  /** Last body row; firstBodyRow - 1 when the table has no body row. */
  lastBodyRow: number;
  left: number;
  right: number;
}

export interface LocatedTable {
  worksheet: ExcelJS.Worksheet;
  model: TableModel;
}

function modelOf(table: unknown): TableModel {
  return (table as { table?: TableModel; model?: TableModel }).table ?? (table as { model: TableModel }).model;
}

export function allTables(workbook: ExcelJS.Workbook): LocatedTable[] {
  const found: LocatedTable[] = [];
  workbook.eachSheet((worksheet) => {
    for (const table of worksheet.getTables()) found.push({ worksheet, model: modelOf(table) });
  });
  return found;
}

export function findTable(workbook: ExcelJS.Workbook, name: string): LocatedTable | null {
  const wanted = name.toLowerCase();
  return allTables(workbook).find((t) => t.model.name.toLowerCase() === wanted) ?? null;
}

/** "B3" → { row: 3, col: 2 }. */
function decodeCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new WorkbookError(`Table range "${address}" is not a cell address.`);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

/** exceljs counts rows and columns from 1: (1, 1, 3, 2) → "A1:B3". */
export function encodeRange(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetters(left - 1)}${top}:${columnLetters(right - 1)}${bottom}`;
}

export function tableBounds(model: TableModel): TableBounds {
  const ref = model.tableRef ?? model.ref;
  if (!ref) throw new WorkbookError(`Table ${model.name} has no range.`, model.name);
  const [first, last = first] = ref.split(":");
  const topLeft = decodeCell(first);
  const bottomRight = decodeCell(last);
  const lastRow = bottomRight.row - (model.totalsRow ? 1 : 0);
  return {
    headerRow: topLeft.row,
    firstBodyRow: topLeft.row + 1,
    lastBodyRow: Math.max(topLeft.row, lastRow),
    left: topLeft.col,
    right: bottomRight.col,
  };
}

function rowValues(worksheet: ExcelJS.Worksheet, row: number, bounds: TableBounds): CellValue[] {
  const values: CellValue[] = [];
  for (let col = bounds.left; col <= bounds.right; col += 1) values.push(readCellValue(worksheet.getCell(row, col).value));
  return values;
}

const isEmptyRow = (row: CellValue[]): boolean => row.every((v) => v === null || v === "");

/**
 * Excel keeps one empty body row in a table that has no data; it counts as no rows, and the
 * first appended row goes into it.
 */
export function bodyRowCount(worksheet: ExcelJS.Worksheet, model: TableModel): number {
  const bounds = tableBounds(model);
  const count = bounds.lastBodyRow - bounds.firstBodyRow + 1;
  if (count === 1 && isEmptyRow(rowValues(worksheet, bounds.firstBodyRow, bounds))) return 0;
  return count;
}

export function tableHeaders(worksheet: ExcelJS.Worksheet, model: TableModel): string[] {
  const bounds = tableBounds(model);
  const headers: string[] = [];
  for (let col = bounds.left; col <= bounds.right; col += 1) {
    const fromColumn = model.columns[col - bounds.left]?.name;
    const fromCell = readCellValue(worksheet.getCell(bounds.headerRow, col).value);
    headers.push(String(fromColumn ?? fromCell ?? ""));
  }
  return headers;
}

function isFormulaCell(worksheet: ExcelJS.Worksheet, row: number, col: number): boolean {
  const value = worksheet.getCell(row, col).value;
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

export function readTable({ worksheet, model }: LocatedTable, withFormulas = false): TableData {
  const bounds = tableBounds(model);
  const rows: CellValue[][] = [];
  const count = bodyRowCount(worksheet, model);
  for (let i = 0; i < count; i += 1) rows.push(rowValues(worksheet, bounds.firstBodyRow + i, bounds));
  const data: TableData = {
    name: model.name,
    sheet: worksheet.name,
    headers: tableHeaders(worksheet, model),
    rows,
    origin: { row: bounds.headerRow - 1, col: bounds.left - 1 },
  };
  if (withFormulas) {
    data.formulas = rows.map((row, i) => row.map((_, j) => isFormulaCell(worksheet, bounds.firstBodyRow + i, bounds.left + j)));
  }
  return data;
}

/** Refuse an append that would overwrite cells under the table (Excel would shift them). */
export function checkRoomBelow(located: LocatedTable, newRows: number): void {
  const { worksheet, model } = located;
  if (model.totalsRow) {
    throw new WorkbookError(`Table ${model.name} has a totals row; turn it off to add rows.`, model.name);
  }
  const bounds = tableBounds(model);
  const existing = bodyRowCount(worksheet, model);
  const firstNew = bounds.firstBodyRow + existing;
  for (let row = Math.max(firstNew, bounds.lastBodyRow + 1); row < firstNew + newRows; row += 1) {
    if (!isEmptyRow(rowValues(worksheet, row, bounds))) {
      throw new WorkbookError(
        `Cannot add rows to table ${model.name}: sheet ${worksheet.name} row ${row} under the table is not empty. Move those cells away and try again.`,
        model.name
      );
    }
  }
}

/** Write rows after the table's last data row and grow the table's range over them. */
export function appendRows(located: LocatedTable, rows: CellValue[][], toCell: (v: CellValue) => ExcelJS.CellValue): void {
  const { worksheet, model } = located;
  if (rows.length === 0) return;
  const bounds = tableBounds(model);
  const firstNew = bounds.firstBodyRow + bodyRowCount(worksheet, model);
  // New rows take the look of the table's last row, as Excel does when a table grows.
  const styleRow = Math.max(bounds.firstBodyRow, firstNew - 1);
  rows.forEach((values, i) => {
    const row = firstNew + i;
    for (let col = bounds.left; col <= bounds.right; col += 1) {
      const cell = worksheet.getCell(row, col);
      if (row !== styleRow) cell.style = { ...worksheet.getCell(styleRow, col).style };
      cell.value = toCell(values[col - bounds.left] ?? null);
    }
  });
  const bottom = Math.max(bounds.lastBodyRow, firstNew + rows.length - 1);
  const range = encodeRange(bounds.headerRow, bounds.left, bottom, bounds.right);
  model.tableRef = range;
  model.autoFilterRef = range;
}

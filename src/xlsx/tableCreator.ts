/**
 * A TableSpec drawn as a new worksheet holding one real Excel table: typed columns (dates are
 * numbers with a date format, so they are real dates), drop-down lists, status colours, data
 * bars, column widths and a frozen header row.
 */
import type ExcelJS from "exceljs";
import type { TableSpec } from "../workbook/gateway";
import { STATUSES } from "../core/types";
import { toCellValue } from "./cellValues";
import { addDataBars, addStatusColors } from "./conditionalFormats";
import { columnLetters } from "../workbook/cells";
import { normalizeHeader } from "../workbook/schema";

const sameHeader = (a: string, b: string): boolean => normalizeHeader(a) === normalizeHeader(b);

/** Formatting rules reach this far below the header, so rows added later are covered too. */
const RULE_ROWS = 1000;
/** Excel's limit on an inline list ("a,b,c") in a data-validation rule. */
const INLINE_LIST_LIMIT = 255;
export const LIST_SHEET = "Lists";

/** Room the header's filter button takes, in characters. */
const FILTER_BUTTON = 3;
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * Wide enough for the header beside its filter button, the longest value, a date in the
 * column's format, any drop-down choice and, in a status column, any status.
 */
export function columnWidth(spec: TableSpec, index: number): number {
  const header = spec.headers[index];
  const extra: string[] = [...(spec.validationLists?.[header] ?? [])];
  if (spec.statusColumn && sameHeader(header, spec.statusColumn)) extra.push(...STATUSES);
  const format = spec.numberFormats?.[header];
  if (format && /[ymd]/i.test(format) && !format.startsWith("@")) extra.push(format.replace(/\\/g, ""));
  // A loop, not Math.max(...cells): a table of 200,000 rows would overflow the call stack.
  let longest = header.length + FILTER_BUTTON;
  for (const row of spec.rows) longest = Math.max(longest, String(row[index] ?? "").length + 2);
  for (const text of extra) longest = Math.max(longest, text.length + 2);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest));
}

/**
 * The list formula for a drop-down: inline when it fits Excel's 255-character limit, else a
 * range on the hidden Lists sheet.
 */
function listFormula(workbook: ExcelJS.Workbook, items: readonly string[]): string {
  const inline = items.join(",");
  if (inline.length <= INLINE_LIST_LIMIT && !items.some((item) => item.includes(","))) return `"${inline}"`;
  const sheet = workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
  const col = sheet.actualColumnCount + 1;
  items.forEach((item, i) => (sheet.getCell(i + 1, col).value = item));
  const letters = columnLetters(col - 1);
  return `'${LIST_SHEET}'!$${letters}$1:$${letters}$${items.length}`;
}

/** exceljs accepts a range address here (its typings only declare per-cell validation). */
function rangeValidations(worksheet: ExcelJS.Worksheet): { add(range: string, rule: ExcelJS.DataValidation): void } {
  return (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
}

/**
 * Excel reserves the sheet name "History" (it refuses to open a file with such a sheet), so a
 * table meant for a sheet of that name goes on "KPI History"; tables are found by table name.
 */
export function usableSheetName(sheet: string): string {
  return sheet.trim().toLowerCase() === "history" ? `KPI ${sheet.trim()}` : sheet;
}

export function createTable(workbook: ExcelJS.Workbook, spec: TableSpec): void {
  const worksheet = workbook.addWorksheet(usableSheetName(spec.sheet), { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  // A table keeps one empty body row when it has no data (Excel does the same).
  const rows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
  worksheet.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => spec.headers.map((_, i) => toCellValue(row[i] ?? null))),
  });
  const lastRow = rows.length + 1;
  const ruleLastRow = Math.max(lastRow, RULE_ROWS);

  spec.headers.forEach((header, i) => {
    const letters = columnLetters(i);
    const column = worksheet.getColumn(i + 1);
    column.width = spec.columnWidths?.[header] ?? columnWidth(spec, i);
    const numberFormat = spec.numberFormats?.[header];
    if (numberFormat) {
      column.numFmt = numberFormat;
      for (let row = 2; row <= lastRow; row += 1) worksheet.getCell(row, i + 1).numFmt = numberFormat;
    }
    for (const cell of spec.cellNumberFormats ?? []) {
      if (cell.header === header) worksheet.getCell(cell.row + 2, i + 1).numFmt = cell.numberFormat;
    }
    const list = spec.validationLists?.[header];
    if (list && list.length > 0) {
      rangeValidations(worksheet).add(`${letters}2:${letters}${ruleLastRow}`, {
        type: "list",
        allowBlank: true,
        formulae: [listFormula(workbook, list)],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: header,
        error: `Pick one of: ${list.join(", ")}`.slice(0, 255),
      });
    }
    const ref = `${letters}2:${letters}${ruleLastRow}`;
    if (spec.statusColumn && sameHeader(header, spec.statusColumn)) addStatusColors(worksheet, ref);
    if (spec.dataBarColumn && sameHeader(header, spec.dataBarColumn)) addDataBars(worksheet, ref);
  });
}

/**
 * Excel's own limits on what a workbook may hold ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Both gateways pass everything they write through these, so no file or batch ever holds what
 * Excel would repair or refuse.
 */
import { WorkbookError, type SheetSpec, type TableSpec, type WriteBatch } from "./gateway";

/** Total number of characters a cell can contain. */
export const MAX_CELL_CHARS = 32767;
/** Row height. */
export const MAX_ROW_HEIGHT_POINTS = 409;
/** Worksheet size: rows and columns. */
export const MAX_SHEET_ROWS = 1048576;
export const MAX_SHEET_COLUMNS = 16384;
/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], not blank, not "History". */
export const MAX_SHEET_NAME_CHARS = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const RESERVED_SHEET_NAMES = new Set(["history"]);

const TRUNCATION_MARK = "…";

export function fitRowHeight(points: number): number {
  if (!Number.isFinite(points) || points <= 0) return 0;
  return Math.min(points, MAX_ROW_HEIGHT_POINTS);
}

/** Why Excel would refuse `name` as a worksheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME_CHARS) return `a sheet name has at most ${MAX_SHEET_NAME_CHARS} characters ("${name}" has ${name.length})`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return `a sheet name cannot contain : \\ / ? * [ or ] ("${name}")`;
  if (name.startsWith("'") || name.endsWith("'")) return `a sheet name cannot begin or end with an apostrophe ("${name}")`;
  if (RESERVED_SHEET_NAMES.has(name.toLowerCase())) return `Excel reserves the sheet name "${name}"`;
  return null;
}

/** What replaces the end of a cut text: "… [cut: 17,233 more characters]". */
export function cutMarker(cut: number): string {
  return `${TRUNCATION_MARK} [cut: ${cut.toLocaleString("en-US")} more characters]`;
}

/**
 * `text` cut to at most `limit` characters (Excel's 32,767 by default), ending in a marker that
 * says how much was cut, so a reader of the cell knows it is not the whole text.
 */
export function fitTextWithMarker(text: string, limit: number = MAX_CELL_CHARS): string {
  if (text.length <= limit) return text;
  // The marker's length depends on the number it shows; two rounds settle it.
  let keep = limit - cutMarker(text.length).length;
  keep = limit - cutMarker(text.length - keep).length;
  // Never split a surrogate pair: half an emoji is not a character Excel can show.
  if (keep > 0 && /[\uD800-\uDBFF]/.test(text.charAt(keep - 1))) keep -= 1;
  keep = Math.max(0, keep);
  return text.slice(0, keep) + cutMarker(text.length - keep);
}

function fitValue<T>(value: T): T {
  return (typeof value === "string" && value.length > MAX_CELL_CHARS ? fitTextWithMarker(value) : value) as T;
}

function fitRow<T>(row: readonly T[]): T[] {
  return row.map(fitValue);
}

function fitRecord<T>(record: Record<string, T>): Record<string, T> {
  const fitted: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) fitted[key] = fitValue(value);
  return fitted;
}

function requireSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem !== null) {
    throw new WorkbookError(`Excel does not allow a sheet named "${name}". ${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
  }
}

function requireRows(count: number, where: string): void {
  if (count > MAX_SHEET_ROWS) {
    throw new WorkbookError(
      `${where} would need ${count.toLocaleString("en-US")} rows; an Excel sheet holds ${MAX_SHEET_ROWS.toLocaleString("en-US")}.`,
    );
  }
}

function requireColumns(count: number, where: string): void {
  if (count > MAX_SHEET_COLUMNS) {
    throw new WorkbookError(
      `${where} would need ${count.toLocaleString("en-US")} columns; an Excel sheet holds ${MAX_SHEET_COLUMNS.toLocaleString("en-US")}.`,
    );
  }
}

function fitSheet(sheet: SheetSpec): SheetSpec {
  requireSheetName(sheet.name);
  requireRows(sheet.cells.length, `The sheet "${sheet.name}"`);
  requireColumns(Math.max(0, ...sheet.cells.map((row) => row.length)), `The sheet "${sheet.name}"`);
  const fitted: SheetSpec = { ...sheet, cells: sheet.cells.map(fitRow) };
  if (sheet.rowHeights) {
    fitted.rowHeights = sheet.rowHeights.map((height) => (height === null || height === undefined ? null : fitRowHeight(height) || null));
  }
  return fitted;
}

/**
 * The batch as Excel can hold it: every text at most 32,767 characters (cut with a marker saying
 * how much), every row at most 409 points high. What cannot be fitted without changing its
 * meaning (a sheet name Excel refuses, more rows than a sheet holds) is a WorkbookError, raised
 * before anything is written. Pure: the batch passed in is not changed.
 */
export function fitWriteBatch(batch: WriteBatch): WriteBatch {
  const fitted: WriteBatch = { ...batch };
  if (batch.columns) {
    fitted.columns = batch.columns.map((write) => {
      requireRows(write.values.length + 1, `Column "${write.column}" of table ${write.table}`);
      return { ...write, values: fitRow(write.values) };
    });
  }
  if (batch.cells) {
    fitted.cells = batch.cells.map((write) => {
      requireRows(write.row + 2, `Row ${write.row + 1} of table ${write.table}`);
      return { ...write, value: fitValue(write.value) };
    });
  }
  if (batch.appends) {
    fitted.appends = batch.appends.map((append) => {
      requireRows(append.rows.length + 1, `Adding ${append.rows.length} rows to table ${append.table}`);
      return { ...append, rows: append.rows.map(fitRecord) };
    });
  }
  if (batch.sheets) fitted.sheets = batch.sheets.map(fitSheet);
  return fitted;
}

/** Set up's tables as Excel can hold them (see fitWriteBatch). */
export function fitTableSpecs(specs: readonly TableSpec[]): TableSpec[] {
  return specs.map((spec) => {
    // A table meant for a "History" sheet goes on "KPI History": Excel reserves the name.
    const sheet = RESERVED_SHEET_NAMES.has(spec.sheet.trim().toLowerCase()) ? `KPI ${spec.sheet.trim()}` : spec.sheet;
    requireSheetName(sheet);
    requireRows(spec.rows.length + 1, `Table ${spec.name}`);
    requireColumns(spec.headers.length, `Table ${spec.name}`);
    return { ...spec, sheet, headers: fitRow(spec.headers), rows: spec.rows.map(fitRow) };
  });
}

/**
 * A reader over one table's TableData that finds every column by header name, so nothing in
 * the add-in reads a column by position. Typed getters say why a cell could not be read
 * instead of guessing: a date typed as text is reported, never silently converted.
 */
import type { CellValue, TableData } from "./gateway";
import type { Problem, Severity } from "./model";
import { findColumn } from "./schema";
import { cellAddress, cellText, isDateSerial, isEmptyCell, looksLikeDateText, parseNumberText } from "./cells";
import { ymdToSerial } from "../core/dates";
import { keepShape } from "./shapes";

/** A typed cell: `value` is null when the cell is empty or unreadable; `error` says which. */
export interface CellRead<T> {
  value: T | null;
  error?: string;
}

export class TableView {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: TableView = keepShape(new TableView({ name: "", sheet: "", headers: [], rows: [], origin: { row: 0, col: 0 } }));

  readonly name: string;
  private readonly indexes = new Map<string, number>();

  constructor(readonly data: TableData, name?: string) {
    this.name = name ?? data.name;
  }

  get rowCount(): number {
    return this.data.rows.length;
  }

  /** Index of a column in the table, or -1 when the table has no such header. */
  column(header: string): number {
    let index = this.indexes.get(header);
    if (index === undefined) {
      index = findColumn(this.data.headers, header);
      this.indexes.set(header, index);
    }
    return index;
  }

  has(header: string): boolean {
    return this.column(header) >= 0;
  }

  /** The header as the workbook spells it ("rsp  REFERENCE"), or the given name when missing. */
  headerAsWritten(header: string): string {
    const index = this.column(header);
    return index >= 0 ? String(this.data.headers[index]) : header;
  }

  raw(row: number, header: string): CellValue {
    return this.cell(row, this.column(header));
  }

  /**
   * The cell at a body row and a column index from column() (-1 gives null). The row loops of
   * large tables resolve their column indexes once and read cells through these *At methods.
   */
  cell(row: number, column: number): CellValue {
    if (column < 0) return null;
    const value = this.data.rows[row]?.[column];
    return value === undefined ? null : value;
  }

  /** Trimmed text of a cell; numbers as written by String(); "" when empty or missing. */
  text(row: number, header: string): string {
    return this.textAt(row, this.column(header));
  }

  textAt(row: number, column: number): string {
    return cellText(this.cell(row, column));
  }

  /** A number, or a number typed as text ("1,200", "45%"). */
  number(row: number, header: string): CellRead<number> {
    return this.numberAt(row, this.column(header));
  }

  numberAt(row: number, column: number): CellRead<number> {
    return readNumberCell(this.cell(row, column));
  }

  /** A whole number ≥ 1 (Part, Pillar, Milestone). */
  positiveInteger(row: number, header: string): CellRead<number> {
    return this.positiveIntegerAt(row, this.column(header));
  }

  positiveIntegerAt(row: number, column: number): CellRead<number> {
    return readPositiveIntegerCell(this.cell(row, column));
  }

  /** An Excel date (serial number; the time of day is dropped). Text is never read as a date. */
  date(row: number, header: string): CellRead<number> {
    return readDateCell(this.raw(row, header));
  }

  dateAt(row: number, column: number): CellRead<number> {
    return readDateCell(this.cell(row, column));
  }

  /** True when every listed column (or every column) of the row is empty. */
  isBlankRow(row: number, headers?: readonly string[]): boolean {
    const cells = this.data.rows[row] ?? [];
    if (!headers) return cells.every(isEmptyCell);
    return headers.every((header) => this.text(row, header) === "");
  }

  /** True when the cells at every listed column index (from column()) are empty. */
  isBlankAt(row: number, columns: readonly number[]): boolean {
    for (const column of columns) {
      if (!isEmptyCell(this.cell(row, column))) return false;
    }
    return true;
  }

  /** "Plan!H12" for a body row (zero-based) and header; the header cell when row is null. */
  address(row: number | null, header: string): string | undefined {
    const index = this.column(header);
    if (index < 0) return undefined;
    const sheetRow = this.data.origin.row + (row === null ? 0 : 1 + row);
    return cellAddress(this.data.sheet, sheetRow, this.data.origin.col + index);
  }

  problem(severity: Severity, row: number | null, header: string | null, message: string): Problem {
    const problem: Problem = {
      severity,
      table: this.name,
      row,
      column: header === null ? null : this.headerAsWritten(header),
      message,
    };
    const address = header === null ? undefined : this.address(row, header);
    if (address !== undefined) problem.address = address;
    return problem;
  }
}

/** An empty cell's read; shared, as most cells of a large table read the same. */
const EMPTY_READ: CellRead<never> = Object.freeze({ value: null });

export function readNumberCell(value: CellValue): CellRead<number> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { value } : { value: null, error: "is not a finite number" };
  }
  const text = cellText(value);
  if (text === "") return EMPTY_READ;
  const parsed = typeof value === "string" ? parseNumberText(text) : null;
  if (parsed !== null) return { value: parsed };
  return { value: null, error: `"${text}" is not a number` };
}

/** A whole number ≥ 1 (Part, Pillar, Milestone). */
export function readPositiveIntegerCell(value: CellValue): CellRead<number> {
  const read = readNumberCell(value);
  if (read.value === null) return read;
  if (!Number.isInteger(read.value) || read.value < 1) {
    return { value: null, error: `"${cellText(value)}" is not a whole number of 1 or more` };
  }
  return read;
}

export function readDateCell(value: CellValue): CellRead<number> {
  if (typeof value === "number") {
    return isDateSerial(value)
      ? { value: Math.floor(value) }
      : { value: null, error: `${value} is not a date` };
  }
  const text = cellText(value);
  if (text === "") return EMPTY_READ;
  const impossible = impossibleDateText(text);
  if (impossible !== null) return { value: null, error: impossible };
  if (looksLikeDateText(text)) {
    return {
      value: null,
      error: `"${text}" is a date stored as text; retype it as a date (for example 2023-01-15) so Excel stores a real date`,
    };
  }
  return { value: null, error: `"${text}" is not a date; expected a date such as 2023-01-15` };
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * Text shaped like a date that no calendar has ("2023-13-01", "2023-02-30", "31/31/2023"): an
 * invalid date, not a date stored as text (retyping it as a date would not help). Day-first and
 * month-first are both tried, so only text that is no date either way is called invalid.
 */
function impossibleDateText(text: string): string | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    if (ymdToSerial(year, month, day) !== null) return null;
    const why = month < 1 || month > 12 ? `there is no month ${month}` : `month ${month} of ${year} has no day ${day}`;
    return `"${text}" is not a valid date (${why}); type a real date such as 2023-01-15`;
  }
  const other = DAY_OR_MONTH_FIRST.exec(text);
  if (other) {
    const [a, b, year] = [Number(other[1]), Number(other[2]), Number(other[3])];
    if (ymdToSerial(year, b, a) !== null || ymdToSerial(year, a, b) !== null) return null;
    return `"${text}" is not a valid date, read day-first or month-first; type a real date such as 2023-01-15`;
  }
  return null;
}

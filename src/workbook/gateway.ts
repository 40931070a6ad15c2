/**
 * The one interface both workbook back ends implement: the Office.js gateway (src/office/)
 * and the .xlsx gateway (src/xlsx/). Every method is one batch: one read or one write per
 * call, never one call per row. Operations (src/workbook/operations/) are written against
 * this interface only.
 */

export type CellValue = string | number | boolean | null;

export interface TableData {
  name: string;
  sheet: string;
  /** Header row as it stands in the workbook (user columns included, in sheet order). */
  headers: string[];
  /** Body rows in sheet order, one value per header. Dates are serial numbers. */
  rows: CellValue[][];
  /** Zero-based sheet row and column of the header row's first cell (for cell addresses). */
  origin: { row: number; col: number };
  /**
   * Per body row, per column: true where the cell holds a formula (its value above is the
   * formula's result). Present only for the tables named in `ReadOptions.formulasOf`.
   */
  formulas?: boolean[][];
  /**
   * Body rows in the workbook, trailing empty ones included, when the gateway knows it (the
   * Office gateway drops trailing empty rows from `rows`). Live recalculation compares it with
   * the row count a later `readRows` sees to tell whether rows were inserted or deleted.
   */
  bodyRowCount?: number;
}

export interface ReadOptions {
  /** Tables whose formula cells must be known (Settings, so a write never replaces `=TODAY()`). */
  formulasOf?: readonly string[];
}

export interface WorkbookSnapshot {
  /** Requested tables; null where the workbook has no table of that name. */
  tables: Record<string, TableData | null>;
  /** Every worksheet name in the workbook, in tab order. */
  sheetNames: string[];
}

/** Replace the body of one computed column. `values` has one entry per body row. */
export interface ColumnWrite {
  table: string;
  /** Header name (matched case- and space-insensitively). */
  column: string;
  values: CellValue[];
  /** Excel number format for the column body, e.g. "0%" or "yyyy-mm-dd". */
  numberFormat?: string;
}

/**
 * Set single body cells of a table: a changed setting, a recorded actual, an activity marked
 * held. Only the named cells change; the rest of the column is not written.
 */
export interface CellWrite {
  table: string;
  /** Header name (matched case- and space-insensitively). */
  column: string;
  /** Zero-based body row. */
  row: number;
  value: CellValue;
  /** Excel number format for this cell only, e.g. "yyyy-mm-dd" for a date. */
  numberFormat?: string;
}

/** Append rows to the end of a table. Keys are header names; missing keys are left empty. */
export interface RowAppend {
  table: string;
  rows: Array<Record<string, CellValue>>;
}

/** Zero-based rectangle on a sheet; rows/cols default to 1. */
export interface RangeRef {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}

export interface CellFormat {
  range: RangeRef;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
  border?: boolean;
}

export interface ChartSpec {
  /** Only the chart the status sheet needs: statuses per pillar, stacked. */
  type: "stackedBar";
  title: string;
  /** Source block: first row = series names, first column = categories. */
  source: RangeRef;
  /** Where the chart is drawn. */
  anchor: RangeRef;
}

/** A worksheet the add-in owns (a status sheet). Strings are always written as literal text. */
export interface SheetSpec {
  name: string;
  /** Cell values from A1, row-major. Ragged rows are padded with empty cells. */
  cells: CellValue[][];
  columnWidths?: number[];
  /**
   * Row heights in points, by zero-based row (null or missing = the default height). Set for rows
   * with wrapped text, since neither Excel nor LibreOffice grows such rows when opening a file.
   */
  rowHeights?: Array<number | null>;
  formats?: CellFormat[];
  /** Ranges of fractions (0..1) drawn with data bars. */
  dataBars?: RangeRef[];
  /** Ranges holding status names that get the status colours (conditional formatting). */
  statusColors?: RangeRef[];
  charts?: ChartSpec[];
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    titleRows?: { first: number; last: number };
    /** Page margins in inches (header and footer: their distance from the page edge). */
    margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
    /** Footer texts in Excel's header/footer codes ("&P" page number, "&N" page count). */
    footer?: { left?: string; center?: string; right?: string };
  };
  /** Zero-based rows that start a new printed page (manual page breaks). */
  pageBreaks?: number[];
  /** Rows frozen at the top. */
  freezeRows?: number;
}

export interface WriteBatch {
  columns?: ColumnWrite[];
  cells?: CellWrite[];
  appends?: RowAppend[];
  /** New sheets; a sheet whose name already exists is an error, never overwritten. */
  sheets?: SheetSpec[];
}

/** A table created by Set up (or by `kpi-tracker template`). */
export interface TableSpec {
  name: string;
  sheet: string;
  headers: string[];
  rows: CellValue[][];
  /** Number format per header (dates as "yyyy-mm-dd", percentages as "0%", text as "@"). */
  numberFormats?: Record<string, string>;
  /** Number formats of single body cells (zero-based row), over their column's: Settings' date values. */
  cellNumberFormats?: Array<{ row: number; header: string; numberFormat: string }>;
  /** Drop-down lists per header (data validation). */
  validationLists?: Record<string, readonly string[]>;
  /** Header of a column holding status names, coloured by conditional formatting. */
  statusColumn?: string;
  /** Header of a column holding fractions drawn as data bars. */
  dataBarColumn?: string;
  columnWidths?: Record<string, number>;
}

/** Body rows firstRow … firstRow + rowCount − 1 (zero-based) of one table; no rows: its headers and size only. */
export interface RowsRequest {
  table: string;
  firstRow: number;
  rowCount: number;
}

/** What readRows saw: the requested rows, and the table's header row, place and size in the same batch. */
export interface RowsRead extends RowsRequest {
  headers: string[];
  /** Zero-based sheet row and column of the header row's first cell. */
  origin: { row: number; col: number };
  /** Body rows in the workbook now, trailing empty ones included. */
  bodyRowCount: number;
  /** One array per requested row (empty cells null); rows past the table's end are missing. */
  rows: CellValue[][];
  /** Per row read, per column: true where the cell holds a formula. */
  formulas: boolean[][];
}

export interface WorkbookGateway {
  /** Read the named tables and the sheet names in one batch. */
  read(tableNames: readonly string[], options?: ReadOptions): Promise<WorkbookSnapshot>;
  /**
   * Read a few body rows of some tables in one batch, with each table's headers and size, so
   * live recalculation can re-read only what an edit touched. Fails (as a read does) when a
   * table is missing.
   */
  readRows(requests: readonly RowsRequest[]): Promise<RowsRead[]>;
  /** Apply every write in one batch (split into request-size chunks only when needed). */
  write(batch: WriteBatch): Promise<void>;
  /** Create sheets and tables (Set up). Fails without writing when a table or sheet exists. */
  createTables(specs: readonly TableSpec[]): Promise<void>;
}

/** Raised by gateways and operations for problems the user can fix; `message` is plain words. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly table?: string,
    readonly row?: number,
    readonly column?: string
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

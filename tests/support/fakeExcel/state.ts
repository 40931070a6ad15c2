/**
 * The workbook the fake's proxies read and write: sheets of cells, tables laid over them,
 * conditional formats, charts, page setup, event handlers, and the counters tests assert on.
 */
import { todaySerial } from "../../../src/core/dates";
import { intersect, rectToA1, type Rect } from "./address";

export type Scalar = string | number | boolean;

export interface CellState {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  /** Formatting written through Range.format, keyed by path ("font.bold", "fill.color"). */
  format: Record<string, unknown>;
}

export interface ConditionalFormatRecord {
  type: string;
  address: string;
  /** Settings written on the conditional format, keyed by path ("textComparison.rule"). */
  settings: Record<string, unknown>;
}

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  settings: Record<string, unknown>;
}

export interface TableChangedArgs {
  type: "TableChanged";
  changeType: string;
  source: "Local" | "Remote";
  address: string;
  tableId: string;
  worksheetId: string;
}

export type TableHandler = (args: TableChangedArgs) => unknown;

export interface FormatChangedArgs {
  type: "WorksheetFormatChanged";
  source: "Local" | "Remote";
  address: string;
  worksheetId: string;
}

export type FormatHandler = (args: FormatChangedArgs) => unknown;

/** A change a sync (or a user) made, before it becomes the events Excel raises for it. */
export interface ChangeRecord {
  sheet: SheetState;
  rect: Rect;
  changeType: string;
  source: "Local" | "Remote";
  /** A format change (number format, font, fill): raises onFormatChanged, not onChanged. */
  format?: boolean;
}

export interface LoadRecord {
  type: string;
  props: string[];
}

export class SheetState {
  readonly cells = new Map<string, CellState>();
  protected = false;
  readonly formatHandlers = new Set<FormatHandler>();
  readonly charts: ChartRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly validations: Array<{ address: string; rule: unknown }> = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    printTitleRows: string | null;
    margins: Record<string, number>;
    footers: Record<string, string>;
  } = {
    orientation: "Portrait",
    zoom: null,
    printTitleRows: null,
    margins: {},
    footers: {},
  };
  /** Cells (A1 addresses) before which a manual page break was added. */
  readonly horizontalPageBreaks: string[] = [];

  constructor(
    public name: string,
    readonly id: string
  ) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensureCell(row: number, col: number): CellState {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General", format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  value(row: number, col: number): Scalar {
    return this.cell(row, col)?.value ?? "";
  }

  grid(rect: Rect, read: (cell: CellState | undefined) => unknown): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(read(this.cell(rect.row + r, rect.col + c)));
      rows.push(row);
    }
    return rows;
  }

  /** Moves every cell at or below `fromRow` within [col, col+cols) down by `count` rows. */
  shiftDown(fromRow: number, col: number, cols: number, count: number): void {
    const moving = [...this.cells.entries()]
      .map(([key, cell]) => ({ key, cell, pos: key.split(",").map(Number) }))
      .filter(({ pos: [r, c] }) => r >= fromRow && c >= col && c < col + cols)
      .sort((a, b) => b.pos[0] - a.pos[0]);
    for (const { key, cell, pos } of moving) {
      this.cells.delete(key);
      this.cells.set(`${pos[0] + count},${pos[1]}`, cell);
    }
  }
}

export class TableState {
  readonly handlers = new Set<TableHandler>();

  constructor(
    public name: string,
    readonly id: string,
    public sheet: SheetState,
    public row: number,
    public col: number,
    public cols: number,
    public bodyRows: number
  ) {}

  get headerRect(): Rect {
    return { row: this.row, col: this.col, rows: 1, cols: this.cols };
  }

  get bodyRect(): Rect {
    return { row: this.row + 1, col: this.col, rows: this.bodyRows, cols: this.cols };
  }

  get fullRect(): Rect {
    return { row: this.row, col: this.col, rows: this.bodyRows + 1, cols: this.cols };
  }

  headers(): string[] {
    return Array.from({ length: this.cols }, (_, i) => String(this.sheet.value(this.row, this.col + i)));
  }

  /** Column index by name, case-insensitive as Excel's TableColumnCollection.getItem is. */
  columnIndex(name: string): number {
    return this.headers().findIndex((h) => h.toLowerCase() === name.toLowerCase());
  }
}

export interface FakeOptions {
  /** Largest request one sync may send (UTF-8 bytes of queued values/formats); default 5 MB. */
  requestLimitBytes?: number;
  /** Largest response one sync may receive (UTF-8 bytes of loaded values); default 5 MB. */
  responseLimitBytes?: number;
  /**
   * Whether Excel.run honours `delayForCellEdit` (RunOptions; older hosts ignore it, and the
   * batch fails in cell-edit mode as without it). Default true.
   */
  delayForCellEdit?: boolean;
  /**
   * Record when each sync ran its commands and for how long (`syncTimes`). The benchmark's test
   * page subtracts this work, which stands in for Excel's and which the real pane does not do in
   * its own thread.
   */
  timeSyncs?: boolean;
}

/**
 * Excel reads at most five million cells of a range at once ("Excel add-ins" section of
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const MAX_CELLS_PER_READ = 5_000_000;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly workbookTableHandlers = new Set<TableHandler>();
  requestLimitBytes: number;
  responseLimitBytes: number;
  readonly delayForCellEdit: boolean;
  cellEditMode = false;
  /** Resolvers of batches waiting (delayForCellEdit) for the user to leave the cell. */
  readonly cellEditWaiters: Array<() => void> = [];
  /** Runtime.enableEvents of the add-in (ExcelApi 1.8): false silences its handlers. */
  eventsEnabled = true;
  /** Workbook structure protected (Review > Protect Workbook): sheets cannot be added or deleted. */
  structureProtected = false;
  /** The base64 files Excel.createWorkbook was given, in order ("" for an empty workbook). */
  readonly createdWorkbooks: string[] = [];
  /** Application.calculate calls, by calculation type. */
  readonly calculations: string[] = [];
  /** Response size (UTF-8 bytes of loaded values) of each sync, in order. */
  readonly responses: number[] = [];
  syncCount = 0;
  /** Estimated request size of each sync, in order. */
  readonly requests: number[] = [];
  readonly loads: LoadRecord[] = [];
  /** With `timeSyncs`: each sync's start (performance.now()) and the ms its commands took. */
  readonly syncTimes: Array<{ start: number; ms: number }> | null;
  /** Event handler calls raised but not yet finished (see eventsDelivered in index.ts). */
  readonly deliveries = new Set<Promise<void>>();
  /** Sync numbers (1-based) whose batch called suspendApiCalculationUntilNextSync. */
  readonly calculationSuspendedSyncs: number[] = [];
  selection: string | null = null;
  activeSheet: string | null = null;
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.requestLimitBytes = options.requestLimitBytes ?? 5 * 1024 * 1024;
    this.syncTimes = options.timeSyncs ? [] : null;
    this.responseLimitBytes = options.responseLimitBytes ?? 5 * 1024 * 1024;
    this.delayForCellEdit = options.delayForCellEdit ?? true;
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) for (const resume of this.cellEditWaiters.splice(0)) resume();
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet the user is looking at: the last one activated or selected, else the first. */
  activeSheetState(): SheetState | undefined {
    return (this.activeSheet ? this.sheet(this.activeSheet) : undefined) ?? this.sheets[0];
  }

  table(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetState {
    const sheet = new SheetState(name, this.newId("sheet"));
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Raises the events for a set of changes, asynchronously as Excel does. Changes of one sync
   * to one table and of one kind arrive as a single event whose address spans them all: an
   * event's address is a range, not a cell, and one event may stand for several edits
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events). Format changes
   * raise onFormatChanged (ExcelApi 1.9), never a table's onChanged. With the add-in's
   * Runtime.enableEvents off, its handlers hear nothing
   * (https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member).
   */
  raise(changes: readonly ChangeRecord[]): void {
    if (!this.eventsEnabled || changes.length === 0) return;
    const merged = new Map<string, { table: TableState | null; change: ChangeRecord; rect: Rect }>();
    for (const change of changes) {
      if (change.format) {
        const key = `format|${change.sheet.id}|${change.source}`;
        const seen = merged.get(key);
        merged.set(key, { table: null, change, rect: seen ? union(seen.rect, change.rect) : change.rect });
        continue;
      }
      for (const table of this.tables) {
        if (table.sheet !== change.sheet) continue;
        const hit = intersect(change.rect, table.fullRect);
        if (!hit) continue;
        const key = `${table.id}|${change.changeType}|${change.source}`;
        const seen = merged.get(key);
        merged.set(key, { table, change, rect: seen ? union(seen.rect, hit) : hit });
      }
    }
    for (const { table, change, rect } of merged.values()) {
      if (table === null) {
        const args: FormatChangedArgs = { type: "WorksheetFormatChanged", source: change.source, address: rectToA1(rect), worksheetId: change.sheet.id };
        for (const handler of [...change.sheet.formatHandlers]) this.dispatch(() => handler(args));
        continue;
      }
      const args: TableChangedArgs = {
        type: "TableChanged",
        changeType: change.changeType,
        source: change.source,
        address: rectToA1(rect),
        tableId: table.id,
        worksheetId: change.sheet.id,
      };
      for (const handler of [...table.handlers, ...this.workbookTableHandlers]) this.dispatch(() => handler(args));
    }
  }

  /** Excel delivers events after the batch that caused them, never inside it. */
  private dispatch(handler: () => unknown): void {
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => void Promise.resolve().then(handler).catch(() => undefined).then(() => resolve()), 0);
    });
    this.deliveries.add(delivery);
    void delivery.then(() => this.deliveries.delete(delivery));
  }
}

function union(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const endRow = Math.max(a.row + a.rows, b.row + b.rows);
  const endCol = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: endRow - row, cols: endCol - col };
}

/** How Excel stores a value written through Range.values (or typed by a user). */
export function storeInput(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return; // null in a values array leaves the cell as it is
  cell.formula = undefined;
  if (typeof input !== "string") {
    cell.value = input as Scalar;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
  } else if (input.startsWith("'")) {
    cell.value = input.slice(1);
  } else if (input === "") {
    cell.value = "";
  } else if (/^=\s*TODAY\(\s*\)$/i.test(input)) {
    // The one formula the fake calculates: "As of" = =TODAY() in Settings.
    cell.formula = input;
    cell.value = todaySerial();
  } else if (input.startsWith("=")) {
    cell.formula = input;
    cell.value = "#NAME?";
  } else if (input.trim() !== "" && Number.isFinite(Number(input))) {
    cell.value = Number(input);
  } else if (/^[+\-@]/.test(input)) {
    cell.formula = `=${input.replace(/^@/, "")}`;
    cell.value = "#NAME?";
  } else if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
  } else {
    cell.value = input;
  }
}

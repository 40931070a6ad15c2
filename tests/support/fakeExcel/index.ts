/**
 * An in-memory fake of the part of the Excel JavaScript API that KPI Tracker uses, faithful
 * where bugs hide: commands queue until context.sync(); reading a property that was not loaded
 * and synced throws PropertyNotLoaded; wrong-shaped arrays, missing items, protected sheets,
 * cell-edit mode and oversized requests fail at sync with Excel's error codes. Browser-safe
 * (no Node imports): the browser test page bundles it too.
 */
import { parseA1, splitSheet } from "./address";
import { FakeContextCore, payloadBytes } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import { storeInput, WorkbookState, TableState, type FakeOptions, type Scalar, type SheetState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";

export { FakeOfficeError } from "./errors";
export { WorkbookState, SheetState, TableState } from "./state";
export type { CellState, LoadRecord, TableChangedArgs } from "./state";
export { rectToA1, columnLetters } from "./address";

export class FakeRequestContext extends FakeContextCore {
  readonly workbook: FakeWorkbook;
  /** Runtime.enableEvents (ExcelApi 1.8): toggles the add-in's event handlers. */
  readonly runtime: { enableEvents: boolean };

  constructor(state: WorkbookState, delayForCellEdit = false) {
    super(state, delayForCellEdit);
    this.workbook = new FakeWorkbook(this);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessor below needs the context
    const core: FakeContextCore = this;
    this.runtime = {
      get enableEvents(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "Runtime.enableEvents is write-only in the fake.");
      },
      set enableEvents(on: boolean) {
        core.enqueue({ bytes: payloadBytes(on), run: () => void (state.eventsEnabled = on) });
      },
    };
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculate(type: string): void };
  /** Workbook protection (ExcelApi 1.7): only `protected` is modelled. */
  readonly protection: { load(props?: string): { protected: boolean } & object };

  constructor(private readonly core: FakeContextCore) {
    this.worksheets = new FakeWorksheetCollection(core);
    this.tables = new FakeTableCollection(core, () => null, (resolve) => new FakeWorksheet(core, resolve));
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        core.enqueue({ bytes: 0, run: () => void core.state.calculationSuspendedSyncs.push(core.state.syncCount) }),
      calculate: (type: string) => core.enqueue({ bytes: payloadBytes(type), run: () => void core.state.calculations.push(type) }),
    };
    this.protection = {
      load: () => {
        const result = { value: undefined as boolean | undefined };
        core.enqueue({ bytes: 0, run: () => void (result.value = core.state.structureProtected) });
        return {
          get protected(): boolean {
            if (result.value === undefined) throw new FakeOfficeError("PropertyNotLoaded", "WorkbookProtection.protected is not loaded.");
            return result.value;
          },
        };
      },
    };
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const { sheet: name, local } = splitSheet(this.core.state.selection ?? "");
      const sheet = name ? this.core.state.sheet(name) : this.core.state.sheets[0];
      return sheet ? { sheet, rect: parseA1(local) ?? { row: 0, col: 0, rows: 1, cols: 1 } } : null;
    });
  }
}

export interface FakeTableInit {
  name: string;
  sheet: string;
  headers: string[];
  rows: Array<Array<Scalar | null>>;
  /** Zero-based sheet row/column of the header's first cell; default A1. */
  origin?: { row: number; col: number };
  /** Number format per header, applied to the body. */
  numberFormats?: Record<string, string>;
}

export interface FakeExcelOptions extends FakeOptions {
  tables?: FakeTableInit[];
  /** Extra sheets (e.g. a user's own "Notes" sheet). */
  sheets?: Array<{ name: string; cells?: Array<Array<Scalar | null>> }>;
}

/** Excel.run, with or without RunOptions ({ delayForCellEdit }). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface FakeExcel {
  state: WorkbookState;
  /** Excel.run: a fresh context per batch; pending commands are synced when the batch returns. */
  run: ExcelRun;
  /** A context outside run(), for tests that drive the proxies directly. */
  newContext(): FakeRequestContext;
  readonly syncCount: number;
  readonly requests: number[];
  /** UTF-8 bytes each sync loaded, in order. */
  readonly responses: number[];
  resetCounters(): void;
  /** Headers and body values of a table as Excel holds them ("" for empty cells). */
  tableValues(name: string): { headers: string[]; rows: Scalar[][] };
  column(table: string, header: string): Scalar[];
  sheet(name: string): SheetState;
  /** A user (Local) or co-author (Remote) typing into a table cell: fires onChanged. */
  editCell(table: string, row: number, header: string, value: Scalar, source?: "Local" | "Remote"): void;
  /** A user inserting a table column at `index` (cells at and right of it move right). */
  insertColumn(table: string, index: number, header: string): void;
  /** Resolves once every event raised so far (and any raised meanwhile) has reached its handlers. */
  eventsDelivered(): Promise<void>;
  protectSheet(name: string, on?: boolean): void;
  /** Review > Protect Workbook (structure): sheets can no longer be added or deleted. */
  protectStructure(on?: boolean): void;
  /** A user entering (true) or leaving (false) a cell's edit mode; delayed batches resume on leaving. */
  setCellEditMode(on: boolean): void;
  /**
   * Excel.createWorkbook (ExcelApi 1.8): "creates and opens a new workbook", optionally from a
   * base64-encoded .xlsx, leaving the add-in with the current one
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook).
   * The fake records the base64 in `state.createdWorkbooks`; this workbook does not change.
   */
  createWorkbook(base64?: string): Promise<void>;
  /** A user formatting cells of a sheet (e.g. bold): raises onFormatChanged, not onChanged. */
  formatCells(sheet: string, address: string, source?: "Local" | "Remote"): void;
}

function seed(state: WorkbookState, options: FakeExcelOptions): void {
  for (const sheetInit of options.sheets ?? []) {
    const sheet = state.sheet(sheetInit.name) ?? state.addSheet(sheetInit.name);
    (sheetInit.cells ?? []).forEach((row, r) => row.forEach((v, c) => storeInput(sheet.ensureCell(r, c), v)));
  }
  for (const init of options.tables ?? []) {
    const sheet = state.sheet(init.sheet) ?? state.addSheet(init.sheet);
    const { row, col } = init.origin ?? { row: 0, col: 0 };
    init.headers.forEach((h, c) => (sheet.ensureCell(row, col + c).value = h));
    const bodyRows = Math.max(1, init.rows.length);
    for (let r = 0; r < bodyRows; r++) {
      init.headers.forEach((h, c) => {
        const cell = sheet.ensureCell(row + 1 + r, col + c);
        cell.numberFormat = init.numberFormats?.[h] ?? "General";
        const value = init.rows[r]?.[c];
        if (value !== null && value !== undefined) cell.value = value; // seeded as a user typed it, no coercion
      });
    }
    state.tables.push(new TableState(init.name, state.newId("table"), sheet, row, col, init.headers.length, bodyRows));
  }
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new WorkbookState(options);
  seed(state, options);

  const table = (name: string): TableState => {
    const found = state.table(name);
    if (!found) throw new Error(`fake: no table ${name}`);
    return found;
  };

  return {
    state,
    run: (async <T>(
      first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
      second?: (context: Excel.RequestContext) => Promise<T>
    ): Promise<T> => {
      const batch = typeof first === "function" ? first : (second as (context: Excel.RequestContext) => Promise<T>);
      const delay = typeof first === "function" ? false : first.delayForCellEdit === true;
      const context = new FakeRequestContext(state, delay);
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.hasPending) await context.sync();
      return result;
    }) as ExcelRun,
    newContext: () => new FakeRequestContext(state),
    get syncCount() {
      return state.syncCount;
    },
    get requests() {
      return state.requests;
    },
    get responses() {
      return state.responses;
    },
    resetCounters() {
      state.syncCount = 0;
      state.requests.length = 0;
      state.responses.length = 0;
      state.calculations.length = 0;
      state.loads.length = 0;
      state.calculationSuspendedSyncs.length = 0;
    },
    tableValues(name) {
      const t = table(name);
      const rows = t.sheet.grid(t.bodyRect, (cell) => cell?.value ?? "") as Scalar[][];
      return { headers: t.headers(), rows };
    },
    column(tableName, header) {
      const t = table(tableName);
      const index = t.columnIndex(header);
      if (index < 0) throw new Error(`fake: no column ${header} in ${tableName}`);
      return Array.from({ length: t.bodyRows }, (_, r) => t.sheet.value(t.row + 1 + r, t.col + index));
    },
    sheet(name) {
      const found = state.sheet(name);
      if (!found) throw new Error(`fake: no sheet ${name}`);
      return found;
    },
    editCell(tableName, row, header, value, source = "Local") {
      const t = table(tableName);
      const index = t.columnIndex(header);
      if (index < 0 || row < 0 || row >= t.bodyRows) throw new Error(`fake: no cell ${tableName}[${row}].${header}`);
      const rect = { row: t.row + 1 + row, col: t.col + index, rows: 1, cols: 1 };
      storeInput(t.sheet.ensureCell(rect.row, rect.col), value);
      state.raise([{ sheet: t.sheet, rect, changeType: "RangeEdited", source }]);
    },
    insertColumn(tableName, index, header) {
      const t = table(tableName);
      const moving = [...t.sheet.cells.entries()]
        .map(([key, cell]) => ({ key, cell, pos: key.split(",").map(Number) }))
        .filter(({ pos: [r, c] }) => r >= t.row && r <= t.row + t.bodyRows && c >= t.col + index)
        .sort((a, b) => b.pos[1] - a.pos[1]);
      for (const { key, cell, pos } of moving) {
        t.sheet.cells.delete(key);
        t.sheet.cells.set(`${pos[0]},${pos[1] + 1}`, cell);
      }
      t.cols += 1;
      t.sheet.ensureCell(t.row, t.col + index).value = header;
      const rect = { row: t.row, col: t.col + index, rows: t.bodyRows + 1, cols: 1 };
      state.raise([{ sheet: t.sheet, rect, changeType: "ColumnInserted", source: "Local" }]);
    },
    async eventsDelivered() {
      while (state.deliveries.size > 0) await Promise.all([...state.deliveries]);
    },
    protectSheet(name, on = true) {
      const sheet = state.sheet(name);
      if (!sheet) throw new Error(`fake: no sheet ${name}`);
      sheet.protected = on;
    },
    protectStructure(on = true) {
      state.structureProtected = on;
    },
    setCellEditMode(on) {
      state.setCellEditMode(on);
    },
    createWorkbook: async (base64) => {
      state.createdWorkbooks.push(base64 ?? "");
    },
    formatCells(sheetName, address, source = "Local") {
      const sheet = state.sheet(sheetName);
      const rect = parseA1(address);
      if (!sheet || !rect) throw new Error(`fake: no range ${sheetName}!${address}`);
      state.raise([{ sheet, rect, changeType: "Format", source, format: true }]);
    },
  };
}

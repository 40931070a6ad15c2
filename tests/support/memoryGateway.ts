/**
 * A plain in-memory WorkbookGateway for operation tests: tables as header + rows, sheets by
 * name, and counters so tests can assert one read and one write per operation.
 */
import type {
  CellValue,
  SheetSpec,
  TableData,
  TableSpec,
  WorkbookGateway,
  ReadOptions,
  RowsRead,
  RowsRequest,
  WorkbookSnapshot,
  WriteBatch,
} from "../../src/workbook/gateway";
import { WorkbookError } from "../../src/workbook/gateway";
import { findColumn } from "../../src/workbook/schema";

export interface MemoryTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: CellValue[][];
  numberFormats?: Record<string, string>;
  /** Cells holding a formula, as "row,col" (zero-based body row and column). */
  formulaCells?: Set<string>;
}

export class MemoryGateway implements WorkbookGateway {
  readonly tables = new Map<string, MemoryTable>();
  readonly sheets = new Map<string, SheetSpec | null>();
  readonly calls = { read: 0, write: 0, createTables: 0 };
  /** readRows batches (live recalculation), apart from `calls` so its shape stays as tests know it. */
  readRowsCalls = 0;

  constructor(tables: MemoryTable[] = []) {
    for (const table of tables) this.addTable(table);
  }

  addTable(table: MemoryTable): void {
    this.tables.set(table.name.toLowerCase(), {
      ...table,
      headers: [...table.headers],
      rows: table.rows.map((r) => [...r]),
    });
    if (!this.sheets.has(table.sheet)) this.sheets.set(table.sheet, null);
  }

  table(name: string): MemoryTable {
    const found = this.tables.get(name.toLowerCase());
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }

  /** Values of one column by header, for assertions. */
  column(tableName: string, header: string): CellValue[] {
    const table = this.table(tableName);
    const index = findColumn(table.headers, header);
    if (index < 0) throw new Error(`no column ${header} in ${tableName}`);
    return table.rows.map((row) => row[index]);
  }

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    this.calls.read += 1;
    const withFormulas = new Set((options.formulasOf ?? []).map((n) => n.toLowerCase()));
    const tables: Record<string, TableData | null> = {};
    for (const name of tableNames) {
      const table = this.tables.get(name.toLowerCase());
      if (!table) {
        tables[name] = null;
        continue;
      }
      const data: TableData = {
        name: table.name,
        sheet: table.sheet,
        headers: [...table.headers],
        rows: table.rows.map((r) => [...r]),
        origin: { row: 0, col: 0 },
      };
      if (withFormulas.has(name.toLowerCase())) {
        data.formulas = table.rows.map((r, i) => r.map((_, j) => table.formulaCells?.has(`${i},${j}`) ?? false));
      }
      tables[name] = data;
    }
    return { tables, sheetNames: [...this.sheets.keys()] };
  }

  async readRows(requests: readonly RowsRequest[]): Promise<RowsRead[]> {
    this.readRowsCalls += 1;
    return requests.map((request) => {
      const table = this.tables.get(request.table.toLowerCase());
      if (!table) throw new WorkbookError(`The workbook has no table named "${request.table}".`, request.table);
      return {
        ...request,
        headers: [...table.headers],
        origin: { row: 0, col: 0 },
        bodyRowCount: table.rows.length,
        rows: table.rows.slice(request.firstRow, request.firstRow + request.rowCount).map((r) => [...r]),
        formulas: table.rows
          .slice(request.firstRow, request.firstRow + request.rowCount)
          .map((r, i) => r.map((_, j) => table.formulaCells?.has(`${request.firstRow + i},${j}`) ?? false)),
      };
    });
  }

  async write(batch: WriteBatch): Promise<void> {
    this.calls.write += 1;
    // Check everything before changing anything, as a single request would.
    for (const sheet of batch.sheets ?? []) {
      if (this.sheets.has(sheet.name)) throw new WorkbookError(`A sheet named "${sheet.name}" already exists.`);
    }
    for (const write of batch.columns ?? []) {
      const table = this.table(write.table);
      if (findColumn(table.headers, write.column) < 0) {
        throw new WorkbookError(`Table ${write.table} has no column "${write.column}".`, write.table);
      }
      if (write.values.length !== table.rows.length) {
        throw new WorkbookError(`Column ${write.column}: ${write.values.length} values for ${table.rows.length} rows.`);
      }
    }
    for (const write of batch.cells ?? []) {
      const table = this.table(write.table);
      if (findColumn(table.headers, write.column) < 0) {
        throw new WorkbookError(`Table ${write.table} has no column "${write.column}".`, write.table);
      }
      if (write.row < 0 || write.row >= table.rows.length) throw new WorkbookError(`Table ${write.table} has no row ${write.row + 1}.`);
    }
    for (const write of batch.columns ?? []) {
      const table = this.table(write.table);
      const index = findColumn(table.headers, write.column);
      write.values.forEach((value, i) => {
        table.rows[i][index] = value;
        table.formulaCells?.delete(`${i},${index}`);
      });
    }
    for (const write of batch.cells ?? []) {
      const table = this.table(write.table);
      const index = findColumn(table.headers, write.column);
      table.rows[write.row][index] = write.value;
      table.formulaCells?.delete(`${write.row},${index}`);
    }
    for (const append of batch.appends ?? []) {
      const table = this.table(append.table);
      for (const record of append.rows) {
        const row: CellValue[] = table.headers.map(() => null);
        for (const [key, value] of Object.entries(record)) {
          const index = findColumn(table.headers, key);
          if (index >= 0) row[index] = value;
        }
        table.rows.push(row);
      }
    }
    for (const sheet of batch.sheets ?? []) this.sheets.set(sheet.name, sheet);
  }

  async createTables(specs: readonly TableSpec[]): Promise<void> {
    this.calls.createTables += 1;
    for (const spec of specs) {
      if (this.tables.has(spec.name.toLowerCase())) throw new WorkbookError(`Table ${spec.name} already exists.`);
    }
    for (const spec of specs) {
      this.addTable({ name: spec.name, sheet: spec.sheet, headers: spec.headers, rows: spec.rows, numberFormats: spec.numberFormats });
    }
  }
}

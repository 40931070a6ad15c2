/**
 * WorkbookGateway over Office.js. A read costs two syncs (which tables exist, then their
 * headers and bodies), a write one (more only when the payload passes the request limit),
 * Set up two: the count never depends on the number of rows. Only scalar properties are loaded.
 */
import {
  WorkbookError,
  type CellValue,
  type TableData,
  type TableSpec,
  type WorkbookGateway,
  type WorkbookSnapshot,
  type WriteBatch,
  type ColumnWrite,
  type CellWrite,
  type ReadOptions,
  type RowAppend,
  type RowsRead,
  type RowsRequest,
} from "../workbook/gateway";
import type { CellTarget } from "../workbook/addinApi";
import { fitTableSpecs, fitWriteBatch } from "../workbook/excelLimits";
import { findColumn } from "../workbook/schema";
import { DEFAULT_MAX_REQUEST_BYTES, estimateBytes, runSteps, sliceRows, type WriteStep } from "./requestChunks";
import { sheetSteps } from "./sheetSteps";
import { placeTables, tableSteps } from "./tableSteps";
import { DEFAULT_MAX_RESPONSE_BYTES, firstReadRows, readBodies } from "./tableReader";
import { toExcelNewRowValue, toExcelValue } from "./textSafety";

export interface OfficeGatewayOptions {
  /** Largest request one sync may carry; Excel on the web refuses more than 5 MB. */
  maxRequestBytes?: number;
  /** Largest response one sync may bring back; Excel on the web refuses more than 5 MB. */
  maxResponseBytes?: number;
  /**
   * Write a batch of single cells that fits one request in one sync (runSteps `oneSync`): live
   * recalculation's few changed cells. Other batches keep events off until a sync of their own.
   */
  oneSyncCellWrites?: boolean;
}

/** What a read learnt about a table, used by the writes that follow it. */
interface KnownTable {
  name: string;
  headers: string[];
  /** Body rows up to the last non-empty one. */
  dataRows: number;
  /** Body rows in Excel, trailing empty ones included (a new table always has one). */
  physicalRows: number;
  /** Column formatted as text ("@"), judged from the first body row. */
  textColumns: boolean[];
  /** Cells in use on the sheet below the table's last row (rows appended must not overwrite them). */
  usedBelow: boolean;
}

const isBlank = (value: CellValue): boolean => value === null || value === "";

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

const missingTable = (name: string): WorkbookError =>
  new WorkbookError(`The workbook has no table named "${name}". Use Set up to insert it, or rename your table back to "${name}".`, name);

export class OfficeGateway implements WorkbookGateway {
  private readonly known = new Map<string, KnownTable>();
  private sheetNames: string[] | null = null;
  private readonly maxBytes: number;
  private readonly maxResponseBytes: number;
  private readonly oneSyncCellWrites: boolean;

  constructor(
    private readonly context: Excel.RequestContext,
    options: OfficeGatewayOptions = {}
  ) {
    this.maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.oneSyncCellWrites = options.oneSyncCellWrites === true;
  }

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const withFormulas = new Set((options.formulasOf ?? []).map((n) => n.toLowerCase()));
    const workbook = this.context.workbook;
    const sheets = workbook.worksheets.load("items/name");
    const lookups = tableNames.map((name) => ({ name, table: workbook.tables.getItemOrNullObject(name).load("name") }));
    await this.context.sync();

    const present = lookups.filter((lookup) => !lookup.table.isNullObject);
    // Sizes, headers and each table's first rows in one sync; the first rows are a guess at
    // the table's length, so a range that reaches past the sheet (or a response Excel refuses)
    // is retried once without them.
    const guess = firstReadRows(present.length, this.maxResponseBytes);
    const queueSizing = (withFirstRows: boolean) =>
      present.map((lookup) => {
        const body = lookup.table.getDataBodyRange();
        const formulas = withFormulas.has(lookup.name.toLowerCase());
        const firstRows = withFirstRows ? body.getRow(0).getResizedRange(guess - 1, 0) : null;
        return {
          ...lookup,
          body,
          formulas,
          header: lookup.table.getHeaderRowRange().load("values, rowIndex, columnIndex"),
          size: body.load("rowCount, columnCount"),
          firstRows: firstRows ? firstRows.load(formulas ? "values, formulas" : "values") : null,
          firstRow: body.getRow(0).load("numberFormat"),
          sheet: lookup.table.worksheet.load("name"),
          used: lookup.table.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount"),
        };
      });
    let found = queueSizing(true);
    if (found.length > 0) {
      try {
        await this.context.sync();
      } catch {
        found = queueSizing(false);
        await this.context.sync();
      }
    }
    const bodies = await readBodies(
      this.context,
      found.map((item) => ({ body: item.body, rowCount: item.size.rowCount, columnCount: item.size.columnCount, withFormulas: item.formulas })),
      found.map((item) => (item.firstRows ? { values: item.firstRows.values, formulas: item.formulas ? item.firstRows.formulas : undefined } : null)),
      this.maxResponseBytes
    );

    this.sheetNames = sheets.items.map((sheet) => sheet.name);
    const tables: Record<string, TableData | null> = {};
    for (const name of tableNames) tables[name] = null;
    found.forEach((item, i) => {
      const rows = bodies[i].values.map((row) => row.map(toCellValue));
      let dataRows = rows.length;
      while (dataRows > 0 && rows[dataRows - 1].every(isBlank)) dataRows -= 1;
      const data: TableData = {
        name: item.table.name,
        sheet: item.sheet.name,
        headers: item.header.values[0].map((h) => String(h)),
        rows: rows.slice(0, dataRows),
        origin: { row: item.header.rowIndex, col: item.header.columnIndex },
        bodyRowCount: rows.length,
      };
      if (item.formulas) {
        data.formulas = (bodies[i].formulas ?? [])
          .slice(0, dataRows)
          .map((row) => row.map((formula) => typeof formula === "string" && formula.startsWith("=")));
      }
      tables[item.name] = data;
      const textColumns = (item.firstRow.numberFormat[0] ?? []).map((format) => format === "@");
      const lastRow = item.header.rowIndex + rows.length;
      this.known.set(item.name.toLowerCase(), {
        name: data.name,
        headers: data.headers,
        dataRows,
        physicalRows: rows.length,
        textColumns,
        usedBelow: !item.used.isNullObject && item.used.rowIndex + item.used.rowCount - 1 > lastRow,
      });
    });
    return { tables, sheetNames: [...this.sheetNames] };
  }

  /**
   * A few rows of some tables, with each table's headers, place and size, in one sync (live
   * recalculation re-reads only the rows an edit touched). Each range is anchored on the header
   * row, so a request past the table's end reads empty cells instead of failing; the caller
   * compares bodyRowCount with what it knows. A missing table fails the sync (ItemNotFound).
   * A request for no rows learns the table's headers and size only (for the writes that follow).
   */
  async readRows(requests: readonly RowsRequest[]): Promise<RowsRead[]> {
    const tables = new Map<string, { table: Excel.Table; header: Excel.Range; size: Excel.Range; firstRow: Excel.Range }>();
    for (const name of new Set(requests.map((r) => r.table))) {
      const table = this.context.workbook.tables.getItem(name).load("name");
      const body = table.getDataBodyRange();
      tables.set(name, {
        table,
        header: table.getHeaderRowRange().load("values, rowIndex, columnIndex"),
        size: body.load("rowCount"),
        firstRow: body.getRow(0).load("numberFormat"),
      });
    }
    const ranges = requests.map((request) => {
      const { table } = tables.get(request.table) as { table: Excel.Table };
      if (request.rowCount <= 0) return null;
      return table
        .getHeaderRowRange()
        .getOffsetRange(1 + request.firstRow, 0)
        .getResizedRange(Math.max(1, request.rowCount) - 1, 0)
        .load("values, formulas");
    });
    await this.context.sync();

    for (const { table, header, size, firstRow } of tables.values()) {
      const headers = header.values[0].map((h) => String(h));
      this.known.set(table.name.toLowerCase(), {
        name: table.name,
        headers,
        // Cell writes may address any body row; column writes follow a full read.
        dataRows: size.rowCount,
        physicalRows: size.rowCount,
        textColumns: (firstRow.numberFormat[0] ?? []).map((format) => format === "@"),
        // Not learnt here; appends after this read move cells below the table down to be safe.
        usedBelow: true,
      });
    }
    return requests.map((request, i) => {
      const { header, size } = tables.get(request.table) as { header: Excel.Range; size: Excel.Range };
      const inTable = Math.max(0, Math.min(request.rowCount, size.rowCount - request.firstRow));
      return {
        ...request,
        headers: header.values[0].map((h) => String(h)),
        origin: { row: header.rowIndex, col: header.columnIndex },
        bodyRowCount: size.rowCount,
        rows: (ranges[i]?.values ?? []).slice(0, inTable).map((row) => row.map(toCellValue)),
        formulas: (ranges[i]?.formulas ?? []).slice(0, inTable).map((row) => row.map((f) => typeof f === "string" && f.startsWith("="))),
      };
    });
  }

  async write(unfitted: WriteBatch): Promise<void> {
    const batch = fitWriteBatch(unfitted);
    const columns = batch.columns ?? [];
    const cells = batch.cells ?? [];
    const appends = batch.appends ?? [];
    const sheets = batch.sheets ?? [];
    const needed = [...new Set([...columns, ...cells, ...appends].map((w) => w.table))];
    const unknown = needed.filter((name) => !this.known.has(name.toLowerCase()));
    if (unknown.length > 0 || (sheets.length > 0 && this.sheetNames === null)) await this.read(unknown);

    // Check everything before queueing anything, so a bad batch writes nothing.
    for (const name of needed) if (!this.known.has(name.toLowerCase())) throw missingTable(name);
    const taken = new Set((this.sheetNames ?? []).map((s) => s.toLowerCase()));
    for (const sheet of sheets) {
      if (taken.has(sheet.name.toLowerCase())) {
        throw new WorkbookError(`A sheet named "${sheet.name}" already exists. Rename or delete it, then try again.`);
      }
      taken.add(sheet.name.toLowerCase());
    }
    const steps: WriteStep[] = [
      ...sheets.flatMap((sheet) => sheetSteps(this.context, sheet, this.maxBytes)),
      ...columns.flatMap((write) => this.columnSteps(write)),
      ...cells.map((write) => this.cellStep(write)),
    ];
    steps.push(...appends.flatMap((append) => this.appendSteps(append)));
    const cellsOnly = columns.length === 0 && appends.length === 0 && sheets.length === 0;
    await runSteps(this.context, steps, this.maxBytes, { oneSync: cellsOnly && this.oneSyncCellWrites });

    for (const sheet of sheets) this.sheetNames?.push(sheet.name);
    for (const append of appends) {
      const known = this.known.get(append.table.toLowerCase()) as KnownTable;
      known.dataRows += append.rows.length;
      known.physicalRows = Math.max(known.physicalRows, known.dataRows);
    }
  }

  private columnSteps(write: ColumnWrite): WriteStep[] {
    const known = this.known.get(write.table.toLowerCase()) as KnownTable;
    const index = findColumn(known.headers, write.column);
    if (index < 0) {
      throw new WorkbookError(
        `Table ${known.name} has no column "${write.column}". Add the column (header "${write.column}") or use Set up.`,
        known.name,
        undefined,
        write.column
      );
    }
    if (write.values.length !== known.dataRows) {
      throw new WorkbookError(
        `Table ${known.name} changed while KPI Tracker was working (${known.dataRows} rows, ${write.values.length} values). Try again.`,
        known.name
      );
    }
    if (write.values.length === 0) return [];
    const text = write.numberFormat ? write.numberFormat === "@" : known.textColumns[index] === true;
    const cells = write.values.map((value) => [toExcelValue(value, text)]);
    const tableName = known.name;
    const header = known.headers[index];
    let column: Excel.TableColumn | null = null;
    const columnProxy = (): Excel.TableColumn =>
      (column ??= this.context.workbook.tables.getItem(tableName).columns.getItem(header));
    return sliceRows(cells, this.maxBytes).map(([start, end]) => {
      const slice = cells.slice(start, end);
      const formats = write.numberFormat ? slice.map(() => [write.numberFormat as string]) : null;
      return {
        bytes: estimateBytes(slice) + (formats ? estimateBytes(formats) : 0),
        queue: () => {
          const range = columnProxy().getDataBodyRange().getCell(start, 0).getResizedRange(slice.length - 1, 0);
          if (formats) range.numberFormat = formats;
          range.values = slice;
        },
      };
    });
  }

  private cellStep(write: CellWrite): WriteStep {
    const known = this.known.get(write.table.toLowerCase()) as KnownTable;
    const index = findColumn(known.headers, write.column);
    if (index < 0) {
      throw new WorkbookError(`Table ${known.name} has no column "${write.column}".`, known.name, undefined, write.column);
    }
    if (write.row < 0 || write.row >= known.dataRows) {
      throw new WorkbookError(
        `Table ${known.name} has no row ${write.row + 1}; it may have changed while KPI Tracker was working. Try again.`,
        known.name
      );
    }
    const text = write.numberFormat ? write.numberFormat === "@" : known.textColumns[index] === true;
    const value = [[toExcelValue(write.value, text)]];
    const { name } = known;
    return {
      bytes: estimateBytes(value) + (write.numberFormat ? estimateBytes(write.numberFormat) : 0),
      queue: () => {
        const cell = this.context.workbook.tables.getItem(name).getDataBodyRange().getCell(write.row, index);
        if (write.numberFormat) cell.numberFormat = [[write.numberFormat]];
        cell.values = value;
      },
    };
  }

  /** Rows an append puts below the table's last row (after filling its trailing blank rows). */
  private rowsBelow(append: RowAppend): number {
    const known = this.known.get(append.table.toLowerCase()) as KnownTable;
    return Math.max(0, append.rows.length - (known.physicalRows - known.dataRows));
  }

  /**
   * New rows are written below the table's last row with Range.values, which extends the table;
   * TableRowCollection.add causes merge conflicts for co-authors. Cells in use below the table
   * are first moved down with Range.insert, as the guidance says
   * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
   */
  private appendSteps(append: RowAppend): WriteStep[] {
    if (append.rows.length === 0) return [];
    const known = this.known.get(append.table.toLowerCase()) as KnownTable;
    const { headers, name } = known;
    const rows = append.rows.map((record) => {
      const row: Array<string | number | boolean | null> = headers.map(() => null);
      for (const [key, value] of Object.entries(record)) {
        const index = findColumn(headers, key);
        if (index < 0) {
          throw new WorkbookError(`Table ${name} has no column "${key}" to fill in the new rows.`, name, undefined, key);
        }
        row[index] = toExcelNewRowValue(value, known.textColumns[index] === true);
      }
      return row;
    });
    const table = (): Excel.Table => this.context.workbook.tables.getItem(name);
    const steps: WriteStep[] = [];
    const below = this.rowsBelow(append);
    // The read saw the sheet's used range: cells below the table (anywhere under it) move down
    // by the rows appended; in other columns nothing moves.
    if (below > 0 && known.usedBelow) {
      steps.push({ bytes: estimateBytes("Down"), queue: () => void table().getRange().getRowsBelow(below).insert("Down") });
    }
    // Rows go where the data ends: into a new table's empty row first, then below the table.
    // Each slice is anchored on the header row, so its place does not depend on the slices before it.
    const first = known.dataRows;
    for (const [start, end] of sliceRows(rows, this.maxBytes)) {
      const slice = rows.slice(start, end);
      // null leaves a new cell to the table (blank, or its calculated column's formula).
      const values = slice as Array<Array<string | number | boolean>>;
      steps.push({
        bytes: estimateBytes(slice),
        queue: () => {
          const range = table().getHeaderRowRange().getOffsetRange(1 + first + start, 0).getResizedRange(slice.length - 1, 0);
          range.values = values;
        },
      });
    }
    return steps;
  }

  async createTables(unfitted: readonly TableSpec[]): Promise<void> {
    const specs = fitTableSpecs(unfitted);
    const workbook = this.context.workbook;
    const sheets = workbook.worksheets.load("items/name");
    const lookups = specs.map((spec) => ({ spec, table: workbook.tables.getItemOrNullObject(spec.name).load("name") }));
    await this.context.sync();

    const sheetNames = sheets.items.map((sheet) => sheet.name);
    this.sheetNames = sheetNames;
    const existingTables = lookups.filter((l) => !l.table.isNullObject).map((l) => l.spec.name);
    const taken = new Set(sheetNames.map((s) => s.toLowerCase()));
    const existingSheets = [...new Set(specs.map((s) => s.sheet))].filter((s) => taken.has(s.toLowerCase()));
    if (existingTables.length > 0 || existingSheets.length > 0) {
      const parts = [
        existingTables.length > 0 ? `table${existingTables.length > 1 ? "s" : ""} ${existingTables.join(", ")}` : "",
        existingSheets.length > 0 ? `sheet${existingSheets.length > 1 ? "s" : ""} ${existingSheets.join(", ")}` : "",
      ].filter(Boolean);
      throw new WorkbookError(
        `Nothing was inserted: the workbook already has ${parts.join(" and ")}. Rename or remove them, or keep using the plan you have.`
      );
    }

    const created = new Map<string, Excel.Worksheet>();
    const sheetStep = new Map<string, WriteStep>();
    const steps: WriteStep[] = [];
    for (const placement of placeTables(specs)) {
      const key = placement.spec.sheet.toLowerCase();
      if (!steps.some((step) => step === sheetStep.get(key))) {
        const sheetName = placement.spec.sheet;
        const step = { bytes: estimateBytes(sheetName), queue: () => void created.set(key, workbook.worksheets.add(sheetName)) };
        sheetStep.set(key, step);
        steps.push(step);
      }
      steps.push(...tableSteps(() => created.get(key) as Excel.Worksheet, placement, this.maxBytes));
    }
    await runSteps(this.context, steps, this.maxBytes);
    this.sheetNames.push(...new Set(specs.map((s) => s.sheet)));
    for (const spec of specs) {
      this.known.set(spec.name.toLowerCase(), {
        name: spec.name,
        headers: [...spec.headers],
        dataRows: spec.rows.length,
        physicalRows: Math.max(1, spec.rows.length),
        textColumns: spec.headers.map((h) => spec.numberFormats?.[h] === "@"),
        usedBelow: false,
      });
    }
  }

  /** Selects a table cell (or a whole body row when `column` is null) and shows its sheet. */
  async selectCell(target: CellTarget): Promise<void> {
    const table = this.context.workbook.tables.getItem(target.table);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    try {
      await this.context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === "ItemNotFound") throw missingTable(target.table);
      throw error;
    }

    if (target.row < 0 || target.row >= body.rowCount) {
      throw new WorkbookError(`Table ${target.table} has no row ${target.row + 1}; it may have changed. Validate again.`, target.table);
    }
    const headers = header.values[0].map((h) => String(h));
    const col = target.column === null ? -1 : findColumn(headers, target.column);
    const row = body.getRow(target.row);
    const range = col >= 0 ? row.getCell(0, col) : row;
    table.worksheet.activate();
    range.select();
    await this.context.sync();
  }
}

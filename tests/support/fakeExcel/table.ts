/** Tables, their columns and rows, and the table collections of the workbook and of a sheet. */
import { parseA1, splitSheet, rectToA1, intersect, type Rect } from "./address";
import { FakeClientObject, payloadBytes, type FakeContextCore } from "./context";
import { invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./errors";
import { FakeEventHandlers } from "./events";
import { FakeRange, assertSameContext, assertWritable } from "./range";
import { storeInput, TableState, type SheetState } from "./state";
import type { FakeWorksheet } from "./worksheet";

type TableResolver = () => TableState | null;

const VALID_TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const A1_REFERENCE = /^([A-Za-z]{1,3})(\d+)$/;
const R1C1_START = /^(r\d+|c\d+)/i;

/**
 * A table name is a defined name: it "MUST NOT be an A1 cell reference and MUST NOT begin with
 * an R1C1 cell reference" ([MS-XLSB] 2.5.166 XLNameWideString,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e),
 * nor be "R", "C", TRUE or FALSE.
 */
export function looksLikeReference(name: string): boolean {
  if (/^(r|c|true|false)$/i.test(name)) return true;
  if (R1C1_START.test(name)) return true;
  const a1 = A1_REFERENCE.exec(name);
  if (!a1) return false;
  let col = 0;
  for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(a1[2]);
  return col <= 16_384 && row >= 1 && row <= 1_048_576;
}

export class FakeTable extends FakeClientObject {
  readonly columns: FakeTableColumnCollection;
  readonly rows: { add(index?: number | null, values?: unknown[][]): void };
  readonly onChanged: FakeEventHandlers;

  constructor(
    core: FakeContextCore,
    private readonly resolve: TableResolver,
    private readonly sheetProxy: (resolve: () => SheetState | null) => FakeWorksheet
  ) {
    super(core, "Table");
    this.columns = new FakeTableColumnCollection(core, () => this.require());
    this.onChanged = new FakeEventHandlers(core, () => this.require().handlers);
    this.rows = { add: (index, values) => this.addRows(index ?? null, values ?? [[]]) };
  }

  private require(): TableState {
    const table = this.resolve();
    if (!table) throw itemNotFound("table is a null object");
    return table;
  }

  protected target(): TableState | null {
    return this.resolve();
  }
  protected get leafProps(): string[] {
    return ["name", "id", "showHeaders", "showTotals"];
  }
  protected readProp(prop: string, table: TableState): unknown {
    switch (prop) {
      case "name":
        return table.name;
      case "id":
        return table.id;
      case "showHeaders":
        return true;
      case "showTotals":
        return false;
      default:
        throw invalidArgument(`Table has no loadable property "${prop}"`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.command(payloadBytes(value), (table: TableState) => {
      if (!VALID_TABLE_NAME.test(value) || looksLikeReference(value)) throw invalidArgument(`"${value}" is not a valid table name`);
      const other = this.core.state.table(value);
      if (other && other !== table) throw itemAlreadyExists(`table ${value}`);
      table.name = value;
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }

  /** As every child of a null object: using it fails at sync (check isNullObject first). */
  get worksheet(): FakeWorksheet {
    return this.sheetProxy(() => this.require().sheet);
  }

  private range(pick: (table: TableState) => Rect): FakeRange {
    return new FakeRange(this.core, () => {
      const table = this.require();
      return { sheet: table.sheet, rect: pick(table) };
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.range((t) => t.headerRect);
  }
  getDataBodyRange(): FakeRange {
    return this.range((t) => t.bodyRect);
  }
  getRange(): FakeRange {
    return this.range((t) => t.fullRect);
  }

  private addRows(index: number | null, values: unknown[][]): void {
    this.command(payloadBytes(values), (table: TableState) => {
      if (!Array.isArray(values) || values.some((row) => !Array.isArray(row) || row.length !== table.cols)) {
        throw invalidArgument(`rows.add expects rows of ${table.cols} values`, "TableRowCollection.add");
      }
      assertWritable(table.sheet);
      const at = index === null || index === -1 ? table.bodyRows : index; // null or -1: at the end
      if (at < 0 || at > table.bodyRows) throw invalidArgument("row index outside the table");
      const firstRow = table.row + 1 + at;
      table.sheet.shiftDown(firstRow, table.col, table.cols, values.length);
      table.bodyRows += values.length;
      // New rows take their column's number format from a neighbouring body row, as in Excel.
      const templateRow = at > 0 ? firstRow - 1 : firstRow + values.length;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = table.sheet.ensureCell(firstRow + r, table.col + c);
          cell.numberFormat = table.sheet.cell(templateRow, table.col + c)?.numberFormat ?? "General";
          storeInput(cell, value);
        })
      );
      const rect = { row: firstRow, col: table.col, rows: values.length, cols: table.cols };
      this.core.pendingEvents.push({ sheet: table.sheet, rect, changeType: "RowInserted", source: "Local" });
    });
  }
}

export class FakeTableColumn extends FakeClientObject {
  constructor(
    core: FakeContextCore,
    private readonly resolve: () => { table: TableState; index: number } | null
  ) {
    super(core, "TableColumn");
  }
  protected target(): { table: TableState; index: number } | null {
    return this.resolve();
  }
  protected get leafProps(): string[] {
    return ["name", "index", "id"];
  }
  protected readProp(prop: string, target: { table: TableState; index: number }): unknown {
    if (prop === "name") return target.table.headers()[target.index];
    if (prop === "index") return target.index;
    if (prop === "id") return target.index + 1;
    throw invalidArgument(`TableColumn has no loadable property "${prop}"`);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get index(): number {
    return this.loadedValue("index");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.resolve();
      if (!t) throw itemNotFound("column is a null object");
      const body = t.table.bodyRect;
      return { sheet: t.table.sheet, rect: { ...body, col: body.col + t.index, cols: 1 } };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.resolve();
      if (!t) throw itemNotFound("column is a null object");
      return { sheet: t.table.sheet, rect: { row: t.table.row, col: t.table.col + t.index, rows: 1, cols: 1 } };
    });
  }
}

export class FakeTableColumnCollection {
  constructor(
    private readonly core: FakeContextCore,
    private readonly table: () => TableState
  ) {}

  private column(name: string, orNull: boolean): FakeTableColumn {
    const resolve = (): { table: TableState; index: number } | null => {
      const table = this.table();
      const index = table.columnIndex(name);
      if (index >= 0) return { table, index };
      if (orNull) return null;
      throw itemNotFound(`column ${name}`);
    };
    const column = new FakeTableColumn(this.core, resolve);
    if (orNull) column.resolveNullStateAtSync();
    else this.core.enqueue({ bytes: 0, run: () => void resolve() });
    return column;
  }
  getItem(name: string): FakeTableColumn {
    return this.column(name, false);
  }
  getItemOrNullObject(name: string): FakeTableColumn {
    return this.column(name, true);
  }
}

/** workbook.tables (addresses name their sheet) or worksheet.tables (addresses are local). */
export class FakeTableCollection {
  readonly onChanged: FakeEventHandlers;
  private loadedItems: FakeTable[] | null = null;

  constructor(
    private readonly core: FakeContextCore,
    private readonly scope: () => SheetState | null,
    private readonly sheetProxy: (resolve: () => SheetState | null) => FakeWorksheet
  ) {
    this.onChanged = new FakeEventHandlers(core, () => core.state.workbookTableHandlers);
  }

  private inScope(): TableState[] {
    const sheet = this.scope();
    return this.core.state.tables.filter((t) => sheet === null || t.sheet === sheet);
  }

  private table(resolve: TableResolver): FakeTable {
    return new FakeTable(this.core, resolve, this.sheetProxy);
  }

  getItem(name: string): FakeTable {
    const resolve = (): TableState => {
      const found = this.inScope().find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!found) throw itemNotFound(`table ${name}`);
      return found;
    };
    this.core.enqueue({ bytes: 0, run: () => void resolve() });
    return this.table(resolve);
  }

  getItemOrNullObject(name: string): FakeTable {
    return this.table(() => this.inScope().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null).resolveNullStateAtSync();
  }

  /**
   * As documented for TableCollection.add: a Range object decides the sheet; a string address
   * without a sheet name means the active sheet (for worksheet.tables too), which need not be
   * the sheet the collection came from.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    if (typeof address !== "string") assertSameContext(address, this.core, "TableCollection.add");
    let created: TableState | null = null;
    this.core.enqueue({
      bytes: payloadBytes(typeof address === "string" ? address : "range"),
      run: () => {
        created = this.createTable(this.tableSource(address), hasHeaders);
      },
    });
    return this.table(() => created);
  }

  private tableSource(address: string | FakeRange): { sheet: SheetState | undefined; rect: Rect | null; text: string } {
    const state = this.core.state;
    if (typeof address !== "string") {
      const target = address.resolveTarget();
      if (!target) throw itemNotFound("table source range");
      return { ...target, text: rectToA1(target.rect) };
    }
    const { sheet: sheetName, local } = splitSheet(address);
    const sheet = sheetName ? state.sheet(sheetName) : state.activeSheetState();
    return { sheet, rect: parseA1(local), text: address };
  }

  private createTable(source: { sheet: SheetState | undefined; rect: Rect | null; text: string }, hasHeaders: boolean): TableState {
    const state = this.core.state;
    const { sheet, rect } = source;
    if (!sheet || !rect) throw invalidArgument(`table address ${source.text}`);
    assertWritable(sheet);
    if (state.tables.some((t) => t.sheet === sheet && intersect(t.fullRect, rect))) {
      throw invalidArgument(`a table already covers ${rectToA1(rect)}`);
    }
    if (!hasHeaders) throw invalidArgument("the fake models tables added with hasHeaders = true only");
    const headerRow = rect.row;
    const names: string[] = [];
    for (let c = 0; c < rect.cols; c++) {
      const cell = sheet.ensureCell(headerRow, rect.col + c);
      let name = String(cell.value).trim() || `Column${c + 1}`;
      while (names.some((n) => n.toLowerCase() === name.toLowerCase())) name = `${name}2`;
      cell.value = name;
      names.push(name);
    }
    // An Excel table always has a body row: a header-only range gets one empty row.
    const bodyRows = Math.max(1, rect.rows - 1);
    let n = state.tables.length + 1;
    while (state.table(`Table${n}`)) n += 1;
    const table = new TableState(`Table${n}`, state.newId("table"), sheet, headerRow, rect.col, rect.cols, bodyRows);
    state.tables.push(table);
    return table;
  }

  load(option?: string): this {
    const props = String(option ?? "").split(",").map((p) => p.trim());
    this.core.recordLoad("TableCollection", props);
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.core.enqueue({
      bytes: 0,
      run: () => {
        this.loadedItems = this.inScope().map((state) => {
          const table = this.table(() => state);
          table.loadNow(itemProps);
          return table;
        });
      },
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw propertyNotLoaded("TableCollection", "items");
    return this.loadedItems;
  }
}

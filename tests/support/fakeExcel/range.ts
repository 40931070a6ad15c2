/** Range and the objects hanging off it: format, conditional formats, data validation. */
import { quoteSheet, rectToA1, type Rect } from "./address";
import { FakeClientObject, payloadBytes, settingsObject, type FakeContextCore } from "./context";
import { FakeOfficeError, accessDenied, invalidArgument } from "./errors";
import { MAX_CELLS_PER_READ, storeInput, type CellState, type SheetState, type WorkbookState } from "./state";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const RANGE_LEAVES = ["address", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount", "rowIndex", "columnIndex"];

/** A proxy passed to another context's method fails at once, as in Office.js. */
export function assertSameContext(object: FakeClientObject, core: FakeContextCore, where: string): void {
  if (object.context !== core) {
    throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", where);
  }
}

export function assertWritable(sheet: SheetState): void {
  if (sheet.protected) throw accessDenied(sheet.name);
}

/** Checks a 2D array (or a single value) written to a range of `rect`'s shape. */
function checkShape(value: unknown, rect: Rect, prop: string): void {
  if (!Array.isArray(value)) return; // one value fills the range
  const ok = value.length === rect.rows && value.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    const got = `${value.length}x${Array.isArray(value[0]) ? value[0].length : "?"}`;
    throw invalidArgument(`${prop} is ${got}, range is ${rect.rows}x${rect.cols}`, `Range.${prop}`);
  }
}

function forEachCell(target: RangeTarget, value: unknown, apply: (cell: CellState, item: unknown) => void): void {
  const { sheet, rect } = target;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const item = Array.isArray(value) ? (value[r] as unknown[])[c] : value;
      apply(sheet.ensureCell(rect.row + r, rect.col + c), item);
    }
  }
}

/**
 * Values written directly below a table extend it, as Microsoft's co-authoring guidance relies
 * on instead of TableRowCollection.add ("Setting the Range values directly below the table
 * automatically expands the table";
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins). New rows
 * take the number formats of the table's last row, as in Excel.
 */
function expandTables(state: WorkbookState, target: RangeTarget): void {
  const { sheet, rect } = target;
  for (const table of state.tables) {
    if (table.sheet !== sheet) continue;
    const lastRow = table.row + table.bodyRows;
    const within = rect.col >= table.col && rect.col + rect.cols <= table.col + table.cols;
    const end = rect.row + rect.rows - 1;
    if (!within || rect.row <= table.row || rect.row > lastRow + 1 || end <= lastRow) continue;
    for (let r = lastRow + 1; r <= end; r++) {
      for (let c = table.col; c < table.col + table.cols; c++) {
        sheet.ensureCell(r, c).numberFormat = sheet.cell(lastRow, c)?.numberFormat ?? "General";
      }
    }
    table.bodyRows = end - table.row;
  }
}

/** An object whose properties can only be set (reading one is a test bug: throw). */
export function writeOnly(setters: Record<string, (value: never) => void>): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [key, set] of Object.entries(setters)) {
    Object.defineProperty(obj, key, {
      enumerable: true,
      get: () => {
        throw invalidArgument(`${key} is write-only in the fake`);
      },
      set,
    });
  }
  return obj;
}

export class FakeRange extends FakeClientObject {
  constructor(
    core: FakeContextCore,
    private readonly resolve: () => RangeTarget | null
  ) {
    super(core, "Range");
  }

  protected target(): RangeTarget | null {
    return this.resolve();
  }

  /** Sheet and rectangle at sync time (charts use it for their source). */
  resolveTarget(): RangeTarget | null {
    return this.resolve();
  }

  protected get leafProps(): string[] {
    return RANGE_LEAVES;
  }

  protected readProp(prop: string, target: RangeTarget): unknown {
    const { sheet, rect } = target;
    if (["values", "formulas", "numberFormat", "text"].includes(prop) && rect.rows * rect.cols > MAX_CELLS_PER_READ) {
      // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
      // the code is Excel.ErrorCodes.rangeExceedsLimit ("The cell count in the range has exceeded
      // the maximum supported number", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
      throw new FakeOfficeError("RangeExceedsLimit", `A read of ${rect.rows * rect.cols} cells passes Excel's 5,000,000-cell limit.`);
    }
    switch (prop) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectToA1(rect)}`;
      case "values":
        return sheet.grid(rect, (cell) => cell?.value ?? "");
      case "formulas":
        return sheet.grid(rect, (cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return sheet.grid(rect, (cell) => cell?.numberFormat ?? "General");
      case "text":
        return sheet.grid(rect, (cell) => String(cell?.value ?? ""));
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      default:
        throw invalidArgument(`Range has no loadable property "${prop}"`);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(value: unknown[][]) {
    this.command(payloadBytes(value), (target: RangeTarget) => {
      checkShape(value, target.rect, "values");
      assertWritable(target.sheet);
      expandTables(this.core.state, target);
      forEachCell(target, value, storeInput);
      this.core.pendingEvents.push({ sheet: target.sheet, rect: target.rect, changeType: "RangeEdited", source: "Local" });
    });
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.command(payloadBytes(value), (target: RangeTarget) => {
      checkShape(value, target.rect, "numberFormat");
      assertWritable(target.sheet);
      forEachCell(target, value, (cell, item) => {
        if (item !== null && item !== undefined) cell.numberFormat = String(item);
      });
      this.core.pendingEvents.push({ ...target, changeType: "Format", source: "Local", format: true });
    });
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  private derived(map: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.core, () => {
      const base = this.resolve();
      if (base === null) return null;
      const rect = map(base.rect);
      if (rect.rows < 1 || rect.cols < 1 || rect.row < 0 || rect.col < 0) {
        throw invalidArgument("range outside the sheet or empty");
      }
      return { sheet: base.sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derived((r) => ({ row: r.row + row, col: r.col, rows: 1, cols: r.cols }));
  }
  getColumn(column: number): FakeRange {
    return this.derived((r) => ({ row: r.row, col: r.col + column, rows: r.rows, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derived((r) => ({ row: r.row + r.rows, col: r.col, rows: count, cols: r.cols }));
  }

  /** The used part of the range (cells with a value; formats alone do not count with valuesOnly). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    void valuesOnly;
    const used = new FakeRange(this.core, () => {
      const base = this.resolve();
      if (!base) return null;
      const { sheet, rect } = base;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [key, cell] of sheet.cells) {
        if (cell.value === "" && cell.formula === undefined) continue;
        const [r, c] = key.split(",").map(Number);
        if (r < rect.row || r >= rect.row + rect.rows || c < rect.col || c >= rect.col + rect.cols) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return bottom < 0 ? null : { sheet, rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } };
    });
    return used.resolveNullStateAtSync();
  }

  /** Inserts cells, shifting the ones below down (only "Down" is modelled). */
  insert(shift: string): void {
    this.command(0, (target: RangeTarget) => {
      if (shift !== "Down") throw invalidArgument(`the fake models insert("Down") only, not "${shift}"`);
      assertWritable(target.sheet);
      const { sheet, rect } = target;
      sheet.shiftDown(rect.row, rect.col, rect.cols, rect.rows);
      for (const table of this.core.state.tables) {
        if (table.sheet === sheet && table.row >= rect.row && table.col >= rect.col && table.col + table.cols <= rect.col + rect.cols) {
          table.row += rect.rows;
        }
      }
    });
  }

  select(): void {
    this.command(0, (target: RangeTarget) => {
      this.core.state.activeSheet = target.sheet.name;
      this.core.state.selection = `${quoteSheet(target.sheet.name)}!${rectToA1(target.rect)}`;
    });
  }

  private cellFormat(path: string): (value: unknown) => void {
    return (value) =>
      this.command(payloadBytes(value), (target: RangeTarget) => {
        assertWritable(target.sheet);
        forEachCell(target, null, (cell) => (cell.format[path] = value));
        this.core.pendingEvents.push({ ...target, changeType: "Format", source: "Local", format: true });
      });
  }

  readonly format = new FakeRangeFormat(
    this,
    (path) => this.cellFormat(path),
    (width) =>
      this.command(payloadBytes(width), (target: RangeTarget) => {
        for (let c = 0; c < target.rect.cols; c++) target.sheet.columnWidths.set(target.rect.col + c, width);
      }),
    (height) =>
      this.command(payloadBytes(height), (target: RangeTarget) => {
        for (let r = 0; r < target.rect.rows; r++) target.sheet.rowHeights.set(target.rect.row + r, height);
      })
  );

  readonly conditionalFormats = {
    add: (type: string): Record<string, unknown> => {
      let record: Record<string, unknown> | null = null;
      this.command(payloadBytes(type), (target: RangeTarget) => {
        assertWritable(target.sheet);
        const settings: Record<string, unknown> = {};
        target.sheet.conditionalFormats.push({ type, address: rectToA1(target.rect), settings });
        record = settings;
      });
      const sink = (): Record<string, unknown> => record as Record<string, unknown>;
      const cf: Record<string, unknown> = { type };
      if (type === "DataBar") {
        cf.dataBar = settingsObject(this.core, "DataBarConditionalFormat", "dataBar.", ["barDirection", "lowerBoundRule", "upperBoundRule", "showDataBarOnly"], sink, {
          positiveFormat: ["fillColor", "gradientFill", "borderColor"],
        });
      } else if (type === "ContainsText") {
        cf.textComparison = settingsObject(this.core, "TextConditionalFormat", "textComparison.", ["rule"], sink, {
          format: { fill: ["color"], font: ["color", "bold"] },
        });
      } else if (type === "CellValue") {
        cf.cellValue = settingsObject(this.core, "CellValueConditionalFormat", "cellValue.", ["rule"], sink, {
          format: { fill: ["color"], font: ["color", "bold"] },
        });
      }
      return cf;
    },
  };

  readonly dataValidation = writeOnly({
    rule: (rule: unknown) =>
      this.command(payloadBytes(rule), (target: RangeTarget) => {
        assertWritable(target.sheet);
        target.sheet.validations.push({ address: rectToA1(target.rect), rule });
      }),
  });
}

/** Range.format: font, fill, borders, alignment, wrap and column width, write-only here. */
export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    range: FakeRange,
    private readonly setter: (path: string) => (value: unknown) => void,
    private readonly setWidth: (width: number) => void,
    private readonly setHeight: (height: number) => void
  ) {
    const writeOnly = (prefix: string, leaves: string[]): Record<string, unknown> => {
      const obj: Record<string, unknown> = {};
      for (const leaf of leaves) {
        const set = this.setter(`${prefix}${leaf}`);
        Object.defineProperty(obj, leaf, {
          get: () => {
            throw invalidArgument(`format.${prefix}${leaf} is write-only in the fake`);
          },
          set,
        });
      }
      return obj;
    };
    void range;
    this.font = writeOnly("font.", ["bold", "italic", "size", "color", "name"]);
    this.fill = writeOnly("fill.", ["color"]);
    this.borders = { getItem: (edge: string) => writeOnly(`borders.${edge}.`, ["style", "color", "weight"]) };
  }

  set wrapText(value: boolean) {
    this.setter("wrapText")(value);
  }
  set horizontalAlignment(value: string) {
    this.setter("horizontalAlignment")(value);
  }
  set verticalAlignment(value: string) {
    this.setter("verticalAlignment")(value);
  }
  set columnWidth(value: number) {
    this.setWidth(value);
  }
  set rowHeight(value: number) {
    this.setHeight(value);
  }
  autofitColumns(): void {
    this.setter("autofit")(true);
  }
}

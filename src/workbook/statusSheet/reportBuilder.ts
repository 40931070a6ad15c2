/**
 * Lays a printed report out row by row on fixed column widths and knows where each page ends:
 * every row gets a height that fits its wrapped text, a row that does not fit on the page starts
 * the next one (a manual page break), a table continued on a new page repeats its header row,
 * and a section title never ends a page alone. Values are literal; strings pass through exactly.
 */
import type { CellFormat, CellValue, ChartSpec, RangeRef, SheetSpec } from "../gateway";
import { fitRowHeight, fitTextWithMarker } from "../excelLimits";
import { charactersPerLine, lineHeight, wrapLines, wrappedLineCount } from "../textLayout";

/**
 * Longest text a status sheet cell shows: a summary people print and forward, not a copy of a
 * 50,000-character Comment (the workbook's own tables keep the whole text).
 */
export const STATUS_SHEET_TEXT_LIMIT = 1000;

export const BODY_FONT = 9;
export const SECTION_FILL = "#1F3864";
export const HEADER_FILL = "#D9E1F2";
/** Every other body row: light enough to print as a faint grey. */
export const BAND_FILL = "#F3F6FA";
export const FLAG_COLOR = "#C00000";
/** Space above and below a line of text inside a row, in points. */
const ROW_PADDING = 2;

export interface TableColumn {
  header: string;
  wrap?: boolean;
  numberFormat?: string;
  align?: "Left" | "Center" | "Right";
  /** Status names: coloured by the status colours. */
  status?: boolean;
  /** Fractions 0..1 drawn as data bars. */
  bar?: boolean;
}

export interface TableOptions {
  /** Body rows (indexes into `rows`) drawn bold with a top border: totals. */
  totals?: ReadonlySet<number>;
  /** Extra formats per body row (range.row is ignored; columns are kept). */
  rowFormats?: (index: number) => Array<Omit<CellFormat, "range"> & { col: number }>;
}

export interface RowOptions {
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  /** Columns whose text wraps (and so decides the row's height). */
  wrapCols?: readonly number[];
  /** Columns the formats cover; defaults to the cells given. */
  width?: number;
}

export class ReportBuilder {
  private readonly cells: CellValue[][] = [];
  private readonly heights: number[] = [];
  private readonly formats: CellFormat[] = [];
  private readonly dataBars: RangeRef[] = [];
  private readonly statusColors: RangeRef[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly breaks: number[] = [];
  private used = 0;
  /** 1-based number of the page the next row goes on. */
  page = 1;

  constructor(
    readonly widths: readonly number[],
    /** Points of rows one page holds (below the repeated title rows). */
    private readonly pageHeight: number,
    /** Rows at the top that repeat on every page (print titles) and are not counted. */
    private readonly titleRows = 0
  ) {}

  get nextRow(): number {
    return this.cells.length;
  }

  get columns(): number {
    return this.widths.length;
  }

  /** Points left on the current page. */
  get remaining(): number {
    return this.pageHeight - this.used;
  }

  /** Height of a row with these values: the tallest wrapped cell, within Excel's row limit. */
  measure(values: readonly CellValue[], options: RowOptions = {}): number {
    const fontSize = options.fontSize ?? BODY_FONT;
    let lines = 1;
    for (const col of options.wrapCols ?? []) {
      const value = values[col];
      if (typeof value !== "string" || value === "") continue;
      lines = Math.max(lines, wrappedLineCount(value, charactersPerLine(this.widths[col] ?? 8.43, fontSize)));
    }
    return fitRowHeight(lines * lineHeight(fontSize) + ROW_PADDING);
  }

  /** Start a new page at the next row. */
  newPage(): void {
    if (this.used === 0) return;
    this.breaks.push(this.nextRow);
    this.page += 1;
    this.used = 0;
  }

  /** Start a new page unless `height` more points fit on this one. */
  keep(height: number): void {
    if (height > this.remaining) this.newPage();
  }

  row(texts: readonly CellValue[], options: RowOptions = {}, measured?: number): number {
    const values = texts.map((value) => (typeof value === "string" ? fitTextWithMarker(value, STATUS_SHEET_TEXT_LIMIT) : value));
    const height = measured ?? this.measure(values, options);
    if (this.nextRow >= this.titleRows) {
      this.keep(height);
      this.used += height;
    }
    const row = this.cells.length;
    this.cells.push([...values]);
    this.heights.push(height);
    const cols = options.width ?? Math.max(1, values.length);
    const look: Omit<CellFormat, "range"> = {
      ...(options.fontSize !== undefined && options.fontSize !== BODY_FONT ? { fontSize: options.fontSize } : {}),
      ...(options.bold ? { bold: true } : {}),
      ...(options.italic ? { italic: true } : {}),
      ...(options.fill ? { fill: options.fill } : {}),
      ...(options.fontColor ? { fontColor: options.fontColor } : {}),
    };
    if (Object.keys(look).length > 0) this.format({ ...look, range: { row, col: 0, cols } });
    for (const col of options.wrapCols ?? []) this.format({ range: { row, col }, wrap: true });
    return row;
  }

  /** Vertical space between blocks. */
  gap(height = 6): void {
    if (this.used === 0) return;
    this.row([], {}, Math.min(height, this.remaining));
  }

  /** A white-on-dark section title across the page, kept with the `keepWith` points after it. */
  section(title: string, keepWith = 0): number {
    const options: RowOptions = { fontSize: 11, bold: true, fontColor: "#FFFFFF", fill: SECTION_FILL, width: this.columns };
    this.keep(this.measure([title], options) + keepWith);
    return this.row([title], options);
  }

  /** One italic line of explanation, on as many rows as the page width needs. */
  note(text: string, options: RowOptions = {}): number {
    return this.paragraph(text, { italic: true, ...options });
  }

  /**
   * Text across the page, one row per printed line: text that runs past the last column would
   * be cut at the page's right edge. Returns the first row.
   */
  paragraph(text: string, options: RowOptions = {}): number {
    const lines = this.paragraphLines(text, options);
    const first = this.nextRow;
    if (lines.length > 1) this.keep(lines.length * this.measure([""], options));
    for (const line of lines) this.row([line], options);
    return first;
  }

  /** Points paragraph(text, options) takes. */
  paragraphHeight(text: string, options: RowOptions = {}): number {
    return this.paragraphLines(text, options).length * this.measure([""], options);
  }

  private paragraphLines(text: string, options: RowOptions): string[] {
    const total = this.widths.reduce((a, w) => a + w, 0);
    return wrapLines(fitTextWithMarker(text, STATUS_SHEET_TEXT_LIMIT), charactersPerLine(total, options.fontSize ?? BODY_FONT));
  }

  private headerRow(columns: readonly TableColumn[]): number {
    const values = columns.map((c) => c.header);
    const wrapCols = columns.map((_, i) => i);
    const row = this.row(values, { bold: true, fill: HEADER_FILL, wrapCols, width: columns.length });
    this.format({ range: { row, col: 0, cols: columns.length }, border: true, verticalAlignment: "Bottom" });
    return row;
  }

  /**
   * A table: header, body rows with banding, and the header again at the top of every page the
   * body continues on. Returns the first and last sheet rows it took (header included).
   */
  table(columns: readonly TableColumn[], rows: readonly CellValue[][], options: TableOptions = {}): { first: number; last: number } {
    const wrapCols = columns.flatMap((c, i) => (c.wrap ? [i] : []));
    const headerHeight = this.measure(columns.map((c) => c.header), { wrapCols: columns.map((_, i) => i), fontSize: BODY_FONT });
    const firstHeight = rows.length > 0 ? this.measure(rows[0], { wrapCols }) : 0;
    this.keep(headerHeight + firstHeight);
    const first = this.headerRow(columns);
    /** Runs of body rows between header rows, for one format per column per run. */
    const runs: Array<{ first: number; last: number }> = [];
    const bodyRows: number[] = [];
    rows.forEach((values, index) => {
      const height = this.measure(values, { wrapCols });
      if (height > this.remaining) {
        this.newPage();
        this.headerRow(columns);
      }
      const row = this.row(values, { wrapCols: [] }, height);
      const run = runs[runs.length - 1];
      if (run && run.last === row - 1) run.last = row;
      else runs.push({ first: row, last: row });
      if (index % 2 === 1) this.format({ range: { row, col: 0, cols: columns.length }, fill: BAND_FILL });
      if (options.totals?.has(index)) this.format({ range: { row, col: 0, cols: columns.length }, bold: true, border: true });
      bodyRows.push(row);
    });
    const last = this.nextRow - 1;
    for (const run of runs) {
      const span = { row: run.first, rows: run.last - run.first + 1 };
      columns.forEach((column, col) => {
        const look: Omit<CellFormat, "range"> = {
          ...(column.wrap ? { wrap: true } : {}),
          ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
          ...(column.align ? { horizontalAlignment: column.align } : {}),
        };
        if (Object.keys(look).length > 0) this.format({ ...look, range: { ...span, col } });
      });
      this.format({ range: { ...span, col: 0, cols: columns.length }, verticalAlignment: "Top" });
    }
    // Row formats come last, over the column formats: a totals row's own number format.
    bodyRows.forEach((row, index) => {
      for (const extra of options.rowFormats?.(index) ?? []) {
        const { col, ...look } = extra;
        this.format({ ...look, range: { row, col } });
      }
    });
    // Conditional formats span the whole table: a repeated header holds text, which they skip.
    if (last > first) {
      columns.forEach((column, col) => {
        if (column.status) this.statusColors.push({ row: first + 1, col, rows: last - first });
        if (column.bar) this.dataBars.push({ row: first + 1, col, rows: last - first });
      });
    }
    return { first, last };
  }

  format(format: CellFormat): void {
    this.formats.push(format);
  }

  dataBar(range: RangeRef): void {
    this.dataBars.push(range);
  }

  statusColor(range: RangeRef): void {
    this.statusColors.push(range);
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  build(name: string, extra: Pick<SheetSpec, "print" | "freezeRows">): SheetSpec {
    const width = this.columns;
    // One body font for the whole sheet first; every other format refines it.
    const base: CellFormat = { range: { row: 0, col: 0, rows: Math.max(1, this.nextRow), cols: width }, fontSize: BODY_FONT };
    return {
      name,
      cells: this.cells.map((r) => [...r]),
      columnWidths: [...this.widths],
      rowHeights: [...this.heights],
      formats: [base, ...this.formats],
      dataBars: [...this.dataBars],
      statusColors: [...this.statusColors],
      charts: [...this.charts],
      pageBreaks: [...this.breaks],
      ...extra,
    };
  }
}

/**
 * Accumulates a SheetSpec row by row: values, formats, status-colour and data-bar ranges.
 * Values are literal; strings are passed through exactly (the gateways write them as text).
 */
import type { CellFormat, CellValue, ChartSpec, RangeRef, SheetSpec } from "../gateway";
import { fitRowHeight, fitTextWithMarker } from "../excelLimits";
import { LINE_HEIGHT_POINTS, wrappedLineCount } from "../textLayout";

export const SECTION_FILL = "#1F3864";
export const HEADER_FILL = "#D9E1F2";
export const FLAG_COLOR = "#C00000";
/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * Longest text a status sheet cell shows: a summary people print and forward, not a copy of a
 * 50,000-character Comment (the workbook's own tables keep the whole text).
 */
export const STATUS_SHEET_TEXT_LIMIT = 1000;

export class SheetBuilder {
  private readonly cells: CellValue[][] = [];
  private readonly formats: CellFormat[] = [];
  private readonly dataBars: RangeRef[] = [];
  private readonly statusColors: RangeRef[] = [];
  private readonly charts: ChartSpec[] = [];

  /** Zero-based index of the next row. */
  get nextRow(): number {
    return this.cells.length;
  }

  row(values: CellValue[]): number {
    this.cells.push(values.map((value) => (typeof value === "string" ? fitTextWithMarker(value, STATUS_SHEET_TEXT_LIMIT) : value)));
    return this.cells.length - 1;
  }

  blank(): void {
    this.row([]);
  }

  /** A bold section title in white on dark blue across `width` columns. */
  sectionTitle(text: string, width: number): number {
    const row = this.row([text]);
    this.format({ range: { row, col: 0, cols: width }, bold: true, fontSize: 12, fontColor: "#FFFFFF", fill: SECTION_FILL });
    return row;
  }

  /** A bold, shaded, wrapped column-header row. */
  headerRow(headers: string[]): number {
    const row = this.row(headers);
    this.format({ range: { row, col: 0, cols: headers.length }, bold: true, fill: HEADER_FILL, wrap: true, border: true });
    return row;
  }

  /** A single italic line, e.g. "Nothing to report". */
  note(text: string): number {
    const row = this.row([text]);
    this.format({ range: { row, col: 0 }, italic: true });
    return row;
  }

  format(format: CellFormat): void {
    this.formats.push(format);
  }

  /** Apply a number format to one column over rows first..last (inclusive); no-op when empty. */
  columnFormat(col: number, first: number, last: number, format: Omit<CellFormat, "range">): void {
    if (last < first) return;
    this.format({ ...format, range: { row: first, col, rows: last - first + 1 } });
  }

  dataBar(col: number, first: number, last: number): void {
    if (last >= first) this.dataBars.push({ row: first, col, rows: last - first + 1 });
  }

  statusColor(range: RangeRef): void {
    this.statusColors.push(range);
  }

  /** Heights that show every line of wrapped text, estimated from text length and column width. */
  private wrappedRowHeights(columnWidths: readonly number[]): Array<number | null> {
    const lines: number[] = this.cells.map(() => 1);
    for (const format of this.formats) {
      if (!format.wrap) continue;
      const { row, col, rows = 1, cols = 1 } = format.range;
      for (let r = row; r < row + rows; r++) {
        for (let c = col; c < col + cols; c++) {
          const value = this.cells[r]?.[c];
          if (typeof value !== "string" || value === "") continue;
          // One character of the width goes to the cell's padding.
          const needed = wrappedLineCount(value, (columnWidths[c] ?? DEFAULT_COLUMN_WIDTH) - 1);
          lines[r] = Math.max(lines[r], needed);
        }
      }
    }
    return lines.map((count) => (count > 1 ? fitRowHeight(count * LINE_HEIGHT_POINTS) : null));
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  build(name: string, extra: Pick<SheetSpec, "columnWidths" | "print" | "freezeRows">): SheetSpec {
    const rowHeights = this.wrappedRowHeights(extra.columnWidths ?? []);
    // In a tall row, one-line values sit level with the first line of the wrapped text.
    // Consecutive tall rows share one range, so a long KPI list costs one command, not one a row.
    const topAligned: CellFormat[] = [];
    rowHeights.forEach((height, row) => {
      if (height === null) return;
      const cols = Math.max(1, this.cells[row].length);
      const previous = topAligned[topAligned.length - 1]?.range;
      if (previous && previous.row + (previous.rows ?? 1) === row) {
        previous.rows = (previous.rows ?? 1) + 1;
        previous.cols = Math.max(previous.cols ?? 1, cols);
      } else {
        topAligned.push({ range: { row, col: 0, rows: 1, cols }, verticalAlignment: "Top" });
      }
    });
    return {
      name,
      cells: this.cells.map((r) => [...r]),
      rowHeights,
      formats: [...this.formats, ...topAligned],
      dataBars: [...this.dataBars],
      statusColors: [...this.statusColors],
      charts: [...this.charts],
      ...extra,
    };
  }
}

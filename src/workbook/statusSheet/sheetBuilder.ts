/**
 * Accumulates a SheetSpec row by row: values, formats, status-colour and data-bar ranges.
 * Values are literal; strings are passed through exactly (the gateways write them as text).
 */
import type { CellFormat, CellValue, ChartSpec, RangeRef, SheetSpec } from "../gateway";

export const SECTION_FILL = "#1F3864";
export const HEADER_FILL = "#D9E1F2";
export const FLAG_COLOR = "#C00000";

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
    this.cells.push([...values]);
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

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  build(name: string, extra: Pick<SheetSpec, "columnWidths" | "print" | "freezeRows">): SheetSpec {
    return {
      name,
      cells: this.cells.map((r) => [...r]),
      formats: [...this.formats],
      dataBars: [...this.dataBars],
      statusColors: [...this.statusColors],
      charts: [...this.charts],
      ...extra,
    };
  }
}

/**
 * A Set up table (TableSpec) as write steps: number formats first (so text columns hold text),
 * then header and rows, then the table itself, drop-down lists, status colours and data bars.
 */
import type { TableSpec } from "../workbook/gateway";
import { findColumn } from "../workbook/schema";
import { addDataBars, addStatusColors, charactersToPoints, columnAddress, refToAddress } from "./formatting";
import { estimateBytes, sliceRows, type WriteStep } from "./requestChunks";
import { toExcelValue } from "./textSafety";

export interface TablePlacement {
  spec: TableSpec;
  /** Zero-based column of the table's first cell on its sheet (row is always 0). */
  col: number;
}

/** One table per sheet at A1; a second table on the same sheet goes right of the first, a column apart. */
export function placeTables(specs: readonly TableSpec[]): TablePlacement[] {
  const nextCol = new Map<string, number>();
  return specs.map((spec) => {
    const key = spec.sheet.toLowerCase();
    const col = nextCol.get(key) ?? 0;
    nextCol.set(key, col + spec.headers.length + 1);
    return { spec, col };
  });
}

export function tableSteps(
  sheet: () => Excel.Worksheet,
  { spec, col }: TablePlacement,
  maxBytes: number
): WriteStep[] {
  const bodyRows = Math.max(1, spec.rows.length);
  const width = spec.headers.length;
  const formats = spec.headers.map((h) => spec.numberFormats?.[h] ?? "General");
  const steps: WriteStep[] = [];

  const formatGrid = Array.from({ length: bodyRows }, () => [...formats]);
  for (const cell of spec.cellNumberFormats ?? []) {
    const c = findColumn(spec.headers, cell.header);
    if (c >= 0 && cell.row < bodyRows) formatGrid[cell.row][c] = cell.numberFormat;
  }
  for (const [start, end] of sliceRows(formatGrid, maxBytes)) {
    const slice = formatGrid.slice(start, end);
    steps.push({
      bytes: estimateBytes(slice),
      queue: () => void (sheet().getRange(refToAddress({ row: 1 + start, col, rows: slice.length, cols: width })).numberFormat = slice),
    });
  }

  const header = spec.headers.map((h) => toExcelValue(h, false));
  const body = spec.rows.map((row) => spec.headers.map((_, c) => toExcelValue(row[c] ?? null, formats[c] === "@")));
  const grid = [header, ...body];
  for (const [start, end] of sliceRows(grid, maxBytes)) {
    const slice = grid.slice(start, end);
    steps.push({
      bytes: estimateBytes(slice),
      queue: () => void (sheet().getRange(refToAddress({ row: start, col, rows: slice.length, cols: width })).values = slice),
    });
  }

  const columnBody = (table: Excel.Table, header: string | undefined): Excel.Range | null => {
    if (!header || findColumn(spec.headers, header) < 0) return null;
    return table.columns.getItem(spec.headers[findColumn(spec.headers, header)]).getDataBodyRange();
  };
  steps.push({
    bytes: estimateBytes([spec.validationLists, spec.columnWidths]) + 2_000,
    queue: () => {
      // A Range, not an address string: TableCollection.add resolves a sheet-less address
      // against the active sheet, which is not the sheet just added.
      const source = sheet().getRange(refToAddress({ row: 0, col, rows: spec.rows.length + 1, cols: width }));
      const table = sheet().tables.add(source, true);
      table.name = spec.name;
      for (const [header, list] of Object.entries(spec.validationLists ?? {})) {
        const range = columnBody(table, header);
        if (range) range.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      }
      const statusRange = columnBody(table, spec.statusColumn);
      if (statusRange) addStatusColors(statusRange);
      const barRange = columnBody(table, spec.dataBarColumn);
      if (barRange) addDataBars(barRange);
      for (const [header, characters] of Object.entries(spec.columnWidths ?? {})) {
        const index = findColumn(spec.headers, header);
        if (index >= 0) sheet().getRange(columnAddress(col + index)).format.columnWidth = charactersToPoints(characters);
      }
    },
  });
  return steps;
}

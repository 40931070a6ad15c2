/** Formatting shared by Set up's tables and status sheets: status colours, data bars, widths. */
import { STATUS_COLORS } from "../core/statusColors";
import type { Status } from "../core/types";
import type { RangeRef } from "../workbook/gateway";
import { columnLetters } from "../workbook/cells";

/** Conditional formats that colour each status name (text comparison, so they follow edits). */
export function addStatusColors(range: Excel.Range): void {
  for (const [status, colors] of Object.entries(STATUS_COLORS) as Array<[Status, { fill: string; font: string }]>) {
    const format = range.conditionalFormats.add("ContainsText");
    format.textComparison.format.fill.color = colors.fill;
    format.textComparison.format.font.color = colors.font;
    format.textComparison.rule = { operator: "Contains", text: status };
  }
}

/** Data bars over fractions, scaled 0 to 1 whatever the data's own maximum. */
export function addDataBars(range: Excel.Range): void {
  const format = range.conditionalFormats.add("DataBar");
  format.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
  format.dataBar.upperBoundRule = { type: "Number", formula: "1" };
}

/** Column width given in characters (as in .xlsx files) to the points Office.js expects. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A zero-based RangeRef to a local A1 address ("B2:D9"). */
export function refToAddress(ref: RangeRef): string {
  const rows = ref.rows ?? 1;
  const cols = ref.cols ?? 1;
  const start = `${columnLetters(ref.col)}${ref.row + 1}`;
  if (rows === 1 && cols === 1) return start;
  return `${start}:${columnLetters(ref.col + cols - 1)}${ref.row + rows}`;
}

export function columnAddress(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}

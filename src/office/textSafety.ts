/**
 * What the add-in hands Excel for a cell. Excel turns typed-in text such as "=HYPERLINK(...)",
 * "-5", "2024-06-30" or "TRUE" into formulas, numbers, dates or booleans; an apostrophe prefix
 * keeps it text (Excel hides the prefix). In a text-formatted ("@") cell Excel already stores
 * text as is, and a prefix would show, so none is added there.
 */
import type { CellValue } from "../workbook/gateway";

export type ExcelInput = string | number | boolean;

/** Value for a cell of an existing row: null clears the cell (Office.js reads null as "leave"). */
export function toExcelValue(value: CellValue, textFormatted: boolean): ExcelInput {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (value === "" || textFormatted) return value;
  return `'${value}`;
}

/** Value for a new row: null leaves the cell to the table (its default or calculated column). */
export function toExcelNewRowValue(value: CellValue | undefined, textFormatted: boolean): ExcelInput | null {
  if (value === null || value === undefined) return null;
  return toExcelValue(value, textFormatted);
}

/**
 * The gateway's plain CellValue as an exceljs cell value, for the parts exceljs draws (new
 * workbooks, status sheets): a string is always stored as text, whatever its first character;
 * a number that is not finite is left out (never "NaN").
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../workbook/gateway";

/** The value to store in an exceljs cell: strings stay strings (exceljs never parses them). */
export function toCellValue(value: CellValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** "#C6EFCE" → "FFC6EFCE" (exceljs colours are ARGB). */
export function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  return digits.length === 8 ? digits : `FF${digits}`;
}

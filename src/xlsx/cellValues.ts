/**
 * exceljs cell values ⇄ the gateway's plain CellValue. Dates become Excel serial numbers,
 * formulas their cached result, rich text and hyperlinks their text, errors their text ("#N/A")
 * so a problem report can show what the cell holds. Writing never produces a formula: a string
 * is always stored as text, whatever its first character.
 */
import type ExcelJS from "exceljs";
import { dateToSerial } from "../core/dates";
import type { CellValue } from "../workbook/gateway";

type RawValue = ExcelJS.CellValue | undefined;

function richTextOf(value: { richText: Array<{ text: string }> }): string {
  return value.richText.map((run) => run.text).join("");
}

export function readCellValue(value: RawValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return richTextOf(value);
  if ("error" in value && typeof value.error === "string") return value.error;
  if ("hyperlink" in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return richTextOf(text as ExcelJS.CellRichTextValue);
    return String(value.hyperlink ?? "");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return readCellValue((value as ExcelJS.CellFormulaValue).result as RawValue);
  }
  return null;
}

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

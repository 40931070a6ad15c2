/**
 * Reading single cell values as users leave them: numbers typed into text cells, dates typed
 * as text, sheet addresses. Pure helpers, no table knowledge.
 */
import type { CellValue } from "./gateway";

/** Largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Plan" → "Plan"; "My plan" → "'My plan'" (Excel quotes sheet names that are not plain words). */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Plan!H12" for a zero-based sheet row and column. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(col)}${row + 1}`;
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

export function isEmptyCell(value: CellValue): boolean {
  // Numbers and booleans always have text; only strings need trimming to tell.
  if (typeof value === "number" || typeof value === "boolean") return false;
  if (typeof value === "string") return value.trim() === "";
  return cellText(value) === "";
}

/**
 * A number typed as text: "12", "1,200", "-3.5", "45%" (→ 0.45). null when the text is not
 * a plain number a person would read unambiguously.
 */
export function parseNumberText(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0]/g, "");
  const match = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(%?)$/.exec(compact);
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return match[2] === "%" ? value / 100 : value;
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE_TEXT_PATTERNS: RegExp[] = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/, // 2023-01-15, 2023/1/15
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/, // 15/01/2023, 1.15.23
  new RegExp(`^\\d{1,2}[\\s-]+${MONTH}[\\s-,]+\\d{2,4}$`, "i"), // 15 Jan 2023, 15-Jan-23
  new RegExp(`^${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`, "i"), // January 15, 2023
  new RegExp(`^${MONTH}[\\s-]+\\d{4}$`, "i"), // Jan 2023
];

/** True when the text is what a person would read as a date. */
export function looksLikeDateText(text: string): boolean {
  const trimmed = text.trim();
  return DATE_TEXT_PATTERNS.some((pattern) => pattern.test(trimmed));
}

export function isDateSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL;
}

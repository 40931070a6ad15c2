/**
 * The `<c>` element the patcher writes for a value: numbers as `<v>`, booleans as t="b",
 * strings as inline strings (literal text, never a formula, whatever the first character),
 * nothing for null or a number that is not finite (never "NaN").
 */
import { dateToSerial } from "../core/dates";
import type { CellValue } from "../workbook/gateway";
import { columnLetters } from "../workbook/cells";
import { escapeCellText } from "./xmlText";

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col - 1)}${row}`;
}

/** Shortest text that reads back as the same double (what Excel itself writes for most values). */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

export function cellXml(prefix: string, row: number, col: number, style: string | null, value: CellValue): string {
  const open = `<${prefix}c r="${cellRef(row, col)}"${style !== null && style !== "0" ? ` s="${style}"` : ""}`;
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return `${open}/>`;
  if (typeof value === "number") return `${open}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  if (typeof value === "boolean") return `${open} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return `${open} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeCellText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** A t="d" cell's ISO 8601 text → serial (time of day as a fraction); null when unreadable. */
export function serialFromIsoDateTime(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!match) return null;
  const [, y, m, d, hh = "0", mm = "0", ss = "0"] = match;
  const day = dateToSerial(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
  return day + (Number(hh) * 3600 + Number(mm) * 60 + Number(ss)) / 86400;
}

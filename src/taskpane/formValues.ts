/** What the pane's forms type in, read as the workbook stores it. */
import { isoToSerial, serialToIso } from "../core/dates";

/** "2024-06-30" (a date input) → Excel serial; "" → null; anything else → NaN (a validation error). */
export function dateFromInput(text: string): number | null {
  if (text.trim() === "") return null;
  return isoToSerial(text.trim()) ?? Number.NaN;
}

export function dateToInput(serial: number | null): string {
  return serial === null || !Number.isFinite(serial) ? "" : serialToIso(serial);
}

/** "" → null; "12" → 12; "1,200" → 1200; "abc" → NaN (a validation error). */
export function numberFromInput(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

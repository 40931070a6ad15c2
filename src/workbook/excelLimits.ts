/**
 * Excel's own limits on what a workbook may hold ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Both gateways pass everything they write through these, so no file or batch ever holds what
 * Excel would repair or refuse.
 */

/** Total number of characters a cell can contain. */
export const MAX_CELL_CHARS = 32767;
/** Row height. */
export const MAX_ROW_HEIGHT_POINTS = 409;
/** Worksheet size: rows and columns. */
export const MAX_SHEET_ROWS = 1048576;
export const MAX_SHEET_COLUMNS = 16384;
/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], not blank, not "History". */
export const MAX_SHEET_NAME_CHARS = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const RESERVED_SHEET_NAMES = new Set(["history"]);

export const TRUNCATION_MARK = "…";

export interface FittedText {
  text: string;
  /** Characters cut off (0 when the text fitted). */
  cut: number;
}

/** Text cut to what one cell holds, ending in "…" when cut. */
export function fitCellText(text: string): FittedText {
  if (text.length <= MAX_CELL_CHARS) return { text, cut: 0 };
  const keep = MAX_CELL_CHARS - TRUNCATION_MARK.length;
  // Never split a surrogate pair: half an emoji is not a character Excel can show.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(keep - 1)) ? keep - 1 : keep;
  return { text: text.slice(0, end) + TRUNCATION_MARK, cut: text.length - end };
}

export function fitRowHeight(points: number): number {
  if (!Number.isFinite(points) || points <= 0) return 0;
  return Math.min(points, MAX_ROW_HEIGHT_POINTS);
}

/** Why Excel would refuse `name` as a worksheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME_CHARS) return `a sheet name has at most ${MAX_SHEET_NAME_CHARS} characters ("${name}" has ${name.length})`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return `a sheet name cannot contain : \\ / ? * [ or ] ("${name}")`;
  if (name.startsWith("'") || name.endsWith("'")) return `a sheet name cannot begin or end with an apostrophe ("${name}")`;
  if (RESERVED_SHEET_NAMES.has(name.toLowerCase())) return `Excel reserves the sheet name "${name}"`;
  return null;
}

/** A1 addresses: zero-based rectangles to and from "Sheet!B2:D9", "A:A", "$1:$3". */

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rectToA1(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet and local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return null;
  return { col: match[1] ? lettersToColumn(match[1]) : null, row: match[2] ? Number(match[2]) - 1 : null };
}

/** Parses the local part of an address ("B2", "B2:D9", "A:C", "1:3"); null when malformed. */
export function parseA1(local: string): Rect | null {
  const [a, b = a] = local.split(":");
  const start = parseCorner(a);
  const end = parseCorner(b);
  if (!start || !end) return null;
  const row = start.row ?? 0;
  const col = start.col ?? 0;
  const lastRow = end.row ?? MAX_ROWS - 1;
  const lastCol = end.col ?? MAX_COLS - 1;
  if (lastRow < row || lastCol < col) return null;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rows, b.row + b.rows);
  const endCol = Math.min(a.col + a.cols, b.col + b.cols);
  if (endRow <= row || endCol <= col) return null;
  return { row, col, rows: endRow - row, cols: endCol - col };
}

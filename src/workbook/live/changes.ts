/**
 * What the table change events between two live rounds ask for: the body rows to read again per
 * table, or a full read. The events are Excel.TableChangedEventArgs as Office raises them
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs): `address` is
 * the changed area on the table's sheet ("C5:D7"), `changeType` an Excel.DataChangeType, and
 * `source` Local or Remote. Only what an address pins down exactly is re-read; anything else
 * (rows or columns inserted or deleted, an unknown change, a co-author's edit the session did not
 * see, a header edit, a table whose rows mostly changed as a sort does) asks for a full read.
 */
import type { TableData, WorkbookSnapshot } from "../gateway";
import { TABLES, findColumn, type TableName } from "../schema";

/** One table change event, as the watcher passes it on. */
export interface TableChange {
  table: string;
  address: string;
  changeType: string;
  source: string;
}

export type ChangePlan =
  | { kind: "full"; reason: string }
  /** Nothing to read: every change lay in columns only the add-in writes (its own writes' echo). */
  | { kind: "none" }
  /** Zero-based body rows to read again, per table name as the snapshot spells it, ascending. */
  | { kind: "rows"; rows: Map<string, number[]> };

/** Tables whose rows are re-read one by one; an edit anywhere else (Settings, RSP) re-reads all. */
const ROW_TABLES: readonly TableName[] = ["Plan", "WorkPlan", "Updates"];
/** Above this many rows in one round a full read is as cheap, and a sort looks like this. */
export const MAX_ROWS_PER_ROUND = 2_000;

/**
 * Computed columns the add-in alone writes, whose edit changes no input: a change confined to
 * them is the echo of the add-in's own write (or a user typing over a computed cell, which the
 * next round touching that row puts right). "Last update" is not among them: a coordinator may
 * date a manual Actual there (DESIGN.md §4), so it is an input as well.
 */
function outputColumns(table: TableName, headers: readonly string[], withLastUpdate: boolean): Set<number> {
  const columns = new Set<number>();
  for (const def of TABLES[table].columns) {
    if (def.role !== "computed" || (def.header === "Last update" && !withLastUpdate)) continue;
    const index = findColumn(headers, def.header);
    if (index >= 0) columns.add(index);
  }
  return columns;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** "C5", "C5:D7", "Plan!C5:D7" → a zero-based rectangle; null for whole rows or columns and anything else. */
export function parseAddress(address: string): Rect | null {
  const local = address.slice(address.lastIndexOf("!") + 1).toUpperCase();
  const [first, last = first] = local.split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (!a || !b) return null;
  const top = Math.min(Number(a[2]), Number(b[2])) - 1;
  const bottom = Math.max(Number(a[2]), Number(b[2])) - 1;
  const left = Math.min(columnNumber(a[1]), columnNumber(b[1]));
  const right = Math.max(columnNumber(a[1]), columnNumber(b[1]));
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function findData(snapshot: WorkbookSnapshot, table: string): { name: TableName; data: TableData } | null {
  for (const [name, data] of Object.entries(snapshot.tables)) {
    if (data && data.name.toLowerCase() === table.toLowerCase() && name in TABLES) return { name: name as TableName, data };
  }
  return null;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/**
 * `echoes`: per table name (lower case), the sheet rectangle around the cells the last round
 * wrote. Excel may report the add-in's own write (see runSteps' one-sync write) as one change
 * over that rectangle; the fake does. The first change over exactly that rectangle touching
 * computed columns only ("Last update" included) is taken for the echo and dropped; a change
 * confined to the other computed columns always is.
 */
export function planChanges(changes: readonly TableChange[], snapshot: WorkbookSnapshot, written: ReadonlyMap<string, Rect> = new Map()): ChangePlan {
  const echoes = new Map(written);
  const rows = new Map<string, Set<number>>();
  for (const change of changes) {
    if (change.source !== "Local") return { kind: "full", reason: `a co-author changed ${change.table}` };
    if (change.changeType !== "RangeEdited") return { kind: "full", reason: `${change.table}: ${change.changeType}` };
    const found = findData(snapshot, change.table);
    if (!found) return { kind: "full", reason: `unknown table ${change.table}` };
    const { name, data } = found;
    const rect = parseAddress(change.address);
    if (!rect) return { kind: "full", reason: `${change.table}: address ${change.address}` };
    const first = rect.row - data.origin.row - 1;
    if (first < 0) return { kind: "full", reason: `${change.table}: header row edited` };
    const echo = echoes.get(data.name.toLowerCase());
    const isEcho = echo !== undefined && sameRect(rect, echo);
    const outputs = outputColumns(name, data.headers, isEcho);
    const leftCol = rect.col - data.origin.col;
    let inputTouched = false;
    for (let col = Math.max(0, leftCol); col < leftCol + rect.cols && col < data.headers.length; col += 1) {
      if (!outputs.has(col)) inputTouched = true;
    }
    if (!inputTouched) {
      if (isEcho) echoes.delete(data.name.toLowerCase());
      continue;
    }
    // Settings (As of, thresholds) and RSP are small and change everything: read them all again.
    if (!ROW_TABLES.includes(name)) return { kind: "full", reason: `${change.table} changed` };
    // Rows past the data the snapshot holds (a table's trailing empty rows filled in) change its size.
    if (first + rect.rows > data.rows.length) return { kind: "full", reason: `${change.table}: rows past its data edited` };
    let set = rows.get(data.name);
    if (!set) rows.set(data.name, (set = new Set()));
    for (let row = first; row < first + rect.rows; row += 1) set.add(row);
    if (set.size > MAX_ROWS_PER_ROUND || (set.size > 50 && set.size * 2 > data.rows.length)) {
      return { kind: "full", reason: `${change.table}: ${set.size} rows changed` };
    }
  }
  if (rows.size === 0) return { kind: "none" };
  return { kind: "rows", rows: new Map([...rows].map(([table, set]) => [table, [...set].sort((a, b) => a - b)])) };
}

/** Ascending rows as runs of consecutive rows: [first, count]. */
export function rowRuns(rows: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1] += 1;
    else runs.push([row, 1]);
  }
  return runs;
}

/** Columns whose formulas live recalculation cannot follow: the engine's inputs (and "Last update"). */
function inputColumns(table: TableName, headers: readonly string[]): number[] {
  return TABLES[table].columns
    .filter((def) => def.role === "input" || def.header === "Last update")
    .map((def) => findColumn(headers, def.header))
    .filter((index) => index >= 0);
}

/**
 * Why rounds must read everything while the workbook stays as it is, or null. A formula in a
 * Plan input cell or a Settings value (=TODAY() as As of) can change with no change event on
 * its table (Excel recalculates it when a cell elsewhere changes, or the day turns), so a row
 * kept from the last read could be out of date; such a workbook is read whole every round.
 */
export function formulaInputs(table: TableName, data: TableData | null, formulas: readonly (readonly boolean[])[] | undefined): string | null {
  if (!data || !formulas) return null;
  const columns = inputColumns(table, data.headers);
  for (let row = 0; row < formulas.length; row += 1) {
    if (columns.some((col) => formulas[row]?.[col])) return `${table} has formulas in its input cells`;
  }
  return null;
}

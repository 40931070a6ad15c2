/**
 * Helpers for the row loops over large tables (updateLog.ts, workPlanLog.ts, rows.ts). Those
 * loops take arrays, typed arrays, Maps, Sets and cells only, never an object made for one
 * recalculation: V8 builds the shapes of the objects a function touches into its optimized code
 * and throws that code away when a full garbage collection frees the last object of such a
 * shape, so a loop over 200,000 rows that touched one would run unoptimized again after every
 * collection between two recalculations. So these helpers take cells, not a TableView, and
 * problems are noted as (row, column, message) for the caller to make Problems of.
 */
import type { CellValue } from "./gateway";
import type { Problem } from "./model";
import type { TableView } from "./tableView";
import { isEmptyCell } from "./cells";

/** The cells of a row the table does not have. */
export const NO_CELLS: readonly CellValue[] = [];

/** The cell at a column index (-1: the table has no such column). */
export function cellAt(cells: readonly CellValue[], column: number): CellValue {
  if (column < 0) return null;
  const cell = cells[column];
  return cell === undefined ? null : cell;
}

/** True when the cells at every listed column index are empty. */
export function isBlankAt(cells: readonly CellValue[], columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c += 1) {
    if (!isEmptyCell(cellAt(cells, columns[c]))) return false;
  }
  return true;
}

/**
 * A problem met in a row loop, as three entries of `notes` (row, column, message): making the
 * Problem needs the table's view, which the loop leaves to its caller.
 */
export function note(notes: Array<number | string>, row: number, column: string, message: string): void {
  notes.push(row, column, message);
}

/** The Problems of `notes` (warnings), added to `problems`. */
export function problemsOfNotes(view: TableView, notes: ReadonlyArray<number | string>, problems: Problem[]): void {
  for (let i = 0; i < notes.length; i += 3) {
    problems.push(view.problem("warning", notes[i] as number, notes[i + 1] as string, notes[i + 2] as string));
  }
}


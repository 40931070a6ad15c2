/**
 * Tables of a new workbook still being drawn with exceljs (template, import, Set up of a new
 * file): found by name so createTables can refuse a duplicate; and A1 ranges. Existing files
 * are read through their table parts instead (workbookParts.ts).
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../workbook/cells";

function tableName(table: unknown): string {
  const model = (table as { table?: { name: string }; model?: { name: string } }).table ?? (table as { model: { name: string } }).model;
  return model.name;
}

export function findTable(workbook: ExcelJS.Workbook, name: string): boolean {
  const wanted = name.toLowerCase();
  let found = false;
  workbook.eachSheet((worksheet) => {
    for (const table of worksheet.getTables()) if (tableName(table).toLowerCase() === wanted) found = true;
  });
  return found;
}

/** Rows and columns counted from 1: (1, 1, 3, 2) → "A1:B3". */
export function encodeRange(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetters(left - 1)}${top}:${columnLetters(right - 1)}${bottom}`;
}

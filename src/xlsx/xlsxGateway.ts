/**
 * The WorkbookGateway over an .xlsx file (exceljs), for the command line tool. Every method
 * checks the whole batch before changing anything, so a refused batch leaves the workbook as
 * it was; nothing reaches the disk until save().
 */
import ExcelJS from "exceljs";
import type {
  CellValue,
  ReadOptions,
  TableData,
  TableSpec,
  WorkbookGateway,
  WorkbookSnapshot,
  WriteBatch,
} from "../workbook/gateway";
import { WorkbookError } from "../workbook/gateway";
import { fitTableSpecs, fitWriteBatch } from "../workbook/excelLimits";
import { findColumn } from "../workbook/schema";
import { toCellValue } from "./cellValues";
import { writeSheet } from "./sheetWriter";
import { createTable, usableSheetName } from "./tableCreator";
import {
  allTables,
  appendRows,
  bodyRowCount,
  checkRoomBelow,
  findTable,
  type LocatedTable,
  readTable,
  tableBounds,
  tableHeaders,
} from "./tables";
import { loadWorkbook, saveWorkbookAtomically } from "./xlsxFile";

export class XlsxGateway implements WorkbookGateway {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    // exceljs reads a table's header row flag only when the file states it, and Excel leaves
    // it out for the usual case (a header row); every table this tool works with has one.
    for (const { model } of allTables(workbook)) model.headerRow = true;
  }

  /** Open an .xlsx file; a file that cannot be used throws a WorkbookError in plain words. */
  static async open(file: string): Promise<XlsxGateway> {
    return new XlsxGateway(await loadWorkbook(file));
  }

  /** Write the workbook to `file` atomically (temporary file + rename). */
  async save(file: string): Promise<void> {
    await saveWorkbookAtomically(this.workbook, file);
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const withFormulas = new Set((options.formulasOf ?? []).map((n) => n.toLowerCase()));
    const tables: Record<string, TableData | null> = {};
    for (const name of tableNames) {
      const located = findTable(this.workbook, name);
      tables[name] = located ? readTable(located, withFormulas.has(name.toLowerCase())) : null;
    }
    return { tables, sheetNames: this.sheetNames() };
  }

  async write(unfitted: WriteBatch): Promise<void> {
    const batch = fitWriteBatch(unfitted);
    const columnWrites = (batch.columns ?? []).map((write) => {
      const located = this.requireTable(write.table);
      const index = findColumn(tableHeaders(located.worksheet, located.model), write.column);
      if (index < 0) {
        throw new WorkbookError(`Table ${located.model.name} has no column "${write.column}".`, write.table, undefined, write.column);
      }
      const rows = bodyRowCount(located.worksheet, located.model);
      if (write.values.length !== rows) {
        throw new WorkbookError(
          `Column ${write.column} of table ${located.model.name}: ${write.values.length} values for ${rows} rows.`,
          write.table,
          undefined,
          write.column
        );
      }
      return { write, located, index };
    });
    const cellWrites = (batch.cells ?? []).map((write) => {
      const located = this.requireTable(write.table);
      const index = findColumn(tableHeaders(located.worksheet, located.model), write.column);
      if (index < 0) {
        throw new WorkbookError(`Table ${located.model.name} has no column "${write.column}".`, write.table, undefined, write.column);
      }
      if (write.row < 0 || write.row >= bodyRowCount(located.worksheet, located.model)) {
        throw new WorkbookError(`Table ${located.model.name} has no row ${write.row + 1}.`, write.table);
      }
      return { write, located, index };
    });
    const appends = (batch.appends ?? []).map((append) => {
      const located = this.requireTable(append.table);
      checkRoomBelow(located, append.rows.length);
      const headers = tableHeaders(located.worksheet, located.model);
      const rows = append.rows.map((record) => {
        const row: CellValue[] = headers.map(() => null);
        for (const [key, value] of Object.entries(record)) {
          const index = findColumn(headers, key);
          if (index >= 0) row[index] = value;
        }
        return row;
      });
      return { located, rows };
    });
    for (const sheet of batch.sheets ?? []) {
      this.requireNewSheet(sheet.name);
      if (usableSheetName(sheet.name) !== sheet.name) throw new WorkbookError(`Excel does not allow a sheet named "${sheet.name}".`);
    }
    assertDistinct((batch.sheets ?? []).map((s) => s.name), "sheet");

    for (const { write, located, index } of columnWrites) {
      const bounds = tableBounds(located.model);
      write.values.forEach((value, i) => {
        const cell = located.worksheet.getCell(bounds.firstBodyRow + i, bounds.left + index);
        cell.value = toCellValue(value);
        if (write.numberFormat) cell.numFmt = write.numberFormat;
      });
    }
    for (const { write, located, index } of cellWrites) {
      const bounds = tableBounds(located.model);
      const cell = located.worksheet.getCell(bounds.firstBodyRow + write.row, bounds.left + index);
      cell.value = toCellValue(write.value);
      // A cell's own copy of its style: exceljs shares one style object among cells saved alike.
      if (write.numberFormat) cell.style = { ...cell.style, numFmt: write.numberFormat };
    }
    for (const { located, rows } of appends) appendRows(located, rows, toCellValue);
    for (const sheet of batch.sheets ?? []) writeSheet(this.workbook, sheet);
  }

  async createTables(unfitted: readonly TableSpec[]): Promise<void> {
    const specs = fitTableSpecs(unfitted);
    for (const spec of specs) {
      if (findTable(this.workbook, spec.name)) throw new WorkbookError(`Table ${spec.name} already exists.`, spec.name);
      this.requireNewSheet(usableSheetName(spec.sheet));
      if (spec.headers.length === 0) throw new WorkbookError(`Table ${spec.name} has no columns.`, spec.name);
    }
    assertDistinct(specs.map((s) => s.name), "table");
    assertDistinct(specs.map((s) => usableSheetName(s.sheet)), "sheet");
    for (const spec of specs) createTable(this.workbook, spec);
  }

  private requireTable(name: string): LocatedTable {
    const located = findTable(this.workbook, name);
    if (!located) throw new WorkbookError(`The workbook has no table named ${name}.`, name);
    return located;
  }

  private requireNewSheet(name: string): void {
    const wanted = name.toLowerCase();
    if (this.sheetNames().some((n) => n.toLowerCase() === wanted)) {
      throw new WorkbookError(`A sheet named "${name}" already exists.`);
    }
  }
}

function assertDistinct(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new WorkbookError(`The ${what} name "${name}" is used twice.`);
    seen.add(name.toLowerCase());
  }
}

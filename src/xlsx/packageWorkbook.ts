/**
 * An existing workbook edited the way Excel would: reads parse only the workbook part, the
 * relationships, the table parts, the tables' sheet parts (just the table's rows) and the shared
 * strings; writes splice the owned cells into the tables' sheet parts, extend table ranges,
 * append styles and add new sheet parts. Every other part keeps its bytes.
 */
import type { CellValue, ReadOptions, TableData, WorkbookSnapshot, WriteBatch } from "../workbook/gateway";
import { WorkbookError } from "../workbook/gateway";
import { findColumn } from "../workbook/schema";
import { cellContent, contentValue, scanSheet } from "./sheetXml";
import { parseSharedStrings } from "./sharedStrings";
import { type CellEdit, patchSheet, type SheetEdits } from "./sheetPatch";
import { StylesPart } from "./stylesPart";
import { addSheetPart, buildSheet } from "./newSheetPart";
import { usableSheetName } from "./tableCreator";
import { assertDistinct } from "./newWorkbook";
import { encodeRange } from "./tables";
import {
  REL_TYPES,
  relationshipsOf,
  relsPartOf,
  sheetsOf,
  type SheetEntry,
  type TableEntry,
  tablesOf,
  workbookPart,
} from "./workbookParts";
import { withAttribute } from "./xmlText";
import type { ZipPackage } from "./zipPackage";

interface TableGeometry {
  headerRow: number | null;
  firstBodyRow: number;
  lastBodyRow: number;
  left: number;
  right: number;
}

function decodeCell(address: string, table: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new WorkbookError(`Table ${table} has a range "${address}" that is not a cell address.`, table);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

function geometry(table: TableEntry): TableGeometry {
  const [first, last = first] = table.ref.split(":");
  const topLeft = decodeCell(first, table.name);
  const bottomRight = decodeCell(last, table.name);
  const headerRow = table.headerRowCount > 0 ? topLeft.row : null;
  const firstBodyRow = topLeft.row + (headerRow === null ? 0 : 1);
  return {
    headerRow,
    firstBodyRow,
    lastBodyRow: Math.max(firstBodyRow - 1, bottomRight.row - table.totalsRowCount),
    left: topLeft.col,
    right: bottomRight.col,
  };
}

const isEmpty = (value: CellValue): boolean => value === null || value === "";

interface TableRead {
  data: TableData;
  geometry: TableGeometry;
  /** Style index of each body cell of the last filled row (new rows take it). */
  lastRowStyles: Array<string | null>;
}

export class PackageWorkbook {
  private readonly workbook: string;
  private sheets: SheetEntry[];
  private tables: TableEntry[];
  private sharedStrings: string[] | null = null;

  constructor(readonly pkg: ZipPackage) {
    this.workbook = workbookPart(pkg);
    this.sheets = sheetsOf(pkg, this.workbook);
    this.tables = tablesOf(pkg, this.sheets);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private strings(): string[] {
    if (!this.sharedStrings) {
      const rel = relationshipsOf(this.pkg, this.workbook).find((r) => r.type === REL_TYPES.sharedStrings);
      this.sharedStrings = parseSharedStrings(rel ? this.pkg.text(rel.part) : null);
    }
    return this.sharedStrings;
  }

  findTable(name: string): TableEntry | null {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted) ?? null;
  }

  private requireTable(name: string): TableEntry {
    const table = this.findTable(name);
    if (!table) throw new WorkbookError(`The workbook has no table named ${name}.`, name);
    return table;
  }

  /** Body rows up to the last one holding a value (a range to row 1,048,576 reads like a short one). */
  readTable(table: TableEntry, withFormulas: boolean): TableRead {
    const geo = geometry(table);
    const xml = this.pkg.text(table.sheet.part!)!;
    const width = geo.right - geo.left + 1;
    const strings = this.strings();
    const prefixOf = /<(\w+:)?sheetData[\s/>]/.exec(xml)?.[1] ?? "";
    const body = new Map<number, { values: CellValue[]; formulas: boolean[]; styles: Array<string | null> }>();
    const header: CellValue[] = Array.from({ length: width }, () => null);
    const top = geo.headerRow ?? geo.firstBodyRow;
    scanSheet(xml, { top, bottom: geo.lastBodyRow, left: geo.left, right: geo.right }, {
      cell(cell) {
        const content = cellContent(xml, cell, prefixOf);
        const value = contentValue(content, strings);
        if (cell.row === geo.headerRow) {
          header[cell.col - geo.left] = value;
          return;
        }
        let row = body.get(cell.row);
        if (!row) {
          row = { values: Array.from({ length: width }, () => null), formulas: Array.from({ length: width }, () => false), styles: Array.from({ length: width }, () => null) };
          body.set(cell.row, row);
        }
        row.values[cell.col - geo.left] = value;
        row.formulas[cell.col - geo.left] = content.formula !== null;
        row.styles[cell.col - geo.left] = content.style;
      },
    });
    let lastFilled = geo.firstBodyRow - 1;
    for (const [r, row] of body) if (r > lastFilled && row.values.some((v) => !isEmpty(v))) lastFilled = r;
    const rows: CellValue[][] = [];
    const formulas: boolean[][] = [];
    for (let r = geo.firstBodyRow; r <= lastFilled; r += 1) {
      const row = body.get(r);
      rows.push(row ? row.values : Array.from({ length: width }, () => null));
      formulas.push(row ? row.formulas : Array.from({ length: width }, () => false));
    }
    const styleRow = body.get(Math.max(lastFilled, geo.firstBodyRow));
    const headers = Array.from({ length: width }, (_, i) => table.columns[i] ?? String(header[i] ?? ""));
    const data: TableData = {
      name: table.name,
      sheet: table.sheet.name,
      headers,
      rows,
      origin: { row: (geo.headerRow ?? geo.firstBodyRow) - 1, col: geo.left - 1 },
    };
    if (withFormulas) data.formulas = formulas;
    return { data, geometry: geo, lastRowStyles: styleRow ? styleRow.styles : Array.from({ length: width }, () => null) };
  }

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const withFormulas = new Set((options.formulasOf ?? []).map((n) => n.toLowerCase()));
    const tables: Record<string, TableData | null> = {};
    for (const name of tableNames) {
      const table = this.findTable(name);
      tables[name] = table && table.sheet.part ? this.readTable(table, withFormulas.has(name.toLowerCase())).data : null;
    }
    return { tables, sheetNames: this.sheetNames() };
  }

  /** Check the whole batch, then apply it; a refused batch changes nothing. */
  async write(batch: WriteBatch): Promise<void> {
    const reads = new Map<string, TableRead>();
    const readOf = (table: TableEntry): TableRead => {
      let read = reads.get(table.part);
      if (!read) {
        read = this.readTable(table, false);
        reads.set(table.part, read);
      }
      return read;
    };
    const columnOf = (table: TableEntry, column: string): number => {
      const index = findColumn(readOf(table).data.headers, column);
      if (index < 0) throw new WorkbookError(`Table ${table.name} has no column "${column}".`, table.name, undefined, column);
      return index;
    };
    const stylesRel = relationshipsOf(this.pkg, this.workbook).find((r) => r.type === REL_TYPES.styles);
    let styles: StylesPart | null = null;
    const stylesPart = (): StylesPart => {
      if (!styles) {
        const xml = stylesRel ? this.pkg.text(stylesRel.part) : null;
        if (!xml) throw new WorkbookError("The workbook has no styles part; open and save it in Excel, then run again.");
        styles = new StylesPart(xml);
      }
      return styles;
    };
    const withFormat = (numberFormat: string | undefined): CellEdit["style"] =>
      numberFormat ? (current) => String(stylesPart().withNumberFormat(Number(current ?? 0), numberFormat)) : undefined;

    const edits = new Map<string, SheetEdits>();
    const setCell = (table: TableEntry, row: number, col: number, edit: CellEdit): void => {
      const part = table.sheet.part!;
      const sheet = edits.get(part) ?? new Map();
      edits.set(part, sheet);
      const cells = sheet.get(row) ?? new Map();
      sheet.set(row, cells);
      cells.set(col, edit);
    };

    for (const write of batch.columns ?? []) {
      const table = this.requireTable(write.table);
      const index = columnOf(table, write.column);
      const { data, geometry: geo } = readOf(table);
      if (write.values.length !== data.rows.length) {
        throw new WorkbookError(
          `Column ${write.column} of table ${table.name}: ${write.values.length} values for ${data.rows.length} rows.`,
          write.table,
          undefined,
          write.column
        );
      }
      const style = withFormat(write.numberFormat);
      write.values.forEach((value, i) => setCell(table, geo.firstBodyRow + i, geo.left + index, { value, style }));
    }
    for (const write of batch.cells ?? []) {
      const table = this.requireTable(write.table);
      const index = columnOf(table, write.column);
      const { data, geometry: geo } = readOf(table);
      if (write.row < 0 || write.row >= data.rows.length) throw new WorkbookError(`Table ${table.name} has no row ${write.row + 1}.`, write.table);
      setCell(table, geo.firstBodyRow + write.row, geo.left + index, { value: write.value, style: withFormat(write.numberFormat) });
    }
    const grown: Array<{ table: TableEntry; bottom: number }> = [];
    for (const append of batch.appends ?? []) {
      if (append.rows.length === 0) continue;
      const table = this.requireTable(append.table);
      if (table.totalsRowCount > 0) throw new WorkbookError(`Table ${table.name} has a totals row; turn it off to add rows.`, table.name);
      const { data, geometry: geo, lastRowStyles } = readOf(table);
      const firstNew = geo.firstBodyRow + data.rows.length;
      const lastNew = firstNew + append.rows.length - 1;
      this.checkRoomBelow(table, geo, Math.max(firstNew, geo.lastBodyRow + 1), lastNew);
      append.rows.forEach((record, i) => {
        const row: CellValue[] = data.headers.map(() => null);
        for (const [key, value] of Object.entries(record)) {
          const index = findColumn(data.headers, key);
          if (index >= 0) row[index] = value;
        }
        row.forEach((value, j) => setCell(table, firstNew + i, geo.left + j, { value, fallbackStyle: lastRowStyles[j] }));
      });
      if (lastNew > geo.lastBodyRow) grown.push({ table, bottom: lastNew });
    }
    const newSheets = batch.sheets ?? [];
    for (const sheet of newSheets) {
      const wanted = sheet.name.toLowerCase();
      if (this.sheetNames().some((n) => n.toLowerCase() === wanted)) throw new WorkbookError(`A sheet named "${sheet.name}" already exists.`);
      if (usableSheetName(sheet.name) !== sheet.name) throw new WorkbookError(`Excel does not allow a sheet named "${sheet.name}".`);
    }
    assertDistinct(newSheets.map((s) => s.name), "sheet");

    // Everything checked: build the new texts, then commit them together.
    const patched = new Map<string, string>();
    let removedFormula = false;
    for (const [part, sheetEdits] of edits) {
      const sheet = this.sheets.find((s) => s.part === part)!;
      const result = patchSheet(this.pkg.text(part)!, sheet.name, sheetEdits);
      patched.set(part, result.xml);
      removedFormula = removedFormula || result.removedFormula;
    }
    const built = [];
    for (const sheet of newSheets) built.push({ name: sheet.name, sheet: await buildSheet(sheet) });

    for (const [part, xml] of patched) this.pkg.setText(part, xml);
    for (const { table, bottom } of grown) this.extendTable(table, bottom);
    if (built.length > 0) {
      const target = stylesPart();
      for (const { name, sheet } of built) addSheetPart(this.pkg, this.workbook, name, sheet, target);
    }
    const finalStyles = styles as StylesPart | null;
    if (finalStyles && finalStyles.changed() && stylesRel) this.pkg.setText(stylesRel.part, finalStyles.toXml());
    if (removedFormula) this.dropCalcChain();
    if (built.length > 0 || grown.length > 0) {
      this.sheets = sheetsOf(this.pkg, this.workbook);
      this.tables = tablesOf(this.pkg, this.sheets);
    }
  }

  private checkRoomBelow(table: TableEntry, geo: TableGeometry, from: number, to: number): void {
    if (from > to) return;
    const xml = this.pkg.text(table.sheet.part!)!;
    const prefix = /<(\w+:)?sheetData[\s/>]/.exec(xml)?.[1] ?? "";
    const strings = this.strings();
    scanSheet(xml, { top: from, bottom: to, left: geo.left, right: geo.right }, {
      cell(cell) {
        if (!isEmpty(contentValue(cellContent(xml, cell, prefix), strings))) {
          throw new WorkbookError(
            `Cannot add rows to table ${table.name}: sheet ${table.sheet.name} row ${cell.row} under the table is not empty. Move those cells away and try again.`,
            table.name
          );
        }
      },
    });
  }

  /** The table part's ref and autoFilter ref grown down to `bottom`. */
  private extendTable(table: TableEntry, bottom: number): void {
    const geo = geometry(table);
    const ref = encodeRange(geo.headerRow ?? geo.firstBodyRow, geo.left, bottom, geo.right);
    const xml = this.pkg.text(table.part)!;
    const updated = xml
      .replace(/<(\w+:)?table\s[^>]*>/, (tag) => withAttribute(tag, "ref", ref))
      .replace(/<(\w+:)?autoFilter\s[^>]*>/, (tag) => withAttribute(tag, "ref", ref));
    this.pkg.setText(table.part, updated);
  }

  /** Excel rebuilds the calculation chain; a stale one naming a cell without formula makes it repair the file. */
  private dropCalcChain(): void {
    const rel = relationshipsOf(this.pkg, this.workbook).find((r) => r.type === REL_TYPES.calcChain);
    if (!rel) return;
    this.pkg.remove(rel.part);
    const relsPart = relsPartOf(this.workbook);
    const rels = this.pkg.text(relsPart)!;
    this.pkg.setText(relsPart, rels.replace(new RegExp(`<(\\w+:)?Relationship\\s[^>]*Id="${rel.id}"[^>]*/>`), ""));
    const types = this.pkg.text("[Content_Types].xml")!;
    this.pkg.setText("[Content_Types].xml", types.replace(new RegExp(`<(\\w+:)?Override\\s[^>]*PartName="/${rel.part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`, "i"), ""));
  }
}

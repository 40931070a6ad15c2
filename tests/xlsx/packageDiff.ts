/**
 * A raw-XML diff of two .xlsx packages: which parts changed byte for byte, and inside worksheet
 * parts, which `<c>` elements changed (their text holds value, formula and style index) and
 * whether anything outside sheetData changed. Cells are found with a plain regular expression,
 * independently of the gateway's tokeniser.
 */
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "fs";
import { ZipPackage } from "../../src/xlsx/zipPackage";
import { sheetsOf, tablesOf, workbookPart } from "../../src/xlsx/workbookParts";
import { columnNumber } from "../../src/xlsx/sheetXml";

export type Parts = Record<string, Uint8Array>;

export const partsOf = (file: string): Parts => unzipSync(new Uint8Array(readFileSync(file)));

const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function cellsOf(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of xml.matchAll(/<c\s[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const ref = /\sr="([A-Z]+\d+)"/.exec(match[0])?.[1];
    if (ref) cells.set(ref, match[0]);
  }
  return cells;
}

/** The part without its sheetData and dimension (what must not change in an owned sheet part). */
export function outsideSheetData(xml: string): string {
  return xml.replace(/<sheetData[\s\S]*?<\/sheetData>|<sheetData\/>/, "").replace(/<dimension [^>]*\/>/, "");
}

export interface CellChange {
  part: string;
  ref: string;
  before: string | undefined;
  after: string | undefined;
}

export interface PackageDiff {
  changed: string[];
  added: string[];
  removed: string[];
  cellChanges: CellChange[];
  /** Worksheet parts whose content outside sheetData changed. */
  layoutChanged: string[];
}

export function diffPackages(before: Parts, after: Parts): PackageDiff {
  const diff: PackageDiff = { changed: [], added: [], removed: [], cellChanges: [], layoutChanged: [] };
  for (const name of Object.keys(before)) {
    if (!(name in after)) diff.removed.push(name);
    else if (!same(before[name], after[name])) diff.changed.push(name);
  }
  for (const name of Object.keys(after)) if (!(name in before)) diff.added.push(name);
  for (const part of diff.changed.filter((n) => n.includes("worksheets/") && n.endsWith(".xml"))) {
    const a = strFromU8(before[part]);
    const b = strFromU8(after[part]);
    if (outsideSheetData(a) !== outsideSheetData(b)) diff.layoutChanged.push(part);
    const cellsA = cellsOf(a);
    const cellsB = cellsOf(b);
    for (const ref of new Set([...cellsA.keys(), ...cellsB.keys()])) {
      if (cellsA.get(ref) !== cellsB.get(ref)) diff.cellChanges.push({ part, ref, before: cellsA.get(ref), after: cellsB.get(ref) });
    }
  }
  return diff;
}

export interface TablePlace {
  sheetPart: string;
  tablePart: string;
  headers: string[];
  top: number;
  bottom: number;
  left: number;
}

/** Where a table is in a package (by its table part's ref). */
export function tablePlace(parts: Parts, name: string): TablePlace {
  const pkg = ZipPackage.fromEntries(new Map(Object.entries(parts)));
  const table = tablesOf(pkg, sheetsOf(pkg, workbookPart(pkg))).find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (!table) throw new Error(`no table ${name}`);
  const [first, last = first] = table.ref.split(":");
  return {
    sheetPart: table.sheet.part!,
    tablePart: table.part,
    headers: table.columns,
    top: Number(/\d+/.exec(first)![0]),
    bottom: Number(/\d+/.exec(last)![0]),
    left: columnNumber(first),
  };
}

/** True when `ref` is a body cell of one of `columns` in the table (header row excluded). */
export function inColumns(place: TablePlace, columns: readonly string[], ref: string, fromRow = place.top + 1): boolean {
  const row = Number(/\d+/.exec(ref)![0]);
  const col = columnNumber(ref) - place.left;
  const header = place.headers[col];
  return row >= fromRow && row <= place.bottom && header !== undefined && columns.some((c) => c.toLowerCase() === header.toLowerCase());
}

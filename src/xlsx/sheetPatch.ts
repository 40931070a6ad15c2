/**
 * Cell writes applied to one worksheet part's text as splices: a written cell's `<c>` element is
 * replaced (its style index kept unless a number format asks for another), a missing cell or
 * row is inserted in sheet order, and every other byte of the part stays as it was.
 */
import type { CellValue } from "../workbook/gateway";
import { WorkbookError } from "../workbook/gateway";
import { MAX_SHEET_COLUMNS } from "../workbook/excelLimits";
import { cellRef, cellXml } from "./cellText";
import { cellContent, type CellNode, columnNumber, type RowNode, scanSheet, sheetDataPlace } from "./sheetXml";
import { attributeOf, withAttribute, withoutAttribute } from "./xmlText";

export interface CellEdit {
  value: CellValue;
  /** Style index to use when the cell has none of its own (appended rows take the row above's). */
  fallbackStyle?: string | null;
  /** Resolve the style index for this cell given its current one (number formats). */
  style?(current: string | null): string | null;
}

export type SheetEdits = Map<number, Map<number, CellEdit>>;

interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface PatchResult {
  xml: string;
  /** True when a formula was replaced by a value (the calculation chain must then go). */
  removedFormula: boolean;
}

function applySplices(xml: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const splice of splices) {
    parts.push(xml.slice(pos, splice.start), splice.text);
    pos = splice.end;
  }
  parts.push(xml.slice(pos));
  return parts.join("");
}

/** Replace or insert the cells of `edits` (row → column → edit, one-based). */
export function patchSheet(xml: string, sheetName: string, edits: SheetEdits): PatchResult {
  const rows = [...edits.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return { xml, removedFormula: false };
  const place = sheetDataPlace(xml);
  const { prefix } = place;
  const found = new Map<number, { row: RowNode; cells: CellNode[] }>();
  const scan = scanSheet(xml, { top: rows[0], bottom: rows[rows.length - 1], left: 1, right: MAX_SHEET_COLUMNS }, {
    row(row) {
      if (edits.has(row.r)) found.set(row.r, { row, cells: [] });
    },
    cell(cell) {
      found.get(cell.row)?.cells.push(cell);
    },
  });
  const splices: Splice[] = [];
  let removedFormula = false;

  /** A shared or array formula's range may go only when every one of its cells is written. */
  const allWritten = (ref: string): boolean => {
    const [first, last = first] = ref.split(":");
    const top = Number(/\d+$/.exec(first)?.[0] ?? 0);
    const bottom = Number(/\d+$/.exec(last)?.[0] ?? 0);
    const left = columnNumber(first);
    const right = columnNumber(last);
    if (top === bottom && left === right) return true;
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) if (!edits.get(r)?.has(c)) return false;
    }
    return true;
  };

  const newCell = (row: number, col: number, edit: CellEdit, node: CellNode | null): string => {
    let current: string | null = null;
    if (node) {
      const content = cellContent(xml, node, prefix);
      current = content.style;
      if (content.formula) {
        const ref = attributeOf(content.formula.tag, "ref");
        if (ref && !allWritten(ref)) {
          throw new WorkbookError(
            `Cell ${sheetName}!${cellRef(row, col)} holds a formula that other cells share; replace those formulas with their own copies in Excel, then run again.`
          );
        }
        removedFormula = true;
      }
    }
    if (current === null) current = edit.fallbackStyle ?? null;
    const style = edit.style ? edit.style(current) : current;
    return cellXml(prefix, row, col, style, edit.value);
  };

  const cellsOf = (row: number): string[] => {
    const columns = [...edits.get(row)!.keys()].sort((a, b) => a - b);
    return columns.map((col) => newCell(row, col, edits.get(row)!.get(col)!, null));
  };

  // Rows that do not exist yet go before the next existing row (or at the end of sheetData).
  let pendingRows: string[] = [];
  const flushAt = (offset: number): void => {
    if (pendingRows.length > 0) splices.push({ start: offset, end: offset, text: pendingRows.join("") });
    pendingRows = [];
  };
  const existingRows = [...found.values()].sort((a, b) => a.row.r - b.row.r);
  let next = 0;
  for (const r of rows) {
    while (next < existingRows.length && existingRows[next].row.r < r) next += 1;
    const existing = existingRows[next]?.row.r === r ? existingRows[next] : undefined;
    if (!existing) {
      const before = existingRows[next];
      if (before) {
        pendingRows.push(`<${prefix}row r="${r}">${cellsOf(r).join("")}</${prefix}row>`);
        flushAt(before.row.start);
      } else pendingRows.push(`<${prefix}row r="${r}">${cellsOf(r).join("")}</${prefix}row>`);
      continue;
    }
    patchRow(existing.row, existing.cells, r);
  }
  if (pendingRows.length > 0) {
    if (place.selfClosing) {
      const tag = /<(\w+:)?sheetData(\s[^>]*)?\/>/.exec(xml.slice(place.start))!;
      splices.push({
        start: place.start,
        end: place.start + tag[0].length,
        text: `${tag[0].replace(/\s*\/>$/, ">")}${pendingRows.join("")}</${prefix}sheetData>`,
      });
      pendingRows = [];
    } else flushAt(Math.min(scan.stopAt, place.end));
  }

  function patchRow(row: RowNode, cells: CellNode[], r: number): void {
    const wanted = edits.get(r)!;
    const columns = [...wanted.keys()].sort((a, b) => a - b);
    const byCol = new Map(cells.map((cell) => [cell.col, cell]));
    let inserted = false;
    for (const col of columns) {
      const node = byCol.get(col);
      const text = newCell(r, col, wanted.get(col)!, node ?? null);
      if (node) {
        splices.push({ start: node.start, end: node.end, text });
        continue;
      }
      inserted = true;
      const after = cells.find((cell) => cell.col > col);
      const at = after ? after.start : row.closeStart;
      splices.push({ start: at, end: at, text });
    }
    if (row.selfClosing) {
      const tag = xml.slice(row.start, row.openEnd);
      splices.push({ start: row.start, end: row.openEnd, text: tag.replace(/\s*\/>$/, ">") });
      splices.push({ start: row.end, end: row.end, text: `</${prefix}row>` });
    }
    // A row's spans are an optional hint; one that no longer covers its cells is dropped.
    if (inserted && !row.selfClosing && attributeOf(xml.slice(row.start, row.openEnd), "spans") !== null) {
      splices.push({ start: row.start, end: row.openEnd, text: withoutAttribute(xml.slice(row.start, row.openEnd), "spans") });
    } else if (inserted && row.selfClosing && attributeOf(xml.slice(row.start, row.openEnd), "spans") !== null) {
      const last = splices.find((s) => s.start === row.start && s.end === row.openEnd)!;
      last.text = withoutAttribute(last.text, "spans");
    }
  }

  return { xml: extendDimension(applySplices(xml, splices), rows[rows.length - 1]), removedFormula };
}

/** Grow `<dimension ref>` down to `lastRow` (Excel reads it as a hint of the used range). */
function extendDimension(xml: string, lastRow: number): string {
  const match = /<(\w+:)?dimension\s[^>]*>/.exec(xml);
  if (!match) return xml;
  const ref = attributeOf(match[0], "ref");
  if (!ref) return xml;
  const [first, last = first] = ref.split(":");
  const bottom = Number(/\d+$/.exec(last)?.[0] ?? 0);
  if (bottom >= lastRow || !/^[A-Z]+\d+$/.test(first)) return xml;
  const lastCol = /^[A-Z]+/.exec(last)?.[0] ?? "A";
  const tag = withAttribute(match[0], "ref", `${first}:${lastCol}${lastRow}`);
  return xml.slice(0, match.index) + tag + xml.slice(match.index + match[0].length);
}

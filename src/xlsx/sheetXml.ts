/**
 * A worksheet part's sheetData, tokenised by hand: rows and cells are found with indexOf, only
 * inside the requested rectangle, and scanning stops at the first row below it, so a table
 * whose range runs to row 1,048,576 costs what its filled rows cost. Nothing is built for
 * cells outside the rectangle. Works with prefixed SpreadsheetML (`<x:row>`) too.
 */
import { serialFromIsoDateTime } from "./cellText";
import { attributeOf, decodeOoxmlString, stringItemText } from "./xmlText";
import type { CellValue } from "../workbook/gateway";

export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RowNode {
  r: number;
  start: number;
  /** Just after the start tag's ">". */
  openEnd: number;
  /** Start of "</row>" (equals openEnd for a self-closing row). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

export interface CellNode {
  row: number;
  col: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
}

export interface SheetDataPlace {
  prefix: string;
  /** Offset where rows start (after the sheetData start tag). */
  start: number;
  /** Offset of "</sheetData>", or of the self-closing tag "<sheetData/>". */
  end: number;
  selfClosing: boolean;
}

export function sheetDataPlace(xml: string): SheetDataPlace {
  const match = /<(\w+:)?sheetData(\s[^>]*)?(\/?)>/.exec(xml);
  if (!match) throw new Error("worksheet part without sheetData");
  const prefix = match[1] ?? "";
  if (match[3] === "/") return { prefix, start: match.index, end: match.index, selfClosing: true };
  const start = match.index + match[0].length;
  const end = xml.indexOf(`</${prefix}sheetData>`, start);
  return { prefix, start, end: end < 0 ? xml.length : end, selfClosing: false };
}

const isNameEnd = (c: string | undefined): boolean => c === " " || c === ">" || c === "/" || c === "\t" || c === "\n" || c === "\r";

/** "BC" → 55; "B12" → column 2 (one-based). */
export function columnNumber(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    const upper = code >= 97 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  return col;
}

export interface ScanResult {
  place: SheetDataPlace;
  /** Offset of the first row below the rectangle (where rows after it would be inserted). */
  stopAt: number;
  /** Highest row number seen in the rectangle's rows that has at least one cell. */
  lastRowWithCells: number;
}

/**
 * Visit the rows in [top, bottom] and their cells in [left, right], in sheet order. Rows and
 * cells without an `r` attribute follow their predecessor, as the standard says.
 */
export function scanSheet(
  xml: string,
  bounds: Bounds,
  visit: { row?(row: RowNode): void; cell?(cell: CellNode): void }
): ScanResult {
  const place = sheetDataPlace(xml);
  const result: ScanResult = { place, stopAt: place.end, lastRowWithCells: 0 };
  if (place.selfClosing) return result;
  const rowOpen = `<${place.prefix}row`;
  const rowClose = `</${place.prefix}row>`;
  const cellOpen = `<${place.prefix}c`;
  const cellClose = `</${place.prefix}c>`;
  let pos = place.start;
  let previousRow = 0;
  for (;;) {
    const start = xml.indexOf(rowOpen, pos);
    if (start < 0 || start >= place.end) break;
    if (!isNameEnd(xml[start + rowOpen.length])) {
      pos = start + rowOpen.length;
      continue;
    }
    const openEnd = xml.indexOf(">", start) + 1;
    const selfClosing = xml.charCodeAt(openEnd - 2) === 47;
    const closeStart = selfClosing ? openEnd : xml.indexOf(rowClose, openEnd);
    const end = selfClosing ? openEnd : closeStart + rowClose.length;
    const rAttr = attributeOf(xml.slice(start, openEnd), "r");
    const r = rAttr !== null ? Number(rAttr) : previousRow + 1;
    previousRow = r;
    pos = end;
    if (r > bounds.bottom) {
      result.stopAt = start;
      break;
    }
    if (r < bounds.top) continue;
    visit.row?.({ r, start, openEnd, closeStart, end, selfClosing });
    let cpos = openEnd;
    let previousCol = 0;
    while (cpos < closeStart) {
      const cStart = xml.indexOf(cellOpen, cpos);
      if (cStart < 0 || cStart >= closeStart) break;
      if (!isNameEnd(xml[cStart + cellOpen.length])) {
        cpos = cStart + cellOpen.length;
        continue;
      }
      const cOpenEnd = xml.indexOf(">", cStart) + 1;
      const cSelf = xml.charCodeAt(cOpenEnd - 2) === 47;
      const cEnd = cSelf ? cOpenEnd : xml.indexOf(cellClose, cOpenEnd) + cellClose.length;
      const ref = attributeOf(xml.slice(cStart, cOpenEnd), "r");
      const col = ref !== null ? columnNumber(ref) : previousCol + 1;
      previousCol = col;
      cpos = cEnd;
      if (col > bounds.right) break;
      if (col < bounds.left) continue;
      if (!cSelf || ref !== null) result.lastRowWithCells = Math.max(result.lastRowWithCells, r);
      visit.cell?.({ row: r, col, start: cStart, openEnd: cOpenEnd, end: cEnd, selfClosing: cSelf });
    }
  }
  return result;
}

export interface CellContent {
  /** The start tag's text. */
  tag: string;
  type: string | null;
  style: string | null;
  /** The formula element's start tag and text, when the cell has one. */
  formula: { tag: string; text: string } | null;
  /** Raw `<v>` text (entities decoded). */
  v: string | null;
  /** Inline string text. */
  inline: string | null;
}

interface CellPatterns {
  f: RegExp;
  v: RegExp;
  is: RegExp;
  fOpen: string;
  isOpen: string;
}

const cellPatterns = new Map<string, CellPatterns>();

function patternsFor(prefix: string): CellPatterns {
  let patterns = cellPatterns.get(prefix);
  if (!patterns) {
    patterns = {
      f: new RegExp(`<${prefix}f(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${prefix}f>)`),
      v: new RegExp(`<${prefix}v(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}v>`),
      is: new RegExp(`<${prefix}is(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}is>`),
      fOpen: `<${prefix}f`,
      isOpen: `<${prefix}is`,
    };
    cellPatterns.set(prefix, patterns);
  }
  return patterns;
}

export function cellContent(xml: string, cell: CellNode, prefix: string): CellContent {
  const tag = xml.slice(cell.start, cell.openEnd);
  const content: CellContent = {
    tag,
    type: attributeOf(tag, "t"),
    style: attributeOf(tag, "s"),
    formula: null,
    v: null,
    inline: null,
  };
  if (cell.selfClosing) return content;
  const inner = xml.slice(cell.openEnd, cell.end - prefix.length - 4);
  const patterns = patternsFor(prefix);
  if (inner.includes(patterns.fOpen)) {
    const f = patterns.f.exec(inner);
    if (f) content.formula = { tag: `<f${f[1] ?? ""}>`, text: f[2] ?? "" };
  }
  // The common case, "<v>text</v>", without a regular expression.
  const vOpen = `<${prefix}v>`;
  const vStart = inner.indexOf(vOpen);
  if (vStart >= 0) {
    const from = vStart + vOpen.length;
    const to = inner.indexOf(`</${prefix}v>`, from);
    content.v = to >= 0 ? inner.slice(from, to) : null;
  } else if (inner.includes(`<${prefix}v `)) {
    content.v = patterns.v.exec(inner)?.[1] ?? null;
  }
  if (inner.includes(patterns.isOpen)) {
    const is = patterns.is.exec(inner);
    if (is) content.inline = stringItemText(is[1], prefix);
  }
  return content;
}

/** The cell's value as the gateway gives it: a formula's cached result, an error's text. */
export function contentValue(content: CellContent, sharedStrings: readonly string[]): CellValue {
  const type = content.type ?? "n";
  if (type === "inlineStr") return content.inline ?? (content.v !== null ? decodeOoxmlString(content.v) : null);
  if (content.v === null) return content.inline;
  switch (type) {
    case "s": {
      const text = sharedStrings[Number(content.v)];
      return text === undefined ? null : text;
    }
    case "str":
    case "e":
      return decodeOoxmlString(content.v);
    case "b":
      return content.v.trim() === "1" || content.v.trim().toLowerCase() === "true";
    case "d":
      return serialFromIsoDateTime(content.v.trim());
    default: {
      const text = content.v.trim();
      if (text === "") return null;
      const number = Number(text);
      return Number.isFinite(number) ? number : null;
    }
  }
}

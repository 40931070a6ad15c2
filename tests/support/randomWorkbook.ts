/**
 * Seeded random workbooks for "nothing lost" property tests (issue 10, item 8): the bundled plan
 * as a user would have shaped it — columns reordered, their own columns inserted in the middle of
 * tables, their own sheets with formulas, styles and comments, every kind of value Excel holds.
 *
 * `randomWorkbook(seed)` returns a plain description (no gateway types), so each gateway's test
 * can build its own workbook from it: the Office fake and MemoryGateway here
 * (`toFakeExcel`, `toMemoryGateway`), an .xlsx file in the .xlsx gateway's tests.
 * The same seed always gives the same workbook.
 */
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { normalizeHeader, TABLES, type TableName } from "../../src/workbook/schema";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { createFakeExcel, type FakeExcel, type FakeTableInit } from "./fakeExcel";
import { MemoryGateway, type MemoryTable } from "./memoryGateway";
import { seededRandom } from "./seededRandom";

export type PlainValue = string | number | boolean;

/** One cell as a user left it. `value` is what Excel shows (a formula's cached result). */
export interface CellDescription {
  /** null: an empty cell. */
  value: PlainValue | null;
  /** "=SUM(A1:A3)"; the cell's value is then its cached result. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  bold?: boolean;
  /** A cell note / comment. */
  comment?: string;
  /** Rich text runs; their texts joined are `value`. */
  richText?: Array<{ text: string; bold?: boolean; color?: string }>;
}

export interface TableDescription {
  name: string;
  sheet: string;
  /** Zero-based sheet row and column of the header row's first cell. */
  origin: { row: number; col: number };
  headers: string[];
  /** Body rows, one cell per header. */
  rows: CellDescription[][];
  /** Headers of the columns the user inserted (theirs entirely). */
  userColumns: string[];
}

export interface SheetCell {
  row: number;
  col: number;
  cell: CellDescription;
}

export interface SheetDescription {
  name: string;
  /** Cells outside any table: a user's own sheet, or titles and notes around a table. */
  cells: SheetCell[];
}

export interface WorkbookDescription {
  seed: number;
  tables: TableDescription[];
  /** Every sheet in tab order; table sheets list only their cells outside the table. */
  sheets: SheetDescription[];
}


class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

const WORDS = ["budget", "owner", "follow up", "ok", "see minutes", "TBC", "Q3", "draft", "n/a", "done"];
const UNICODE = ["Jalan 😀 Raya", "東京 第一", "مرحبا", "e\u0301te\u0301", "Ωμέγα", "\u200bzero-width", "tab\there", "line\nbreak"];
const FORMULA_LIKE = ["=SUM(A1:A3)", '=HYPERLINK("http://x","y")', "+cmd", "-1+2", "@SUM(A1)", "=", "+", "-", "@"];
const FILLS = ["#FFFF00", "#C6EFCE", "#FFC7CE", "#D9E1F2"];
const FORMATS = ["0.00", "0%", "yyyy-mm-dd", "@", "#,##0", "General"];
/** Formulas whose cached result is known without calculating, including error values. */
const FORMULAS: Array<{ formula: string; value: PlainValue }> = [
  { formula: "=1+1", value: 2 },
  { formula: '="a"&"b"', value: "ab" },
  { formula: "=1/0", value: "#DIV/0!" },
  { formula: "=NA()", value: "#N/A" },
  { formula: "=TRUE()", value: true },
  { formula: '=IF(1>2,"x","")', value: "" },
];

/** A cell of any kind Excel holds. */
function randomCell(random: Random): CellDescription {
  const kind = random.int(0, 11);
  let cell: CellDescription;
  switch (kind) {
    case 0:
      cell = { value: null };
      break;
    case 1:
      cell = { value: random.chance(0.5) ? random.int(-1000, 100000) : Math.round(random.float() * 1e6) / 1e3 };
      break;
    case 2:
      cell = { value: random.pick(WORDS) };
      break;
    case 3:
      cell = { value: random.int(44000, 46000), numberFormat: "yyyy-mm-dd" };
      break;
    case 4:
      cell = { value: random.chance(0.5) };
      break;
    case 5: {
      const formula = random.pick(FORMULAS);
      cell = { value: formula.value, formula: formula.formula };
      break;
    }
    case 6: {
      const runs = [{ text: random.pick(WORDS), bold: true }, { text: ` ${random.pick(WORDS)}`, color: "#FF0000" }];
      cell = { value: runs.map((r) => r.text).join(""), richText: runs };
      break;
    }
    case 7:
      cell = { value: random.pick(FORMULA_LIKE) };
      break;
    case 8:
      cell = { value: "long text ".repeat(1000) };
      break;
    case 9:
      cell = { value: random.pick(UNICODE) };
      break;
    case 10:
      cell = { value: "", numberFormat: "@" };
      break;
    default:
      cell = { value: `${random.pick(WORDS)} ${random.int(1, 99)}` };
  }
  return style(random, cell);
}

function style(random: Random, cell: CellDescription): CellDescription {
  if (random.chance(0.25)) cell.fill = random.pick(FILLS);
  if (random.chance(0.15) && cell.numberFormat === undefined && typeof cell.value === "number") cell.numberFormat = random.pick(FORMATS);
  if (random.chance(0.1)) cell.bold = true;
  if (random.chance(0.1) && cell.value !== null) cell.comment = `note ${random.pick(WORDS)}`;
  return cell;
}

const USER_HEADERS = ["My notes", "Budget (USD)", "Focal point", "Σ total", "Checked?", "备注", "Due", "Risk"];

const computedHeaders = (table: string): Set<string> =>
  new Set(
    (TABLES[table as TableName]?.columns ?? []).filter((c) => c.role === "computed").map((c) => normalizeHeader(c.header)),
  );

/** Whether the tool owns this table column (one of its computed columns). */
export function isComputedColumn(table: string, header: string): boolean {
  return computedHeaders(table).has(normalizeHeader(header));
}

/** Tables the tool appends rows to; cells below them are left out (see the report of issue 10). */
const GROWING_TABLES = new Set(["History", "Updates"]);

const ROW_LIMITS: Record<string, number> = { Plan: 14, WorkPlan: 16, Updates: 10, Members: 33, RSP: 200, Settings: 100, History: 0 };

/** The bundled plan reshaped by a user, from `seed`. */
export function randomWorkbook(seed: number): WorkbookDescription {
  const random = new Random(seed);
  const tables: TableDescription[] = [];
  const sheets: SheetDescription[] = [];
  for (const spec of bundleToTableSpecs(BUNDLED_PLAN)) {
    const limit = ROW_LIMITS[spec.name] ?? 10;
    let headers = [...spec.headers];
    let rows: CellDescription[][] = spec.rows.slice(0, limit).map((row) =>
      row.map((value, c) => {
        const format = spec.numberFormats?.[spec.headers[c]];
        const cell: CellDescription = { value: value ?? null };
        if (format) cell.numberFormat = format;
        // A user's own styling and notes on input cells; the tool owns computed cells' values only.
        return isComputedColumn(spec.name, spec.headers[c]) ? cell : style(random, cell);
      }),
    );
    if (spec.name === "Settings" && random.chance(0.6)) {
      // "As of" = =TODAY(), with the result Excel cached when the file was saved.
      const asOf = rows.findIndex((row) => row[headers.indexOf("Key")]?.value === "As of");
      if (asOf >= 0) rows[asOf][headers.indexOf("Value")] = { value: 45108, formula: "=TODAY()", numberFormat: "yyyy-mm-dd" };
    }
    if (spec.name === "Plan" && rows.length > 0) {
      const comment = headers.indexOf("Comment");
      if (comment >= 0) rows[random.int(0, rows.length - 1)][comment] = randomCell(random);
    }
    // Reordered columns: a user drags columns around.
    if (random.chance(0.5)) {
      const order = random.shuffle(headers.map((_, i) => i));
      headers = order.map((i) => headers[i]);
      rows = rows.map((row) => order.map((i) => row[i]));
    }
    // Their own columns, inserted in the middle of the table.
    const userColumns: string[] = [];
    for (let n = random.int(0, 2); n > 0; n -= 1) {
      const header = random.pick(USER_HEADERS.filter((h) => !userColumns.includes(h)));
      const at = random.int(1, Math.max(1, headers.length - 1));
      headers.splice(at, 0, header);
      rows.forEach((row) => row.splice(at, 0, randomCell(random)));
      userColumns.push(header);
    }
    const origin = random.chance(0.5) ? { row: 0, col: 0 } : { row: random.int(1, 3), col: random.int(0, 2) };
    tables.push({ name: spec.name, sheet: spec.sheet, origin, headers, rows, userColumns });

    // Titles above, notes to the left and right of the table.
    const around: SheetCell[] = [];
    for (let r = 0; r < origin.row; r += 1) around.push({ row: r, col: origin.col, cell: randomCell(random) });
    for (let c = 0; c < origin.col; c += 1) around.push({ row: origin.row + 1, col: c, cell: randomCell(random) });
    if (random.chance(0.5)) around.push({ row: origin.row, col: origin.col + headers.length + 1, cell: randomCell(random) });
    // A note below a table the tool never appends to (History and Updates grow down).
    if (!GROWING_TABLES.has(spec.name) && random.chance(0.5)) {
      around.push({ row: origin.row + rows.length + 2, col: origin.col, cell: randomCell(random) });
    }
    sheets.push({ name: spec.sheet, cells: around });
  }
  // The user's own sheets: values, and formulas over them.
  for (let n = random.int(1, 2); n > 0; n -= 1) {
    const cells: SheetCell[] = [];
    for (let r = 0; r < random.int(2, 6); r += 1) {
      for (let c = 0; c < random.int(1, 4); c += 1) cells.push({ row: r, col: c, cell: randomCell(random) });
    }
    cells.push({ row: 7, col: 0, cell: { value: 3, formula: "=SUM(A1:A3)" } });
    sheets.push({ name: n === 1 ? "My notes" : "Budget 2024", cells });
  }
  return { seed, tables, sheets: random.chance(0.5) ? sheets : [...sheets.slice(-1), ...sheets.slice(0, -1)] };
}

const plain = (cell: CellDescription): PlainValue | null => cell.value;

/**
 * The description as an Office fake: values, formulas (with their cached results), number
 * formats and fills. The fake models neither comments nor rich text (a rich-text cell is its text),
 * and neither do Range.values and Range.formulas, which are all the Office gateway uses.
 */
export function toFakeExcel(description: WorkbookDescription): FakeExcel {
  const tables: FakeTableInit[] = description.tables.map((table) => ({
    name: table.name,
    sheet: table.sheet,
    origin: table.origin,
    headers: table.headers,
    rows: table.rows.map((row) => row.map(plain)),
  }));
  const fake = createFakeExcel({ tables, sheets: description.sheets.map((sheet) => ({ name: sheet.name })) });
  const apply = (sheetName: string, row: number, col: number, cell: CellDescription) => {
    const state = fake.sheet(sheetName).ensureCell(row, col);
    if (cell.value !== null) state.value = cell.value;
    if (cell.formula !== undefined) state.formula = cell.formula;
    if (cell.numberFormat !== undefined) state.numberFormat = cell.numberFormat;
    if (cell.fill !== undefined) state.format["fill.color"] = cell.fill;
    if (cell.bold) state.format["font.bold"] = true;
  };
  for (const table of description.tables) {
    table.rows.forEach((row, r) => row.forEach((cell, c) => apply(table.sheet, table.origin.row + 1 + r, table.origin.col + c, cell)));
  }
  for (const sheet of description.sheets) for (const { row, col, cell } of sheet.cells) apply(sheet.name, row, col, cell);
  return fake;
}

/** The description as a MemoryGateway: table values and formula cells (it holds no formats or sheets' cells). */
export function toMemoryGateway(description: WorkbookDescription): MemoryGateway {
  const tables: MemoryTable[] = description.tables.map((table) => {
    const formulaCells = new Set<string>();
    table.rows.forEach((row, r) => row.forEach((cell, c) => void (cell.formula !== undefined && formulaCells.add(`${r},${c}`))));
    return { name: table.name, sheet: table.sheet, headers: table.headers, rows: table.rows.map((row) => row.map(plain)), formulaCells };
  });
  const gateway = new MemoryGateway(tables);
  for (const sheet of description.sheets) if (!gateway.sheets.has(sheet.name)) gateway.sheets.set(sheet.name, null);
  return gateway;
}

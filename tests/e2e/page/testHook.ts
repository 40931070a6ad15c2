/** window.__kpiTest: what the browser tests read and do in the fake workbook, as a user would. */
import { columnLetters, type FakeExcel } from "../../support/fakeExcel";

type Scalar = string | number | boolean;

export interface KpiTestHook {
  /** Resolves once the pane has been mounted over the fake. */
  ready: Promise<void>;
  /** A user typing into a table cell (fires the table's onChanged, as Excel does). */
  editCell(table: string, row: number, header: string, value: Scalar): void;
  readColumn(table: string, header: string): Scalar[];
  /** Zero-based body row of the first row whose cells equal `match`, or -1. */
  findRow(table: string, match: Record<string, Scalar>): number;
  /** "Sheet!B7" of a table cell, worked out from the fake's layout. */
  cellAddress(table: string, row: number, header: string): string;
  /** The selected range's address ("WorkPlan!D2"), or null. */
  selection(): string | null;
  sheetNames(): string[];
  tableNames(): string[];
  /** The base64 .xlsx files the pane gave Excel.createWorkbook, in order. */
  createdWorkbooks(): string[];
  /** Every cell of every sheet and every table's place, as one string: equal strings, unchanged workbook. */
  workbookState(): string;
  /** Milliseconds the fake spent running the commands of syncs that started before `before` (performance.now()). */
  fakeWorkMs(before: number): number;
}

export function createTestHook(fake: FakeExcel, ready: Promise<void>): KpiTestHook {
  const tableState = (name: string) => {
    const table = fake.state.table(name);
    if (!table) throw new Error(`test hook: no table ${name}`);
    return table;
  };
  return {
    ready,
    editCell: (table, row, header, value) => fake.editCell(table, row, header, value),
    readColumn: (table, header) => fake.column(table, header),
    fakeWorkMs: (before) => (fake.state.syncTimes ?? []).filter((sync) => sync.start < before).reduce((total, sync) => total + sync.ms, 0),
    findRow(table, match) {
      const { headers, rows } = fake.tableValues(table);
      return rows.findIndex((row) =>
        Object.entries(match).every(([header, value]) => row[headers.indexOf(header)] === value)
      );
    },
    cellAddress(table, row, header) {
      const t = tableState(table);
      const index = t.columnIndex(header);
      if (index < 0) throw new Error(`test hook: no column ${header} in ${table}`);
      return `${t.sheet.name}!${columnLetters(t.col + index)}${t.row + 2 + row}`;
    },
    selection: () => fake.state.selection,
    sheetNames: () => fake.state.sheets.map((sheet) => sheet.name),
    tableNames: () => fake.state.tables.map((table) => table.name),
    createdWorkbooks: () => [...fake.state.createdWorkbooks],
    workbookState: () =>
      JSON.stringify({
        sheets: fake.state.sheets.map((sheet) => [sheet.name, [...sheet.cells.entries()].map(([key, cell]) => [key, JSON.stringify(cell)])]),
        tables: fake.state.tables.map((table) => [table.name, table.sheet.name, table.row, table.col, table.cols, table.bodyRows]),
      }),
  };
}

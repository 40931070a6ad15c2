/** Workbooks for the Office tests: the bundled plan as Set up lays it out, at any size. */
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import type { CellValue } from "../../src/workbook/gateway";
import { findColumn } from "../../src/workbook/schema";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeTableInit } from "../support/fakeExcel";

export function bundleTables(): FakeTableInit[] {
  return bundleToTableSpecs(BUNDLED_PLAN).map((spec) => ({
    name: spec.name,
    sheet: spec.sheet,
    headers: [...spec.headers],
    rows: spec.rows.map((row) => [...row]),
    numberFormats: spec.numberFormats,
  }));
}

/** The bundled plan with its Plan table cycled to `rows` rows, and a user column "My notes". */
export function planWorkbook(rows?: number, options: Omit<FakeExcelOptions, "tables"> = {}): FakeExcel {
  const tables = bundleTables();
  const plan = tables.find((t) => t.name === "Plan") as FakeTableInit;
  if (rows !== undefined) {
    const source = plan.rows;
    const part = findColumn(plan.headers, "Part");
    plan.rows = Array.from({ length: rows }, (_, i) => {
      const row = [...source[i % source.length]];
      row[part] = Math.floor(i / source.length) + 1;
      return row;
    });
  }
  plan.headers.push("My notes");
  plan.rows = plan.rows.map((row, i) => [...row, `note ${i}`]);
  return createFakeExcel({
    ...options,
    tables,
    sheets: [{ name: "Notes", cells: [["my own sheet", 42]] }, ...(options.sheets ?? [])],
  });
}

/** Every column of every table that the user owns, as Excel holds it. */
export function inputColumns(fake: FakeExcel, computed: Record<string, string[]>): Record<string, CellValue[][]> {
  const result: Record<string, CellValue[][]> = {};
  for (const table of fake.state.tables) {
    const { headers, rows } = fake.tableValues(table.name);
    const keep = headers.map((h, i) => ((computed[table.name] ?? []).includes(h) ? -1 : i)).filter((i) => i >= 0);
    result[table.name] = rows.map((row) => keep.map((i) => row[i]));
  }
  return result;
}

export const sheetCells = (fake: FakeExcel, name: string): Array<[string, unknown]> =>
  [...fake.sheet(name).cells.entries()].map(([key, cell]) => [key, cell.value]);

/** The fake's Excel.run, counting its calls: `runs()` tells how many batches the add-in started. */
export function countingRun(fake: FakeExcel): { run: FakeExcel["run"]; runs: () => number } {
  let count = 0;
  const run = ((...args: Parameters<FakeExcel["run"]>) => {
    count++;
    return fake.run(...args);
  }) as FakeExcel["run"];
  return { run, runs: () => count };
}

/**
 * A new workbook's tables drawn with exceljs: the one path the command line (`template`, `new`,
 * `import -o`, `rollover`) and the task pane (the next cycle, a new plan from text, built in the
 * browser) take, so both write the same file. Browser-safe: no Node imports, and exceljs is the
 * caller's (the pane loads its browser build lazily). Every spec is checked before anything is
 * drawn.
 */
import type ExcelJS from "exceljs";
import type { TableSpec } from "../workbook/gateway";
import { WorkbookError } from "../workbook/gateway";
import { fitTableSpecs } from "../workbook/excelLimits";
import { createTable, usableSheetName } from "./tableCreator";
import { findTable } from "./tables";

export function assertDistinct(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new WorkbookError(`The ${what} name "${name}" is used twice.`);
    seen.add(name.toLowerCase());
  }
}

/** Draw `unfitted` (fitted to Excel's limits first) as tables of `builder`, each on a sheet of its own. */
export function drawTables(builder: ExcelJS.Workbook, unfitted: readonly TableSpec[]): void {
  const specs = fitTableSpecs(unfitted);
  const sheetNames = builder.worksheets.map((sheet) => sheet.name.toLowerCase());
  for (const spec of specs) {
    if (findTable(builder, spec.name)) throw new WorkbookError(`Table ${spec.name} already exists.`, spec.name);
    const wanted = usableSheetName(spec.sheet);
    if (sheetNames.includes(wanted.toLowerCase())) throw new WorkbookError(`A sheet named "${wanted}" already exists.`);
    if (spec.headers.length === 0) throw new WorkbookError(`Table ${spec.name} has no columns.`, spec.name);
  }
  assertDistinct(specs.map((s) => s.name), "table");
  assertDistinct(specs.map((s) => usableSheetName(s.sheet)), "sheet");
  for (const spec of specs) createTable(builder, spec);
}

/** The .xlsx bytes of a new workbook holding `specs`, drawn on a fresh exceljs workbook. */
export async function newWorkbookBytes(exceljs: { Workbook: new () => ExcelJS.Workbook }, specs: readonly TableSpec[]): Promise<Uint8Array> {
  const builder = new exceljs.Workbook();
  drawTables(builder, specs);
  return new Uint8Array(await builder.xlsx.writeBuffer());
}

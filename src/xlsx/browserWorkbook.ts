/**
 * The pane's lazily loaded .xlsx writer: exceljs's prebuilt browser bundle drawing tables
 * through the command line's own new-workbook path (newWorkbook.ts). Imported only with
 * `await import(...)`, so exceljs stays out of the pane's first chunk. The bundle also runs in
 * Node, so the jest tests build files through exactly this path.
 */
import ExcelJS from "exceljs/dist/exceljs.min.js";
import type { TableSpec } from "../workbook/gateway";
import { newWorkbookBytes } from "./newWorkbook";

export function buildWorkbook(specs: readonly TableSpec[]): Promise<Uint8Array> {
  return newWorkbookBytes(ExcelJS, specs);
}

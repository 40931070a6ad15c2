/**
 * The pane's lazily loaded .xlsx writer: exceljs's prebuilt browser bundle drawing tables
 * through the command line's own new-workbook path (newWorkbook.ts). The "bare" bundle leaves
 * out exceljs's polyfills (about 80 KB): the pane is compiled for ES2020 browsers already. Imported only with
 * `await import(...)`, so exceljs stays out of the pane's first chunk. The bundle also runs in
 * Node, so the jest tests build files through exactly this path.
 */
import ExcelJS from "exceljs/dist/exceljs.bare.min.js";
import type { TableSpec } from "../workbook/gateway";
import { newWorkbookBytes } from "./newWorkbook";

export function buildWorkbook(specs: readonly TableSpec[]): Promise<Uint8Array> {
  return newWorkbookBytes(ExcelJS, specs);
}

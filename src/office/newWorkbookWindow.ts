/**
 * A new workbook from the pane, the open one untouched: its tables drawn as an .xlsx in the
 * browser (the command line's writer, loaded lazily), then opened with Excel.createWorkbook
 * (ExcelApi 1.8), which "creates and opens a new workbook" from a base64-encoded .xlsx while the
 * add-in stays with the current one
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook;
 * https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 * Where the host lacks it, refuses it, or the file passes Excel on the web's 5 MB request limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * the same bytes come back for the pane to offer as a download, with the reason in plain words.
 */
import type { TableSpec } from "../workbook/gateway";
import type { NewWorkbookFile } from "../workbook/addinApi";
import { bytesToBase64 } from "./base64";
import { loadPart } from "./lazyPart";

/** Excel.createWorkbook's shape. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Excel on the web's limit on one request's payload. */
export const MAX_CREATE_BYTES = 5_000_000;

/** Excel.createWorkbook where this host supports ExcelApi 1.8, else null. */
export function hostCreateWorkbook(): CreateWorkbook | null {
  if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") return null;
  const supported = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true;
  return supported ? (base64) => Excel.createWorkbook(base64) : null;
}

/** "ROCB Plan 2024/2026" → "ROCB Plan 2024-2026.xlsx": characters Windows and Mac refuse in file names replaced. */
export function workbookFileName(planName: string): string {
  const base = planName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/\s+/g, " ").trim().slice(0, 120);
  return `${base || "Plan"}.xlsx`;
}

/** Draw `specs` as a new .xlsx and open it in a new Excel window, or hand it back to download. */
export async function openNewWorkbook(
  specs: readonly TableSpec[],
  planName: string,
  create: CreateWorkbook | null,
  maxBytes = MAX_CREATE_BYTES
): Promise<NewWorkbookFile> {
  const { buildWorkbook } = await loadPart(() => import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/browserWorkbook"));
  const bytes = await buildWorkbook(specs);
  const fileName = workbookFileName(planName);
  const download = `Download ${fileName} below, then open it in Excel.`;
  if (!create) {
    return { fileName, bytes, opened: false, note: `This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8). ${download}` };
  }
  const base64 = bytesToBase64(bytes);
  if (base64.length > maxBytes) {
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    return { fileName, bytes, opened: false, note: `The new workbook is too large for Excel to open from an add-in (${mb(base64.length)}; the limit is ${mb(maxBytes)}). ${download}` };
  }
  try {
    await create(base64);
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, "")})` : "";
    return { fileName, bytes, opened: false, note: `Excel did not open the new workbook${reason}. ${download}` };
  }
  return {
    fileName,
    bytes,
    opened: true,
    note: `Opened the new workbook in a new Excel window; save it there (it is not saved yet). If no window appeared, your browser may have blocked it: download ${fileName} below instead.`,
  };
}

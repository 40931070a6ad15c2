/**
 * Office.js failures in the user's words, each naming what to do. WorkbookError messages are
 * already plain words and pass through unchanged. Keys are error codes as Excel sends them
 * (Excel.ErrorCodes, OfficeExtension.ErrorCodes, and the web's RequestPayloadSizeLimitExceeded).
 */
import { WorkbookError } from "../workbook/gateway";

const MESSAGES: Record<string, string> = {
  ItemNotFound:
    "A table or sheet KPI Tracker needs is missing or was renamed. Use Set up to insert the missing tables, or give the table its original name back (Table Design > Table Name).",
  AccessDenied:
    "The sheet is protected, so KPI Tracker cannot write to it. Unprotect it (Review > Unprotect Sheet), then try again.",
  InactiveWorkbook:
    "You switched to another workbook while KPI Tracker was working on this one, so it stopped. Switch back to this workbook and try again.",
  InvalidOperationInCellEditMode: "Excel is waiting for you to finish editing a cell: press Enter or Esc, then try again.",
  RequestPayloadSizeLimitExceeded:
    "The update was too large for Excel to accept at once (5 MB on Excel on the web). Try again; if it keeps failing, use the desktop version of Excel or move old rows out of the Updates and History tables.",
  ResponsePayloadSizeLimitExceeded:
    "The tables hold more than Excel can send at once (5 MB on Excel on the web), usually because of very long texts in some cells. Shorten them, use the desktop version of Excel, or move old rows out of the Plan, WorkPlan and Updates tables.",
  RangeExceedsLimit:
    "A table is larger than Excel can hand over at once (5 million cells). Move old rows out of the Updates and History tables, then try again.",
  NonBlankCellOffSheet:
    "There is no room below a KPI Tracker table: the sheet's last rows are in use. Clear the cells at the bottom of the sheet, then try again.",
  InvalidArgument:
    "Excel refused the values KPI Tracker tried to write, usually because a table changed while it worked. Wait until nobody is editing the table, then try again.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Rename or delete it, then try again.",
  ApiNotFound:
    "This version of Excel is too old for KPI Tracker. Use Microsoft 365, Excel 2021 or later, or Excel on the web.",
  InsertDeleteConflict:
    "Someone inserted or deleted cells while KPI Tracker was working. Wait a moment, then try again.",
  Conflict:
    "Someone else, or another window of this workbook, was changing the same cells at the same time. Wait until that edit is finished, then try again.",
  InvalidOperation:
    "Excel cannot do that right now, often because a table is being edited in another window or by someone else. Finish or cancel that edit, then try again.",
  RequestAborted: "Excel stopped the request before it finished, perhaps because the workbook was closed or switched. Try again.",
  InvalidReference:
    "A table changed shape while KPI Tracker was working (rows or columns inserted or deleted). Try again.",
  FilteredRangeConflict:
    "A filter hides rows of a KPI Tracker table, so rows cannot be added. Clear the filter (Data > Clear), then try again.",
  MergedRangeConflict: "Merged cells are in the way of a KPI Tracker table. Unmerge them (Home > Merge & Center), then try again.",
  ActivityLimitReached: "Excel is busy. Wait a moment, then try again.",
  WriteNotSupportedWhenModalDialogOpen: "A dialog is open in Excel. Close it, then try again.",
  GeneralException:
    "Excel could not finish the request. If you switched workbooks or windows while KPI Tracker was working, switch back and try again; if it keeps happening, save your work, then close and reopen the workbook.",
};

/** Review > Protect Workbook: the structure (adding or deleting sheets) is locked. */
const STRUCTURE_PROTECTED =
  "The workbook's structure is protected, so KPI Tracker cannot add its sheet. Turn off Review > Protect Workbook, then try again.";

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

export function describeOfficeError(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  const code = officeCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "AccessDenied" && /structure|workbook is protected/i.test(detail)) return STRUCTURE_PROTECTED;
  if (code !== null && MESSAGES[code]) return MESSAGES[code];
  return `Excel reported a problem${code ? ` (${code})` : ""}: ${detail}. Try again; if it keeps happening, close and reopen the workbook.`;
}

/** The error an AddinApi method rejects with: a WorkbookError whose message is plain words. */
export function toUserError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  return new WorkbookError(describeOfficeError(error));
}

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
  InvalidOperationInCellEditMode: "Excel is waiting for you to finish editing a cell: press Enter or Esc, then try again.",
  RequestPayloadSizeLimitExceeded:
    "The update was too large for Excel to accept in one go. Try again; if it keeps failing, use the desktop version of Excel or split the plan into smaller tables.",
  ResponsePayloadSizeLimitExceeded:
    "The tables are too large for Excel on the web to send in one go. Use the desktop version of Excel, or move old rows out of the Plan, WorkPlan and Updates tables.",
  InvalidArgument:
    "Excel refused the values KPI Tracker tried to write, usually because a table changed while it worked. Wait until nobody is editing the table, then try again.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Rename or delete it, then try again.",
  ApiNotFound:
    "This version of Excel is too old for KPI Tracker. Use Microsoft 365, Excel 2021 or later, or Excel on the web.",
  InsertDeleteConflict:
    "Someone inserted or deleted cells while KPI Tracker was working. Wait a moment, then try again.",
  Conflict: "Someone else changed the workbook at the same time. Wait a moment, then try again.",
  InvalidReference:
    "A table changed shape while KPI Tracker was working (rows or columns inserted or deleted). Try again.",
  FilteredRangeConflict:
    "A filter hides rows of a KPI Tracker table, so rows cannot be added. Clear the filter (Data > Clear), then try again.",
  MergedRangeConflict: "Merged cells are in the way of a KPI Tracker table. Unmerge them (Home > Merge & Center), then try again.",
  ActivityLimitReached: "Excel is busy. Wait a moment, then try again.",
  WriteNotSupportedWhenModalDialogOpen: "A dialog is open in Excel. Close it, then try again.",
  GeneralException:
    "Excel could not finish the request. Save your work and try again; if it keeps happening, close and reopen the workbook.",
};

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

export function describeOfficeError(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  const code = officeCode(error);
  if (code !== null && MESSAGES[code]) return MESSAGES[code];
  const detail = error instanceof Error ? error.message : String(error);
  return `Excel reported a problem${code ? ` (${code})` : ""}: ${detail}. Try again; if it keeps happening, close and reopen the workbook.`;
}

/** The error an AddinApi method rejects with: a WorkbookError whose message is plain words. */
export function toUserError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  return new WorkbookError(describeOfficeError(error));
}

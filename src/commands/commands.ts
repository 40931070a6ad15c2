/**
 * Function file of the ribbon (manifest FunctionFile): registers "recalculate", which needs no
 * task pane. The same page, opened with ?message=..., is the dialog that reports an error.
 */
import { createOfficeApi } from "../office/officeApi";
import { messageFromUrl, renderMessage, showMessageDialog } from "./messageDialog";
import { completeAfter, runRecalculateCommand } from "./recalculateCommand";

/** Must equal the manifest's <FunctionName>. */
export const RECALCULATE_ACTION = "recalculate";

export function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  return completeAfter(event, () => runRecalculateCommand(createOfficeApi(Excel.run), showMessageDialog));
}

export function start(): void {
  // The association is made as the file loads, as the FunctionFile reference shows it, not in
  // a later onReady callback that could run after Office looks the function up. Clients that
  // predate Office.actions call the function by its global name.
  if (Office.actions?.associate) Office.actions.associate(RECALCULATE_ACTION, recalculate);
  (globalThis as Record<string, unknown>)[RECALCULATE_ACTION] = recalculate;
  Office.onReady(() => {
    const message = messageFromUrl(window.location.search);
    if (message !== null) renderMessage(document, message);
  });
}

if (typeof Office !== "undefined") start();

/**
 * Function file of the ribbon (manifest FunctionFile): registers "recalculate", which needs no
 * task pane. The same page, opened with ?message=..., is the dialog that reports an error.
 */
import { createOfficeApi } from "../office/officeApi";
import { messageFromUrl, renderMessage, showMessageDialog } from "./messageDialog";
import { completeAfter, runRecalculateCommand } from "./recalculateCommand";

export function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  return completeAfter(event, () => runRecalculateCommand(createOfficeApi(Excel.run), showMessageDialog));
}

export function start(): void {
  Office.onReady(() => {
    const message = messageFromUrl(window.location.search);
    if (message !== null) renderMessage(document, message);
    else Office.actions.associate("recalculate", recalculate);
  });
}

if (typeof Office !== "undefined") start();

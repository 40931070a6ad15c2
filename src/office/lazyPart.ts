/**
 * Parts of the add-in the pane loads on first use (webpack dynamic imports: Set up, Import,
 * thresholds, the status sheet, the bundled plan, "Check this Excel"), so that the code the
 * pane's page loads before Overview shows stays small. A part that cannot be fetched (network
 * down, or an update deployed while the pane was open) is reported in plain words; nothing
 * has been read or written at that point, as the part loads before Excel.run starts.
 */
import { WorkbookError } from "../workbook/gateway";

export const PART_NOT_LOADED =
  "KPI Tracker could not load the part it needs for this, perhaps because the network connection dropped. Nothing was changed. Check the connection, then try again; if it keeps failing, close and reopen the pane.";

/** Runs `load` (an `import()`), turning a failure into a WorkbookError in plain words. */
export async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    throw new WorkbookError(PART_NOT_LOADED);
  }
}

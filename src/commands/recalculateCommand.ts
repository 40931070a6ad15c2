/** The ribbon's Recalculate button, free of Office globals so it can be tested as it is. */
import type { AddinApi } from "../workbook/addinApi";
import { describeOfficeError } from "../office/errors";

/** Shows a message to the user; resolves when the user has dismissed it (or it could not show). */
export type Notify = (message: string) => Promise<void>;

/**
 * Recalculates; on failure tells the user in plain words. Success is silent: the sheet's
 * computed columns are the feedback, and a dialog on every click would be in the way.
 */
export async function runRecalculateCommand(api: Pick<AddinApi, "recalculate">, notify: Notify): Promise<void> {
  try {
    await api.recalculate();
  } catch (error) {
    await notify(`KPI Tracker could not recalculate. ${describeOfficeError(error)}`).catch(() => undefined);
  }
}

/** An ExecuteFunction handler: whatever happens, event.completed() is called, once. */
export async function completeAfter(event: { completed(): void }, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } finally {
    event.completed();
  }
}

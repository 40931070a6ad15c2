/**
 * The one kind of failure a KPI function reports: an Excel error code and a message in plain
 * words. functions.ts turns it into a CustomFunctions.Error, which Excel shows as #VALUE! or #N/A
 * with the message in the cell's error menu (only those two codes carry a message:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

export class KpiFunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string
  ) {
    super(message);
    this.name = "KpiFunctionError";
  }
}

/** #VALUE!: an argument cannot be used as given. */
export const invalidValue = (message: string): KpiFunctionError => new KpiFunctionError("invalidValue", message);

/** #N/A: the arguments are fine but there is no number yet (no actual, plan not readable). */
export const notAvailable = (message: string): KpiFunctionError => new KpiFunctionError("notAvailable", message);

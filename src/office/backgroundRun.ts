/**
 * Excel.run for work the user did not start by a click (live recalculation, event handlers'
 * set-up): it must never interrupt typing. `delayForCellEdit` makes Excel hold the batch until
 * the user leaves the cell; a host that does not honour it (the option is newer than ExcelApi
 * 1.9) fails the batch with InvalidOperationInCellEditMode instead, and then the batch is tried
 * again a moment later, until the user has left the cell, rather than reported as an error
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member).
 */

/** Excel.run, with or without RunOptions. */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export type Batch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface BackgroundRunOptions {
  /** Wait between tries while the user is still editing a cell. */
  retryMs?: number;
  /** Give up (and report) after this long in cell-edit mode. */
  maxWaitMs?: number;
}

const inCellEditMode = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "InvalidOperationInCellEditMode";

export function backgroundRun(run: ExcelRun, options: BackgroundRunOptions = {}): Batch {
  const retryMs = options.retryMs ?? 1_000;
  const maxWaitMs = options.maxWaitMs ?? 30 * 60_000;
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    for (let waited = 0; ; waited += retryMs) {
      try {
        return await run({ delayForCellEdit: true }, batch);
      } catch (error) {
        if (!inCellEditMode(error) || waited >= maxWaitMs) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  };
}

/**
 * Runs queued write steps in as few syncs as possible: one, unless the request would pass
 * Excel on the web's 5 MB payload limit, in which case the steps go out in chunks under
 * `maxBytes`. Calculation is suspended for every chunk's sync.
 */
import { jsonBytes } from "./utf8";

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Per-command overhead in the JSON request, beyond the payload itself. */
const COMMAND_OVERHEAD = 200;

export interface WriteStep {
  /** Estimated bytes this step adds to the request. */
  bytes: number;
  /** Queues the step's commands on the context (no sync). */
  queue(): void;
}

/** Request bytes of a command carrying `payload`: its JSON in UTF-8, plus the command itself. */
export function estimateBytes(payload: unknown): number {
  return jsonBytes(payload) + COMMAND_OVERHEAD;
}

/**
 * Events are off while the add-in writes, so its own writes never look like a user's edit to
 * its own handlers (Runtime.enableEvents, ExcelApi 1.8:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events),
 * and back on in a last sync whatever happened. That sync also recalculates: calculation was
 * suspended for the writes, and Excel leaves it to the add-in to recalculate afterwards so the
 * user's formulas over computed columns are current
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member).
 */
export async function runSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  maxBytes: number,
  options: { oneSync?: boolean } = {}
): Promise<void> {
  if (steps.length === 0) return;
  if (options.oneSync && steps.reduce((sum, step) => sum + step.bytes, 0) <= maxBytes) return runInOneSync(context, steps);
  let failure: { error: unknown } | null = null;
  try {
    context.runtime.enableEvents = false;
    let pending = 0;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const step of steps) {
      if (pending > 0 && pending + step.bytes > maxBytes) {
        // One sync per ~4 MB of payload: the count depends on the data's size only when a single
        // request would be refused, never on the number of rows as such.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        context.workbook.application.suspendApiCalculationUntilNextSync();
        pending = 0;
      }
      step.queue();
      pending += step.bytes;
    }
    await context.sync();
  } catch (error) {
    failure = { error };
  }
  if (failure === null) context.workbook.application.calculate("Recalculate");
  context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch (error) {
    if (failure === null) throw error;
  }
  if (failure !== null) throw failure.error;
}

/**
 * Splits rows into consecutive slices whose estimated payload stays under `maxBytes`.
 * Returns [start, end) pairs; a single row larger than the budget gets a slice of its own.
 */
export function sliceRows(rows: readonly unknown[], maxBytes: number): Array<[number, number]> {
  const budget = Math.max(1, maxBytes - COMMAND_OVERHEAD);
  const slices: Array<[number, number]> = [];
  let start = 0;
  let size = 2;
  rows.forEach((row, i) => {
    const cost = jsonBytes(row) + 1;
    if (i > start && size + cost > budget) {
      slices.push([start, i]);
      start = i;
      size = 2;
    }
    size += cost;
  });
  if (rows.length > start) slices.push([start, rows.length]);
  return slices;
}

/**
 * A small write in a single sync: events off, the writes, events back on, queued in one batch
 * (Runtime.enableEvents, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events).
 * Office does not document whether the events of writes in such a batch reach the add-in (they
 * may be raised after the batch, when events are on again; the fake does that), so live
 * recalculation takes a change confined to the columns only it writes for its own echo and
 * ignores it (src/workbook/live/changes.ts), and a re-read row that did not change costs no
 * write. Calculation is not suspended: Excel recalculates the few dependent cells itself. Only
 * a failed batch costs a second sync, which turns events back on.
 */
async function runInOneSync(context: Excel.RequestContext, steps: readonly WriteStep[]): Promise<void> {
  context.runtime.enableEvents = false;
  for (const step of steps) step.queue();
  context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch (error) {
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw error;
  }
}

/**
 * Live recalculation's trigger: table change events on Plan, WorkPlan, Updates, Settings (As of,
 * thresholds) and RSP, debounced.
 *
 * Only this user's own edits count (`source === "Local"`): a co-author's edit reaches every
 * open pane, and each pane writing the same computed columns at once would conflict; the
 * co-author's own pane recalculates for them
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins;
 * Excel.EventSource, https://learn.microsoft.com/javascript/api/excel/excel.eventsource).
 * The add-in's writes run with events off (runSteps). Live recalculation's small writes turn
 * events off and on again in the same batch, and Office does not say whether their events then
 * arrive; should they, the live session knows them by their range and they start no round
 * (src/workbook/live/changes.ts).
 *
 * Each table gets its own handler, which knows the table by name. A watched table created
 * later (Set up in an empty workbook) is picked up by rearm().
 *
 * Every change, a co-author's too, is passed to `collect` as it arrives, with its address and
 * change type (Excel.TableChangedEventArgs,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs): live
 * recalculation re-reads only the rows they name, and reads everything after a change it cannot
 * pin down (src/workbook/live/changes.ts). A co-author's edit does not start a round here, but
 * the next round knows the snapshot it keeps is out of date.
 */
import type { TableName } from "../workbook/schema";
import type { Batch } from "./backgroundRun";
import type { TableChange } from "../workbook/live/changes";
import { debounce } from "./debounce";

export const WATCHED_TABLES: readonly TableName[] = ["Plan", "WorkPlan", "Updates", "Settings", "RSP"];
export const DEFAULT_DEBOUNCE_MS = 600;

export interface DataWatch {
  /** Registers handlers on watched tables that have none yet (e.g. just created by Set up). */
  rearm(): Promise<void>;
  /** Removes every handler; a pending or later change no longer reaches the handler. */
  stop(): void;
}

/** True for a change this add-in should react to: the local user's own edit. */
export function isLocalEdit(change: { source?: string }): boolean {
  return change.source === "Local";
}

type Registration = OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;

export async function watchDataChanges(
  run: Batch,
  handler: () => void,
  debounceMs = DEFAULT_DEBOUNCE_MS,
  collect: (change: TableChange) => void = () => undefined
): Promise<DataWatch> {
  let active = true;
  const registrations = new Map<TableName, Registration>();
  const fire = debounce(() => {
    if (active) handler();
  }, debounceMs);

  const onChanged = (table: TableName) => async (change: Excel.TableChangedEventArgs): Promise<void> => {
    if (!active) return;
    collect({ table, address: change.address, changeType: String(change.changeType), source: String(change.source) });
    if (isLocalEdit(change)) fire();
  };

  // Registration happens inside a run and the handlers fire after it has finished, as the
  // Office.js events article does it; each registration keeps its context for removal.
  const arm = (): Promise<void> =>
    run(async (context) => {
      const lookups = WATCHED_TABLES.map((name) => ({ name, table: context.workbook.tables.getItemOrNullObject(name) }));
      await context.sync();
      // Only now is it known which lookups are null objects: nothing was queued on them before.
      const added = lookups
        .filter(({ name, table }) => !table.isNullObject && !registrations.has(name))
        .map(({ name, table }) => ({ name, registration: table.onChanged.add(onChanged(name)) }));
      if (added.length === 0) return;
      await context.sync();
      for (const { name, registration } of added) registrations.set(name, registration);
    });

  await arm();

  return {
    rearm: () => (active ? arm() : Promise.resolve()),
    stop: () => {
      active = false;
      fire.cancel();
      // A handler must be removed through the context that added it: one sync per context.
      const contexts = new Set<OfficeExtension.ClientRequestContext>();
      for (const registration of registrations.values()) {
        registration.remove();
        contexts.add(registration.context);
      }
      registrations.clear();
      // The pane is closing or re-subscribing: a failed removal leaves an inert handler.
      void Promise.all([...contexts].map((context) => context.sync().catch(() => undefined)));
    },
  };
}

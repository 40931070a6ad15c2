/**
 * Live recalculation's trigger: table change events on Plan, WorkPlan, Updates, Settings (As of,
 * thresholds) and RSP, debounced.
 * The add-in's own writes land only in computed columns, so an edit that lies wholly inside
 * computed columns is ignored; every other edit, the user's (Local) or a co-author's (Remote),
 * fires the handler. The computed columns' positions are re-read before each firing, so a
 * column inserted by the user does not make the add-in's next write look like an edit.
 *
 * Each table gets its own handler, which knows the table by name: nothing depends on the
 * format of TableChangedEventArgs.tableId. A watched table created later (Set up in an empty
 * workbook) is picked up by rearm().
 */
import { computedColumns, findColumn, type TableName } from "../workbook/schema";
import { debounce } from "./debounce";

export const WATCHED_TABLES: readonly TableName[] = ["Plan", "WorkPlan", "Updates", "Settings", "RSP"];
export const DEFAULT_DEBOUNCE_MS = 600;

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Sheet column indexes of each watched table's computed columns, by table name. */
type ComputedColumns = Map<TableName, Set<number>>;

interface TableChange {
  changeType: string;
  address: string;
}

export interface DataWatch {
  /** Registers handlers on watched tables that have none yet (e.g. just created by Set up). */
  rearm(): Promise<void>;
  /** Removes every handler; a pending or later change no longer reaches the handler. */
  stop(): void;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns [first, last] of an address such as "B2:D9", "Plan!C5" or "C:C"; null if unreadable. */
export function addressColumns(address: string): [number, number] | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const parts = local.split(":").map((p) => /^\$?([A-Za-z]+)\$?\d*$/.exec(p.trim()));
  if (parts.some((p) => p === null)) return null;
  const cols = parts.map((p) => columnIndex((p as RegExpExecArray)[1]));
  return [cols[0], cols[cols.length - 1]];
}

/** True when `change` edited cells of the table's computed columns only (`computed`: their sheet columns). */
export function isOwnWrite(change: TableChange, computed: ReadonlySet<number> | undefined): boolean {
  if (change.changeType !== "RangeEdited") return false;
  const span = addressColumns(change.address);
  if (!computed || !span) return false;
  for (let col = span[0]; col <= span[1]; col++) if (!computed.has(col)) return false;
  return true;
}

interface Lookup {
  name: TableName;
  table: Excel.Table;
}

async function findWatchedTables(context: Excel.RequestContext): Promise<Lookup[]> {
  const lookups = WATCHED_TABLES.map((name) => ({ name, table: context.workbook.tables.getItemOrNullObject(name) }));
  await context.sync();
  // Only now is it known which lookups are null objects: nothing was queued on them before.
  return lookups.filter((lookup) => !lookup.table.isNullObject);
}

/** Queues the header loads; call the returned function after the next sync. */
function queueComputedColumns(found: Lookup[]): () => ComputedColumns {
  const headers = found.map(({ name, table }) => ({ name, header: table.getHeaderRowRange().load("values, columnIndex") }));
  return () => {
    const result: ComputedColumns = new Map();
    for (const { name, header } of headers) {
      const names = header.values[0].map((h) => String(h));
      const columns = new Set<number>();
      for (const column of computedColumns(name)) {
        const index = findColumn(names, column.header);
        if (index >= 0) columns.add(header.columnIndex + index);
      }
      result.set(name, columns);
    }
    return result;
  };
}

type Registration = OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;

export async function watchDataChanges(run: ExcelRun, handler: () => void, debounceMs = DEFAULT_DEBOUNCE_MS): Promise<DataWatch> {
  let active = true;
  let computed: ComputedColumns = new Map();
  const registrations = new Map<TableName, Registration>();

  const refresh = (): Promise<ComputedColumns> =>
    run(async (context) => {
      const read = queueComputedColumns(await findWatchedTables(context));
      await context.sync();
      return read();
    });
  const fire = debounce(() => {
    if (!active) return;
    refresh()
      .then((fresh) => void (computed = fresh))
      .catch(() => undefined)
      .then(() => {
        if (active) handler();
      });
  }, debounceMs);

  const onChanged = (name: TableName) => async (change: Excel.TableChangedEventArgs): Promise<void> => {
    if (active && !isOwnWrite(change, computed.get(name))) fire();
  };

  // Registration happens inside a run and the handlers fire after it has finished, as the
  // Office.js events article does it; each registration keeps its context for removal.
  const arm = (): Promise<void> =>
    run(async (context) => {
      const found = await findWatchedTables(context);
      const read = queueComputedColumns(found);
      const added = found
        .filter(({ name }) => !registrations.has(name))
        .map(({ name, table }) => ({ name, registration: table.onChanged.add(onChanged(name)) }));
      await context.sync();
      computed = read();
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

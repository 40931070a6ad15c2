/**
 * Live recalculation's trigger: table change events on Plan, WorkPlan and Updates, debounced.
 * The add-in's own writes land only in computed columns, so an edit that lies wholly inside
 * computed columns is ignored; every other edit, the user's (Local) or a co-author's (Remote),
 * fires the handler. The computed columns' positions are re-read before each firing, so a
 * column inserted by the user does not make the add-in's next write look like an edit.
 */
import { computedColumns, findColumn, type TableName } from "../workbook/schema";
import { debounce } from "./debounce";

export const WATCHED_TABLES: readonly TableName[] = ["Plan", "WorkPlan", "Updates"];
export const DEFAULT_DEBOUNCE_MS = 600;

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Sheet column indexes of each watched table's computed columns, by table id. */
type ComputedColumns = Map<string, Set<number>>;

interface TableChange {
  tableId: string;
  changeType: string;
  address: string;
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

export function isOwnWrite(change: TableChange, computed: ComputedColumns): boolean {
  if (change.changeType !== "RangeEdited") return false;
  const columns = computed.get(change.tableId);
  const span = addressColumns(change.address);
  if (!columns || !span) return false;
  for (let col = span[0]; col <= span[1]; col++) if (!columns.has(col)) return false;
  return true;
}

interface Lookup {
  name: TableName;
  table: Excel.Table;
}

async function findWatchedTables(context: Excel.RequestContext): Promise<Lookup[]> {
  const lookups = WATCHED_TABLES.map((name) => ({ name, table: context.workbook.tables.getItemOrNullObject(name).load("id") }));
  await context.sync();
  return lookups.filter((lookup) => !lookup.table.isNullObject);
}

/** Queues the header loads; call the returned function after the next sync. */
function queueComputedColumns(found: Lookup[]): () => ComputedColumns {
  const headers = found.map(({ name, table }) => ({ name, table, header: table.getHeaderRowRange().load("values, columnIndex") }));
  return () => {
    const result: ComputedColumns = new Map();
    for (const { name, table, header } of headers) {
      const names = header.values[0].map((h) => String(h));
      const columns = new Set<number>();
      for (const column of computedColumns(name)) {
        const index = findColumn(names, column.header);
        if (index >= 0) columns.add(header.columnIndex + index);
      }
      result.set(table.id, columns);
    }
    return result;
  };
}

export async function watchDataChanges(run: ExcelRun, handler: () => void, debounceMs = DEFAULT_DEBOUNCE_MS): Promise<() => void> {
  let active = true;
  let computed: ComputedColumns = new Map();

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

  const onChanged = async (change: Excel.TableChangedEventArgs): Promise<void> => {
    if (active && !isOwnWrite(change, computed)) fire();
  };

  const registrations = await run(async (context) => {
    const found = await findWatchedTables(context);
    const read = queueComputedColumns(found);
    const results = found.map(({ table }) => table.onChanged.add(onChanged));
    await context.sync();
    computed = read();
    return results;
  });

  return () => {
    active = false;
    fire.cancel();
    for (const registration of registrations) registration.remove();
    // All registrations share the context of the run that made them: one sync removes them.
    // The pane is closing or re-subscribing: a failed removal leaves an inert handler.
    if (registrations.length > 0) void registrations[0].context.sync().catch(() => undefined);
  };
}

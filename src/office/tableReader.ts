/**
 * Reads table bodies within Excel's limits: a response over 5 MB is refused
 * (ResponsePayloadSizeLimitExceeded) and a range read holds at most 5,000,000 cells ("Excel
 * add-ins" in https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 *
 * The sync that learns a table's size also reads its first rows, so a plan of ordinary size
 * reads in that one sync. Larger tables go on in row slices grouped into syncs under
 * `maxBytes`, sized from the bytes per row of the rows already read; a sync Excel still refuses
 * is split in two and sent again. The sync count depends on the data's size, never on its rows.
 */
import { jsonBytes } from "./utf8";

export const DEFAULT_MAX_RESPONSE_BYTES = 4_000_000;
/** Excel's per-read cell limit. */
export const MAX_CELLS_PER_READ = 5_000_000;
/**
 * Assumed bytes of a row before any is read, to size each table's first read: a plan's tables
 * are mostly narrow (Updates, History, WorkPlan), so this lets a plan of ordinary size read
 * whole in the sync that learns the sizes. A first read Excel refuses is sent again without
 * rows (OfficeGateway.read), so a wrong guess costs one sync, never a failure.
 */
const FIRST_ROW_BYTES = 250;

/** Rows of each table read with its size (the same sync), before its width is known. */
export function firstReadRows(tables: number, maxBytes: number): number {
  return Math.max(1, Math.min(5_000, Math.floor(maxBytes / (Math.max(1, tables) * FIRST_ROW_BYTES))));
}
/** Row sizes vary: plan slices as if each row were this much larger than the average seen. */
const SAFETY = 1.2;
/** Assumed bytes per cell when no row has been read yet. */
const UNSEEN_CELL_BYTES = 64;
const MAX_SPLITS = 12;

export interface BodyRequest {
  /** The table's data body range, from a proxy of this context. */
  body: Excel.Range;
  rowCount: number;
  columnCount: number;
  withFormulas: boolean;
}

export interface BodyData {
  values: unknown[][];
  formulas?: unknown[][];
}

interface Slice {
  table: number;
  start: number;
  rows: number;
}

/** Excel refused the read as too large: too many bytes, or too many cells. */
const isResponseTooLarge = (error: unknown): boolean => {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
};

/**
 * Groups the unread rows of every table into syncs: each sync's estimated response stays under
 * `maxBytes` and its cells under the per-read limit.
 */
export function planSlices(
  tables: ReadonlyArray<{ rowCount: number; columnCount: number; readRows: number; bytesPerRow: number }>,
  maxBytes: number
): Slice[][] {
  const syncs: Slice[][] = [];
  let current: Slice[] = [];
  let room = maxBytes;
  let cellRoom = MAX_CELLS_PER_READ;
  const flush = (): void => {
    if (current.length > 0) syncs.push(current);
    current = [];
    room = maxBytes;
    cellRoom = MAX_CELLS_PER_READ;
  };
  tables.forEach((table, index) => {
    const perRow = Math.max(1, table.bytesPerRow);
    const cols = Math.max(1, table.columnCount);
    let start = table.readRows;
    while (start < table.rowCount) {
      let fit = Math.min(Math.floor(room / perRow), Math.floor(cellRoom / cols));
      if (fit < 1 && current.length > 0) {
        flush();
        continue;
      }
      fit = Math.max(1, fit);
      const rows = Math.min(table.rowCount - start, fit);
      current.push({ table: index, start, rows });
      room -= rows * perRow;
      cellRoom -= rows * cols;
      start += rows;
      if (room < perRow || cellRoom < cols) flush();
    }
  });
  flush();
  return syncs;
}

function halves(slices: Slice[]): Slice[][] | null {
  if (slices.length > 1) {
    const middle = Math.ceil(slices.length / 2);
    return [slices.slice(0, middle), slices.slice(middle)];
  }
  const [only] = slices;
  if (only.rows < 2) return null;
  const first = Math.ceil(only.rows / 2);
  return [[{ ...only, rows: first }], [{ ...only, start: only.start + first, rows: only.rows - first }]];
}

/**
 * Reads the rest of each body after `first` (what the sizing sync already loaded) and returns
 * every body whole.
 */
export async function readBodies(
  context: Excel.RequestContext,
  requests: readonly BodyRequest[],
  first: ReadonlyArray<BodyData | null>,
  maxBytes = DEFAULT_MAX_RESPONSE_BYTES
): Promise<BodyData[]> {
  const bodies: BodyData[] = requests.map((request, i) => {
    const seen = first[i];
    const keep = Math.min(request.rowCount, seen?.values.length ?? 0);
    return {
      values: seen ? seen.values.slice(0, keep) : [],
      formulas: request.withFormulas ? (seen?.formulas ?? []).slice(0, keep) : undefined,
    };
  });
  const sizes = requests.map((request, i) => {
    const body = bodies[i];
    const readRows = body.values.length;
    const seenBytes = readRows > 0 ? (jsonBytes(body.values) + (body.formulas ? jsonBytes(body.formulas) : 0)) / readRows : 0;
    const unseen = request.columnCount * UNSEEN_CELL_BYTES * (request.withFormulas ? 2 : 1);
    return {
      rowCount: request.rowCount,
      columnCount: request.columnCount,
      readRows,
      bytesPerRow: readRows > 0 ? Math.max(seenBytes * SAFETY, request.columnCount * 4) : unseen,
    };
  });

  const pieces: Array<Array<{ slice: Slice; data: BodyData }>> = requests.map(() => []);
  const queue: Array<{ slices: Slice[]; splits: number }> = planSlices(sizes, maxBytes).map((slices) => ({ slices, splits: 0 }));
  while (queue.length > 0) {
    const { slices, splits } = queue.shift() as { slices: Slice[]; splits: number };
    const loads = slices.map((slice) => {
      const request = requests[slice.table];
      const range = request.body.getRow(slice.start).getResizedRange(slice.rows - 1, 0);
      if (request.withFormulas) range.load("values, formulas");
      else range.load("values");
      return { slice, range };
    });
    try {
      // One sync per group of slices: their number follows the data's bytes, not its rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const parts = isResponseTooLarge(error) && splits < MAX_SPLITS ? halves(slices) : null;
      if (!parts) throw error;
      queue.unshift(...parts.map((part) => ({ slices: part, splits: splits + 1 })));
      continue;
    }
    for (const { slice, range } of loads) {
      const withFormulas = requests[slice.table].withFormulas;
      pieces[slice.table].push({ slice, data: { values: range.values, formulas: withFormulas ? range.formulas : undefined } });
    }
  }

  return bodies.map((body, i) => {
    const ordered = pieces[i].sort((a, b) => a.slice.start - b.slice.start);
    for (const { data } of ordered) {
      for (const row of data.values) body.values.push(row);
      if (body.formulas && data.formulas) for (const row of data.formulas) body.formulas.push(row);
    }
    return body;
  });
}

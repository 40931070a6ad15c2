/**
 * Excel round trips on the in-memory fake: context.sync() calls and the largest request per
 * operation, against a naive recalculation that writes row by row; and a simulated time with
 * a fixed cost per round trip, as on Excel on the web.
 */
import { createFakeExcel, type FakeExcel, type FakeTableInit } from "../tests/support/fakeExcel";
import { createOfficeApi } from "../src/office/officeApi";
import { OfficeGateway } from "../src/office/officeGateway";
import { DEFAULT_MAX_REQUEST_BYTES } from "../src/office/requestChunks";
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { computedColumnWrites } from "../src/workbook/recalculate";
import { PLAN_INPUT_TABLES } from "../src/workbook/operations";
import { TABLES, NUMBER_FORMATS, type TableName } from "../src/workbook/schema";
import type { TableSpec, WorkbookSnapshot } from "../src/workbook/gateway";

export const ROUND_TRIP_MS = 100;

export interface OfficeRow {
  plan: string;
  operation: string;
  syncs: number;
  largestRequestKB: number;
  /** All write requests of the operation together. */
  totalRequestKB: number;
  /**
   * The fewest syncs the operation could take: its reads, as many writes as its payload needs at
   * one chunk (4 MB, under Excel on the web's 5 MB limit) per request, and the events-on sync.
   */
  fewestSyncs: number;
  simulatedMs: number;
}

function specsOf(snapshot: WorkbookSnapshot): TableSpec[] {
  return Object.values(snapshot.tables).flatMap((data) => {
    if (!data) return [];
    const def = TABLES[data.name as TableName];
    const numberFormats = Object.fromEntries(def.columns.map((c) => [c.header, NUMBER_FORMATS[c.type]]));
    return [{ name: data.name, sheet: def.sheet, headers: data.headers, rows: data.rows, numberFormats }];
  });
}

export function seeded(snapshot: WorkbookSnapshot): FakeExcel {
  const tables: FakeTableInit[] = specsOf(snapshot).map((spec) => ({
    name: spec.name,
    sheet: spec.sheet,
    headers: spec.headers,
    rows: spec.rows,
    numberFormats: spec.numberFormats,
  }));
  return createFakeExcel({ tables });
}

async function measure(plan: string, operation: string, fake: FakeExcel, work: () => Promise<unknown>): Promise<OfficeRow> {
  fake.resetCounters();
  await work();
  const largest = fake.requests.reduce((max, bytes) => Math.max(max, bytes), 0);
  const total = fake.requests.reduce((sum, bytes) => sum + bytes, 0);
  const reads = fake.requests.filter((bytes) => bytes === 0).length;
  return {
    plan,
    operation,
    syncs: fake.syncCount,
    largestRequestKB: Math.round(largest / 102.4) / 10,
    totalRequestKB: Math.round(total / 102.4) / 10,
    // Reads as they were split (each response under 5 MB), the writes' payload in as few requests
    // as the limit allows, and after any write the one sync that turns events back on and asks
    // Excel to recalculate (the add-in writes with events off, so its writes never re-trigger it).
    fewestSyncs: reads + (total > 0 ? Math.ceil(total / DEFAULT_MAX_REQUEST_BYTES) + 1 : 0),
    simulatedMs: fake.syncCount * ROUND_TRIP_MS,
  };
}

/** The naive way: read once, then write each Plan row's computed cells with a sync per row. */
async function naiveRecalculate(fake: FakeExcel): Promise<void> {
  await fake.run(async (context) => {
    const gateway = new OfficeGateway(context);
    const snapshot = await gateway.read(PLAN_INPUT_TABLES);
    const writes = computedColumnWrites(snapshot, evaluateWorkbook(snapshot)).filter((w) => w.table === "Plan");
    const plan = snapshot.tables.Plan;
    if (!plan) throw new Error("no Plan table");
    const body = context.workbook.tables.getItem("Plan").getDataBodyRange();
    const columns = writes.map((w) => plan.headers.findIndex((h) => h.toLowerCase() === w.column.toLowerCase()));
    for (let row = 0; row < plan.rows.length; row++) {
      writes.forEach((write, i) => {
        body.getCell(row, columns[i]).values = [[write.values[row] ?? ""]];
      });
      // The anti-pattern being measured: one round trip per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}

export async function benchOffice(label: string, snapshot: WorkbookSnapshot, bundled: boolean): Promise<OfficeRow[]> {
  const rows: OfficeRow[] = [];
  const empty = createFakeExcel();
  if (bundled) {
    rows.push(await measure(label, "Set up", empty, () => createOfficeApi(empty.run).setUp()));
  } else {
    const specs = specsOf(snapshot);
    rows.push(
      await measure(label, "Set up", empty, () => empty.run((context) => new OfficeGateway(context).createTables(specs)))
    );
  }
  const fake = bundled ? empty : seeded(snapshot);
  const api = createOfficeApi(fake.run);
  rows.push(await measure(label, "Recalculate", fake, () => api.recalculate()));
  rows.push(await measure(label, "Validate", fake, () => api.validate()));
  rows.push(await measure(label, "Generate status sheet", fake, () => api.generateStatusSheet()));
  rows.push(await measure(label, "Recalculate, naive row by row", fake, () => naiveRecalculate(fake)));
  return rows;
}

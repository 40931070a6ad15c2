/**
 * The generated 5,000-KPI plan (about 17 MB of table data) on the stricter fake: every request
 * and every response under Excel on the web's 5 MB, in a small number of syncs that follows the
 * data's bytes (about one per 3.5 MB read), never its rows. Slow (tens of seconds): it is the
 * "done when" of issue 11.
 */
import { generatePlan } from "../../bench/generate";
import { createOfficeApi } from "../../src/office/officeApi";
import { jsonBytes } from "../../src/office/utf8";
import { TABLES, NUMBER_FORMATS, type TableName } from "../../src/workbook/schema";
import { createFakeExcel } from "../support/fakeExcel";

const LIMIT = 5 * 1024 * 1024;

test("5,000 KPIs recalculate and get a status sheet with every request and response under 5 MB", async () => {
  const snapshot = generatePlan({ label: "5,000 KPIs", kpis: 5_000, workPlan: 50_000, updates: 200_000 });
  const tables = Object.values(snapshot.tables).flatMap((data) => {
    if (!data) return [];
    const def = TABLES[data.name as TableName];
    const numberFormats = Object.fromEntries(def.columns.map((c) => [c.header, NUMBER_FORMATS[c.type]]));
    return [{ name: data.name, sheet: def.sheet, headers: data.headers, rows: data.rows, numberFormats }];
  });
  expect(jsonBytes(tables.map((t) => t.rows))).toBeGreaterThan(15_000_000);
  const fake = createFakeExcel({ tables });
  const api = createOfficeApi(fake.run);

  const measure = async (work: () => Promise<unknown>) => {
    fake.resetCounters();
    await work();
    return { syncs: fake.syncCount, request: Math.max(...fake.requests), response: Math.max(...fake.responses) };
  };
  const recalc = await measure(() => api.recalculate());
  expect(recalc.request).toBeLessThan(LIMIT);
  expect(recalc.response).toBeLessThan(LIMIT);
  expect(recalc.syncs).toBeLessThanOrEqual(10); // read 7 (existence, sizes, 5 x ~3.5 MB), write 1, events on 1
  expect(fake.column("Plan", "Status").filter((s) => s === "")).toEqual([]);

  const status = await measure(() => api.generateStatusSheet());
  expect(status.request).toBeLessThan(LIMIT);
  expect(status.response).toBeLessThan(LIMIT);
  expect(status.syncs).toBeLessThanOrEqual(11);
}, 600_000);

/**
 * Nothing lost, on the MemoryGateway every operation test uses (issue 10, item 8): in seeded
 * random workbooks, every table cell the tool does not own keeps its value and stays a formula
 * when it was one, through Recalculate, Validate, Status and a threshold change. A failure prints
 * the fast-check seed and the workbook's seed; rerun with KPI_PROPERTY_SEED to reproduce.
 */
import fc from "fast-check";
import { findColumn } from "../../src/workbook/schema";
import type { MemoryGateway } from "../support/memoryGateway";
import { ownsTableCell, PROPERTY_SEED, runEveryOperation, WORKBOOKS_PER_RUN } from "../support/nothingLost";
import { randomWorkbook, toMemoryGateway, type WorkbookDescription } from "../support/randomWorkbook";

jest.setTimeout(600_000);

function unownedCells(gateway: MemoryGateway, description: WorkbookDescription): Map<string, string> {
  const cells = new Map<string, string>();
  for (const table of gateway.tables.values()) {
    const original = description.tables.find((t) => t.name === table.name)?.rows.length ?? 0;
    const keyColumn = findColumn(table.headers, "Key");
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = keyColumn >= 0 ? String(row[keyColumn] ?? "") : "";
        if (ownsTableCell(table.name, table.headers[c], r, original, key)) return;
        cells.set(`${table.name}[${r}].${table.headers[c]}`, JSON.stringify({ value, formula: table.formulaCells?.has(`${r},${c}`) ?? false }));
      }),
    );
  }
  return cells;
}

describe("nothing lost through the MemoryGateway", () => {
  it(`keeps every table cell the tool does not own, in ${WORKBOOKS_PER_RUN} random workbooks (seed ${PROPERTY_SEED})`, async () => {
    const completed: Record<string, number> = { recalculate: 0, status: 0, thresholds: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0x7fffffff }), async (workbookSeed) => {
        const description = randomWorkbook(workbookSeed);
        const gateway = toMemoryGateway(description);
        const before = unownedCells(gateway, description);
        const sheetsBefore = new Map(gateway.sheets);

        const run = await runEveryOperation((operation) => operation(gateway), workbookSeed);
        for (const name of run.wrote) completed[name] = (completed[name] ?? 0) + 1;

        const after = unownedCells(gateway, description);
        const lost = [...before].filter(([key, was]) => after.get(key) !== was).map(([key, was]) => `${key}: ${was.slice(0, 200)} → ${after.get(key)?.slice(0, 200)}`);
        expect({ workbookSeed, lost: lost.slice(0, 10) }).toEqual({ workbookSeed, lost: [] });
        expect(after.size).toBe(before.size);
        for (const [name, sheet] of sheetsBefore) expect(gateway.sheets.get(name)).toBe(sheet);
      }),
      { seed: PROPERTY_SEED, numRuns: WORKBOOKS_PER_RUN, endOnFailure: true },
    );
    // The property means something only if the operations did write, in most workbooks.
    expect(completed.recalculate).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
    expect(completed.status).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
    expect(completed.thresholds).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
  });
});

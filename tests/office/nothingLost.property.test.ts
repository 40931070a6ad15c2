/**
 * Nothing lost, on the Office.js gateway (issue 10, item 8): in seeded random workbooks, every
 * cell the tool does not own keeps its value, formula, number format and fill through Recalculate,
 * Validate, Status and a threshold change. A failure prints the fast-check seed and the
 * workbook's seed; rerun with KPI_PROPERTY_SEED to reproduce.
 */
import fc from "fast-check";
import { OfficeGateway } from "../../src/office/officeGateway";
import { findColumn } from "../../src/workbook/schema";
import type { FakeExcel } from "../support/fakeExcel";
import { ownsTableCell, PROPERTY_SEED, runEveryOperation, WORKBOOKS_PER_RUN } from "../support/nothingLost";
import { randomWorkbook, toFakeExcel, type WorkbookDescription } from "../support/randomWorkbook";

jest.setTimeout(600_000);

interface CellFacts {
  value: unknown;
  formula: string | undefined;
  numberFormat: string;
  fill: unknown;
}

const EMPTY: CellFacts = { value: "", formula: undefined, numberFormat: "General", fill: undefined };

function cellsOf(fake: FakeExcel): Map<string, CellFacts> {
  const cells = new Map<string, CellFacts>();
  for (const sheet of fake.state.sheets) {
    for (const [key, cell] of sheet.cells) {
      cells.set(`${sheet.name}!${key}`, { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat, fill: cell.format["fill.color"] });
    }
  }
  return cells;
}

/** Whether the tool owns the cell at "Sheet!row,col", judged on the workbook after the operations. */
function owner(fake: FakeExcel, description: WorkbookDescription, sheetsBefore: Set<string>): (key: string) => boolean {
  return (key) => {
    const [sheetName, position] = [key.slice(0, key.lastIndexOf("!")), key.slice(key.lastIndexOf("!") + 1)];
    if (!sheetsBefore.has(sheetName)) return true;
    const [row, col] = position.split(",").map(Number);
    for (const table of fake.state.tables) {
      if (table.sheet.name !== sheetName) continue;
      const body = table.bodyRect;
      if (row < body.row || row >= body.row + body.rows || col < body.col || col >= body.col + body.cols) continue;
      const headers = table.headers();
      const original = description.tables.find((t) => t.name === table.name)?.rows.length ?? 0;
      const keyColumn = findColumn(headers, "Key");
      const rowKey = keyColumn >= 0 ? String(table.sheet.value(row, body.col + keyColumn)) : "";
      return ownsTableCell(table.name, headers[col - body.col], row - body.row, original, rowKey);
    }
    return false;
  };
}

describe("nothing lost through the Office gateway", () => {
  it(`keeps every cell the tool does not own, in ${WORKBOOKS_PER_RUN} random workbooks (seed ${PROPERTY_SEED})`, async () => {
    const completed: Record<string, number> = { recalculate: 0, status: 0, thresholds: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0x7fffffff }), async (workbookSeed) => {
        const description = randomWorkbook(workbookSeed);
        const fake = toFakeExcel(description);
        const before = cellsOf(fake);
        const sheetsBefore = new Set(fake.state.sheets.map((s) => s.name));

        const run = await runEveryOperation((operation) => fake.run((context) => operation(new OfficeGateway(context))), workbookSeed);
        for (const name of run.wrote) completed[name] = (completed[name] ?? 0) + 1;

        const after = cellsOf(fake);
        const owned = owner(fake, description, sheetsBefore);
        const lost: string[] = [];
        for (const key of new Set([...before.keys(), ...after.keys()])) {
          if (owned(key)) continue;
          const was = JSON.stringify(before.get(key) ?? EMPTY);
          const is = JSON.stringify(after.get(key) ?? EMPTY);
          if (was !== is) lost.push(`${key}: ${was.slice(0, 200)} → ${is.slice(0, 200)}`);
        }
        expect({ workbookSeed, lost: lost.slice(0, 10) }).toEqual({ workbookSeed, lost: [] });
        for (const name of sheetsBefore) expect(fake.state.sheets.some((s) => s.name === name)).toBe(true);
      }),
      { seed: PROPERTY_SEED, numRuns: WORKBOOKS_PER_RUN, endOnFailure: true },
    );
    // The property means something only if the operations did write, in most workbooks.
    expect(completed.recalculate).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
    expect(completed.status).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
    expect(completed.thresholds).toBeGreaterThan(WORKBOOKS_PER_RUN / 2);
  });
});

import { createOfficeApi } from "../../src/office/officeApi";
import { computedColumns, TABLES, type TableName } from "../../src/workbook/schema";
import { createFakeExcel } from "../support/fakeExcel";
import { inputColumns, planWorkbook, sheetCells } from "./fixtures";

const COMPUTED = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((name) => [name, computedColumns(name).map((c) => c.header)])
);

describe("createOfficeApi over the Excel fake", () => {
  test("recalculate costs the same syncs for 10 and 5,000 Plan rows: read 2 + write 1", async () => {
    for (const rows of [10, 5000]) {
      const fake = planWorkbook(rows);
      const report = await createOfficeApi(fake.run).recalculate();
      expect(report.rowsWritten).toBeGreaterThanOrEqual(rows);
      expect(fake.syncCount).toBe(3);
      expect(fake.state.calculationSuspendedSyncs).toEqual([3]);
      expect(fake.column("Plan", "Status").every((s) => s !== "")).toBe(true);
    }
  });

  test("recalculate leaves input columns, user columns and user sheets as they were", async () => {
    const fake = planWorkbook();
    const before = inputColumns(fake, COMPUTED);
    const notes = sheetCells(fake, "Notes");
    await createOfficeApi(fake.run).recalculate();
    expect(inputColumns(fake, COMPUTED)).toEqual(before);
    expect(fake.column("Plan", "My notes")[0]).toBe("note 0");
    expect(sheetCells(fake, "Notes")).toEqual(notes);
  });

  test("generate status sheet adds a sheet with chart, data bars, colours and print setup, inputs untouched", async () => {
    const fake = planWorkbook();
    const before = inputColumns(fake, COMPUTED);
    const api = createOfficeApi(fake.run);
    const report = await api.generateStatusSheet();
    const sheet = fake.sheet(report.sheetName);
    expect(report.sheetName).toMatch(/^Status \d{4}-\d{2}-\d{2}$/);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: "BarStacked", seriesBy: "Columns" });
    expect(sheet.conditionalFormats.some((cf) => cf.type === "DataBar")).toBe(true);
    expect(sheet.conditionalFormats.filter((cf) => cf.type === "ContainsText").length).toBeGreaterThanOrEqual(8);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      footers: { rightFooter: "Page &P of &N" },
    });
    expect(sheet.horizontalPageBreaks.length).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBe(1);
    // Rows with wrapped long text (action texts) are made tall enough to show it.
    expect(Math.max(...sheet.rowHeights.values())).toBeGreaterThanOrEqual(30);
    expect([...sheet.cells.values()].filter((cell) => cell.formula)).toEqual([]);
    expect(fake.tableValues("History").rows.length).toBe(report.historyRows);
    const { History: _history, ...inputsAfter } = inputColumns(fake, COMPUTED);
    const { History: _before, ...inputsBefore } = before;
    expect(inputsAfter).toEqual(inputsBefore);
  });

  test("set up inserts the tables with drop-downs and status colours in a constant number of syncs, then declines", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
    const api = createOfficeApi(fake.run);
    const report = await api.setUp();
    expect(report.created).toContain("Plan");
    expect(fake.syncCount).toBe(3); // read 1 (no table exists), existence check 1, write 1
    // Each table on its own sheet, whichever sheet is active (Sheet1 here).
    expect(fake.state.tables.map((t) => [t.name, t.sheet.name])).toEqual(report.created.map((name) => [name, TABLES[name as TableName].sheet]));
    const plan = fake.sheet("Plan");
    expect(plan.validations.map((v) => v.rule)).toEqual([
      { list: expect.objectContaining({ inCellDropDown: true, source: expect.stringContaining("updates:latest") }) },
    ]);
    expect(plan.conditionalFormats.filter((cf) => cf.type === "ContainsText")).toHaveLength(8);
    expect(fake.tableValues("Plan").rows.length).toBeGreaterThan(50);
    const settings = fake.tableValues("Settings").rows;
    const planStart = settings.findIndex((row) => row[0] === "Plan start");
    expect(fake.sheet("Settings").ensureCell(planStart + 1, 1).numberFormat).toBe("yyyy-mm-dd");
    expect(fake.sheet("Settings").ensureCell(1, 1).numberFormat).toBe("General");
    const again = await api.setUp();
    expect(again.created).toEqual([]);
  });

  test("selectCell selects the cell on its sheet", async () => {
    const fake = planWorkbook();
    await createOfficeApi(fake.run).selectCell({ table: "Plan", row: 4, column: "target" });
    const target = TABLES.Plan.columns.findIndex((c) => c.header === "Target");
    expect(fake.state.selection).toBe(`Plan!${String.fromCharCode(65 + target)}6`);
    expect(fake.state.activeSheet).toBe("Plan");
    await expect(createOfficeApi(fake.run).selectCell({ table: "Nope", row: 0, column: null })).rejects.toThrow(
      'The workbook has no table named "Nope"'
    );
  });
});

describe("errors a user can meet become plain words, and nothing is half-written", () => {
  const failing = async (prepare: (fake: ReturnType<typeof planWorkbook>) => void, limit?: number) => {
    const fake = planWorkbook(undefined, limit ? { requestLimitBytes: limit } : {});
    prepare(fake);
    const before = inputColumns(fake, {});
    const error = await createOfficeApi(fake.run).recalculate().then(
      () => null,
      (e: Error) => e
    );
    return { error, unchanged: JSON.stringify(inputColumns(fake, {})) === JSON.stringify(before) };
  };

  test("protected sheet", async () => {
    const { error, unchanged } = await failing((fake) => fake.protectSheet("Plan"));
    expect(error?.message).toMatch(/protected.*Unprotect/);
    expect(unchanged).toBe(true);
  });

  test("cell being edited", async () => {
    const { error, unchanged } = await failing((fake) => fake.setCellEditMode(true));
    expect(error?.message).toBe("Excel is waiting for you to finish editing a cell: press Enter or Esc, then try again.");
    expect(unchanged).toBe(true);
  });

  test("request too large", async () => {
    const { error, unchanged } = await failing(() => undefined, 2_000);
    expect(error?.message).toMatch(/too large/);
    expect(unchanged).toBe(true);
  });

  test("missing table", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
    await expect(createOfficeApi(fake.run).recalculate()).rejects.toThrow(/Run Set up/);
  });
});

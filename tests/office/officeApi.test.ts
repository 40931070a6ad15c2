import { createOfficeApi } from "../../src/office/officeApi";
import { computedColumns, TABLES, type TableName } from "../../src/workbook/schema";
import { createFakeExcel } from "../support/fakeExcel";
import { inputColumns, planWorkbook, sheetCells } from "./fixtures";

const COMPUTED = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((name) => [name, computedColumns(name).map((c) => c.header)])
);

describe("createOfficeApi over the Excel fake", () => {
  test("recalculate: read 2 (+1 for the rest of a large plan), write 1, events back on and recalculation 1", async () => {
    for (const [rows, syncs] of [
      [10, 4],
      [5000, 5],
    ]) {
      const fake = planWorkbook(rows);
      const report = await createOfficeApi(fake.run).recalculate();
      expect(report.rowsWritten).toBeGreaterThanOrEqual(rows);
      expect(fake.syncCount).toBe(syncs);
      expect(fake.state.calculationSuspendedSyncs).toEqual([syncs - 1]);
      expect(fake.state.calculations).toEqual(["Recalculate"]);
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
    expect(fake.syncCount).toBe(4); // read 1 (no table exists), existence check 1, write 1, events back on 1
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

describe("errors met in real use, end to end on the fake", () => {
  test("a status sheet in a workbook whose structure is protected: plain words, History untouched", async () => {
    const fake = planWorkbook();
    fake.protectStructure();
    const history = fake.tableValues("History").rows.length;
    await expect(createOfficeApi(fake.run).generateStatusSheet()).rejects.toThrow(/Protect Workbook/);
    expect(fake.tableValues("History").rows.length).toBe(history);
    expect(fake.state.eventsEnabled).toBe(true);
  });

  test("a table name that looks like a cell address is refused by Excel (and by the fake)", async () => {
    const fake = planWorkbook();
    for (const name of ["AB12", "R1C1", "r2", "C"]) {
      await expect(
        fake.run(async (context) => {
          context.workbook.tables.getItem("Plan").name = name;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one failing rename per name
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Plan").name = "Plan2024";
      await context.sync();
    });
    expect(fake.state.table("Plan2024")).toBeDefined();
  });
});

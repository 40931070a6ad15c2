/** The fake must fail where Excel fails, or tests on it prove nothing. */
import { createFakeExcel, type FakeExcel } from "./fakeExcel";

const plan = (): FakeExcel =>
  createFakeExcel({
    tables: [{ name: "Plan", sheet: "Plan", headers: ["Ref", "Target", "Status"], rows: [["1-a", "At least 3", ""], ["1-b", "50%", ""]] }],
  });

const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code ?? String(error)
  );

describe("fake Excel", () => {
  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    const fake = plan();
    await fake.run(async (context) => {
      const range = context.workbook.tables.getItem("Plan").getDataBodyRange();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading unloaded on purpose
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading unloaded on purpose
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["1-a", "At least 3", ""],
        ["1-b", "50%", ""],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- reading unloaded on purpose
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("a loaded value is a snapshot: writes show only after a new load and sync", async () => {
    const fake = plan();
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Plan").getRange("A2").load("values");
      await context.sync();
      cell.values = [["1-z"]];
      await context.sync();
      expect(cell.values).toEqual([["1-a"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([["1-z"]]);
    });
  });

  test("an array whose shape differs from the range fails at sync with InvalidArgument, leaving the cells", async () => {
    const fake = plan();
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("C2:C3").values = [["x"], ["y"], ["z"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    expect(fake.column("Plan", "Status")).toEqual(["", ""]);
  });

  test("getItem of a missing table fails at sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const fake = plan();
    expect(await codeOf(fake.run(async (context) => {
      context.workbook.tables.getItem("Nope");
      await context.sync();
    }))).toBe("ItemNotFound");
    await fake.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      const present = context.workbook.tables.getItemOrNullObject("plan");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading unloaded on purpose
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Plan");
    });
  });

  test("text starting with = becomes a formula unless prefixed with an apostrophe or in a text cell", async () => {
    const fake = plan();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("B2:B3").values = [["=HYPERLINK(\"x\")"], ["'=HYPERLINK(\"x\")"]];
      sheet.getRange("E1").numberFormat = [["@"]];
      sheet.getRange("E1").values = [["=1+1"]];
      sheet.getRange("F1:G1").values = [["-5", "'-5"]];
      await context.sync();
    });
    const sheet = fake.sheet("Plan");
    expect(sheet.cell(1, 1)).toMatchObject({ formula: "=HYPERLINK(\"x\")", value: "#NAME?" });
    expect(sheet.cell(2, 1)).toMatchObject({ formula: undefined, value: "=HYPERLINK(\"x\")" });
    expect(sheet.cell(0, 4)?.value).toBe("=1+1");
    expect(sheet.value(0, 5)).toBe(-5);
    expect(sheet.value(0, 6)).toBe("-5");
  });

  test("writes to a protected sheet fail with AccessDenied", async () => {
    const fake = plan();
    fake.protectSheet("Plan");
    expect(await codeOf(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["x"]];
      await context.sync();
    }))).toBe("AccessDenied");
  });

  test("cell-edit mode and an oversized request fail the sync with Excel's codes", async () => {
    const fake = plan();
    fake.setCellEditMode(true);
    expect(await codeOf(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["x"]];
      await context.sync();
    }))).toBe("InvalidOperationInCellEditMode");
    fake.setCellEditMode(false);
    fake.state.requestLimitBytes = 100;
    expect(await codeOf(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["x".repeat(200)]];
      await context.sync();
    }))).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.column("Plan", "Status")).toEqual(["", ""]);
  });

  test("a new table always has a body row, and rows.add appends after it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Updates" }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Updates");
      sheet.getRange("A1:B1").values = [["Date", "Ref"]];
      const table = sheet.tables.add("A1:B1", true);
      table.name = "Updates";
      table.rows.add(undefined, [[45000, "1-a"]]);
      await context.sync();
    });
    expect(fake.tableValues("Updates")).toEqual({ headers: ["Date", "Ref"], rows: [["", ""], [45000, "1-a"]] });
  });

  test("counts syncs, estimates request sizes and records loads", async () => {
    const fake = plan();
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Plan").getDataBodyRange().load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("C2:C3").values = [["On track"], ["At risk"]];
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.requests[0]).toBe(0);
    expect(fake.requests[1]).toBe(JSON.stringify([["On track"], ["At risk"]]).length);
    expect(fake.state.loads).toEqual([{ type: "Range", props: ["values"] }]);
  });

  test("user and co-author edits fire table onChanged with the cell address and source", async () => {
    const fake = plan();
    const seen: Array<{ address: string; source: string }> = [];
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Plan").onChanged.add(async (args) => void seen.push({ address: args.address, source: args.source }));
      await context.sync();
    });
    fake.editCell("Plan", 1, "Target", "At least 5", "Remote");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([{ address: "B3", source: "Remote" }]);
  });

  test("isNullObject needs no load; a null object's children fail the sync with ItemNotFound", async () => {
    const fake = plan();
    await fake.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      const present = context.workbook.tables.getItemOrNullObject("Plan");
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, sheet.isNullObject]).toEqual([true, false, true]);
    });
    for (const use of [
      (context: Excel.RequestContext) => context.workbook.tables.getItemOrNullObject("Nope").getDataBodyRange().load("values"),
      (context: Excel.RequestContext) => context.workbook.tables.getItemOrNullObject("Nope").worksheet.load("name"),
      (context: Excel.RequestContext) => context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").load("values"),
    ]) {
      expect(await codeOf(fake.run(async (context) => void use(context)))).toBe("ItemNotFound");
    }
  });

  test("sheet names Excel refuses: History is reserved, no apostrophe at either end", async () => {
    const fake = plan();
    for (const name of ["History", "history", "'quoted", "Sheet/1"]) {
      expect(await codeOf(fake.run(async (context) => void context.workbook.worksheets.add(name)))).toBe("InvalidArgument");
    }
    expect(await codeOf(fake.run(async (context) => void context.workbook.worksheets.add("KPI History")))).toBe("resolved");
  });

  test("tables.add: a sheet-less address means the active sheet; a Range object decides its sheet", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Data" }] });
    await fake.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.tables.add("A1:B1", true).name = "ByAddress";
      data.tables.add(data.getRange("D1:E1"), true).name = "ByRange";
      await context.sync();
    });
    expect(fake.state.table("ByAddress")?.sheet.name).toBe("Sheet1");
    expect(fake.state.table("ByRange")?.sheet.name).toBe("Data");
  });

  test("a proxy from another request context is refused", async () => {
    const fake = plan();
    const other = fake.newContext();
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.tables.add(other.workbook.worksheets.getItem("Plan").getRange("F1:G1") as unknown as Excel.Range, true);
        await context.sync();
      })
    );
    expect(code).toBe("InvalidRequestContext");
  });
});

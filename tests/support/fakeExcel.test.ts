/** The fake must fail where Excel fails, or tests on it prove nothing. */
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import { looksLikeReference } from "./fakeExcel/table";

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

  test("timeSyncs records when each sync ran and for how long; by default nothing is kept", async () => {
    const read = (fake: FakeExcel) =>
      fake.run(async (context) => {
        context.workbook.tables.getItem("Plan").getDataBodyRange().load("values");
        await context.sync();
        await context.sync();
      });
    const untimed = plan();
    await read(untimed);
    expect(untimed.state.syncTimes).toBeNull();
    const timed = createFakeExcel({ tables: [{ name: "Plan", sheet: "Plan", headers: ["Ref"], rows: [["1-a"]] }], timeSyncs: true });
    const before = performance.now();
    await read(timed);
    expect(timed.state.syncTimes).toHaveLength(timed.syncCount);
    for (const sync of timed.state.syncTimes ?? []) {
      expect(sync.start).toBeGreaterThanOrEqual(before);
      expect(sync.ms).toBeGreaterThanOrEqual(0);
    }
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

  describe("rules from Microsoft's documentation (each cited in the fake's code)", () => {
    const settle = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

    test("request and response sizes are UTF-8 bytes: a dash or ≥ counts three", async () => {
      const fake = plan();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["–≥"]];
        await context.sync();
        context.workbook.worksheets.getItem("Plan").getRange("C2").load("values");
        await context.sync();
      });
      expect(fake.requests[0]).toBe(JSON.stringify([["–≥"]]).length + 4);
      expect(fake.responses[1]).toBe(JSON.stringify([["–≥"]]).length + 4);
    });

    test("a response over the limit fails with ResponsePayloadSizeLimitExceeded", async () => {
      const fake = createFakeExcel({
        responseLimitBytes: 1_000,
        tables: [{ name: "Notes", sheet: "Notes", headers: ["Text"], rows: Array.from({ length: 40 }, () => ["€".repeat(10)]) }],
      });
      const read = (rows: number) =>
        codeOf(
          fake.run(async (context) => {
            context.workbook.tables.getItem("Notes").getDataBodyRange().getRow(0).getResizedRange(rows - 1, 0).load("values");
            await context.sync();
          })
        );
      // 20 rows of ten 3-byte characters: 20 * 35 bytes of JSON passes; 40 rows do not.
      expect(await read(20)).toBe("resolved");
      expect(await read(40)).toBe("ResponsePayloadSizeLimitExceeded");
    });

    test("a read of more than 5,000,000 cells is refused", async () => {
      const fake = plan();
      const code = await codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Plan").getRange("A1:E1000001").load("values");
          await context.sync();
        })
      );
      expect(code).toBe("RangeExceedsLimit");
    });

    test("several writes of one sync arrive as one event whose address spans them; format changes raise onFormatChanged only", async () => {
      const fake = plan();
      const changed: string[] = [];
      const formatted: string[] = [];
      await fake.run(async (context) => {
        context.workbook.tables.getItem("Plan").onChanged.add(async (args) => void changed.push(`${args.changeType} ${args.address} ${args.source}`));
        context.workbook.worksheets.getItem("Plan").onFormatChanged.add(async (args) => void formatted.push(args.address));
        await context.sync();
        const sheet = context.workbook.worksheets.getItem("Plan");
        sheet.getRange("A2").values = [["1-z"]];
        sheet.getRange("C3").values = [["x"]];
        sheet.getRange("B2").numberFormat = [["@"]];
        await context.sync();
      });
      await settle();
      expect(changed).toEqual(["RangeEdited A2:C3 Local"]);
      expect(formatted).toEqual(["B2"]);
    });

    test("with Runtime.enableEvents off, the add-in's handlers hear nothing", async () => {
      const fake = plan();
      const seen: string[] = [];
      await fake.run(async (context) => {
        context.workbook.tables.getItem("Plan").onChanged.add(async (args) => void seen.push(args.address));
        await context.sync();
        (context as unknown as { runtime: { enableEvents: boolean } }).runtime.enableEvents = false;
        context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["x"]];
        await context.sync();
      });
      fake.editCell("Plan", 0, "Target", "y");
      await settle();
      expect(seen).toEqual([]);
      fake.state.eventsEnabled = true;
      fake.editCell("Plan", 0, "Target", "z", "Remote");
      await settle();
      expect(seen).toEqual(["B2"]);
    });

    test("values written right below a table extend it, with the last row's number formats", async () => {
      const fake = createFakeExcel({
        tables: [{ name: "Updates", sheet: "Updates", headers: ["Ref", "Note"], rows: [["1-a", "n"]], numberFormats: { Ref: "@" } }],
      });
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Updates").getRange("A3:B4").values = [["007", "x"], ["008", "y"]];
        await context.sync();
      });
      expect(fake.tableValues("Updates").rows).toEqual([["1-a", "n"], ["007", "x"], ["008", "y"]]);
      // A write with a gap below the table does not join it.
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Updates").getRange("A7:B7").values = [["far", "away"]];
        await context.sync();
      });
      expect(fake.tableValues("Updates").rows).toHaveLength(3);
    });

    test("delayForCellEdit holds a batch until the user leaves the cell; without it the batch fails", async () => {
      const fake = plan();
      fake.setCellEditMode(true);
      let done = false;
      const delayed = fake
        .run({ delayForCellEdit: true }, async (context) => {
          context.workbook.worksheets.getItem("Plan").getRange("C2").values = [["x"]];
          await context.sync();
        })
        .then(() => void (done = true));
      await settle();
      expect(done).toBe(false);
      fake.setCellEditMode(false);
      await delayed;
      expect(fake.column("Plan", "Status")[0]).toBe("x");
    });

    test("a protected workbook structure refuses new and deleted sheets", async () => {
      const fake = plan();
      fake.protectStructure();
      expect(await codeOf(fake.run(async (context) => {
        context.workbook.worksheets.add("Status");
        await context.sync();
      }))).toBe("AccessDenied");
      expect(await codeOf(fake.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").delete();
        await context.sync();
      }))).toBe("AccessDenied");
      expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
    });

    test("table names that look like cell addresses are refused", () => {
      for (const name of ["AB12", "R1C1", "r5", "c12x", "XFD1048576", "R", "TRUE"]) expect(looksLikeReference(name)).toBe(true);
      for (const name of ["Plan", "WorkPlan", "RSP", "Updates", "XFE1", "Table1", "Rates"]) expect(looksLikeReference(name)).toBe(false);
    });
  });
});

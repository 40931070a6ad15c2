import { readdirSync, writeFileSync, existsSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { isoToSerial } from "../../src/core/dates";
import type { TableSpec } from "../../src/workbook/gateway";
import { WorkbookError } from "../../src/workbook/gateway";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { partNames, sheetXml, tempFolder, zipPart } from "./helpers";

const day = (iso: string): number => isoToSerial(iso) as number;

const PLAN_SPEC: TableSpec = {
  name: "Plan",
  sheet: "Plan",
  headers: ["Ref", "Target", "Deadline", "Actual", "Measure", "Progress", "Status"],
  rows: [
    ["1-a", "At least 28 Members", day("2024-06-30"), 10, "manual", null, null],
    ["1-b", "Once a year", null, null, "manual", null, null],
  ],
  numberFormats: { Deadline: "yyyy-mm-dd", Progress: "0%" },
  validationLists: { Measure: ["manual", "updates:latest", "activities"] },
  statusColumn: "Status",
  dataBarColumn: "Progress",
};
const UPDATES_SPEC: TableSpec = {
  name: "Updates",
  sheet: "Updates",
  headers: ["Date", "Ref", "Value"],
  rows: [],
  numberFormats: { Date: "yyyy-mm-dd" },
};

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

async function savedAndReopened(gateway: XlsxGateway, name = "book.xlsx"): Promise<XlsxGateway> {
  await gateway.save(folder.file(name));
  return XlsxGateway.open(folder.file(name));
}

/** The saved file as exceljs (an independent reader) sees it. */
async function excelJsOf(name = "book.xlsx"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(folder.file(name));
  return workbook;
}

/** A workbook as a user would shape it in Excel: reordered and extra columns, own sheet. */
async function userWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("My notes");
  notes.getCell("A1").value = "keep me";
  notes.getCell("B2").value = 42;
  const sheet = workbook.addWorksheet("Plan sheet");
  sheet.getCell("A1").value = "title above the table";
  sheet.addTable({
    name: "PLAN",
    ref: "B3",
    columns: [{ name: "status" }, { name: "Ref" }, { name: "My column" }, { name: "Deadline" }],
    rows: [
      ["old", "1-a", "mine 1", new Date(Date.UTC(2024, 5, 30))],
      ["old", "1-b", "mine 2", null],
    ],
  });
  sheet.getCell("E4").numFmt = "yyyy-mm-dd";
  const file = folder.file("user.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("XlsxGateway tables", () => {
  it("creates real tables that read back by name, case-insensitively, with dates as serials", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC, UPDATES_SPEC]);
    const reopened = await savedAndReopened(gateway);
    const snapshot = await reopened.read(["plan", "UPDATES", "History"]);
    expect(snapshot.sheetNames).toEqual(["Plan", "Updates"]);
    expect(snapshot.tables.History).toBeNull();
    const plan = snapshot.tables.plan!;
    expect(plan.name).toBe("Plan");
    expect(plan.headers).toEqual(PLAN_SPEC.headers);
    expect(plan.rows).toEqual(PLAN_SPEC.rows);
    expect(plan.origin).toEqual({ row: 0, col: 0 });
    expect(snapshot.tables.UPDATES!.rows).toEqual([]);
    // The deadline is a real date: exceljs gives a Date for a date-formatted number.
    expect((await excelJsOf()).getWorksheet("Plan")!.getCell("C2").value).toBeInstanceOf(Date);
    const tableXml = await zipPart(folder.file("book.xlsx"), "xl/tables/table1.xml");
    expect(tableXml).toContain('ref="A1:G3"');
  });

  it("applies single-cell number formats over the column's", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([
      {
        name: "Settings",
        sheet: "Settings",
        headers: ["Key", "Value"],
        rows: [["Plan name", "A plan"], ["Plan start", 44743]],
        numberFormats: { Value: "General" },
        cellNumberFormats: [{ row: 1, header: "Value", numberFormat: "yyyy-mm-dd" }],
      },
    ]);
    const reopened = await savedAndReopened(gateway);
    void reopened;
    const sheet = (await excelJsOf()).getWorksheet("Settings")!;
    expect(sheet.getCell("B2").numFmt ?? "General").toBe("General");
    expect(sheet.getCell("B3").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("B3").value).toBeInstanceOf(Date);
  });

  it("adds drop-down lists, status colours and data bars", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC]);
    await gateway.save(folder.file("book.xlsx"));
    const xml = await sheetXml(folder.file("book.xlsx"), "Plan");
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="E2:E1000"/);
    expect(xml).toContain("<formula1>&quot;manual,updates:latest,activities&quot;</formula1>");
    expect(xml).toMatch(/<conditionalFormatting sqref="G2:G1000">/);
    expect(xml).toContain("<formula>&quot;Off track&quot;</formula>");
    expect(xml).toMatch(/<conditionalFormatting sqref="F2:F1000"><cfRule type="dataBar"/);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it("puts a list longer than Excel's 255-character limit on a hidden Lists sheet", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Activity type number ${i}`);
    const gateway = new XlsxGateway();
    await gateway.createTables([{ ...UPDATES_SPEC, validationLists: { Ref: long } }]);
    const reopened = await savedAndReopened(gateway);
    void reopened;
    const lists = (await excelJsOf()).getWorksheet("Lists")!;
    expect(lists.state).toBe("hidden");
    expect(lists.getCell("A40").value).toBe("Activity type number 39");
    const xml = await sheetXml(folder.file("book.xlsx"), "Updates");
    expect(xml).toContain("<formula1>&apos;Lists&apos;!$A$1:$A$40</formula1>");
  });

  it("puts a table meant for a History sheet on KPI History, since Excel reserves that sheet name", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([{ ...UPDATES_SPEC, name: "History", sheet: "History" }]);
    const reopened = await savedAndReopened(gateway);
    const { tables, sheetNames } = await reopened.read(["History"]);
    expect(sheetNames).toEqual(["KPI History"]);
    expect(tables.History).toMatchObject({ name: "History", sheet: "KPI History", rows: [] });
    await expect(reopened.write({ sheets: [{ name: "history", cells: [] }] })).rejects.toThrow(
      'Excel does not allow a sheet named "history".'
    );
  });

  it("refuses a table or sheet that already exists, creating nothing", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC]);
    await expect(gateway.createTables([UPDATES_SPEC, { ...PLAN_SPEC, sheet: "Other" }])).rejects.toThrow(
      "Table Plan already exists."
    );
    await expect(gateway.createTables([{ ...UPDATES_SPEC, sheet: "plan" }])).rejects.toThrow(WorkbookError);
    expect(gateway.sheetNames()).toEqual(["Plan"]);
  });
});

describe("XlsxGateway on a user's workbook", () => {
  it("reads a table away from A1 with reordered and extra columns", async () => {
    const gateway = await XlsxGateway.open(await userWorkbook());
    const { tables } = await gateway.read(["Plan"]);
    expect(tables.Plan).toEqual({
      name: "PLAN",
      sheet: "Plan sheet",
      headers: ["status", "Ref", "My column", "Deadline"],
      rows: [
        ["old", "1-a", "mine 1", day("2024-06-30")],
        ["old", "1-b", "mine 2", null],
      ],
      origin: { row: 2, col: 1 },
    });
  });

  it("writes only the named column; user columns, other cells and user sheets keep their values", async () => {
    const gateway = await XlsxGateway.open(await userWorkbook());
    await gateway.write({ columns: [{ table: "plan", column: "Status", values: ["On track", "Off track"] }] });
    const reopened = await savedAndReopened(gateway, "out.xlsx");
    const { tables } = await reopened.read(["Plan"]);
    expect(tables.Plan!.rows).toEqual([
      ["On track", "1-a", "mine 1", day("2024-06-30")],
      ["Off track", "1-b", "mine 2", null],
    ]);
    const sheet = (await excelJsOf("out.xlsx")).getWorksheet("Plan sheet")!;
    expect(sheet.getCell("A1").value).toBe("title above the table");
    const notes = (await excelJsOf("out.xlsx")).getWorksheet("My notes")!;
    expect([notes.getCell("A1").value, notes.getCell("B2").value]).toEqual(["keep me", 42]);
  });

  it("writes dates with the column's number format, so they reload as real dates", async () => {
    const gateway = await XlsxGateway.open(await userWorkbook());
    await gateway.write({
      columns: [{ table: "Plan", column: "Deadline", values: [day("2023-01-31"), day("2023-12-31")], numberFormat: "yyyy-mm-dd" }],
    });
    await gateway.save(folder.file("out.xlsx"));
    const sheet = (await excelJsOf("out.xlsx")).getWorksheet("Plan sheet")!;
    expect(sheet.getCell("E5").value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(sheet.getCell("E5").numFmt).toBe("yyyy-mm-dd");
  });

  it("refuses a column the table does not have or a wrong number of values, writing nothing", async () => {
    const gateway = await XlsxGateway.open(await userWorkbook());
    const good = { table: "Plan", column: "Status", values: ["x", "y"] };
    await expect(gateway.write({ columns: [good, { table: "Plan", column: "Note", values: [1, 2] }] })).rejects.toThrow(
      'Table PLAN has no column "Note".'
    );
    await expect(gateway.write({ columns: [good, { table: "Plan", column: "Ref", values: [1] }] })).rejects.toThrow(
      "1 values for 2 rows"
    );
    await expect(gateway.write({ columns: [{ table: "Missing", column: "A", values: [] }] })).rejects.toThrow(
      "The workbook has no table named Missing."
    );
    expect((await gateway.read(["Plan"])).tables.Plan!.rows.map((r) => r[0])).toEqual(["old", "old"]);
  });
});

describe("XlsxGateway appends", () => {
  it("fills an empty table's placeholder row, grows the table and reloads, twice", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([UPDATES_SPEC]);
    await gateway.write({ appends: [{ table: "Updates", rows: [{ date: day("2023-03-01"), ref: "1-a", value: 3, unknown: "x" }] }] });
    let reopened = await savedAndReopened(gateway);
    expect((await reopened.read(["Updates"])).tables.Updates!.rows).toEqual([[day("2023-03-01"), "1-a", 3]]);
    expect(await zipPart(folder.file("book.xlsx"), "xl/tables/table1.xml")).toMatch(/ref="A1:C2".*<autoFilter ref="A1:C2"/);

    await reopened.write({
      appends: [{ table: "updates", rows: [{ Date: day("2023-04-01"), Ref: "1-b" }, { Ref: "1-c", Value: 0 }] }],
    });
    reopened = await savedAndReopened(reopened, "book2.xlsx");
    expect((await reopened.read(["Updates"])).tables.Updates!.rows).toEqual([
      [day("2023-03-01"), "1-a", 3],
      [day("2023-04-01"), "1-b", null],
      [null, "1-c", 0],
    ]);
    const tableXml = await zipPart(folder.file("book2.xlsx"), "xl/tables/table1.xml");
    expect(tableXml).toMatch(/<table [^>]*ref="A1:C4"/);
    expect(tableXml).toContain('<autoFilter ref="A1:C4"');
    // New rows keep the column's date format, so the appended date is a real date.
    expect((await excelJsOf("book2.xlsx")).getWorksheet("Updates")!.getCell("A3").value).toBeInstanceOf(Date);
  });

  it("refuses to overwrite cells under a table", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC]);
    gateway.workbook.getWorksheet("Plan")!.getCell("B5").value = "user note";
    await expect(
      gateway.write({ appends: [{ table: "Plan", rows: [{ Ref: "1-c" }, { Ref: "1-d" }] }] })
    ).rejects.toThrow("Cannot add rows to table Plan: sheet Plan row 5 under the table is not empty.");
    expect((await gateway.read(["Plan"])).tables.Plan!.rows).toHaveLength(2);
  });
});

describe("XlsxGateway sheets", () => {
  const tricky = ["=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", '=HYPERLINK("http://x","y")', "-2+3"];

  it("writes user text as text, never as a formula", async () => {
    const gateway = new XlsxGateway();
    await gateway.write({ sheets: [{ name: "Status 2023-07-01", cells: [tricky, [1, true, null, "plain"]] }] });
    const reopened = await savedAndReopened(gateway);
    void reopened;
    const sheet = (await excelJsOf()).getWorksheet("Status 2023-07-01")!;
    tricky.forEach((text, i) => expect(sheet.getCell(1, i + 1).value).toBe(text));
    expect([sheet.getCell("A2").value, sheet.getCell("B2").value, sheet.getCell("C2").value]).toEqual([1, true, null]);
    const xml = await sheetXml(folder.file("book.xlsx"), "Status 2023-07-01");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<c r="A1" t="(s|inlineStr)"/);
  });

  it("applies formats, widths, status colours, data bars, print setup and frozen rows", async () => {
    const gateway = new XlsxGateway();
    await gateway.write({
      sheets: [
        {
          name: "Status",
          cells: [["KPI", "Progress", "Status"], ["1-a", 0.5, "On track"]],
          columnWidths: [30, 12, 14],
          rowHeights: [null, 45],
          formats: [
            { range: { row: 0, col: 0, cols: 3 }, bold: true, fill: "#1F3864", fontColor: "#FFFFFF" },
            { range: { row: 1, col: 1 }, numberFormat: "0%" },
          ],
          statusColors: [{ row: 1, col: 2, rows: 5 }],
          dataBars: [{ row: 1, col: 1, rows: 5 }],
          print: { landscape: true, fitToWidth: true, titleRows: { first: 0, last: 0 } },
          freezeRows: 1,
        },
      ],
    });
    const reopened = await savedAndReopened(gateway);
    void reopened;
    const sheet = (await excelJsOf()).getWorksheet("Status")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("B2").numFmt).toBe("0%");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getRow(2).height).toBe(45);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const xml = await sheetXml(folder.file("book.xlsx"), "Status");
    expect(xml).toMatch(/<conditionalFormatting sqref="C2:C6">/);
    expect(xml).toMatch(/<conditionalFormatting sqref="B2:B6"><cfRule type="dataBar"/);
    expect(xml).toMatch(/ySplit="1"/);
    const workbookXml = await zipPart(folder.file("book.xlsx"), "xl/workbook.xml");
    expect(workbookXml).toContain("_xlnm.Print_Titles");
  });

  it("refuses a sheet name that exists and writes nothing of the batch", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC]);
    await expect(
      gateway.write({
        columns: [{ table: "Plan", column: "Status", values: ["On track", "On track"] }],
        sheets: [{ name: "PLAN", cells: [["x"]] }],
      })
    ).rejects.toThrow('A sheet named "PLAN" already exists.');
    expect((await gateway.read(["Plan"])).tables.Plan!.rows.map((r) => r[6])).toEqual([null, null]);
    expect(gateway.sheetNames()).toEqual(["Plan"]);
  });
});

describe("XlsxGateway reading cell kinds", () => {
  it("gives formula results, rich text, hyperlink text and error text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addTable({
      name: "Cells",
      ref: "A1",
      columns: [{ name: "Formula" }, { name: "Rich" }, { name: "Link" }, { name: "Error" }],
      rows: [
        [
          { formula: "1+1", result: 2 },
          { richText: [{ text: "At least " }, { font: { bold: true }, text: "28" }] },
          { text: "evidence", hyperlink: "https://example.org" },
          { error: "#N/A" },
        ] as ExcelJS.CellValue[],
      ],
    });
    await workbook.xlsx.writeFile(folder.file("cells.xlsx"));
    const gateway = await XlsxGateway.open(folder.file("cells.xlsx"));
    expect((await gateway.read(["cells"])).tables.cells!.rows).toEqual([[2, "At least 28", "evidence", "#N/A"]]);
  });
});

describe("XlsxGateway files", () => {
  it("names a missing file, a text file, an encrypted file and a damaged one in plain words", async () => {
    await expect(XlsxGateway.open(folder.file("none.xlsx"))).rejects.toThrow("none.xlsx: no such file.");
    writeFileSync(folder.file("notes.xlsx"), "Ref,Target\n1-a,At least 28\n");
    await expect(XlsxGateway.open(folder.file("notes.xlsx"))).rejects.toThrow("notes.xlsx is not an .xlsx workbook");
    writeFileSync(folder.file("secret.xlsx"), Buffer.concat([Buffer.from("D0CF11E0A1B11AE1", "hex"), Buffer.alloc(600, 7)]));
    await expect(XlsxGateway.open(folder.file("secret.xlsx"))).rejects.toThrow(
      "secret.xlsx is encrypted or password-protected, save it without a password"
    );
    writeFileSync(folder.file("broken.xlsx"), Buffer.concat([Buffer.from("504B0304", "hex"), Buffer.alloc(100, 1)]));
    const broken = XlsxGateway.open(folder.file("broken.xlsx"));
    await expect(broken).rejects.toBeInstanceOf(WorkbookError);
    await expect(broken).rejects.toThrow("broken.xlsx could not be read as an .xlsx workbook, it looks damaged");
  });

  it("saves through a temporary file: no leftovers, and a failed save leaves no file", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([PLAN_SPEC]);
    await gateway.save(folder.file("book.xlsx"));
    expect(readdirSync(folder.dir)).toEqual(["book.xlsx"]);
    expect(await partNames(folder.file("book.xlsx"))).toContain("xl/tables/table1.xml");
    const missingFolder = path.join(folder.dir, "no-such-folder", "book.xlsx");
    await expect(gateway.save(missingFolder)).rejects.toThrow(`Could not write ${missingFolder}`);
    expect(existsSync(missingFolder)).toBe(false);
    expect(readdirSync(folder.dir)).toEqual(["book.xlsx"]);
  });
});

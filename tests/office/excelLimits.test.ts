/** Excel's limits hold in everything the Office.js gateway writes (issue 10, item 4). */
import { OfficeGateway } from "../../src/office/officeGateway";
import { isoToSerial } from "../../src/core/dates";
import { MAX_CELL_CHARS, MAX_ROW_HEIGHT_POINTS } from "../../src/workbook/excelLimits";
import { WorkbookError } from "../../src/workbook/gateway";
import { findColumn } from "../../src/workbook/schema";
import { generateStatusSheet } from "../../src/workbook/statusSheet";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { bundleTables } from "./fixtures";

const LONG_COMMENT = "A very long comment. ".repeat(2500).slice(0, 50_000);

function longestText(fake: FakeExcel, sheetName: string): number {
  let longest = 0;
  for (const cell of fake.sheet(sheetName).cells.values()) {
    if (typeof cell.value === "string") longest = Math.max(longest, cell.value.length);
  }
  return longest;
}

describe("the Office gateway keeps within Excel's limits", () => {
  it("cuts a 50,000-character cell and a 28,000-point row of a sheet it writes", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read([]);
      await gateway.write({ sheets: [{ name: "Status", cells: [["Comment", LONG_COMMENT]], rowHeights: [28_000] }] });
    });
    const cell = fake.sheet("Status").cells.get("0,1")!;
    expect(cell.value).toHaveLength(MAX_CELL_CHARS);
    expect(cell.value).toMatch(/… \[cut: 17,\d{3} more characters\]$/);
    expect(fake.sheet("Status").rowHeights.get(0)).toBe(MAX_ROW_HEIGHT_POINTS);
  });

  it("refuses a sheet name Excel refuses, writing nothing", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (context) => {
        const gateway = new OfficeGateway(context);
        await gateway.write({ sheets: [{ name: "Status 2023/07/01", cells: [["x"]] }] });
      }),
    ).rejects.toThrow(WorkbookError);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([]);
  });

  it("a status sheet of a plan with a 50,000-character Comment fits in Excel's cells and rows", async () => {
    const tables = bundleTables();
    const plan = tables.find((t) => t.name === "Plan")!;
    plan.rows[0][findColumn(plan.headers, "Comment")] = LONG_COMMENT;
    const fake = createFakeExcel({ tables });
    await fake.run((context) => generateStatusSheet(new OfficeGateway(context), { asOf: isoToSerial("2023-07-01")!, now: new Date(2023, 6, 5) }));

    const sheetName = fake.state.sheets.map((s) => s.name).find((name) => name.startsWith("Status"))!;
    expect(longestText(fake, sheetName)).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(Math.max(...fake.sheet(sheetName).rowHeights.values())).toBeLessThanOrEqual(MAX_ROW_HEIGHT_POINTS);
    // A summary, not two whole copies of the comment.
    const copies = [...fake.sheet(sheetName).cells.values()].filter((c) => typeof c.value === "string" && c.value.startsWith("A very long comment."));
    expect(copies.every((c) => (c.value as string).length <= 1000)).toBe(true);
    // The Plan table itself keeps the whole comment.
    expect(fake.column("Plan", "Comment")[0]).toBe(LONG_COMMENT);
  });
});

/** How the sheets read when opened: wrapped rows tall enough, columns wide enough, plain write errors. */
import ExcelJS from "exceljs";
import { STATUSES } from "../../src/core/types";
import type { TableSpec } from "../../src/workbook/gateway";
import { columnWidth } from "../../src/xlsx/tableCreator";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { writeFailure } from "../../src/xlsx/xlsxFile";
import { tempFolder } from "./helpers";

describe("status sheet rows with wrapped text", () => {
  const action = "Upon request, assist Member's effort in implementing risk management tools like the WCO Risk Management Compendium";

  it("keep the spec's heights and top alignment after a save and reload; other rows keep Excel's default", async () => {
    const folder = tempFolder();
    try {
      const gateway = new XlsxGateway();
      await gateway.write({
        sheets: [
          {
            name: "Status",
            cells: [["Ref", "Action"], ["1-a", action], ["1-b", "Short"]],
            columnWidths: [12, 30],
            rowHeights: [null, 60, null],
            formats: [
              { range: { row: 1, col: 0, rows: 2, cols: 2 }, wrap: true },
              { range: { row: 1, col: 0, cols: 2 }, verticalAlignment: "Top" },
            ],
          },
        ],
      });
      await gateway.save(folder.file("s.xlsx"));
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.readFile(folder.file("s.xlsx"));
      const sheet = reread.getWorksheet("Status")!;
      expect(sheet.getRow(2).height).toBe(60);
      expect(sheet.getCell("A2").alignment?.vertical).toBe("top");
      expect(sheet.getCell("B2").alignment).toMatchObject({ vertical: "top", wrapText: true });
      expect(sheet.getCell("A3").alignment?.vertical).toBeUndefined();
      expect(sheet.getRow(3).height).toBeUndefined();
    } finally {
      folder.remove();
    }
  });
});

describe("table column widths", () => {
  const spec: TableSpec = {
    name: "Plan",
    sheet: "Plan",
    headers: ["Ref", "Deadline", "Measure", "Status", "Target value"],
    rows: [["1-a", 45473, "manual", null, null]],
    numberFormats: { Deadline: "yyyy-mm-dd" },
    validationLists: { Measure: ["manual", "activities:women-share"] },
    statusColumn: "Status",
  };
  const width = (header: string): number => columnWidth(spec, spec.headers.indexOf(header));

  it("are measured over a table of 200,000 rows without overflowing the call stack", () => {
    const big: TableSpec = { ...spec, rows: Array.from({ length: 200_000 }, (_, i) => [`1-a`, 45473, "manual", null, i]) };
    expect(columnWidth(big, big.headers.indexOf("Target value"))).toBeGreaterThanOrEqual("Target value".length + 3);
  });

  it("fit a date in its format, every drop-down choice, every status and the header beside its filter button", () => {
    expect(width("Deadline")).toBeGreaterThanOrEqual("2024-06-30".length + 2);
    expect(width("Measure")).toBeGreaterThanOrEqual("activities:women-share".length + 2);
    expect(width("Status")).toBeGreaterThanOrEqual(Math.max(...STATUSES.map((s) => s.length)) + 2);
    expect(width("Target value")).toBeGreaterThanOrEqual("Target value".length + 3);
    expect(width("Ref")).toBe(10);
  });
});

describe("writeFailure", () => {
  it.each([
    ["EACCES", "permission denied; the folder out is read-only or the file is open in another program"],
    ["EBUSY", "it is open in another program (close it in Excel and try again)"],
    ["ENOSPC", "the disk is full"],
    ["EISDIR", "it is a folder"],
  ])("%s is said in words, without the temporary file's name", (code, words) => {
    const error = Object.assign(new Error(`${code}: open '/x/out/.plan.xlsx.1.2.tmp'`), { code });
    const message = writeFailure("out/plan.xlsx", error);
    expect(message).toBe(`Could not write out/plan.xlsx: ${words}${words.endsWith(".") ? "" : "."}`);
    expect(message).not.toContain(".tmp");
  });
});

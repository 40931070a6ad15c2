/** Excel's limits hold in everything the .xlsx gateway writes (issue 10, item 4). */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import ExcelJS from "exceljs";
import { MAX_CELL_CHARS, MAX_ROW_HEIGHT_POINTS } from "../../src/workbook/excelLimits";
import { WorkbookError } from "../../src/workbook/gateway";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { runCli } from "../cli/cliHarness";
import { sheetXml, tempFolder } from "./helpers";

const LONG_COMMENT = "A very long comment. ".repeat(2500).slice(0, 50_000);
const VALIDATOR = "/work/shared/ooxml-check/validate.sh";

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());
jest.setTimeout(120_000);

function rowHeights(xml: string): number[] {
  return [...xml.matchAll(/<row [^>]*\bht="([\d.]+)"/g)].map((m) => Number(m[1]));
}

function longestText(sheet: ExcelJS.Worksheet): number {
  let longest = 0;
  sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && (longest = Math.max(longest, cell.value.length)))));
  return longest;
}

/** The validator's ERROR and WARN lines, without the shared-string indexes that shift between saves. */
function problems(file: string): string[] {
  let output: string;
  try {
    output = execFileSync(VALIDATOR, [file, "--rules"], { encoding: "utf8" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  return output
    .split("\n")
    .filter((line) => /\b(ERROR|WARN)\b/.test(line))
    .map((line) => line.replace(/\bsi \d+/, "si"));
}

describe("the .xlsx gateway keeps within Excel's limits", () => {
  it("cuts a 50,000-character cell and a 28,000-point row of a sheet it writes, and refuses a bad sheet name", async () => {
    const file = folder.file("book.xlsx");
    const gateway = new XlsxGateway();
    await gateway.write({ sheets: [{ name: "Status", cells: [["Comment", LONG_COMMENT]], rowHeights: [28_000] }] });
    await expect(gateway.write({ sheets: [{ name: "Status [new]", cells: [["x"]] }] })).rejects.toThrow(WorkbookError);
    await gateway.save(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const value = workbook.getWorksheet("Status")!.getCell("B1").value as string;
    expect(value).toHaveLength(MAX_CELL_CHARS);
    expect(value).toMatch(/… \[cut: 17,\d{3} more characters\]$/);
    expect(rowHeights(await sheetXml(file, "Status"))).toEqual([MAX_ROW_HEIGHT_POINTS]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Status"]);
  });

  it("the CLI's status sheet of a plan with a 50,000-character Comment fits, and Excel would open the file", async () => {
    const template = folder.file("template.xlsx");
    expect((await runCli(["template", "-o", template])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const plan = workbook.getWorksheet("Plan")!;
    const headers = (plan.getRow(1).values as unknown[]).slice(1).map(String);
    plan.getRow(2).getCell(headers.indexOf("Comment") + 1).value = LONG_COMMENT;
    const file = folder.file("plan.xlsx");
    await workbook.xlsx.writeFile(file);
    await workbook.xlsx.writeFile(folder.file("plan-before.xlsx"));

    const run = await runCli(["status", file, "--as-of", "2023-07-01", "--in-place"]);
    expect(run.stderr).toBe("");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(file);
    const status = written.getWorksheet("Status 2023-07-01")!;
    expect(longestText(status)).toBeLessThanOrEqual(1000);
    expect(Math.max(...rowHeights(await sheetXml(file, "Status 2023-07-01")))).toBeLessThanOrEqual(MAX_ROW_HEIGHT_POINTS);

    if (existsSync(VALIDATOR)) {
      // The user's own 50,000-character cell (which the tool must not touch) and exceljs' known
      // validation overlaps already fail the input; the status sheet must add no problem of its own.
      const before = problems(folder.file("plan-before.xlsx"));
      const added = problems(file).filter((line) => !before.includes(line));
      expect(added).toEqual([]);
    }
  });
});

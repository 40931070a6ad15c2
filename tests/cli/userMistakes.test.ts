/** What a planner trips on at the command line: each gets one clear line and the right exit code. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

const FIXTURE = path.join(__dirname, "fixtures", "plan-excerpt.txt");

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("kpi-tracker import of text that is no plan", () => {
  it.each([
    ["an empty file", "empty.txt", "", "found no plan actions in"],
    ["a workbook", "plan.txt", Buffer.concat([Buffer.from("504B0304", "hex"), Buffer.alloc(200, 1)]), "is a workbook or a Word file, not text"],
    ["a binary file", "data.txt", Buffer.from([0x41, 0x00, 0x42, 0x00, 0x07]), "is not a text file"],
  ])("%s exits 1 with one line and writes no workbook", async (_what, name, content, message) => {
    writeFileSync(folder.file(name), content);
    const out = folder.file("out.xlsx");
    for (const argv of [["import", folder.file(name), "-o", out], ["import", folder.file(name), "--json"]]) {
      const run = await runCli(argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("names a folder given as the text file", async () => {
    mkdirSync(folder.file("plans"));
    const run = await runCli(["import", folder.file("plans"), "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`kpi-tracker import: ${folder.file("plans")} is a folder, not a text file\n`);
  });

  it("reads a plan saved by Notepad as UTF-16 or as UTF-8 with a byte-order mark", async () => {
    const text = (await import("fs")).readFileSync(FIXTURE, "utf8");
    const expected = JSON.parse((await runCli(["import", FIXTURE, "--json"])).stdout).rows;
    expect(expected.length).toBeGreaterThan(0);
    writeFileSync(folder.file("utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, "\r\n"), "utf16le")]));
    writeFileSync(folder.file("bom.txt"), `\uFEFF${text}`);
    for (const name of ["utf16.txt", "bom.txt"]) {
      const run = await runCli(["import", folder.file(name), "--json"]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).rows).toEqual(expected);
    }
  });
});

describe("kpi-tracker output files", () => {
  it("-o naming the input file points to --in-place", async () => {
    const file = folder.file("plan.xlsx");
    expect((await runCli(["template", "-o", file])).code).toBe(0);
    for (const command of ["recalc", "status"]) {
      const run = await runCli([command, file, "-o", file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`kpi-tracker ${command}: -o ${file} is the input file; use --in-place to update it, or -o another name\n`);
    }
  });

  it("a folder that cannot be written gets one line naming the file, no temporary file name", async () => {
    const file = folder.file("plan.xlsx");
    await runCli(["template", "-o", file]);
    // A folder where the output file should be: the final rename fails whoever runs the test.
    mkdirSync(folder.file("taken.xlsx"));
    const run = await runCli(["recalc", file, "-o", folder.file("taken.xlsx"), "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`kpi-tracker recalc: Could not write ${folder.file("taken.xlsx")}: it is a folder.\n`);
    expect(readdirSync(folder.dir).sort()).toEqual(["plan.xlsx", "taken.xlsx"]);
  });
});

describe("kpi-tracker counts in words", () => {
  it('says "1 error" and "1 warning", not "1 errors"', async () => {
    const file = folder.file("plan.xlsx");
    await runCli(["template", "-o", file]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const plan = workbook.getWorksheet("Plan")!;
    const actual = (plan.getRow(1).values as unknown[]).indexOf("Actual");
    plan.getCell(2, actual).value = "lots";
    await workbook.xlsx.writeFile(file);
    const validate = await runCli(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(new RegExp(`\\n1 error, \\d+ warnings? in ${file.replace(/[.\\\\]/g, "\\$&")}\\.\\n$`));
    expect(validate.stdout).not.toMatch(/\b1 errors\b/);
    const recalc = await runCli(["recalc", file, "--in-place", "--as-of", "2023-07-01"]);
    expect(recalc.stdout).toMatch(/\b1 error and \d+ warnings? in the plan/);
  });
});

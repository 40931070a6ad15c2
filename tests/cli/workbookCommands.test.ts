import { existsSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, TableData } from "../../src/workbook/gateway";
import { TABLES, TABLE_NAMES, findColumn } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

const FIXTURE = path.join(__dirname, "fixtures", "plan-excerpt.txt");
const INPUT_TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"] as const;

let folder: ReturnType<typeof tempFolder>;
let template: string;
// exceljs edits of the template (as a user's) take seconds when the machine is busy.
jest.setTimeout(60_000);

beforeAll(async () => {
  folder = tempFolder();
  template = folder.file("template.xlsx");
  const run = await runCli(["template", "-o", template]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
});
afterAll(() => folder.remove());

/** Every input column of every input table, by header, for before/after comparison. */
function inputColumns(tables: Record<string, TableData | null>): Record<string, CellValue[]> {
  const columns: Record<string, CellValue[]> = {};
  for (const name of INPUT_TABLES) {
    const table = tables[name]!;
    for (const def of TABLES[name].columns.filter((c) => c.role === "input")) {
      const index = findColumn(table.headers, def.header);
      if (index >= 0) columns[`${name}.${def.header}`] = table.rows.map((row) => row[index]);
    }
  }
  return columns;
}

/** Set Plan Actual cells in a copy of the template, as a user would in Excel. */
async function withActuals(actuals: Record<string, number>, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.getWorksheet("Plan")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const refCol = headers.indexOf("Ref") + 1;
  const actualCol = headers.indexOf("Actual") + 1;
  sheet.eachRow((row, number) => {
    const ref = String(row.getCell(refCol).value);
    if (number > 1 && ref in actuals) row.getCell(actualCol).value = actuals[ref];
  });
  const file = folder.file(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("kpi-tracker template", () => {
  it("writes the seven tables, which the gateway reads back", async () => {
    const gateway = await XlsxGateway.open(template);
    const snapshot = await gateway.read(TABLE_NAMES);
    for (const name of TABLE_NAMES) {
      expect(snapshot.tables[name]?.headers).toEqual(TABLES[name].columns.map((c) => c.header));
    }
    expect(snapshot.tables.Plan!.rows.length).toBeGreaterThan(50);
    expect(snapshot.tables.Members!.rows).toHaveLength(33);
    expect(snapshot.tables.History!.rows).toEqual([]);
  });

  it("will not replace an existing file without --force, and needs -o", async () => {
    const again = await runCli(["template", "-o", template]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`kpi-tracker template: ${template} already exists; choose another name, or add --force to replace it\n`);
    expect((await runCli(["template"])).code).toBe(2);
  });
});

describe("kpi-tracker recalc", () => {
  it("writes statuses as of a date and leaves every input cell as it was", async () => {
    const edited = await withActuals({ "1-a": 33, "1-b": 2 }, "edited.xlsx");
    const out = folder.file("out.xlsx");
    const run = await runCli(["recalc", edited, "--as-of", "2023-07-01", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Recalculated as of 2023-07-01: \d+ rows written to .*out\.xlsx\./);
    expect(run.stdout).toMatch(/KPIs: \d+ \(.*No data/);

    const before = await (await XlsxGateway.open(edited)).read(INPUT_TABLES);
    const after = await (await XlsxGateway.open(out)).read([...INPUT_TABLES]);
    expect(inputColumns(after.tables)).toEqual(inputColumns(before.tables));

    const plan = after.tables.Plan!;
    const status = (ref: string): CellValue => plan.rows.find((r) => r[findColumn(plan.headers, "Ref")] === ref)![findColumn(plan.headers, "Status")];
    expect(status("1-a")).toBe("Achieved");
    expect(status("1-b")).toBe("Off track");
    expect(status("1-c")).toBe("No data");
  });

  it("--in-place rewrites the input file", async () => {
    const file = await withActuals({ "1-a": 10 }, "inplace.xlsx");
    const run = await runCli(["recalc", file, "--in-place", "--as-of", "2023-07-01"]);
    expect(run.code).toBe(0);
    const plan = (await (await XlsxGateway.open(file)).read(["Plan"])).tables.Plan!;
    expect(plan.rows.every((row) => typeof row[findColumn(plan.headers, "Status")] === "string")).toBe(true);
  });

  it("needs exactly one of -o and --in-place", async () => {
    expect((await runCli(["recalc", template])).code).toBe(2);
    expect((await runCli(["recalc", template, "--in-place", "-o", folder.file("x.xlsx")])).code).toBe(2);
  });
});

describe("kpi-tracker validate", () => {
  it("exits 0 on the template and 1 with the cell named when a target does not parse", async () => {
    const ok = await runCli(["validate", template]);
    expect(ok.stdout).not.toMatch(/^error:/m);
    expect(ok.code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    workbook.getWorksheet("Plan")!.getCell("G3").value = "banana";
    const bad = folder.file("bad-target.xlsx");
    await workbook.xlsx.writeFile(bad);
    const run = await runCli(["validate", bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^error: Plan!G3 \(Plan row 2, column Target\): .+/m);
    const json = await runCli(["validate", bad, "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "error", table: "Plan", row: 1, column: "Target", address: "Plan!G3" }));
  });
});

describe("kpi-tracker import", () => {
  it("--json prints the rows and the lines it could not place", async () => {
    const run = await runCli(["import", FIXTURE, "--json"]);
    expect(run.code).toBe(0);
    const { rows, unplaced } = JSON.parse(run.stdout);
    expect(rows.map((r: { ref: string }) => r.ref)).toEqual(["1-a", "1-b", "1-c", "1-d", "1-e", "1-f"]);
    expect(rows[0]).toMatchObject({ pillar: 1, target: "At least 33/33 Members" });
    expect(unplaced).toContainEqual(expect.objectContaining({ text: expect.stringContaining("stray page footer") }));
  });

  it("-o writes a workbook whose Plan holds the imported rows, and warns about unplaced lines", async () => {
    const out = folder.file("imported.xlsx");
    // The excerpt states no period: its start comes from --start, its end from the deadline column.
    const run = await runCli(["import", FIXTURE, "-o", out, "--start", "2022-07-01", "--keep-members"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*plan-excerpt\.txt line \d+: .*stray page footer/m);
    const snapshot = await (await XlsxGateway.open(out)).read(TABLE_NAMES);
    expect(snapshot.tables.Plan!.rows).toHaveLength(6);
    expect(snapshot.tables.WorkPlan!.rows).toEqual([]);
    expect(snapshot.tables.Members!.rows).toHaveLength(33);
  });

  it("names a missing text file", async () => {
    const run = await runCli(["import", folder.file("none.txt"), "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("none.txt: no such file");
  });
});

describe("bad workbook files", () => {
  async function expectOneLineFailure(file: string, message: string): Promise<void> {
    const out = folder.file(`out-${path.basename(file)}`);
    for (const argv of [["recalc", file, "-o", out], ["validate", file]]) {
      const run = await runCli(argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
  }

  it("a text file renamed .xlsx", async () => {
    const file = folder.file("notes.xlsx");
    writeFileSync(file, "Pillar\tRef\n1\t1-a\n");
    await expectOneLineFailure(file, "is not an .xlsx workbook");
  });

  it("an encrypted file", async () => {
    const file = folder.file("locked.xlsx");
    writeFileSync(file, Buffer.concat([Buffer.from("D0CF11E0A1B11AE1", "hex"), Buffer.alloc(1024, 0x42)]));
    await expectOneLineFailure(file, "is encrypted or password-protected, save it without a password");
  });

  it("a workbook without the plan's tables", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Ref";
    const file = folder.file("empty.xlsx");
    await workbook.xlsx.writeFile(file);
    const out = folder.file("never.xlsx");
    const run = await runCli(["recalc", file, "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kpi-tracker recalc: Recalculate cannot run: .*no table named "Plan"/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    const validate = await runCli(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/^error: .*Plan/m);
  });

  it("leaves no temporary files behind", () => {
    expect(readdirSync(folder.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import ExcelJS from "exceljs";
import { isoToSerial } from "../../src/core/dates";
import { findColumn } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
let planFile: string;
const TRICKY = ['=HYPERLINK("http://x","click")', "+cmd", "@SUM(A1)", "-1+2"];

/** The bundled plan with some actuals and formula-looking user text typed in, as a user would. */
beforeAll(async () => {
  folder = tempFolder();
  const template = folder.file("template.xlsx");
  expect((await runCli(["template", "-o", template])).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.getWorksheet("Plan")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (h: string) => headers.indexOf(h) + 1;
  const actuals: Record<string, number> = { "1-a": 20, "1-b": 5, "1-c": 33, "1-e": 12 };
  sheet.eachRow((row, number) => {
    const ref = String(row.getCell(col("Ref")).value);
    if (number > 1 && ref in actuals) row.getCell(col("Actual")).value = actuals[ref];
    if (ref === "1-b") row.getCell(col("Comment")).value = TRICKY[0];
    if (ref === "1-e") row.getCell(col("Owner")).value = TRICKY[1];
  });
  planFile = folder.file("plan.xlsx");
  await workbook.xlsx.writeFile(planFile);
}, 60_000);
afterAll(() => folder.remove());

async function statusSheetValues(file: string, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

// Reading and writing the whole plan workbook takes seconds when the machine is busy.
jest.setTimeout(60_000);

describe("kpi-tracker status", () => {
  it("writes a status sheet and History rows to -o OUT, with user text kept as text", async () => {
    const out = folder.file("status.xlsx");
    const run = await runCli(["status", planFile, "--as-of", "2023-07-01", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const history = (await (await XlsxGateway.open(out)).read(["History", "Plan"])).tables;
    const kpis = history.Plan!.rows.length;
    expect(run.stdout).toBe(`Wrote sheet "Status 2023-07-01" with ${kpis} KPIs; History +${kpis} rows (${out}).\n`);
    expect(history.History!.rows).toHaveLength(kpis);
    const asOf = findColumn(history.History!.headers, "As of");
    expect(history.History!.rows.every((r) => r[asOf] === isoToSerial("2023-07-01"))).toBe(true);

    const values = await statusSheetValues(out, "Status 2023-07-01");
    expect(values[0][0]).toBe("Status sheet: ROCB A/P Strategic Action Plan 2022-2024");
    // An empty text cell: exceljs reads an empty inline string as no value.
    const row1b = values.find((r) => r[0] === "1-b" && (r[7] ?? "") === "")!;
    expect(row1b.slice(0, 3)).toEqual(["1-b", 1, "Off track"]);
    expect(row1b[12]).toBe(TRICKY[0]);
    expect(values.some((r) => r[0] === "1-e" && r[8] === TRICKY[1])).toBe(true);
    // No cell of the sheet holds a formula.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    workbook.getWorksheet("Status 2023-07-01")!.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))
    );
  });

  it("--in-place twice gives two sheets and twice the History rows", async () => {
    const file = folder.file("twice.xlsx");
    expect((await runCli(["status", planFile, "--as-of", "2023-07-01", "-o", file])).code).toBe(0);
    const again = await runCli(["status", file, "--as-of", "2023-07-01", "--in-place"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Wrote sheet "Status 2023-07-01 \(2\)"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name).filter((n) => n.startsWith("Status"))).toEqual([
      "Status 2023-07-01",
      "Status 2023-07-01 (2)",
    ]);
    const tables = (await (await XlsxGateway.open(file)).read(["History", "Plan"])).tables;
    expect(tables.History!.rows).toHaveLength(2 * tables.Plan!.rows.length);
    const second = await statusSheetValues(file, "Status 2023-07-01 (2)");
    expect(second.some((r) => typeof r[0] === "string" && r[0].startsWith("Changes since the status sheet of"))).toBe(true);
  });

  it("needs exactly one of -o and --in-place, and a real date for --as-of", async () => {
    expect((await runCli(["status", planFile])).code).toBe(2);
    expect((await runCli(["status", planFile, "--in-place", "-o", folder.file("x.xlsx")])).code).toBe(2);
    expect((await runCli(["status", planFile, "--as-of", "July", "-o", folder.file("y.xlsx")])).code).toBe(2);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  (soffice ? it : it.skip)("opens in LibreOffice with the status sheet's text intact", async () => {
    const out = folder.file("lo.xlsx");
    expect((await runCli(["status", planFile, "--as-of", "2023-07-01", "-o", out])).code).toBe(0);
    const csvDir = folder.file("csv");
    // Filter option 12 = -1 exports every sheet, one CSV per sheet named after it.
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${folder.file("lo-profile")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", csvDir, out],
      { stdio: "ignore", timeout: 120_000 }
    );
    const csv = readdirSync(csvDir).find((f) => f.includes("Status 2023-07-01"));
    expect(csv).toBeDefined();
    const text = readFileSync(`${csvDir}/${csv}`, "utf8");
    expect(text).toContain("Status sheet: ROCB A/P Strategic Action Plan 2022-2024");
    expect(text).toContain('"=HYPERLINK(""http://x"",""click"")"');
    expect(text).toContain("+cmd");
    // Had the Comment become a formula, LibreOffice would show its result "click" or an error.
    expect(text.split(/\r?\n/).some((line) => /(^|,)click(,|$)/.test(line))).toBe(false);
    expect(text).not.toMatch(/Err:\d|#NAME/);
  }, 180_000);
});

/** `kpi-tracker rollover`: the next plan from this one, end to end, the old file untouched. */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { isoToSerial } from "../../src/core/dates";
import type { TableData } from "../../src/workbook/gateway";
import { TABLE_NAMES, findColumn } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";
import { sheetsAsCsv, sofficeAvailable } from "./libreOffice";

const PLANS = path.join(__dirname, "..", "fixtures", "plans");

let folder: ReturnType<typeof tempFolder>;
let old: string;
let next: string;
let oldHash: string;
let stdout: string;

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const column = (table: TableData, header: string) => table.rows.map((row) => row[findColumn(table.headers, header)]);
const settingsOf = (table: TableData) => Object.fromEntries(table.rows.map((row) => [row[0], row[1]]));

async function setActuals(file: string, actuals: Record<string, number>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Plan")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.eachRow((row, number) => {
    const ref = String(row.getCell(headers.indexOf("Ref") + 1).value);
    if (number > 1 && ref in actuals) row.getCell(headers.indexOf("Actual") + 1).value = actuals[ref];
  });
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  folder = tempFolder();
  old = folder.file("plan.xlsx");
  next = folder.file("next.xlsx");
  expect((await runCli(["import", path.join(PLANS, "pacific-customs.tsv"), "-o", old])).code).toBe(0);
  await setActuals(old, { "1-a": 3, "1-b": 4 });
  expect((await runCli(["recalc", old, "--in-place", "--as-of", "2026-06-30"])).code).toBe(0);
  expect((await runCli(["status", old, "--in-place", "--as-of", "2026-06-30"])).code).toBe(0);
  oldHash = sha(old);
  const run = await runCli(["rollover", old, "-o", next, "--start", "2026-07-01", "--end", "2028-06-30"]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  stdout = run.stdout;
}, 120_000);
afterAll(() => folder.remove());

describe("kpi-tracker rollover", () => {
  it("leaves the old file byte for byte as it was", () => {
    expect(sha(old)).toBe(oldHash);
  });

  it("gives the new plan its period and moves the name's years on, keeping every other setting", async () => {
    const settings = settingsOf((await (await XlsxGateway.open(next)).read(["Settings"])).tables.Settings!);
    expect(settings).toMatchObject({
      "Plan name": "Pacific Islands Customs Network – Strategic Action Plan 2026-2028",
      "Plan start": isoToSerial("2026-07-01"),
      "Plan end": isoToSerial("2028-06-30"),
      "Pillar 1": "Faster, simpler clearance",
      "Pillar 2": "Capable people",
      "Fiscal year starts": 7,
      "At risk at": 0.8,
    });
    expect(settings["As of"]).toBeNull();
  });

  it("copies the Plan rows without actuals: old Actual → Baseline, except for a per-year rate", async () => {
    const plan = (await (await XlsxGateway.open(next)).read(["Plan"])).tables.Plan!;
    expect(column(plan, "Ref")).toEqual(["1-a", "1-b", "1-c", "2-a", "2-b"]);
    expect(column(plan, "Actual")).toEqual([null, null, null, null, null]);
    expect(column(plan, "Baseline")).toEqual([null, 4, 0, 40, null]);
    expect(column(plan, "Status")).toEqual([null, null, null, null, null]);
    expect(column(plan, "Deadline")).toEqual([null, null, null, null, null]);
    expect(column(plan, "Budget (USD)")).toEqual(["5,000", "40,000", null, "25,000", "60,000"]);
    expect(stdout).toContain("1 Baseline set from the old Actual");
    expect(stdout).toContain("Start afresh (a per-year rate, or a measure counting Updates or WorkPlan rows, so the old Actual is no Baseline): 1-a.");
    expect(stdout).toContain("5 Deadlines outside the new period cleared");
  });

  it("keeps the old History and starts WorkPlan and Updates empty", async () => {
    const tables = (await (await XlsxGateway.open(next)).read(TABLE_NAMES)).tables;
    expect(tables.History!.rows).toHaveLength(5);
    expect(column(tables.History!, "Ref")).toEqual(["1-a", "1-b", "1-c", "2-a", "2-b"]);
    expect(tables.WorkPlan!.rows).toEqual([]);
    expect(tables.Updates!.rows).toEqual([]);
  });

  it("recalculates the new plan over its own 24 months", async () => {
    const again = folder.file("next-recalc.xlsx");
    const run = await runCli(["recalc", next, "-o", again, "--as-of", "2027-07-01"]);
    expect(run.code).toBe(0);
    const plan = (await (await XlsxGateway.open(again)).read(["Plan"])).tables.Plan!;
    expect(column(plan, "Target value")[0]).toBe(4);
  });

  it("keeps the bundled plan's Members and RSP and moves its name on", async () => {
    const template = folder.file("template.xlsx");
    const rolled = folder.file("template-next.xlsx");
    expect((await runCli(["template", "-o", template])).code).toBe(0);
    const run = await runCli(["rollover", template, "-o", rolled, "--start", "2024-07-01", "--end", "2026-06-30"]);
    expect(run.code).toBe(0);
    const before = (await (await XlsxGateway.open(template)).read(TABLE_NAMES)).tables;
    const after = (await (await XlsxGateway.open(rolled)).read(TABLE_NAMES)).tables;
    expect(settingsOf(after.Settings!)["Plan name"]).toBe("ROCB A/P Strategic Action Plan 2024-2026");
    expect(after.Members!.rows).toEqual(before.Members!.rows);
    expect(after.RSP!.rows.map((row) => row.slice(0, 3))).toEqual(before.RSP!.rows.map((row) => row.slice(0, 3)));
    expect(after.Plan!.rows).toHaveLength(before.Plan!.rows.length);
    expect(after.WorkPlan!.rows).toEqual([]);
  });

  it("refuses to write over the old plan and asks for the new period", async () => {
    const same = await runCli(["rollover", old, "-o", old, "--force", "--start", "2026-07-01", "--end", "2028-06-30"]);
    expect(same).toMatchObject({ code: 1, stderr: expect.stringContaining("rollover never changes the old plan") });
    const noStart = await runCli(["rollover", old, "-o", folder.file("x.xlsx"), "--end", "2028-06-30"]);
    expect(noStart).toMatchObject({ code: 2, stderr: expect.stringContaining("missing --start") });
    expect(sha(old)).toBe(oldHash);
  });
});

const withSoffice = sofficeAvailable() ? it : it.skip;

describe("kpi-tracker rollover opened in LibreOffice", () => {
  withSoffice(
    "shows the new period, the carried baselines and the kept History",
    () => {
      const sheets = sheetsAsCsv(next, folder.dir);
      const settings = Object.fromEntries(sheets.Settings.slice(1).map((row) => [row[0], row[1]]));
      expect(settings["Plan start"]).toBe("2026-07-01");
      expect(settings["Plan end"]).toBe("2028-06-30");
      const [headers, ...rows] = sheets.Plan;
      expect(rows.map((row) => row[headers.indexOf("Baseline")])).toEqual(["", "4", "0", "40", ""]);
      expect(rows.map((row) => row[headers.indexOf("Budget (USD)")])).toEqual(["5,000", "40,000", "", "25,000", "60,000"]);
      expect(sheets["KPI History"].length).toBe(6);
    },
    120_000
  );
});

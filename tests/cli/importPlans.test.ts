/**
 * Four plans of other organisations (tests/fixtures/plans), each imported by the command line,
 * recalculated and given a status sheet: the Settings are the plan's own, frequency targets
 * scale with its own length, and no column is dropped.
 */
import { writeFileSync } from "fs";
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
beforeAll(() => (folder = tempFolder()));
afterAll(() => folder.remove());

const column = (table: TableData, header: string) => table.rows.map((row) => row[findColumn(table.headers, header)]);
const settingsOf = (table: TableData) => Object.fromEntries(table.rows.map((row) => [row[0], row[1]]));

interface Case {
  file: string;
  extra: string[];
  settings: Record<string, unknown>;
  refs: string[];
  /** Target value of the "twice per year" row after recalc: the plan's length in years × 2. */
  twicePerYear: { ref: string; total: number };
  userColumns: string[];
  asOf: string;
}

const CASES: Case[] = [
  {
    file: "pacific-customs.tsv",
    extra: [],
    settings: { "Plan name": "Pacific Islands Customs Network – Strategic Action Plan 2024-2026", "Plan start": isoToSerial("2024-07-01"), "Plan end": isoToSerial("2026-06-30"), "Pillar 1": "Faster, simpler clearance", "Pillar 2": "Capable people" },
    refs: ["1-a", "1-b", "1-c", "2-a", "2-b"],
    twicePerYear: { ref: "1-a", total: 4 },
    userColumns: ["Budget (USD)"],
    asOf: "2025-07-01",
  },
  {
    file: "harbour-word-table.txt",
    extra: [],
    settings: { "Plan name": "Operational Plan 2025/26", "Plan start": isoToSerial("2025-07-01"), "Plan end": isoToSerial("2026-06-30"), "Pillar 1": "Safer ports", "Pillar 2": "Open data" },
    refs: ["1-a", "1-b", "1-c", "2-a", "2-b"],
    twicePerYear: { ref: "1-b", total: 2 },
    userColumns: ["Risks"],
    asOf: "2026-01-15",
  },
  {
    file: "revenue-service.csv",
    extra: ["--name", "Revenue Service Business Plan 2025", "--start", "2025-01-01"],
    settings: { "Plan name": "Revenue Service Business Plan 2025", "Plan start": isoToSerial("2025-01-01"), "Plan end": isoToSerial("2025-12-31") },
    refs: ["1-a", "1-b", "1-c", "1-d"],
    twicePerYear: { ref: "1-c", total: 2 },
    userColumns: [],
    asOf: "2025-07-01",
  },
  {
    file: "standards-bureau-prose.txt",
    extra: [],
    settings: { "Plan name": "Strategic Plan 2025-2026", "Plan start": isoToSerial("2025-01-01"), "Plan end": isoToSerial("2026-06-30"), "Pillar 1": "Quicker certification", "Pillar 2": "Trusted laboratories" },
    refs: ["1-a", "1-b", "2-a", "2-b"],
    twicePerYear: { ref: "1-b", total: 3 },
    userColumns: ["Budget"],
    asOf: "2025-10-01",
  },
];

/** Type an Actual into the Plan sheet, as a user does in Excel. */
async function setActual(file: string, ref: string, value: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Plan")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.eachRow((row, number) => {
    if (number > 1 && row.getCell(headers.indexOf("Ref") + 1).value === ref) row.getCell(headers.indexOf("Actual") + 1).value = value;
  });
  await workbook.xlsx.writeFile(file);
}

describe.each(CASES)("kpi-tracker import, recalc and status on $file", (plan) => {
  const out = () => folder.file(`${plan.file}.xlsx`);

  it("imports the rows with the plan's own Settings, no other plan's Members or RSP, and every column", async () => {
    const run = await runCli(["import", path.join(PLANS, plan.file), "-o", out(), ...plan.extra]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(`Imported ${plan.refs.length} Plan rows into ${out()}`);
    expect(run.stdout).toMatch(/Settings: Plan name = "[^"]+" \(from /);
    for (const header of plan.userColumns) expect(run.stdout).toContain(header);
    const snapshot = await (await XlsxGateway.open(out())).read(TABLE_NAMES);
    const settings = settingsOf(snapshot.tables.Settings!);
    expect(settings).toMatchObject(plan.settings);
    expect(Object.keys(settings).filter((key) => /^Pillar \d$/.test(key))).toHaveLength(Object.keys(plan.settings).filter((key) => key.startsWith("Pillar")).length);
    expect(JSON.stringify(settings)).not.toMatch(/ROCB|WCO|2022/);
    expect(snapshot.tables.Members!.rows).toEqual([]);
    expect(snapshot.tables.RSP!.rows).toEqual([]);
    const planTable = snapshot.tables.Plan!;
    expect(column(planTable, "Ref")).toEqual(plan.refs);
    for (const header of plan.userColumns) expect(planTable.headers).toContain(header);
  });

  it("recalculates with the plan's length: twice per year is a total of 2 per 12 months", async () => {
    await setActual(out(), plan.twicePerYear.ref, plan.twicePerYear.total);
    const run = await runCli(["recalc", out(), "--in-place", "--as-of", plan.asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`KPIs: ${plan.refs.length} (${plan.refs.length - 1} No data, 1 Achieved)`);
    const planTable = (await (await XlsxGateway.open(out())).read(["Plan"])).tables.Plan!;
    const row = column(planTable, "Ref").indexOf(plan.twicePerYear.ref);
    expect(column(planTable, "Target value")[row]).toBe(plan.twicePerYear.total);
    const start = plan.settings["Plan start"] as number;
    const deadline = (column(planTable, "Deadline")[row] as number | null) ?? (plan.settings["Plan end"] as number);
    const elapsed = (isoToSerial(plan.asOf)! - start) / (deadline - start);
    expect(column(planTable, "Expected")[row]).toBeCloseTo(plan.twicePerYear.total * elapsed, 2);
    expect(column(planTable, "Status")[row]).toBe("Achieved");
  });

  it("writes a status sheet titled with the plan's name and logs every KPI in History", async () => {
    const run = await runCli(["status", out(), "--in-place", "--as-of", plan.asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote sheet "Status ${plan.asOf}" with ${plan.refs.length} KPIs; History +${plan.refs.length} rows`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out());
    const sheet = workbook.getWorksheet(`Status ${plan.asOf}`)!;
    const text: string[] = [];
    sheet.eachRow((r) => r.eachCell((cell) => text.push(String(cell.value))));
    expect(text.join("\n")).toContain(String(plan.settings["Plan name"]));
    expect(text.join("\n")).not.toContain("ROCB");
  });
});

describe("kpi-tracker import with a fiscal year of its own, and what it cannot know", () => {
  it("reads a title's years with --fiscal-year-starts April and stores that month", async () => {
    const out = folder.file("april.xlsx");
    const run = await runCli(["import", path.join(PLANS, "harbour-word-table.txt"), "-o", out, "--fiscal-year-starts", "April"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Fiscal year starts = "4" (from --fiscal-year-starts)');
    const settings = settingsOf((await (await XlsxGateway.open(out)).read(["Settings"])).tables.Settings!);
    expect(settings).toMatchObject({ "Plan start": isoToSerial("2025-04-01"), "Plan end": isoToSerial("2026-03-31"), "Fiscal year starts": 4 });
  });

  it("lets --name, --start and --end override the text, and takes Members from --members or, with --keep-members, the bundled plan", async () => {
    const withCsv = folder.file("members.xlsx");
    const members = path.join(__dirname, "fixtures", "reference", "members.csv");
    const run = await runCli(["import", path.join(PLANS, "pacific-customs.tsv"), "-o", withCsv, "--name", "PICN SAP", "--start", "2024-09-01", "--end", "2026-08-31", "--members", members]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plan name = "PICN SAP" (from --name); Plan start = 2024-09-01 (from --start); Plan end = 2026-08-31 (from --end)');
    const tables = (await (await XlsxGateway.open(withCsv)).read(["Settings", "Members"])).tables;
    expect(settingsOf(tables.Settings!)).toMatchObject({ "Plan name": "PICN SAP", "Plan start": isoToSerial("2024-09-01"), "Plan end": isoToSerial("2026-08-31") });
    expect(column(tables.Members!, "Code")).toEqual(["FJ", "NP", "WS"]);

    const kept = folder.file("kept.xlsx");
    expect((await runCli(["import", path.join(PLANS, "pacific-customs.tsv"), "-o", kept, "--keep-members"])).code).toBe(0);
    expect((await (await XlsxGateway.open(kept)).read(["Members"])).tables.Members!.rows).toHaveLength(33);
  });

  it("asks for --start when the text gives only an end, and writes nothing", async () => {
    const out = folder.file("nostart.xlsx");
    const run = await runCli(["import", path.join(PLANS, "revenue-service.csv"), "-o", out]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toBe(`kpi-tracker import: ${path.join(PLANS, "revenue-service.csv")} does not say when the plan starts; add --start YYYY-MM-DD\n`);
  });

  it("explains what a plan text looks like without citing one organisation's plan", async () => {
    const empty = folder.file("empty.txt");
    writeFileSync(empty, "Dear colleagues, please find the plan attached.\n");
    const run = await runCli(["import", empty, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"No. | Action | Indicator | Target | Due date"');
    expect(run.stderr).not.toMatch(/ROCB|WCO|Upon request/);
  });
});

const withSoffice = sofficeAvailable() ? it : it.skip;

describe("an imported, recalculated plan opened in LibreOffice", () => {
  withSoffice(
    "shows the plan's own Settings, the computed statuses and the user column",
    () => {
      // Written by the pacific-customs.tsv cases above: imported, 1-a's Actual typed, recalculated, status sheet added.
      const sheets = sheetsAsCsv(folder.file("pacific-customs.tsv.xlsx"), folder.dir);
      const settings = Object.fromEntries(sheets.Settings.slice(1).map((row) => [row[0], row[1]]));
      expect(settings).toMatchObject({ "Plan start": "2024-07-01", "Plan end": "2026-06-30", "Pillar 2": "Capable people" });
      const [headers, ...rows] = sheets.Plan;
      expect(rows.map((row) => row[headers.indexOf("Status")])).toEqual(["Achieved", "No data", "No data", "No data", "No data"]);
      expect(rows.map((row) => row[headers.indexOf("Target value")])).toEqual(["4", "6", "3", "200", "2"]);
      expect(rows.map((row) => row[headers.indexOf("Budget (USD)")])).toEqual(["5,000", "40,000", "", "25,000", "60,000"]);
      expect(Object.keys(sheets).some((name) => name.startsWith("Status 2025-07-01"))).toBe(true);
    },
    120_000
  );
});

/**
 * The pane's new workbooks (issue 14): the next cycle and a new plan from pasted text are built
 * as .xlsx files and handed to Excel.createWorkbook; the open workbook gets no write at all.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { isoToSerial } from "../../src/core/dates";
import { createOfficeApi } from "../../src/office/officeApi";
import { base64ToBytes } from "../../src/office/base64";
import { hostCreateWorkbook, openNewWorkbook, workbookFileName } from "../../src/office/newWorkbookWindow";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import type { TableData, WorkbookSnapshot } from "../../src/workbook/gateway";
import { rolloverWorkbook } from "../../src/workbook/rollover";
import { TABLE_NAMES, findColumn } from "../../src/workbook/schema";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import type { FakeExcel } from "../support/fakeExcel";
import { expectExcelOpens } from "../xlsx/ooxmlCheck";
import { tempFolder } from "../xlsx/helpers";
import { planWorkbook } from "./fixtures";

jest.setTimeout(60_000);

const START = isoToSerial("2024-07-01")!;
const END = isoToSerial("2026-06-30")!;
const PACIFIC = readFileSync(path.join(__dirname, "..", "fixtures", "plans", "pacific-customs.tsv"), "utf8");

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => (folder = tempFolder()));
afterAll(() => folder.remove());

/** Every cell of every sheet (value, formula, format) and every table's place: what "unchanged" means. */
function workbookState(fake: FakeExcel): string {
  const sheets = fake.state.sheets.map((sheet) => [sheet.name, [...sheet.cells.entries()].map(([key, cell]) => [key, JSON.stringify(cell)])]);
  const tables = fake.state.tables.map((table) => [table.name, table.sheet.name, table.row, table.col, table.cols, table.bodyRows]);
  return JSON.stringify({ sheets, tables });
}

function created(fake: FakeExcel, index = 0): XlsxGateway {
  return XlsxGateway.fromBytes(base64ToBytes(fake.state.createdWorkbooks[index]), "the created workbook");
}

const column = (table: TableData, header: string) => table.rows.map((row) => row[findColumn(table.headers, header)]);
const settingsOf = (table: TableData) => Object.fromEntries(table.rows.map((row) => [row[0], row[1]]));

describe("Start the next cycle from the pane", () => {
  it("suggests the next period, the name with its years moved on and what carries over, reading only", async () => {
    const fake = planWorkbook();
    const before = workbookState(fake);
    const draft = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).draftNextCycle();
    expect(draft).toMatchObject({ start: START, end: END, name: expect.stringContaining("2024-2026") });
    expect(draft.current.name).toContain("2022-2024");
    expect(draft.report).toMatchObject({ planRows: BUNDLED_PLAN.plan.length, members: BUNDLED_PLAN.members.length, rsp: BUNDLED_PLAN.rsp.length });
    expect(workbookState(fake)).toBe(before);
  });

  it("opens the next plan as a new workbook the CLI's rollover would write, and changes nothing in the open one", async () => {
    const fake = planWorkbook();
    const before = workbookState(fake);
    const result = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createNextCycle({ start: START, end: END });

    expect(workbookState(fake)).toBe(before);
    expect(fake.state.createdWorkbooks).toHaveLength(1);
    expect(result.file).toMatchObject({ opened: true, fileName: workbookFileName(result.report.name) });
    expect(result.report.planRows).toBe(BUNDLED_PLAN.plan.length);

    const next = (await created(fake).read(TABLE_NAMES)).tables;
    expect(settingsOf(next.Settings!)).toMatchObject({ "Plan start": START, "Plan end": END, "Plan name": result.report.name });
    expect(next.Plan!.rows).toHaveLength(BUNDLED_PLAN.plan.length);
    expect(column(next.Plan!, "Actual").every((value) => value === null)).toBe(true);
    expect(next.Plan!.headers).toContain("My notes");
    expect(next.WorkPlan!.rows.every((row) => row.every((value) => value === null))).toBe(true);

    // The command line's rollover of the same plan, read back the same way.
    const source = new XlsxGateway();
    // Excel holds no empty strings: an empty cell reads as null, in the fake as in Excel.
    const specs = bundleToTableSpecs(BUNDLED_PLAN).map((spec) => ({ ...spec, rows: spec.rows.map((row) => row.map((v) => (v === "" ? null : v))) }));
    const plan = specs.find((spec) => spec.name === "Plan")!;
    plan.headers.push("My notes");
    plan.rows = plan.rows.map((row, i) => [...row, `note ${i}`]);
    await source.createTables(specs);
    const target = new XlsxGateway();
    await rolloverWorkbook(XlsxGateway.fromBytes(await source.bytes(), "source"), target, { start: START, end: END });
    const cli: WorkbookSnapshot = await target.read(TABLE_NAMES);
    for (const name of TABLE_NAMES) expect({ name, table: next[name] }).toEqual({ name, table: cli.tables[name] });
  });

  it("reads the open workbook in the same few syncs at any size", async () => {
    const syncs = async (rows: number) => {
      const fake = planWorkbook(rows);
      fake.resetCounters();
      await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createNextCycle({ start: START, end: END });
      return fake.syncCount;
    };
    const small = await syncs(60);
    expect(small).toBeLessThanOrEqual(4);
    expect(await syncs(1200)).toBe(small);
  });

  it("builds a file Excel opens without a repair prompt", async () => {
    const fake = planWorkbook();
    await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createNextCycle({ start: START, end: END, name: "ROCB A/P SAP 2024-2026" });
    const file = folder.file("next-cycle.xlsx");
    writeFileSync(file, base64ToBytes(fake.state.createdWorkbooks[0]));
    expectExcelOpens(file);
  });

  it("offers the file as a download where Excel cannot open a new workbook, saying why", async () => {
    const fake = planWorkbook();
    const result = await createOfficeApi(fake.run, { createWorkbook: null }).createNextCycle({ start: START, end: END });
    expect(result.file.opened).toBe(false);
    expect(result.file.note).toMatch(/ExcelApi 1\.8.*Download .*\.xlsx/);
    const back = await XlsxGateway.fromBytes(result.file.bytes, "download").read(["Settings"]);
    expect(settingsOf(back.tables.Settings!)).toMatchObject({ "Plan start": START, "Plan end": END });
  });

  it("offers the download when Excel refuses to open it, with Excel's reason", async () => {
    const fake = planWorkbook();
    const refuse = jest.fn(async () => {
      throw new Error("This operation is not allowed due to the extension hardening policy.");
    });
    const before = workbookState(fake);
    const result = await createOfficeApi(fake.run, { createWorkbook: refuse }).createNextCycle({ start: START, end: END });
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(result.file).toMatchObject({ opened: false, note: expect.stringContaining("extension hardening policy") });
    expect(workbookState(fake)).toBe(before);
  });

  it("refuses an end before the start in plain words, creating nothing", async () => {
    const fake = planWorkbook();
    await expect(createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createNextCycle({ start: END, end: START })).rejects.toThrow(
      /end must be after its start/
    );
    expect(fake.state.createdWorkbooks).toHaveLength(0);
  });
});

describe("Start a new plan from pasted text", () => {
  it("creates a new workbook with the text's own Settings and rows, no other plan's Members or RSP", async () => {
    const fake = planWorkbook();
    const before = workbookState(fake);
    const result = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createPlanFromText(PACIFIC, { keepMembers: false });
    expect(workbookState(fake)).toBe(before);
    expect(result.file?.opened).toBe(true);
    const next = (await created(fake).read(TABLE_NAMES)).tables;
    const settings = settingsOf(next.Settings!);
    expect(settings["Plan name"]).toMatch(/Pacific Islands Customs Network/);
    expect(settings).toMatchObject({ "Plan start": isoToSerial("2024-07-01"), "Plan end": isoToSerial("2026-06-30") });
    expect(next.Plan!.rows.length).toBe(result.rowsImported);
    expect(column(next.Plan!, "Ref")).toContain("1-a");
    expect(next.Members!.rows.every((row) => row.every((value) => value === null))).toBe(true);
    expect(result.settingLines).toContainEqual(expect.stringMatching(/^Plan start = 2024-07-01 \(from line 2/));
    expect(result.message).toMatch(/Members and RSP start empty/);
    const file = folder.file("new-plan-from-text.xlsx");
    writeFileSync(file, base64ToBytes(fake.state.createdWorkbooks[0]));
    expectExcelOpens(file);
  });

  it("keeps this workbook's Members and RSP when asked, and the pane's name over the text's", async () => {
    const fake = planWorkbook();
    const result = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createPlanFromText(PACIFIC, { keepMembers: true, name: "PICN SAP" });
    const next = (await created(fake).read(TABLE_NAMES)).tables;
    expect(settingsOf(next.Settings!)["Plan name"]).toBe("PICN SAP");
    expect(next.Members!.rows).toHaveLength(BUNDLED_PLAN.members.length);
    expect(next.RSP!.rows).toHaveLength(BUNDLED_PLAN.rsp.length);
    expect(result).toMatchObject({ members: BUNDLED_PLAN.members.length, rsp: BUNDLED_PLAN.rsp.length });
    expect(result.settingLines).toContain('Plan name = "PICN SAP" (from what you typed in the pane)');
  });

  it("asks for the start when neither the text nor the pane gives it, creating nothing", async () => {
    const fake = planWorkbook();
    const text = PACIFIC.split("\n").filter((line) => !line.startsWith("Period")).join("\n").replace("2024-2026", "");
    const result = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createPlanFromText(text, { keepMembers: false });
    expect(result.file).toBeNull();
    expect(result.missing).toContain("Plan start");
    expect(result.message).toMatch(/does not say the plan's start/);
    expect(fake.state.createdWorkbooks).toHaveLength(0);
    const typed = await createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }).createPlanFromText(text, {
      keepMembers: false,
      start: START,
      end: END,
    });
    expect(typed.file?.opened).toBe(true);
  });
});

describe("opening a new workbook", () => {
  const specs = bundleToTableSpecs(BUNDLED_PLAN).slice(0, 1);
  const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  it("uses Excel.createWorkbook only where the host supports ExcelApi 1.8", async () => {
    expect(hostCreateWorkbook()).toBeNull();
    const createWorkbook = jest.fn(async (_base64: string) => undefined);
    globals.Excel = { createWorkbook };
    const supports = (version: string) => ({ context: { requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= Number(version) } } });
    globals.Office = supports("1.7");
    expect(hostCreateWorkbook()).toBeNull();
    globals.Office = supports("1.9");
    await hostCreateWorkbook()!("UEsDBA==");
    expect(createWorkbook).toHaveBeenCalledWith("UEsDBA==");
  });

  it("offers a file over Excel's request limit as a download without calling createWorkbook", async () => {
    const create = jest.fn(async (_base64: string) => undefined);
    const file = await openNewWorkbook(specs, "Plan", create, 1000);
    expect(create).not.toHaveBeenCalled();
    expect(file).toMatchObject({ opened: false, note: expect.stringMatching(/too large for Excel to open from an add-in .*Download Plan\.xlsx/) });
  });

  it("names the file after the plan, without characters a file name cannot hold", () => {
    expect(workbookFileName("ROCB A/P Strategic Action Plan 2024-2026")).toBe("ROCB A-P Strategic Action Plan 2024-2026.xlsx");
    expect(workbookFileName('  "Plan: 2026?"  ')).toBe("-Plan- 2026-.xlsx");
    expect(workbookFileName("   ")).toBe("Plan.xlsx");
  });
});

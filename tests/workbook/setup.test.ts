import { MemoryGateway } from "../support/memoryGateway";
import { bundleToTableSpecs, setUpWorkbook } from "../../src/workbook/setup";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { TABLES, TABLE_NAMES, MEASURES, WORKPLAN_STATUSES } from "../../src/workbook/schema";
import type { PlanBundle } from "../../src/workbook/records";
import { d, memoryTable } from "./fixtures";

const bundle: PlanBundle = {
  settings: [
    { key: "Plan name", value: "Small plan" },
    { key: "Plan start", value: "2022-07-01" },
    { key: "Plan end", value: d("2024-06-30") },
  ],
  members: [{ code: "ID", name: "Indonesia", subregion: "SEA" }],
  rsp: [{ objective: "1.1.1", milestone: 1, description: "Risk management" }],
  plan: [
    {
      pillar: 1,
      ref: "1-a",
      part: 1,
      action: "Assist",
      rspReference: "1.1.1 – 1st milestone",
      kpi: "Number of Members",
      target: "At least 5 Members",
      deadline: null,
      baseline: null,
      actual: 2,
      measure: "manual",
      weight: 1,
      owner: "ROCB",
      comment: "",
    },
  ],
  workPlan: [
    {
      id: "AWP-001",
      fiscalYear: "2022/23",
      activity: "Workshop",
      refs: ["1-a", "1-b"],
      members: ["ID", "MN"],
      type: "National workshop",
      planned: d("2022-10-01"),
      status: "Planned",
      heldOn: null,
      participants: null,
      women: null,
      score: null,
    },
  ],
  updates: [],
};

describe("bundleToTableSpecs", () => {
  const specs = bundleToTableSpecs(bundle);
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  it("gives the seven tables in schema order with input and computed headers", () => {
    expect(specs.map((s) => s.name)).toEqual([...TABLE_NAMES]);
    for (const s of specs) expect(s.headers).toEqual(TABLES[s.name as keyof typeof TABLES].columns.map((c) => c.header));
  });

  it("fills rows by header, computed cells empty, lists joined, setting dates as serials", () => {
    const plan = spec("Plan");
    const row = Object.fromEntries(plan.headers.map((h, i) => [h, plan.rows[0][i]]));
    expect(row).toMatchObject({ Ref: "1-a", Target: "At least 5 Members", Actual: 2, Measure: "manual", Status: null, Progress: null });
    const workPlan = spec("WorkPlan");
    expect(workPlan.rows[0][workPlan.headers.indexOf("Refs")]).toBe("1-a, 1-b");
    expect(workPlan.rows[0][workPlan.headers.indexOf("Members")]).toBe("ID, MN");
    expect(spec("Settings").rows).toEqual([
      ["Plan name", "Small plan"],
      ["Plan start", d("2022-07-01")],
      ["Plan end", d("2024-06-30")],
    ]);
    expect(spec("History").rows).toEqual([]);
  });

  it("sets number formats, drop-downs, status colours and data bars", () => {
    const plan = spec("Plan");
    expect(plan.numberFormats).toMatchObject({ Ref: "@", Deadline: "yyyy-mm-dd", Progress: "0%", Part: "0", "Last update": "yyyy-mm-dd" });
    expect(plan.validationLists).toEqual({ Measure: MEASURES });
    expect(spec("WorkPlan").validationLists).toEqual({ Status: WORKPLAN_STATUSES });
    for (const name of ["Plan", "RSP"]) expect(spec(name)).toMatchObject({ statusColumn: "Status", dataBarColumn: "Progress" });
    expect(spec("Settings").numberFormats?.Value).toBe("General");
  });

  it("widens the Settings Value column for titles, not the Updates Value column of numbers", () => {
    expect(spec("Settings").columnWidths?.Value).toBe(60);
    expect(spec("Updates").columnWidths?.Value).toBeUndefined();
  });

  it("formats the Settings dates (Plan start, Plan end, As of) as dates, cell by cell", () => {
    const settings = bundleToTableSpecs(BUNDLED_PLAN).find((s) => s.name === "Settings")!;
    const keyOf = (row: number) => settings.rows[row][settings.headers.indexOf("Key")];
    expect((settings.cellNumberFormats ?? []).map((c) => [keyOf(c.row), c.header, c.numberFormat])).toEqual([
      ["Plan start", "Value", "yyyy-mm-dd"],
      ["Plan end", "Value", "yyyy-mm-dd"],
      ["As of", "Value", "yyyy-mm-dd"],
    ]);
  });
});

describe("setUpWorkbook", () => {
  it("creates every table in one call on an empty workbook", async () => {
    const gateway = new MemoryGateway();
    const report = await setUpWorkbook(gateway, bundle);
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 1 });
    expect(report.created).toEqual([...TABLE_NAMES]);
    expect(report.existing).toEqual([]);
    expect(gateway.column("Plan", "Ref")).toEqual(["1-a"]);
    expect(report.message).toMatch(/Set up inserted 7 tables/);
  });

  it("declines when any table exists, saying what exists and what is missing", async () => {
    const gateway = new MemoryGateway([memoryTable("Plan", ["Ref"], [{ Ref: "mine" }]), memoryTable("Members", ["Code"], [])]);
    const report = await setUpWorkbook(gateway, bundle);
    expect(gateway.calls.createTables).toBe(0);
    expect(report.created).toEqual([]);
    expect(report.existing).toEqual(["Members", "Plan"]);
    expect(report.message).toMatch(/already has a plan \(tables Members and Plan\), so Set up changed nothing/);
    expect(report.message).toMatch(/Missing: Settings, RSP, WorkPlan and Updates/);
    expect(gateway.column("Plan", "Ref")).toEqual(["mine"]);
  });

  it("declines when a sheet has one of the tables' names", async () => {
    const gateway = new MemoryGateway();
    gateway.sheets.set("Plan", null);
    const report = await setUpWorkbook(gateway, bundle);
    expect(gateway.calls.createTables).toBe(0);
    expect(report.message).toMatch(/already has a sheet named "Plan"/);
  });

  it("sets up the bundled plan by default", async () => {
    const gateway = new MemoryGateway();
    await setUpWorkbook(gateway);
    expect(gateway.table("Plan").rows).toHaveLength(BUNDLED_PLAN.plan.length);
    expect(gateway.table("Members").rows).toHaveLength(33);
  });
});

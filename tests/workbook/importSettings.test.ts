/** Import into an open workbook sets the plan's Settings cell by cell, never over a formula, and drops no column. */
import { isoToSerial } from "../../src/core/dates";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { importPlanIntoWorkbook } from "../../src/workbook/importOperation";
import { TABLE_NAMES } from "../../src/workbook/schema";
import { setUpWorkbook } from "../../src/workbook/setup";
import { MemoryGateway } from "../support/memoryGateway";
import { memoryTable } from "./fixtures";

const TEXT = [
  "Harbour Authority Operational Plan 2025/26",
  "Priority area 1: Safer ports",
  "No.\tOutput\tIndicator\tTarget\tTimeline\tRisks\tStatus",
  "1\tRun drills\tNumber of drills held\tAt least twice per year\t30 June 2026\tWeather\tongoing",
].join("\n");

const PLAN = ["Pillar", "Ref", "Part", "Action", "RSP reference", "KPI", "Target", "Deadline", "Actual", "Comment", "Status"];

function workbook(settings: Array<Record<string, string | number | null>>, formulaRows: number[] = [], planHeaders = PLAN): MemoryGateway {
  const table = memoryTable("Settings", ["Key", "Value"], settings);
  table.formulaCells = new Set(formulaRows.map((row) => `${row},1`));
  return new MemoryGateway([table, memoryTable("Plan", planHeaders, [])]);
}

describe("importPlanIntoWorkbook and Settings", () => {
  it("replaces another plan's name and period with the text's, in one read and one write, and says from what", async () => {
    const gateway = workbook([
      { Key: "Plan name", Value: "ROCB A/P Strategic Action Plan 2022-2024" },
      { Key: "Plan start", Value: isoToSerial("2022-07-01") },
      { Key: "Plan end", Value: isoToSerial("2024-06-30") },
      { Key: "Pillar 1", Value: "Support the implementation of WCO conventions" },
      { Key: "On track at", Value: 1 },
    ]);
    const report = await importPlanIntoWorkbook(gateway, TEXT);
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });
    expect(gateway.column("Settings", "Value")).toEqual([
      "Harbour Authority Operational Plan 2025/26",
      isoToSerial("2025-07-01"),
      isoToSerial("2026-06-30"),
      "Safer ports",
      1,
    ]);
    expect(report.message).toContain('Plan name = "Harbour Authority Operational Plan 2025/26" (from line 1');
    expect(report.message).toContain("Plan start = 2025-07-01 (from the years in the title");
    expect(report.settings.map((change) => change.key)).toEqual(["Plan name", "Plan start", "Plan end", "Pillar 1"]);
  });

  it("never replaces a formula cell, and appends a key the table lacks", async () => {
    const gateway = workbook([{ Key: "Plan name", Value: "Computed name" }, { Key: "Plan start", Value: 44743 }], [0]);
    const report = await importPlanIntoWorkbook(gateway, TEXT, { end: { value: isoToSerial("2026-12-31")!, source: "your entry" } });
    expect(gateway.column("Settings", "Key")).toEqual(["Plan name", "Plan start", "Plan end", "Pillar 1"]);
    expect(gateway.column("Settings", "Value")).toEqual(["Computed name", isoToSerial("2025-07-01"), isoToSerial("2026-12-31"), "Safer ports"]);
    expect(report.keptFormulas).toEqual(["Plan name"]);
    expect(report.message).toContain("Kept Plan name in Settings: it holds a formula.");
    expect(report.message).toContain("Plan end = 2026-12-31 (from your entry)");
  });

  it("puts unknown columns the Plan table lacks (or owns, like Status) into Comment, and one it has into that column", async () => {
    const gateway = workbook([], [], [...PLAN, "Risks"]);
    const report = await importPlanIntoWorkbook(gateway, TEXT);
    expect(gateway.column("Plan", "Risks")).toEqual(["Weather"]);
    expect(gateway.column("Plan", "Comment")).toEqual(["Status: ongoing"]);
    expect(gateway.column("Plan", "Status")).toEqual([null]);
    expect(report.userColumns).toEqual(["Risks", "Status"]);
    expect(report.message).toContain("Columns kept as user columns: Risks, Status; Status went into Comment");
  });
});

describe("the issue's case: a 2024-25 plan pasted into a workbook set up with the bundled plan", () => {
  it("scores twice per year as 2 over the new plan's own 12 months, not 7 over another plan's period", async () => {
    const gateway = new MemoryGateway();
    await setUpWorkbook(gateway, { ...BUNDLED_PLAN, plan: [], workPlan: [], updates: [] });
    const text = [
      "Border Agency Action Plan 2024-25",
      "Period: July 2024 to June 2025",
      "No.\tAction\tIndicator\tTarget\tDue date\tStrategy link",
      "1\tHold stakeholder forums\tNumber of forums held\tAt least twice per year\t30 June 2025\tGoal A",
    ].join("\n");
    const report = await importPlanIntoWorkbook(gateway, text);
    expect(report.userColumns).toEqual([]);
    expect(gateway.column("Plan", "RSP reference")).toEqual(["Goal A"]);
    const evaluation = evaluateWorkbook(await gateway.read(TABLE_NAMES), { asOf: isoToSerial("2025-01-15")! });
    expect(evaluation.settings).toMatchObject({ planName: "Border Agency Action Plan 2024-25", planStart: isoToSerial("2024-07-01"), planEnd: isoToSerial("2025-06-30") });
    expect(evaluation.kpis[0]).toMatchObject({ ref: "1-a", targetValue: 2 });
    expect(evaluation.kpis[0].expected).toBeCloseTo((2 * (isoToSerial("2025-01-15")! - isoToSerial("2024-07-01")!)) / (isoToSerial("2025-06-30")! - isoToSerial("2024-07-01")!), 6);
  });
});

/** nextCycleSpecs / rolloverWorkbook on in-memory workbooks: what carries into the next plan. */
import { isoToSerial } from "../../src/core/dates";
import { nextName, rolloverWorkbook } from "../../src/workbook/rollover";
import { MemoryGateway } from "../support/memoryGateway";
import { memoryTable } from "./fixtures";

const d = (iso: string) => isoToSerial(iso)!;
const PLAN = ["Pillar", "Ref", "Part", "Action", "RSP reference", "KPI", "Target", "Deadline", "Baseline", "Actual", "Measure", "Status", "Owner's note"];

function source(): MemoryGateway {
  return new MemoryGateway([
    memoryTable("Settings", ["Key", "Value", "Notes"], [
      { Key: "Plan name", Value: "Harbour Plan 2024/25", Notes: "agreed by the board" },
      { Key: "Plan start", Value: d("2024-07-01") },
      { Key: "Plan end", Value: d("2025-06-30") },
      { Key: "As of", Value: d("2025-05-01") },
      { Key: "Stale after days", Value: 60 },
    ]),
    memoryTable("Members", ["Code", "Name", "Subregion"], [{ Code: "FJ", Name: "Fiji", Subregion: "PI" }]),
    memoryTable("RSP", ["Objective", "Milestone", "Description"], []),
    memoryTable("Plan", PLAN, [
      { Pillar: 1, Ref: "1-a", Part: 1, KPI: "Gates with CCTV", Target: "At least 8 gates", Actual: 5, Measure: "manual", Status: "On track", "Owner's note": "phase 2" },
      { Pillar: 1, Ref: "1-b", Part: 1, KPI: "Level of readiness", Target: "At least 80%", Measure: "updates:latest", Deadline: d("2026-03-31") },
      { Pillar: 1, Ref: "1-c", Part: 1, KPI: "Inspections", Target: "At least 4 inspections", Measure: "updates:sum", Deadline: d("2025-03-31") },
    ]),
    memoryTable("WorkPlan", ["ID", "Fiscal year", "Activity", "Refs", "Status", "Held on"], [{ ID: "A1", Activity: "Drill", Refs: "1-a", Status: "Held" }]),
    memoryTable("Updates", ["Date", "Ref", "Part", "Value"], [
      { Date: d("2025-01-10"), Ref: "1-b", Part: 1, Value: 0.6 },
      { Date: d("2025-04-10"), Ref: "1-b", Part: 1, Value: 0.7 },
      { Date: d("2025-02-01"), Ref: "1-c", Part: 1, Value: 2 },
      { Date: d("2025-09-01"), Ref: "1-b", Part: 1, Value: 0.9 },
    ]),
    memoryTable("History", ["Generated at", "As of", "Ref", "Part", "Actual", "Expected", "Progress", "Status"], [
      { "Generated at": d("2025-05-01"), "As of": d("2025-05-01"), Ref: "1-a", Part: 1, Actual: 5, Status: "On track" },
    ]),
  ]);
}

describe("rolloverWorkbook", () => {
  it("reads the old workbook once, writes nothing to it, and creates the next plan's tables once", async () => {
    const old = source();
    const target = new MemoryGateway();
    const report = await rolloverWorkbook(old, target, { start: d("2025-07-01"), end: d("2026-06-30") });
    expect(old.calls).toEqual({ read: 1, write: 0, createTables: 0 });
    expect(target.calls.createTables).toBe(1);
    expect(report).toMatchObject({ name: "Harbour Plan 2025/26", planRows: 3, baselinesFromActual: 2, ratesStartedAfresh: ["1-c"], deadlinesCleared: 1, members: 1, historyRows: 1 });
    expect(report.userColumns).toEqual(["Settings: Notes", "Plan: Owner's note"]);

    expect(target.column("Settings", "Value")).toEqual(["Harbour Plan 2025/26", d("2025-07-01"), d("2026-06-30"), null, 60]);
    expect(target.column("Settings", "Notes")).toEqual(["agreed by the board", null, null, null, null]);
    // 1-b's level is its latest Update up to the old plan's end (0.7; the September one is later).
    expect(target.column("Plan", "Baseline")).toEqual([5, 0.7, null]);
    expect(target.column("Plan", "Actual")).toEqual([null, null, null]);
    expect(target.column("Plan", "Status")).toEqual([null, null, null]);
    expect(target.column("Plan", "Deadline")).toEqual([null, d("2026-03-31"), null]);
    expect(target.column("Plan", "Owner's note")).toEqual(["phase 2", null, null]);
    expect(target.column("Members", "Code")).toEqual(["FJ"]);
    expect(target.table("WorkPlan").rows).toEqual([]);
    expect(target.table("Updates").rows).toEqual([]);
    expect(target.column("History", "Ref")).toEqual(["1-a"]);
  });

  it("refuses a period that ends before it starts, writing nothing", async () => {
    const target = new MemoryGateway();
    await expect(rolloverWorkbook(source(), target, { start: d("2026-07-01"), end: d("2025-06-30") })).rejects.toThrow(/end must be after its start/);
    expect(target.calls.createTables).toBe(0);
  });
});

describe("nextName", () => {
  it.each([
    ["ROCB A/P Strategic Action Plan 2022-2024", "2022-07-01", "2024-06-30", "2024-07-01", "2026-06-30", "ROCB A/P Strategic Action Plan 2024-2026"],
    ["Harbour Plan 2024/25", "2024-07-01", "2025-06-30", "2025-07-01", "2026-06-30", "Harbour Plan 2025/26"],
    ["Business Plan 2025", "2025-01-01", "2025-12-31", "2026-01-01", "2026-12-31", "Business Plan 2026"],
  ])("%s → the new period's years", (name, a, b, c, e, expected) => {
    expect(nextName(name, d(a), d(b), d(c), d(e))).toBe(expected);
  });
  it("gives null for a name without the old years", () => {
    expect(nextName("Our plan", d("2025-01-01"), d("2025-12-31"), d("2026-01-01"), d("2026-12-31"))).toBeNull();
  });
});

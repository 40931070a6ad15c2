/** The pane's new-workbook operations on in-memory workbooks: one read, never a write. */
import { isoToSerial, serialToIso } from "../../src/core/dates";
import { draftNextCycle, followingPeriod, nextCycleWorkbook, planFromTextWorkbook } from "../../src/workbook/newWorkbookPlans";
import { MemoryGateway } from "../support/memoryGateway";
import { memoryTable } from "./fixtures";

const d = (iso: string) => isoToSerial(iso)!;
const period = (start: string, end: string) => {
  const next = followingPeriod(d(start), d(end));
  return [serialToIso(next.start), serialToIso(next.end)];
};

function workbook(settings: Array<Record<string, string | number>>): MemoryGateway {
  return new MemoryGateway([
    memoryTable("Settings", ["Key", "Value"], settings),
    memoryTable("Members", ["Code", "Name", "Subregion"], [{ Code: "FJ", Name: "Fiji", Subregion: "PI" }]),
    memoryTable("RSP", ["Objective", "Milestone", "Description"], [{ Objective: "1.1.1", Milestone: 1, Description: "Adopted" }]),
    memoryTable("Plan", ["Pillar", "Ref", "Part", "KPI", "Target", "Actual", "Measure"], [
      { Pillar: 1, Ref: "1-a", Part: 1, KPI: "Gates", Target: "At least 8 gates", Actual: 5, Measure: "manual" },
    ]),
  ]);
}

const PLAN_TEXT = ["Harbour Plan 2027-2029", "1-a) Publish release times | Reports published | At least twice per year"].join("\n");

describe("followingPeriod", () => {
  it("starts the day after and lasts as many whole years", () => {
    expect(period("2022-07-01", "2024-06-30")).toEqual(["2024-07-01", "2026-06-30"]);
    expect(period("2025-01-01", "2025-12-31")).toEqual(["2026-01-01", "2026-12-31"]);
    // A plan of a few months still gets a year, never an empty period.
    expect(period("2025-01-01", "2025-03-31")).toEqual(["2025-04-01", "2026-03-31"]);
    // From 29 February, a year on has no 29 February: the period ends on 28 February.
    expect(period("2023-03-01", "2024-02-28")).toEqual(["2024-02-29", "2025-02-28"]);
  });
});

describe("draftNextCycle", () => {
  it("suggests the next period and name from one read, writing nothing", async () => {
    const gateway = workbook([
      { Key: "Plan name", Value: "Harbour Plan 2024-2026" },
      { Key: "Plan start", Value: d("2024-07-01") },
      { Key: "Plan end", Value: d("2026-06-30") },
    ]);
    const draft = await draftNextCycle(gateway);
    expect(draft).toMatchObject({ name: "Harbour Plan 2026-2028", start: d("2026-07-01"), end: d("2028-06-30") });
    expect(draft.report).toMatchObject({ planRows: 1, baselinesFromActual: 1, members: 1, rsp: 1 });
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 0 });
  });

  it("suggests no period when this plan's is not in Settings, rather than guess one", async () => {
    const draft = await draftNextCycle(workbook([{ Key: "Plan name", Value: "Harbour Plan" }]));
    expect(draft).toMatchObject({ start: null, end: null, name: "Harbour Plan", report: null });
  });
});

describe("nextCycleWorkbook", () => {
  it("gives the next plan's tables, the name typed winning, and writes nothing", async () => {
    const gateway = workbook([{ Key: "Plan name", Value: "Harbour Plan 2024-2026" }]);
    const { specs, report } = await nextCycleWorkbook(gateway, { start: d("2026-07-01"), end: d("2028-06-30"), name: "  Harbour SAP  " });
    expect(report.name).toBe("Harbour SAP");
    expect(specs.map((spec) => spec.name)).toEqual(expect.arrayContaining(["Settings", "Plan", "Members", "RSP", "History"]));
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 0 });
  });

  it("refuses a missing date in plain words", async () => {
    await expect(nextCycleWorkbook(workbook([]), { start: Number.NaN, end: d("2028-06-30") })).rejects.toThrow(/Enter the dates the next plan starts and ends/);
  });
});

describe("planFromTextWorkbook", () => {
  it("reads nothing when Members are not kept, and names where each Setting came from", async () => {
    const gateway = workbook([]);
    const plan = await planFromTextWorkbook(gateway, PLAN_TEXT, { keepMembers: false, start: d("2027-07-01"), end: d("2029-06-30") });
    expect(gateway.calls).toEqual({ read: 0, write: 0, createTables: 0 });
    expect(plan.name).toBe("Harbour Plan 2027-2029");
    expect(plan.settings.find((s) => s.key === "Plan name")?.from).toMatch(/line 1/);
    expect(plan.settings.find((s) => s.key === "Plan start")).toMatchObject({ value: d("2027-07-01"), from: "what you typed in the pane" });
    const members = plan.specs!.find((spec) => spec.name === "Members")!;
    expect(members.rows).toEqual([]);
  });

  it("keeps this workbook's Members and RSP when asked, from one read", async () => {
    const gateway = workbook([]);
    const plan = await planFromTextWorkbook(gateway, PLAN_TEXT, { keepMembers: true, start: d("2027-07-01"), end: d("2029-06-30") });
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 0 });
    const members = plan.specs!.find((spec) => spec.name === "Members")!;
    expect(members.rows.map((row) => row[members.headers.indexOf("Code")])).toEqual(["FJ"]);
    expect(plan).toMatchObject({ members: 1, rsp: 1 });
  });

  it("creates nothing and names the missing dates when neither the text nor the pane gives them", async () => {
    const undated = PLAN_TEXT.replace(" 2027-2029", "");
    const plan = await planFromTextWorkbook(workbook([]), undated, { keepMembers: false });
    expect(plan).toMatchObject({ specs: null, missing: ["Plan start", "Plan end"], rowsImported: 0 });
    expect(plan.message).toMatch(/does not say the plan's start date or end date; enter them/);
  });

  it("asks for the name when the text has no title and none was typed", async () => {
    const untitled = PLAN_TEXT.split("\n").slice(1).join("\n");
    const plan = await planFromTextWorkbook(workbook([]), untitled, { keepMembers: false, start: d("2027-07-01"), end: d("2029-06-30") });
    expect(plan).toMatchObject({ specs: null, missing: ["Plan name"] });
    expect(plan.message).toMatch(/does not say the plan's name; enter it/);
    const named = await planFromTextWorkbook(workbook([]), untitled, { keepMembers: false, name: "Harbour", start: d("2027-07-01"), end: d("2029-06-30") });
    expect(named.specs).not.toBeNull();
  });

  it("refuses text with no plan rows, and an end before the start", async () => {
    await expect(planFromTextWorkbook(workbook([]), "Just a title", { keepMembers: false })).rejects.toThrow(/No plan rows/);
    await expect(planFromTextWorkbook(workbook([]), PLAN_TEXT, { keepMembers: false, start: d("2029-07-01"), end: d("2027-06-30") })).rejects.toThrow(
      /must end after it starts/
    );
  });
});

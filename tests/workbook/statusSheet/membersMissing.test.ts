/**
 * "Members still missing" on the status sheet: for the KPIs needing attention that count Members,
 * the Members not yet counted per sub-region, by the same rule as the task pane's KPI detail.
 */
import { buildStatusSheetModel } from "../../../src/core/statusSheet";
import type { SheetSpec } from "../../../src/workbook/gateway";
import type { PlanBundle, PlanRecord } from "../../../src/workbook/records";
import { setUpWorkbook } from "../../../src/workbook/setup";
import { generateStatusSheet, STATUS_SHEET_TABLES } from "../../../src/workbook/statusSheet";
import { MEMBERS_MISSING_KPIS, renderStatusSheet } from "../../../src/workbook/statusSheet/render";
import { MemoryGateway } from "../../support/memoryGateway";
import { d } from "../fixtures";
import { SMALL_PLAN } from "../recordFixtures";
import { d as day, evaluation, kpi } from "../../core/statusSheet/fixtures";

const TITLE = "Members still missing (codes as in Members): ";
const NOW = new Date(2023, 6, 5, 14, 30, 0);

/** SMALL_PLAN with 1-b and 1-c due before As of, their targets as given, and a Member whose sub-region reads as a formula. */
function plan(targets: { "1-b": string; "1-c": string }): PlanBundle {
  const due = (row: PlanRecord): PlanRecord =>
    row.ref === "1-b" || row.ref === "1-c" ? { ...row, target: targets[row.ref], deadline: d("2023-06-30") } : row;
  return {
    ...SMALL_PLAN,
    members: [...SMALL_PLAN.members, { code: "XX", name: "Formula land", subregion: "=HYPERLINK(\"http://x\",\"x\")" }],
    plan: SMALL_PLAN.plan.map(due),
  };
}

async function statusSheet(bundle: PlanBundle): Promise<SheetSpec> {
  const gateway = new MemoryGateway();
  await setUpWorkbook(gateway, bundle);
  const report = await generateStatusSheet(gateway, { now: NOW });
  const sheet = gateway.sheets.get(report.sheetName);
  if (!sheet) throw new Error("no status sheet");
  return sheet;
}

const lines = (s: SheetSpec): string[] => s.cells.map((r) => (typeof r[0] === "string" ? r[0] : ""));

/** The section's lines, from its title to the next gap. */
function section(s: SheetSpec): string[] {
  const all = lines(s);
  const start = all.findIndex((l) => l.startsWith(TITLE));
  if (start < 0) return [];
  const end = all.indexOf("", start);
  return all.slice(start, end < 0 ? undefined : end);
}

describe("Members still missing on the status sheet", () => {
  it("reads the Members table", () => {
    expect(STATUS_SHEET_TABLES).toContain("Members");
  });

  it("lists, per sub-region, the Members an updates:members KPI and an activities KPI have not counted yet", async () => {
    const sheet = await statusSheet(plan({ "1-b": "At least 5/5 Members", "1-c": "At least 4 workshops" }));
    const shown = section(sheet);
    // 1-b counts ID and Mongolia from Updates (Fiji's update is after As of); 1-c counts the
    // Members of the held workshop only (Fiji's workshop is still Planned).
    expect(shown).toEqual([
      `${TITLE}2 KPIs needing attention`,
      "1-b KPI 1-b · 2 of 5 counted in its Updates · 3 not yet",
      "=HYPERLINK(\"http://x\",\"x\") (1): XX · PI (1): FJ · SEA (1): TH",
      "1-c KPI 1-c · 2 of 5 counted in held activities · 3 not yet",
      "=HYPERLINK(\"http://x\",\"x\") (1): XX · PI (1): FJ · SEA (1): TH",
    ]);
    // After the delivery table, before the stale KPIs.
    const all = lines(sheet);
    const title = all.findIndex((l) => l.startsWith(TITLE));
    expect(title).toBeGreaterThan(all.indexOf("Work-plan delivery per fiscal year and quarter"));
    expect(title).toBeLessThan(all.findIndex((l) => l.startsWith("Stale KPIs")));
  });

  it("keeps Members text that reads as a formula as text", async () => {
    const sheet = await statusSheet(plan({ "1-b": "At least 5/5 Members", "1-c": "At least 4 workshops" }));
    const cells = sheet.cells.flat().filter((v) => typeof v === "string" && v.includes("HYPERLINK"));
    expect(cells).toEqual([expect.stringMatching(/^=HYPERLINK/), expect.stringMatching(/^=HYPERLINK/)]);
  });

  it("has no section when no KPI needing attention counts Members", async () => {
    // 1-b and 1-c reached their targets; 1-a and 1-d need attention but count no Members.
    const sheet = await statusSheet(plan({ "1-b": "At least 2/5 Members", "1-c": "At least 1 workshop" }));
    expect(lines(sheet).some((l) => l.startsWith(TITLE))).toBe(false);
    expect(lines(sheet).some((l) => l.startsWith("Needs attention"))).toBe(true);
  });
});

describe("Members still missing in the model and its rendering", () => {
  const asOf = day("2023-07-01");
  const TH = { code: "TH", name: "Thailand" };
  const coverage = (ref: string, counted = 1) => ({ ref, part: 1, source: "activities" as const, counted, total: counted + 1, missing: [{ subregion: "SEA", members: [TH] }, { subregion: "PI", members: [] }] });

  it("keeps only the attention KPIs, in the attention list's order, and leaves out empty sub-regions", () => {
    const model = buildStatusSheetModel({
      evaluation: evaluation([kpi("1-a", "On track", { progress: 0.9 }), kpi("1-b", "At risk", { progress: 0.5 }), kpi("1-c", "Off track", { progress: 0.1 })], asOf),
      workPlan: [],
      history: [],
      generatedAt: asOf,
      fiscalYearStartMonth: 7,
      membersCoverage: [coverage("1-a"), coverage("1-b"), coverage("1-c")],
    });
    expect(model.membersMissing.map((m) => [m.kpi.ref, m.reason, m.missing])).toEqual([
      ["1-c", "Off track", [{ subregion: "SEA", members: [TH] }]],
      ["1-b", "At risk", [{ subregion: "SEA", members: [TH] }]],
    ]);
  });

  it(`lists at most ${MEMBERS_MISSING_KPIS} KPIs, then names the rest in one line`, () => {
    const refs = Array.from({ length: MEMBERS_MISSING_KPIS + 3 }, (_, i) => `1-${i + 1}`);
    const model = buildStatusSheetModel({
      evaluation: evaluation(refs.map((ref) => kpi(ref, "Off track", { progress: 0.1 })), asOf),
      workPlan: [],
      history: [],
      generatedAt: asOf,
      fiscalYearStartMonth: 7,
      membersCoverage: refs.map((ref) => coverage(ref)),
    });
    const shown = section(renderStatusSheet(model));
    expect(shown[0]).toBe(`${TITLE}${MEMBERS_MISSING_KPIS} of ${refs.length} KPIs needing attention`);
    expect(shown.filter((l) => l.includes("counted"))).toHaveLength(MEMBERS_MISSING_KPIS);
    expect(shown[shown.length - 1]).toBe(`and 3 more: ${refs.slice(MEMBERS_MISSING_KPIS).join(", ")}`);
  });

  it("names nobody for a KPI that has counted none yet: its counts say all are missing", () => {
    const model = buildStatusSheetModel({
      evaluation: evaluation([kpi("1-a", "Off track", { progress: 0 })], asOf),
      workPlan: [],
      history: [],
      generatedAt: asOf,
      fiscalYearStartMonth: 7,
      membersCoverage: [coverage("1-a", 0)],
    });
    expect(section(renderStatusSheet(model))).toEqual([`${TITLE}1 KPI needing attention`, "1-a KPI 1-a · 0 of 1 counted in held activities · 1 not yet"]);
  });

  it("fills at most the rest of the page it starts on, and says how many it shows", () => {
    const refs = Array.from({ length: 40 }, (_, i) => `1-${i + 1}`);
    const model = buildStatusSheetModel({
      evaluation: evaluation(refs.map((ref) => kpi(ref, "Off track", { progress: 0.1 })), asOf),
      workPlan: [],
      history: [],
      generatedAt: asOf,
      fiscalYearStartMonth: 7,
      membersCoverage: refs.map((ref) => coverage(ref)),
    });
    const sheet = renderStatusSheet(model);
    const first = sheet.cells.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(TITLE));
    const shown = section(sheet);
    const kpis = shown.filter((l) => l.includes("counted")).length;
    expect(kpis).toBeGreaterThan(0);
    expect(kpis).toBeLessThanOrEqual(MEMBERS_MISSING_KPIS);
    expect(shown[0]).toBe(`${TITLE}${kpis} of 40 KPIs needing attention`);
    // No page break inside the section: it never runs onto a page of its own making.
    const last = first + shown.length - 1;
    expect((sheet.pageBreaks ?? []).filter((row) => row > first && row <= last)).toEqual([]);
  });
});

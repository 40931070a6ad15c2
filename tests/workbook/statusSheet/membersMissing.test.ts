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

const TITLE = "Members still missing, for the KPIs needing attention that count Members";
const NOW = new Date(2023, 6, 5, 14, 30, 0);

/** SMALL_PLAN with 1-b and 1-c due before As of, their targets as given, and a Member whose name reads as a formula. */
function plan(targets: { "1-b": string; "1-c": string }): PlanBundle {
  const due = (row: PlanRecord): PlanRecord =>
    row.ref === "1-b" || row.ref === "1-c" ? { ...row, target: targets[row.ref], deadline: d("2023-06-30") } : row;
  return {
    ...SMALL_PLAN,
    members: [...SMALL_PLAN.members, { code: "XX", name: "=HYPERLINK(\"http://x\",\"x\")", subregion: "PI" }],
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
  const start = all.indexOf(TITLE);
  if (start < 0) return [];
  const end = all.indexOf("", start);
  return all.slice(start + 1, end < 0 ? undefined : end);
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
      "1-b KPI 1-b · 2 of 5 counted · 3 not yet",
      "PI (2): Fiji, =HYPERLINK(\"http://x\",\"x\")",
      "SEA (1): Thailand",
      "1-c KPI 1-c · 2 of 5 counted · 3 not yet",
      "PI (2): Fiji, =HYPERLINK(\"http://x\",\"x\")",
      "SEA (1): Thailand",
    ]);
    // After the delivery table, before the stale KPIs.
    const all = lines(sheet);
    expect(all.indexOf(TITLE)).toBeGreaterThan(all.indexOf("Work-plan delivery per fiscal year and quarter"));
    expect(all.indexOf(TITLE)).toBeLessThan(all.findIndex((l) => l.startsWith("Stale KPIs")));
  });

  it("keeps a Member's name that reads as a formula as text", async () => {
    const sheet = await statusSheet(plan({ "1-b": "At least 5/5 Members", "1-c": "At least 4 workshops" }));
    const cells = sheet.cells.flat().filter((v) => typeof v === "string" && v.includes("HYPERLINK"));
    expect(cells.length).toBe(2);
    for (const cell of cells) expect(cell).toMatch(/^PI \(2\): /);
  });

  it("has no section when no KPI needing attention counts Members", async () => {
    // 1-b and 1-c reached their targets; 1-a and 1-d need attention but count no Members.
    const sheet = await statusSheet(plan({ "1-b": "At least 2/5 Members", "1-c": "At least 1 workshop" }));
    expect(lines(sheet)).not.toContain(TITLE);
    expect(lines(sheet).some((l) => l.startsWith("Needs attention"))).toBe(true);
  });
});

describe("Members still missing in the model and its rendering", () => {
  const asOf = day("2023-07-01");
  const coverage = (ref: string) => ({ ref, part: 1, counted: 1, total: 3, missing: [{ subregion: "SEA", names: ["Thailand"] }, { subregion: "PI", names: [] }] });

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
      ["1-c", "Off track", [{ subregion: "SEA", names: ["Thailand"] }]],
      ["1-b", "At risk", [{ subregion: "SEA", names: ["Thailand"] }]],
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
      membersCoverage: refs.map(coverage),
    });
    const shown = section(renderStatusSheet(model));
    expect(shown.filter((l) => l.includes("counted"))).toHaveLength(MEMBERS_MISSING_KPIS);
    expect(shown[shown.length - 1]).toBe(`and 3 more: ${refs.slice(MEMBERS_MISSING_KPIS).join(", ")}`);
  });
});

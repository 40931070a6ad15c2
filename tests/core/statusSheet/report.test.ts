import { buildStatusSheetModel } from "../../../src/core/statusSheet";
import type { StatusSheetInput, WorkPlanActivity } from "../../../src/core/statusSheet";
import { fiscalYearEnd } from "../../../src/core/statusSheet/delivery";
import { measureText, pointsText, targetPartOf } from "../../../src/core/statusSheet/numbers";
import type { EvaluatedKpi } from "../../../src/core/evaluation";
import { d, evaluation, kpi } from "./fixtures";

function build(kpis: EvaluatedKpi[], asOf: number, extra: Partial<StatusSheetInput> = {}) {
  return buildStatusSheetModel({ evaluation: evaluation(kpis, asOf), workPlan: [], history: [], generatedAt: asOf + 0.5, fiscalYearStartMonth: 7, ...extra });
}

const activity = (id: string, over: Partial<WorkPlanActivity>): WorkPlanActivity => ({
  id, activity: id, fiscalYear: "2022/23", planned: null, status: "Planned", heldOn: null, participants: null, women: null, refs: [], ...over,
});

describe("needs attention at several as-of dates", () => {
  const kpis = [
    kpi("1-a", "No data"),
    kpi("1-b", "No data", { deadline: d("2023-03-31") }),
    kpi("1-c", "At risk"),
    kpi("1-d", "Off track"),
    kpi("1-e", "On track"),
  ];
  it.each([
    // Plan 2022-07-01 to 2024-06-30: a quarter in, nothing is due yet.
    ["2022-10-01", ["1-d Off track", "1-c At risk"]],
    ["2023-05-01", ["1-d Off track", "1-c At risk", "1-b No data past its deadline"]],
    ["2023-08-01", ["1-d Off track", "1-c At risk", "1-b No data past its deadline", "1-a No data after half the plan"]],
  ])("as of %s lists %j", (iso, expected) => {
    expect(build(kpis, d(iso)).attention.map((a) => `${a.kpi.ref} ${a.reason}`)).toEqual(expected);
  });
});

describe("overdue activities", () => {
  const plan = [
    activity("A1", { planned: d("2023-02-01") }),
    activity("A2", {}),
    activity("A3", { status: "Cancelled" }),
    activity("A4", { status: "Postponed", planned: d("2022-09-01") }),
    activity("A5", { status: "Held", heldOn: d("2022-10-01"), planned: d("2022-10-01") }),
    activity("A6", { fiscalYear: "2023/24" }),
  ];
  it.each([
    ["2023-01-15", []],
    ["2023-03-01", ["A1"]],
    // The fiscal year 2022/23 ended on 2023-06-30: its undated, never held activity is overdue.
    ["2023-07-01", ["A1", "A2"]],
    ["2024-07-01", ["A1", "A2", "A6"]],
  ])("as of %s: %j", (iso, ids) => {
    const model = build([kpi("1-a", "On track")], d(iso), { workPlan: plan });
    expect(model.overdue.map((o) => o.activity.id)).toEqual(ids);
    const total = model.delivery.filter((r) => r.isTotal).reduce((n, r) => n + r.overdue, 0);
    expect(total).toBe(ids.length);
  });

  it("knows where a fiscal year ends", () => {
    expect(fiscalYearEnd("2022/23", 7)).toBe(d("2023-06-30"));
    expect(fiscalYearEnd("2022", 1)).toBe(d("2022-12-31"));
    expect(fiscalYearEnd("next year", 7)).toBeNull();
  });
});

describe("numbers as people read them", () => {
  it("shows counts with the target's unit, shares as percentages, averages with two decimals", () => {
    expect(measureText(12, targetPartOf("At least 27/33 Members", 1), 27)).toBe("12 of 27 Members");
    expect(measureText(0.273684211, targetPartOf("Meet at least 75% of the ROCB requests", 1), 0.75)).toBe("27%");
    expect(measureText(4.156521739, targetPartOf("At least average of 4 out of 5", 1), 4)).toBe("4.16 of 5");
    expect(measureText(null, null, null)).toBe("");
    expect(pointsText(12.4)).toBe("+12 pts");
    expect(pointsText(-5)).toBe("−5 pts");
  });

  it("folds the Part into the Ref of multi-part KPIs and measures the trend on capped progress", () => {
    const asOf = d("2023-07-01");
    const model = build([kpi("1-a", "Achieved", { progress: 3 }), kpi("1-b", "On track", { part: 1 }), kpi("1-b", "On track", { part: 2 })], asOf, {
      history: [{ generatedAt: asOf - 10, asOf: asOf - 10, ref: "1-a", part: 1, actual: 1, expected: 1, progress: 0.9, status: "On track" }],
    });
    const lines = model.kpisByPillar[0].kpis;
    expect(lines.map((l) => l.refLabel)).toEqual(["1-a", "1-b (1)", "1-b (2)"]);
    expect(lines[0].change).toBe(10);
    expect(model.headline.total).toBe(3);
  });
});

describe("RSP coverage", () => {
  it("gives one line per objective and names only milestones without actions or with KPIs needing attention", () => {
    const model = build([kpi("1-a", "Off track", { rspKeys: ["1.1.1-M1"] }), kpi("1-b", "On track", { rspKeys: ["1.1.1-M2"] })], d("2023-07-01"));
    expect(model.objectiveCoverage.map((o) => [o.objective, o.milestones, o.withActions])).toEqual([["1.1.1", 2, 2]]);
    expect(model.milestoneNotes.map((m) => [m.key, m.attentionRefs, m.withoutActions])).toEqual([["1.1.1-M1", ["1-a"], false]]);
  });
});

describe("biggest changes first", () => {
  it("ranks moves into Off track or Missed, then into At risk, then other moves, then progress alone", () => {
    const asOf = d("2023-07-01");
    const was = (ref: string, status: string, progress: number) => ({ generatedAt: asOf - 30, asOf: asOf - 30, ref, part: 1, actual: 1, expected: 1, progress, status });
    const model = build(
      [
        kpi("1-a", "On track", { progress: 0.9 }),
        kpi("1-b", "At risk", { progress: 0.5 }),
        kpi("1-c", "Off track", { progress: 0.3 }),
        kpi("1-d", "On track", { progress: 0.5 }),
      ],
      asOf,
      { history: [was("1-a", "At risk", 0.2), was("1-b", "On track", 0.2), was("1-c", "At risk", 0.25), was("1-d", "On track", 0.1)] }
    );
    expect(model.changes.map((c) => c.kpi.ref)).toEqual(["1-c", "1-b", "1-a", "1-d"]);
  });
});

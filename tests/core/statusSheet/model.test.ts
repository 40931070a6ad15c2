import { buildStatusSheetModel, NO_COMMENT_FLAG, STATUS_ORDER } from "../../../src/core/statusSheet";
import type { HistoryEntry, StatusSheetInput, WorkPlanActivity } from "../../../src/core/statusSheet";
import type { EvaluatedKpi } from "../../../src/workbook/model";
import { d, evaluation, kpi } from "./fixtures";

function build(kpis: EvaluatedKpi[], asOf: number, extra: Partial<StatusSheetInput> = {}) {
  return buildStatusSheetModel({
    evaluation: evaluation(kpis, asOf),
    workPlan: [],
    history: [],
    generatedAt: asOf + 0.5,
    fiscalYearStartMonth: 7,
    ...extra,
  });
}

describe("status sheet header at several as-of dates", () => {
  const kpis = [kpi("1-a", "On track")];
  it.each([
    ["before the plan starts", "2022-05-01", 0],
    ["mid-plan", "2023-06-30", 364 / 730],
    ["at the plan end", "2024-06-30", 1],
    ["after the plan end", "2025-01-15", 1],
  ])("%s", (_label, iso, elapsed) => {
    const model = build(kpis, d(iso));
    expect(model.header.asOf).toBe(d(iso));
    expect(model.header.generatedAt).toBe(d(iso) + 0.5);
    expect(model.header.elapsed).toBeCloseTo(elapsed, 6);
    expect(model.header.planName).toBe("Test plan");
    expect(model.header.kpiCount).toBe(1);
    expect(model.header.previousGeneratedAt).toBeNull();
  });
});

describe("rollups", () => {
  const kpis = [
    kpi("2-a", "Achieved", { progress: 1.5 }),
    kpi("1-a", "On track", { progress: 0.6 }),
    kpi("1-b", "Off track", { progress: 0.2, objectives: ["1.2.10"] }),
    kpi("1-c", "No data", { objectives: ["1.2.9"] }),
  ];
  const model = build(kpis, d("2023-07-01"));

  it("counts statuses per pillar in pillar order with the weighted mean of capped progress", () => {
    expect(model.pillars.map((p) => p.label)).toEqual(["Pillar 1", "Pillar 2"]);
    expect(model.pillars[0].title).toBe("Pillar one title");
    expect(model.pillars[0].counts["On track"]).toBe(1);
    expect(model.pillars[0].counts["Off track"]).toBe(1);
    expect(model.pillars[0].counts["No data"]).toBe(1);
    expect(model.pillars[0].total).toBe(3);
    expect(model.pillars[0].meanProgress).toBeCloseTo(0.4);
    expect(model.pillars[1].meanProgress).toBe(1);
    expect(model.statusOrder).toEqual(STATUS_ORDER);
    expect(new Set(model.statusOrder).size).toBe(8);
  });

  it("rolls up per RSP milestone, titled with the mapped actions and the description", () => {
    const withKeys = build(
      [kpi("1-a", "On track", { rspKeys: ["1.1.1-M1", "1.1.1-M2"] }), kpi("1-b", "Off track", { rspKeys: ["1.1.1-M2"] })],
      d("2023-07-01")
    );
    expect(withKeys.milestones.map((m) => m.label)).toEqual(["1.1.1-M1", "1.1.1-M2"]);
    expect(withKeys.milestones[1].title).toBe("Actions 1-a, 1-b: Milestone 1.1.1-M2");
    expect(withKeys.milestones[1].total).toBe(2);
    expect(withKeys.milestones[1].counts["Off track"]).toBe(1);
  });

  it("orders objectives numerically", () => {
    expect(model.objectives.map((o) => o.label)).toEqual(["1.1.1", "1.2.9", "1.2.10"]);
    expect(model.objectives[2].counts["Off track"]).toBe(1);
  });
});

describe("attention list", () => {
  const kpis = [
    kpi("1-a", "At risk"),
    kpi("2-b", "Missed", { comment: "Postponed by the host" }),
    kpi("1-c", "On track"),
    kpi("2-a", "Off track"),
    kpi("1-d", "Missed", { comment: "   " }),
    kpi("1-e", "Off track", { comment: "Funding arrives in Q3" }),
    kpi("1-f", "At risk"),
  ];
  const model = build(kpis, d("2023-07-01"));

  it("lists Off track, then Missed, then At risk, each by pillar and plan order", () => {
    expect(model.attention.map((a) => a.kpi.ref)).toEqual(["1-e", "2-a", "1-d", "2-b", "1-a", "1-f"]);
  });

  it("flags Off track and Missed KPIs without a Comment, not At risk ones", () => {
    const flags = Object.fromEntries(model.attention.map((a) => [a.kpi.ref, a.kpi.flag]));
    expect(flags).toEqual({
      "1-e": "",
      "2-a": NO_COMMENT_FLAG,
      "1-d": NO_COMMENT_FLAG,
      "2-b": "",
      "1-a": "",
      "1-f": "",
    });
  });

  it("keeps every KPI in the all-KPIs list, grouped by pillar in plan order", () => {
    expect(model.kpisByPillar.map((g) => [g.pillar, g.title, g.kpis.map((k) => k.ref)])).toEqual([
      [1, "Pillar one title", ["1-a", "1-c", "1-d", "1-e", "1-f"]],
      [2, "Pillar two title", ["2-b", "2-a"]],
    ]);
  });

  it("is empty when nothing needs attention", () => {
    expect(build([kpi("1-a", "On track"), kpi("1-b", "Achieved")], d("2023-07-01")).attention).toEqual([]);
  });
});

describe("stale KPIs", () => {
  it("lists stale KPIs with the days since their newest data", () => {
    const model = build(
      [kpi("1-a", "On track", { stale: true, lastUpdate: d("2023-01-01") }), kpi("1-b", "On track", { lastUpdate: d("2023-06-01") })],
      d("2023-07-01")
    );
    expect(model.stale.map((s) => [s.kpi.ref, s.daysSinceUpdate])).toEqual([["1-a", 181]]);
    expect(model.header.staleAfterDays).toBe(90);
  });
});

const activity = (overrides: Partial<WorkPlanActivity>): WorkPlanActivity => ({
  id: "AWP-001",
  activity: "Workshop",
  fiscalYear: "2022/23",
  planned: null,
  status: "Planned",
  heldOn: null,
  participants: null,
  women: null,
  refs: ["1-a"],
  ...overrides,
});

describe("work-plan delivery", () => {
  it("computes the women's share as a ratio of totals, not a mean of shares", () => {
    const workPlan = [
      activity({ planned: d("2022-08-01"), heldOn: d("2022-08-02"), participants: 10, women: 1 }),
      activity({ planned: d("2022-09-01"), heldOn: d("2022-09-02"), participants: 10, women: 9 }),
      activity({ planned: d("2022-09-10"), heldOn: d("2022-09-12"), participants: 30, women: 0 }),
    ];
    const rows = build([], d("2023-07-01"), { workPlan }).delivery;
    const q1 = rows.find((r) => r.quarter === 1 && !r.isTotal);
    expect(q1).toMatchObject({ fiscalYear: "2022/23", planned: 3, held: 3, participants: 50, women: 10 });
    expect(q1?.womenShare).toBeCloseTo(10 / 50);

    const two = build([], d("2023-07-01"), { workPlan: workPlan.slice(0, 2) }).delivery;
    expect(two[0].womenShare).toBe(0.5);
  });

  it("counts planned by Planned date and held by Held on, per fiscal year and quarter, with totals", () => {
    const workPlan = [
      activity({ planned: d("2022-08-15"), heldOn: d("2022-11-03"), participants: 20, women: 5 }), // planned Q1, held Q2
      activity({ planned: d("2023-02-01"), status: "Postponed" }), // Q3
      activity({ planned: d("2023-08-01") }), // FY 2023/24 Q1
      activity({ fiscalYear: "2022/23", status: "Held", participants: 8, women: 4 }), // no dates
      activity({ fiscalYear: "", status: "Cancelled" }), // no year at all
    ];
    const rows = build([], d("2024-01-01"), { workPlan }).delivery;
    const view = rows.map((r) => [r.fiscalYear, r.isTotal ? "Total" : r.quarter, r.planned, r.held, r.participants, r.women]);
    expect(view).toEqual([
      ["2022/23", 1, 1, 0, 0, 0],
      ["2022/23", 2, 0, 1, 20, 5],
      ["2022/23", 3, 1, 0, 0, 0],
      ["2022/23", null, 1, 1, 8, 4],
      ["2022/23", "Total", 3, 2, 28, 9],
      ["2023/24", 1, 1, 0, 0, 0],
      ["2023/24", "Total", 1, 0, 0, 0],
      ["—", null, 1, 0, 0, 0],
      ["—", "Total", 1, 0, 0, 0],
    ]);
    expect(rows[4].womenShare).toBeCloseTo(9 / 28);
    expect(rows[0].womenShare).toBeNull();
  });

  it("does not count an activity held after the as-of date", () => {
    const workPlan = [activity({ planned: d("2022-08-01"), heldOn: d("2022-12-01"), participants: 10, women: 2 })];
    const before = build([], d("2022-10-01"), { workPlan }).delivery;
    expect(before.find((r) => r.isTotal)).toMatchObject({ planned: 1, held: 0, participants: 0 });
    const after = build([], d("2023-01-01"), { workPlan }).delivery;
    expect(after.find((r) => r.isTotal)).toMatchObject({ planned: 1, held: 1, participants: 10, women: 2 });
  });

  it("uses the plan's fiscal year start", () => {
    const model = buildStatusSheetModel({
      evaluation: evaluation([], d("2023-07-01")),
      workPlan: [activity({ planned: d("2022-08-01") })],
      history: [],
      generatedAt: d("2023-07-01"),
      fiscalYearStartMonth: 1,
    });
    expect(model.delivery[0]).toMatchObject({ fiscalYear: "2022", quarter: 3 });
  });
});

const entry = (generatedAt: number, ref: string, progress: number | null, status: string, part = 1): HistoryEntry => ({
  generatedAt,
  asOf: Math.floor(generatedAt),
  ref,
  part,
  actual: null,
  expected: null,
  progress,
  status,
});

describe("changes and trends from History", () => {
  const first = d("2023-01-01") + 0.25;
  const second = d("2023-04-01") + 0.75;
  const history = [
    entry(second, "1-a", 0.6, "On track"),
    entry(first, "1-a", 0.45, "On track"),
    entry(first, "1-b", 0.3, "At risk"),
    entry(second, "1-B", 0.3, "At risk"),
    entry(second, "1-c", 0.5, "On track"),
    entry(second, "1-d", null, "No data"),
  ];
  const kpis = [
    kpi("1-a", "At risk", { progress: 0.72 }),
    kpi("1-b", "At risk", { progress: 0.3 }),
    kpi("1-c", "On track", { progress: 0.55 }),
    kpi("1-d", "On track", { progress: 0.25 }),
    kpi("1-e", "No data"),
  ];
  const model = build(kpis, d("2023-07-01"), { history });
  const change = (ref: string) => model.changes.find((c) => c.kpi.ref === ref);

  it("compares with the latest previous generation", () => {
    expect(model.header.previousGeneratedAt).toBe(second);
    expect(model.header.previousAsOf).toBe(d("2023-04-01"));
  });

  it("shows status moves and progress deltas in percentage points", () => {
    expect(change("1-a")).toMatchObject({ statusMove: "On track → At risk", deltaPoints: 12, previousProgress: 0.6, isNew: false });
    expect(change("1-c")).toMatchObject({ statusMove: "", deltaPoints: 5 });
    expect(change("1-d")).toMatchObject({ statusMove: "No data → On track", deltaPoints: null });
  });

  it("leaves out KPIs that did not change and marks KPIs new since the last sheet", () => {
    expect(change("1-b")).toBeUndefined();
    expect(change("1-e")).toMatchObject({ isNew: true, previousStatus: null });
  });

  it("gives each KPI its trend across generations, oldest first", () => {
    const line = model.kpisByPillar[0].kpis[0];
    expect(line.trend.map((p) => p.progress)).toEqual([0.45, 0.6, 0.72]);
    expect(line.trendText).toBe("45% → 60% → 72%");
    expect(model.kpisByPillar[0].kpis[3].trendText).toBe("— → 25%");
    expect(model.kpisByPillar[0].kpis[4].trendText).toBe("—");
  });

  it("shows the newest six points of a long trend", () => {
    const long = Array.from({ length: 8 }, (_, i) => entry(d("2023-01-01") + i, "1-a", i / 10, "On track"));
    const line = build([kpi("1-a", "On track", { progress: 0.8 })], d("2023-07-01"), { history: long }).kpisByPillar[0].kpis[0];
    expect(line.trend).toHaveLength(9);
    expect(line.trendText).toBe("… → 30% → 40% → 50% → 60% → 70% → 80%");
  });

  it("has no changes on the first status sheet", () => {
    expect(build(kpis, d("2023-07-01")).changes).toEqual([]);
  });

  it("tells parts of a multi-part KPI apart", () => {
    const h = [entry(first, "1-a", 0.5, "On track", 1), entry(first, "1-a", 0.1, "Off track", 2)];
    const m = build([kpi("1-a", "On track", { part: 2, progress: 0.9 })], d("2023-07-01"), { history: h });
    expect(m.changes[0]).toMatchObject({ statusMove: "Off track → On track", deltaPoints: 80 });
  });
});

describe("reporting period: activities and updates", () => {
  const update = (iso: string, evidence: string) => ({ date: d(iso), ref: "1-a", part: 1, value: 1, member: "ID", evidence, by: "PM" });
  const workPlan = [
    activity({ id: "held-in", planned: d("2023-05-01"), heldOn: d("2023-06-15") }),
    activity({ id: "held-before", planned: d("2023-01-01"), heldOn: d("2023-02-01") }),
    activity({ id: "overdue", planned: d("2023-03-01"), status: "Postponed" }),
    activity({ id: "cancelled", planned: d("2023-03-01"), status: "Cancelled" }),
    activity({ id: "future", planned: d("2023-09-01") }),
  ];
  const updates = [update("2023-03-31", "before"), update("2023-05-02", "in"), update("2023-07-02", "after")];

  it("runs from the previous sheet's as-of date to this one", () => {
    const history = [entry(d("2023-04-01") + 0.5, "1-a", 0.5, "On track")];
    const model = build([kpi("1-a", "On track")], d("2023-07-01"), { workPlan, updates, history });
    expect(model.period).toEqual({ from: d("2023-04-01"), to: d("2023-07-01"), sincePreviousSheet: true });
    expect(model.activities.map((a) => [a.activity.id, a.delivery])).toEqual([["held-in", "Held"], ["overdue", "Overdue"]]);
    expect(model.updates.map((u) => u.evidence)).toEqual(["in"]);
  });

  it("covers the last Stale after days on the first sheet", () => {
    const model = build([], d("2023-07-01"), { workPlan, updates });
    expect(model.period).toEqual({ from: d("2023-07-01") - 90, to: d("2023-07-01"), sincePreviousSheet: false });
    expect(model.updates.map((u) => u.evidence)).toEqual(["in"]);
  });
});

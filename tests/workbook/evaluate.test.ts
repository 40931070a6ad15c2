import { evaluateWorkbook } from "../../src/workbook/evaluate";
import type { EvaluatedKpi } from "../../src/workbook/model";
import { HALFWAY, byName, d, sampleTables, setCell, snapshotOf } from "./fixtures";

function kpi(kpis: EvaluatedKpi[], ref: string, part = 1): EvaluatedKpi {
  const found = kpis.find((k) => k.ref === ref && k.part === part);
  if (!found) throw new Error(`no KPI ${ref} part ${part}`);
  return found;
}

describe("evaluateWorkbook", () => {
  const evaluation = evaluateWorkbook(snapshotOf(sampleTables()), { asOf: HALFWAY });
  const { kpis } = evaluation;

  it("evaluates every non-blank Plan row, each with its actual per Measure", () => {
    expect(kpis.map((k) => [k.row, k.ref, k.part, k.measure, k.actual])).toEqual([
      [0, "1-a", 1, "manual", 5],
      [1, "1-b", 1, "activities", 2],
      [2, "1-c", 1, "updates:latest", 12],
      [3, "1-c", 2, "updates:sum", 3],
      [4, "1-d", 1, "updates:members", 2],
      [5, "2-a", 1, "activities:women-share", 11 / 40],
      [6, "2-b", 1, "activities:score", 3.5],
      [7, "2-c", 1, "manual", 1],
    ]);
  });

  it("gives statuses halfway through the plan through the engine", () => {
    expect(kpis.map((k) => k.status)).toEqual(["On track", "On track", "At risk", "On track", "On track", "Off track", "At risk", "Invalid"]);
    const twicePerYear = kpi(kpis, "1-b");
    expect(twicePerYear.targetValue).toBe(4);
    expect(twicePerYear.expected).toBeCloseTo(2);
    expect(kpi(kpis, "1-a").progress).toBeCloseTo(0.5);
    expect(kpi(kpis, "1-c").performance).toBeCloseTo(12 / 13.5);
    expect(kpi(kpis, "2-c").note).toMatch(/abc/);
    expect(kpi(kpis, "1-a").deadline).toBe(d("2024-06-30"));
    expect(kpi(kpis, "1-a").baseline).toBe(0);
  });

  it("marks a KPI stale when its newest data is more than Stale after days old, never a KPI without dated data", () => {
    expect(kpis.map((k) => [k.ref, k.part, k.lastUpdate, k.stale])).toEqual([
      ["1-a", 1, null, false],
      ["1-b", 1, d("2023-03-01"), true],
      ["1-c", 1, d("2023-03-01"), true],
      ["1-c", 2, d("2023-04-01"), true], // 91 days
      ["1-d", 1, d("2023-01-15"), true],
      ["2-a", 1, d("2023-05-01"), false],
      ["2-b", 1, d("2023-05-01"), false],
      ["2-c", 1, null, false],
    ]);
  });

  it("dates a manual Actual by the row's own Last update cell when it is the newest, ignoring dates after as-of", () => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    setCell(plan, 0, "Last update", d("2023-01-01")); // 1-a: manual, no Updates rows
    setCell(plan, 7, "Last update", d("2023-12-01")); // 2-c: after as-of
    const dated = evaluateWorkbook(snapshotOf(tables), { asOf: HALFWAY }).kpis;
    expect([kpi(dated, "1-a").lastUpdate, kpi(dated, "1-a").stale]).toEqual([d("2023-01-01"), true]);
    expect([kpi(dated, "2-c").lastUpdate, kpi(dated, "2-c").stale]).toEqual([null, false]);
  });

  it("maps RSP references to milestone keys and objectives", () => {
    expect(kpi(kpis, "1-c").rspKeys).toEqual(["1.1.1-M1", "1.1.1-M2"]);
    expect(kpi(kpis, "1-c").objectives).toEqual(["1.1.1"]);
    expect(kpi(kpis, "2-a")).toMatchObject({ rspKeys: [], specificAction: true });
    expect(evaluation.milestones.map((m) => [m.key, m.actions, m.rollup.total])).toEqual([
      ["1.1.1-M1", ["1-a", "1-c", "1-d"], 4],
      ["1.1.1-M2", ["1-b", "1-c"], 3],
      ["1.1.1-M3", [], 0],
      ["2.1.1-M1", ["2-b", "2-c"], 2],
    ]);
    expect(evaluation.milestonesWithoutActions).toEqual(["1.1.1-M3"]);
    expect(evaluation.actionsWithoutMilestones).toEqual(["2-a"]);
    expect(evaluation.objectives.map((o) => [o.objective, o.rollup.total])).toEqual([
      ["1.1.1", 5],
      ["2.1.1", 2],
    ]);
  });

  it("rolls up per pillar with titles from Settings", () => {
    expect(evaluation.pillars.map((p) => [p.pillar, p.title, p.rollup.total, p.rollup.withData])).toEqual([
      [1, "Conventions", 5, 5],
      [2, "Partners", 3, 2],
    ]);
    const pillar2 = evaluation.pillars[1].rollup;
    // Weight-weighted mean of min(p, 1): 2-a (weight 1) 0.275/0.75, 2-b (weight 2) 3.5/4.
    expect(pillar2.meanProgress).toBeCloseTo((0.275 / 0.75 + 2 * 0.875) / 3);
    expect(pillar2.counts.Invalid).toBe(1);
  });

  it("carries Validate's problems, once each", () => {
    expect(evaluation.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Plan", 7, "TARGET"],
      ["WorkPlan", 2, "Refs"],
      ["WorkPlan", 2, "Members"],
    ]);
  });

  it("gives Not started before the plan start and Missed after the deadline", () => {
    const before = evaluateWorkbook(snapshotOf(sampleTables()), { asOf: d("2022-06-01") }).kpis;
    expect(kpi(before, "1-a").status).toBe("Not started");
    expect(kpi(before, "1-c").status).toBe("No data"); // no update dated before the as-of date
    const after = evaluateWorkbook(snapshotOf(sampleTables()), { asOf: d("2024-07-31") }).kpis;
    expect(kpi(after, "1-a").status).toBe("Missed");
    expect(kpi(after, "1-c").actual).toBe(20);
    expect(kpi(after, "1-c").status).toBe("Missed");
    expect(kpi(after, "1-c", 2).status).toBe("Missed");
  });

  it("uses the row's Deadline, the Settings As of date, its thresholds, and an override over both", () => {
    const tables = sampleTables();
    const settings = byName(tables, "Settings");
    setCell(settings, 5, "Value", d("2023-07-01")); // As of
    setCell(settings, 7, "Value", "50%"); // At risk at
    setCell(byName(tables, "Plan"), 0, "Deadline", d("2023-07-01"));
    const fromSettings = evaluateWorkbook(snapshotOf(tables), { today: d("2030-01-01") });
    expect(fromSettings.asOf).toBe(d("2023-07-01"));
    // 1-a on its own deadline: 5 of 10 gives r = 0.5, At risk with "At risk at" 50%; a day later it is Missed.
    expect(kpi(fromSettings.kpis, "1-a")).toMatchObject({ deadline: d("2023-07-01"), status: "At risk" });
    expect(kpi(fromSettings.kpis, "1-c").status).toBe("At risk");
    expect(kpi(fromSettings.kpis, "2-a").status).toBe("Off track");
    const overridden = evaluateWorkbook(snapshotOf(tables), { asOf: d("2023-07-02"), today: d("2030-01-01") });
    expect(overridden.asOf).toBe(d("2023-07-02"));
    expect(kpi(overridden.kpis, "1-a").status).toBe("Missed");
  });

  it("uses today when neither an override nor Settings gives an as-of date", () => {
    expect(evaluateWorkbook(snapshotOf(sampleTables()), { today: d("2024-01-01") }).asOf).toBe(d("2024-01-01"));
  });

  it("evaluates an unknown Measure as manual", () => {
    const tables = sampleTables();
    setCell(byName(tables, "Plan"), 0, "Measure", "by hand");
    const { kpis: evaluated } = evaluateWorkbook(snapshotOf(tables), { asOf: HALFWAY });
    expect(kpi(evaluated, "1-a")).toMatchObject({ measure: "manual", actual: 5, status: "On track" });
  });
});

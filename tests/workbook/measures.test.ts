import { MeasureIndex, type ActivityFacts } from "../../src/workbook/measures";
import type { UpdateRow } from "../../src/workbook/rows";
import { HALFWAY, d } from "./fixtures";

function update(ref: string, part: number, date: string, value: number | null, member = ""): UpdateRow {
  return { row: 0, ref, part, date: d(date), value, member };
}

function activity(refs: string[], fields: Partial<ActivityFacts>): ActivityFacts {
  return { refs, status: "Planned", heldOn: null, participants: null, women: null, score: null, ...fields };
}

const updates: UpdateRow[] = [
  update("1-c", 1, "2023-03-01", 12),
  update("1-c", 1, "2023-01-01", 10),
  update("1-c", 1, "2023-09-01", 20), // after the as-of date
  update("1-c", 2, "2023-02-01", 1),
  update("1-c", 2, "2023-04-01", 2),
  update("1-c", 2, "2023-04-01", 5), // same day, later row wins for latest
  update("1-d", 1, "2022-12-01", null, "ID"),
  update("1-d", 1, "2023-01-10", null, "Indonesia"),
  update("1-d", 1, "2023-01-15", null, "MN"),
];

const activities: ActivityFacts[] = [
  activity(["1-a", "1-b"], { status: "Held", heldOn: d("2022-10-01"), participants: 20, women: 8, score: 4 }),
  activity(["1-b"], { status: "Planned", heldOn: d("2023-03-01"), participants: 10, women: 6, score: 5 }),
  activity(["1-b"], { status: "held" }),
  activity(["1-b", "1-zz"], { status: "Planned" }),
  activity(["1-b"], { status: "Held", heldOn: d("2023-12-01") }), // after the as-of date
  activity(["2-a"], { status: "Held", participants: 10, women: 5, score: 5 }),
  activity(["2-a"], { status: "Held", participants: 30, women: 6, score: 3 }),
  activity(["2-a"], { status: "Held", participants: 5, score: 1 }), // no Women: left out of the share
  activity(["2-c"], { status: "Cancelled" }),
];

const identity = (text: string) => ({ indonesia: "ID", id: "ID", mn: "MN" })[text.toLowerCase()] ?? text;
const index = new MeasureIndex(updates, activities, HALFWAY, identity);
const kpi = (ref: string, measure: Parameters<MeasureIndex["actualFor"]>[0]["measure"], part = 1, actual: number | null = null) =>
  index.actualFor({ ref, part, measure, actual });

describe("MeasureIndex", () => {
  it("manual: the Actual cell, dated by the newest Updates row for the Ref and Part", () => {
    expect(kpi("1-a", "manual", 1, 7)).toEqual({ actual: 7, lastUpdate: null });
    expect(kpi("1-c", "manual", 2, 3)).toEqual({ actual: 3, lastUpdate: d("2023-04-01") });
  });

  it("updates:latest: the value of the newest row up to the as-of date", () => {
    expect(kpi("1-c", "updates:latest")).toEqual({ actual: 12, lastUpdate: d("2023-03-01") });
    expect(kpi("1-c", "updates:latest", 2)).toEqual({ actual: 5, lastUpdate: d("2023-04-01") });
    const later = new MeasureIndex(updates, activities, d("2024-01-01"));
    expect(later.actualFor({ ref: "1-c", part: 1, measure: "updates:latest", actual: null }).actual).toBe(20);
  });

  it("updates:sum adds the values of the Ref and Part only", () => {
    expect(kpi("1-c", "updates:sum")).toEqual({ actual: 22, lastUpdate: d("2023-03-01") });
    expect(kpi("1-c", "updates:sum", 2)).toEqual({ actual: 8, lastUpdate: d("2023-04-01") });
  });

  it("updates:members counts distinct Members, a code and its name once", () => {
    expect(kpi("1-d", "updates:members")).toEqual({ actual: 2, lastUpdate: d("2023-01-15") });
  });

  it("updates measures have no data without rows for the Ref and Part", () => {
    expect(kpi("9-z", "updates:sum")).toEqual({ actual: null, lastUpdate: null });
    expect(kpi("1-c", "updates:latest", 3)).toEqual({ actual: null, lastUpdate: null });
  });

  it("an Updates row without a Part counts for Part 1", () => {
    const rows = [{ row: 0, ref: "1-a", part: 1, date: d("2023-01-01"), value: 4, member: "" }];
    const byDefault = new MeasureIndex(rows, [], HALFWAY);
    expect(byDefault.actualFor({ ref: "1-a", part: 1, measure: "updates:latest", actual: null }).actual).toBe(4);
    expect(byDefault.actualFor({ ref: "1-a", part: 2, measure: "updates:latest", actual: null }).actual).toBeNull();
  });

  it("activities counts held activities serving the Ref: Status Held or a Held on date up to as-of", () => {
    expect(kpi("1-b", "activities")).toEqual({ actual: 3, lastUpdate: d("2023-03-01") });
    expect(kpi("1-a", "activities")).toEqual({ actual: 1, lastUpdate: d("2022-10-01") });
    expect(kpi("2-c", "activities")).toEqual({ actual: 0, lastUpdate: null });
    expect(kpi("4-a", "activities")).toEqual({ actual: null, lastUpdate: null });
  });

  it("activities:women-share is a ratio of totals, not a mean of ratios", () => {
    // (5 + 6) / (10 + 30) = 0.275; the mean of 50% and 20% would be 0.35.
    expect(kpi("2-a", "activities:women-share").actual).toBeCloseTo(0.275);
    expect(kpi("1-zz", "activities:women-share").actual).toBeNull();
  });

  it("activities:score is the participant-weighted mean Score", () => {
    // (5×10 + 3×30 + 1×5) / 45
    expect(kpi("2-a", "activities:score").actual).toBeCloseTo(145 / 45);
    expect(kpi("1-b", "activities:score").actual).toBeCloseTo((4 * 20 + 5 * 10) / 30);
    expect(kpi("2-c", "activities:score").actual).toBeNull();
  });

  it("stays near-linear: 5,000 KPIs over 200,000 updates and 50,000 activities", () => {
    const refs = Array.from({ length: 2500 }, (_, i) => `${(i % 4) + 1}-r${i}`);
    const manyUpdates: UpdateRow[] = Array.from({ length: 200_000 }, (_, i) => ({
      row: i,
      ref: refs[i % refs.length],
      part: (i % 2) + 1,
      date: 44800 + (i % 300),
      value: i % 7,
      member: `M${i % 33}`,
    }));
    const manyActivities: ActivityFacts[] = Array.from({ length: 50_000 }, (_, i) =>
      activity([refs[i % refs.length], refs[(i * 7) % refs.length]], { status: "Held", participants: 10, women: i % 10, score: 3 })
    );
    const measures = ["updates:latest", "updates:sum", "updates:members", "activities", "activities:women-share", "activities:score"] as const;
    const started = Date.now();
    const big = new MeasureIndex(manyUpdates, manyActivities, HALFWAY);
    let total = 0;
    for (let i = 0; i < 5000; i += 1) {
      const result = big.actualFor({ ref: refs[Math.floor(i / 2)], part: (i % 2) + 1, measure: measures[i % measures.length], actual: null });
      total += result.actual ?? 0;
    }
    const elapsed = Date.now() - started;
    expect(total).toBeGreaterThan(0);
    // Quadratic work (one scan of the updates per KPI) would be 10⁹ steps, far beyond this bound.
    expect(elapsed).toBeLessThan(10_000);
  });
});

import { isoToSerial } from "../../src/core/dates";
import { elapsedFraction, evaluateKpi, totalTarget } from "../../src/core/progress";
import type { KpiInput, KpiResult, TargetPart, Thresholds } from "../../src/core/types";

function serial(iso: string): number {
  const value = isoToSerial(iso);
  if (value === null) throw new Error(`bad date ${iso}`);
  return value;
}

// Plan 2022-07-01 (serial 44743) to 2024-06-30 (serial 45473): 730 days.
const START = serial("2022-07-01");
const END = serial("2024-06-30");
const BEFORE = serial("2022-06-01"); // 30 days before the start
const QUARTER = serial("2022-10-01"); // 92 days in: e = 92 / 730
const MID = serial("2023-07-01"); // 365 days in: e = 365 / 730 = 0.5
const AFTER = serial("2024-07-01"); // the day after the deadline

const members27of33: TargetPart = { kind: "count", comparator: ">=", value: 27, of: 33, unit: "Members" };
const twicePerYear: TargetPart = { kind: "count", comparator: ">=", value: 2, perMonths: 12 };
const share75: TargetPart = { kind: "share", comparator: ">=", value: 0.75 };
const average4of5: TargetPart = { kind: "average", comparator: ">=", value: 4, of: 5 };
const growth20: TargetPart = { kind: "growth", comparator: ">=", value: 0.2 };
const atMost2PerYear: TargetPart = { kind: "count", comparator: "<=", value: 2, perMonths: 12, unit: "complaints" };
const shareAtMost10: TargetPart = { kind: "share", comparator: "<=", value: 0.1 };

function evaluate(target: KpiInput["target"], actual: number | null, asOf: number, extra: Partial<KpiInput> = {}): KpiResult {
  return evaluateKpi({ target, actual, planStart: START, deadline: END, asOf, ...extra });
}

const T90_75: Thresholds = { onTrackAt: 0.9, atRiskAt: 0.75 };
const T100_50: Thresholds = { onTrackAt: 1, atRiskAt: 0.5 };

describe("the plan's dates", () => {
  it("has the serials the examples are worked from", () => {
    expect([START, END, BEFORE, QUARTER, MID, AFTER]).toEqual([44743, 45473, 44713, 44835, 45108, 45474]);
  });

  it("computes the elapsed fraction e, clamped to [0, 1]", () => {
    expect(elapsedFraction(START, END, BEFORE)).toBe(0);
    expect(elapsedFraction(START, END, START)).toBe(0);
    expect(elapsedFraction(START, END, QUARTER)).toBeCloseTo(92 / 730, 12);
    expect(elapsedFraction(START, END, MID)).toBe(0.5);
    expect(elapsedFraction(START, END, END)).toBe(1);
    expect(elapsedFraction(START, END, AFTER)).toBe(1);
  });

  it("treats a deadline on or before the start as all-or-nothing", () => {
    expect(elapsedFraction(START, START, START - 1)).toBe(0);
    expect(elapsedFraction(START, START, START)).toBe(1);
    expect(elapsedFraction(START, START - 10, START - 10)).toBe(1);
    expect(elapsedFraction(START, START - 10, START - 11)).toBe(0);
  });
});

describe("totalTarget", () => {
  it.each([
    ["At least 27/33 Members", members27of33, 27],
    ["At least twice per year", twicePerYear, 4],
    ["Once a year", { kind: "count", comparator: ">=", value: 1, perMonths: 12 }, 2],
    ["At least once per quarter", { kind: "count", comparator: ">=", value: 1, perMonths: 3 }, 8],
    ["At least once every 2 years", { kind: "count", comparator: ">=", value: 1, perMonths: 24 }, 1],
    ["At least 5 Members per year", { kind: "count", comparator: ">=", value: 5, perMonths: 12 }, 10],
    ["At least 3 times per year", { kind: "count", comparator: ">=", value: 3, perMonths: 12 }, 6],
    ["75% (no pro-rating)", share75, 0.75],
    ["average 4 of 5", average4of5, 4],
    ["20% growth", growth20, 0.2],
  ] as Array<[string, TargetPart, number]>)("%s over the plan is %d", (_text, part, total) => {
    expect(totalTarget(part, START, END)).toBe(total);
  });

  it("pro-rates over the row's own deadline", () => {
    // 2022-07-01 .. 2023-06-30 is 12 months: twice per year is 2.
    expect(totalTarget(twicePerYear, START, serial("2023-06-30"))).toBe(2);
  });

  it("gives NaN for a rate with no usable period", () => {
    expect(totalTarget({ ...twicePerYear, perMonths: 0 }, START, END)).toBeNaN();
  });
});

describe("count target 27/33 Members", () => {
  it("is Not started before the plan starts, whatever the actual", () => {
    const result = evaluate(members27of33, 30, BEFORE);
    expect(result.status).toBe("Not started");
    expect(result.elapsed).toBe(0);
    expect(result.note).toBe("Plan starts 2022-07-01");
  });

  it("is On track on the start day (E = baseline, so r = 1)", () => {
    const result = evaluate(members27of33, 0, START);
    expect(result).toMatchObject({ status: "On track", expected: 0, performance: 1, progress: 0 });
  });

  it("mid-plan: expects 13.5 and rates against it", () => {
    expect(evaluate(members27of33, 14, MID)).toEqual({
      status: "On track",
      targetValue: 27,
      expected: 13.5,
      progress: 14 / 27,
      performance: 14 / 13.5,
      elapsed: 0.5,
      note: "14 of 27 (13.5 expected by now)",
    });
    expect(evaluate(members27of33, 12, MID)).toMatchObject({ status: "At risk", performance: 12 / 13.5 });
    expect(evaluate(members27of33, 10, MID)).toMatchObject({ status: "Off track", performance: 10 / 13.5 });
  });

  it("after a quarter: E = 27 × 92/730", () => {
    const result = evaluate(members27of33, 3, QUARTER);
    expect(result.expected).toBeCloseTo((27 * 92) / 730, 12); // 3.4027…
    expect(result.performance).toBeCloseTo(3 / ((27 * 92) / 730), 12); // 0.8816…
    expect(result.status).toBe("At risk");
    expect(result.note).toBe("3 of 27 (3.4 expected by now)");
  });

  it("is Achieved as soon as the count is reached, before the deadline", () => {
    expect(evaluate(members27of33, 27, QUARTER)).toMatchObject({ status: "Achieved", progress: 1, note: "27 meets the target of 27" });
    expect(evaluate(members27of33, 30, MID)).toMatchObject({ status: "Achieved", progress: 30 / 27 });
  });

  it("exactly on the deadline it is not yet Missed", () => {
    const result = evaluate(members27of33, 26, END);
    expect(result).toMatchObject({ status: "At risk", expected: 27, elapsed: 1, performance: 26 / 27 });
  });

  it("after the deadline it is Missed unless reached", () => {
    expect(evaluate(members27of33, 26, AFTER)).toMatchObject({ status: "Missed", note: "Deadline passed at 26 of 27" });
    expect(evaluate(members27of33, 27, AFTER).status).toBe("Achieved");
  });

  it("is Achieved with the actual exactly on T, even through float noise", () => {
    const noisyTarget: TargetPart = { kind: "count", comparator: ">=", value: 0.1 + 0.2 };
    expect(evaluate(noisyTarget, 0.3, MID).status).toBe("Achieved");
  });
});

describe("rate target: at least twice per year (T = 4)", () => {
  it("expects 2 mid-plan", () => {
    expect(evaluate(twicePerYear, 2, MID)).toMatchObject({ status: "On track", targetValue: 4, expected: 2, progress: 0.5, performance: 1 });
    expect(evaluate(twicePerYear, 1, MID)).toMatchObject({ status: "Off track", performance: 0.5, note: "1 of 4 (2 expected by now)" });
  });

  it("after a quarter, one activity is ahead of pace", () => {
    const result = evaluate(twicePerYear, 1, QUARTER);
    expect(result.expected).toBeCloseTo((4 * 92) / 730, 12);
    expect(result.status).toBe("On track");
    expect(evaluate(twicePerYear, 0, QUARTER).status).toBe("Off track");
  });

  it("is Achieved at 4, Missed after the deadline at 3", () => {
    expect(evaluate(twicePerYear, 4, MID).status).toBe("Achieved");
    // On the deadline E = T = 4, so r = 3 / 4 = 0.75: Off track at 100/80, At risk at 90/75.
    expect(evaluate(twicePerYear, 3, END)).toMatchObject({ status: "Off track", performance: 0.75 });
    expect(evaluate(twicePerYear, 3, END, { thresholds: T90_75 }).status).toBe("At risk");
    expect(evaluate(twicePerYear, 3, AFTER).status).toBe("Missed");
  });
});

describe("share target 75%", () => {
  it("is not pro-rated: p = r = actual / 0.75", () => {
    const result = evaluate(share75, 0.6, QUARTER);
    expect(result).toMatchObject({ targetValue: 0.75, expected: 0.75 });
    expect(result.progress).toBeCloseTo(0.8, 12);
    expect(result.performance).toBe(result.progress);
  });

  it("meets the target before the deadline: On track, not yet Achieved", () => {
    expect(evaluate(share75, 0.75, MID)).toMatchObject({ status: "On track", note: "75% against a target of 75%" });
    expect(evaluate(share75, 0.9, MID).status).toBe("On track");
  });

  it("is exactly At risk at 0.6 (r = 0.8 despite 0.6 / 0.75 = 0.7999…)", () => {
    expect(evaluate(share75, 0.6, MID).status).toBe("At risk");
    expect(evaluate(share75, 0.59, MID).status).toBe("Off track");
  });

  it("is Achieved at or after the deadline when met", () => {
    expect(evaluate(share75, 0.75, END)).toMatchObject({ status: "Achieved", note: "75% meets the target of 75%" });
    expect(evaluate(share75, 0.8, AFTER).status).toBe("Achieved");
  });

  it("on the deadline and short is rated, after it Missed", () => {
    expect(evaluate(share75, 0.7, END).status).toBe("At risk");
    expect(evaluate(share75, 0.7, AFTER)).toMatchObject({ status: "Missed", note: "Deadline passed at 70% of 75%" });
  });
});

describe("average target 4 out of 5", () => {
  it("rates 3.6 as 0.9", () => {
    const result = evaluate(average4of5, 3.6, MID);
    expect(result).toMatchObject({ status: "At risk", progress: 0.9, performance: 0.9, note: "3.6 against a target of 4 (out of 5)" });
  });

  it("depends on the thresholds", () => {
    expect(evaluate(average4of5, 3.6, MID, { thresholds: T90_75 }).status).toBe("On track");
    expect(evaluate(average4of5, 3, MID, { thresholds: T90_75 }).status).toBe("At risk"); // r = 0.75 exactly
    expect(evaluate(average4of5, 2.9, MID, { thresholds: T90_75 }).status).toBe("Off track");
  });

  it("is Achieved at 4.2 on the deadline, Missed at 3.9 after it", () => {
    expect(evaluate(average4of5, 4.2, END).status).toBe("Achieved");
    expect(evaluate(average4of5, 3.9, AFTER).status).toBe("Missed");
  });
});

describe("growth target 20%", () => {
  it("rates actual / 0.2", () => {
    expect(evaluate(growth20, 0.25, MID)).toMatchObject({ status: "On track", progress: 1.25, note: "25% against a target of 20%" });
    expect(evaluate(growth20, 0.1, MID)).toMatchObject({ status: "Off track", performance: 0.5 });
    expect(evaluate(growth20, -0.05, MID)).toMatchObject({ status: "Off track", performance: -0.25 });
  });

  it("is Achieved on the deadline at 20%, Missed after it at 10%", () => {
    expect(evaluate(growth20, 0.2, END).status).toBe("Achieved");
    expect(evaluate(growth20, 0.1, AFTER).status).toBe("Missed");
  });
});

describe("ceiling: no more than 2 complaints per year (T = 4)", () => {
  it("mid-plan allows 2: r = E / actual, 1 at zero", () => {
    expect(evaluate(atMost2PerYear, 0, MID)).toMatchObject({ status: "On track", targetValue: 4, expected: 2, progress: 1, performance: 1 });
    expect(evaluate(atMost2PerYear, 2, MID)).toMatchObject({ status: "On track", performance: 1, note: "2 within a ceiling of 4 (2 allowed by now)" });
    expect(evaluate(atMost2PerYear, 2.5, MID)).toMatchObject({ status: "At risk", performance: 0.8 });
    expect(evaluate(atMost2PerYear, 3, MID)).toMatchObject({ status: "Off track", performance: 2 / 3 });
  });

  it("progress is 1 while within the ceiling, then T / actual", () => {
    expect(evaluate(atMost2PerYear, 3, MID).progress).toBe(1);
    expect(evaluate(atMost2PerYear, 4, MID).progress).toBe(1);
    expect(evaluate(atMost2PerYear, 5, MID).progress).toBe(0.8);
  });

  it("is Missed at once when the count goes over its total", () => {
    expect(evaluate(atMost2PerYear, 5, QUARTER)).toMatchObject({ status: "Missed", note: "Ceiling of 4 exceeded (5)" });
  });

  it("is Achieved when kept until the deadline, and after it", () => {
    expect(evaluate(atMost2PerYear, 4, END)).toMatchObject({ status: "Achieved", note: "Ceiling of 4 kept (4)" });
    expect(evaluate(atMost2PerYear, 3, AFTER).status).toBe("Achieved");
  });

  it("uses the thresholds on r", () => {
    expect(evaluate(atMost2PerYear, 3, MID, { thresholds: T100_50 }).status).toBe("At risk");
  });

  it("a share ceiling rates value / actual and is Missed only after the deadline", () => {
    expect(evaluate(shareAtMost10, 0, MID)).toMatchObject({ status: "On track", performance: 1, progress: 1 });
    expect(evaluate(shareAtMost10, 0.2, MID)).toMatchObject({ status: "Off track", performance: 0.5, progress: 0.5, note: "Ceiling of 10% exceeded (20%)" });
    expect(evaluate(shareAtMost10, 0.2, AFTER).status).toBe("Missed");
    expect(evaluate(shareAtMost10, 0.05, END).status).toBe("Achieved");
  });
});

describe("baseline", () => {
  // At least 28 MRA, from 20 at the start.
  const mra: TargetPart = { kind: "count", comparator: ">=", value: 28, unit: "MRA" };

  it("measures from the baseline", () => {
    expect(evaluate(mra, 24, MID, { baseline: 20 })).toMatchObject({ status: "On track", expected: 24, progress: 0.5, performance: 1 });
    expect(evaluate(mra, 22, MID, { baseline: 20 })).toMatchObject({ status: "Off track", progress: 0.25, performance: 0.5 });
  });

  it("lets progress go negative when the actual falls below the baseline", () => {
    expect(evaluate(mra, 19, MID, { baseline: 20 })).toMatchObject({ status: "Off track", progress: -0.125, performance: -0.25 });
  });

  it("with the baseline already at the target there is nothing to pace: p = r = 1 if met, else 0", () => {
    expect(evaluate(mra, 28, MID, { baseline: 28 })).toMatchObject({ status: "Achieved", progress: 1, performance: 1 });
    expect(evaluate(mra, 27, MID, { baseline: 28 })).toMatchObject({ status: "Off track", progress: 0, performance: 0 });
    expect(evaluate(mra, 27, MID, { baseline: 30 })).toMatchObject({ status: "Off track", progress: 0 });
  });
});

describe("threshold presets at the exact boundaries", () => {
  it.each([
    // [thresholds, actual mid-plan for T = 4 (E = 2), expected status]
    [undefined, 2, "On track"], // r = 1.0
    [undefined, 1.6, "At risk"], // r = 0.8
    [undefined, 1.59, "Off track"],
    [T90_75, 1.8, "On track"], // r = 0.9
    [T90_75, 1.5, "At risk"], // r = 0.75
    [T90_75, 1.49, "Off track"],
    [T100_50, 1.99, "At risk"],
    [T100_50, 1, "At risk"], // r = 0.5
    [T100_50, 0.99, "Off track"],
  ] as Array<[Thresholds | undefined, number, string]>)("%j: actual %d is %s", (thresholds, actual, status) => {
    expect(evaluate(twicePerYear, actual, MID, thresholds ? { thresholds } : {}).status).toBe(status);
  });

  it("puts r exactly 0.8 in At risk even when E carries float noise", () => {
    // E = 27 × 0.5 = 13.5; 10.8 / 13.5 = 0.8
    expect(evaluate(members27of33, 10.8, MID).status).toBe("At risk");
  });
});

describe("Invalid, No data and degenerate inputs", () => {
  it("is Invalid when the target did not parse, before anything else", () => {
    const result = evaluate({ error: "expected a number such as \"At least 27/33 Members\"" }, null, BEFORE);
    expect(result).toEqual({
      status: "Invalid",
      targetValue: null,
      expected: null,
      progress: null,
      performance: null,
      elapsed: 0,
      note: 'Target not read: expected a number such as "At least 27/33 Members"',
    });
  });

  it("is No data without an actual, with T and E still shown", () => {
    expect(evaluate(twicePerYear, null, MID)).toEqual({
      status: "No data",
      targetValue: 4,
      expected: 2,
      progress: null,
      performance: null,
      elapsed: 0.5,
      note: "No actual yet",
    });
    expect(evaluate(twicePerYear, null, BEFORE).status).toBe("No data");
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("treats actual %d as No data", (actual) => {
    expect(evaluate(members27of33, actual, MID)).toMatchObject({ status: "No data", progress: null, note: "Actual is not a number" });
  });

  it("is Invalid for a baseline, rate or date that is not a number", () => {
    expect(evaluate(members27of33, 3, MID, { baseline: Number.NaN })).toMatchObject({ status: "Invalid", note: "Baseline is not a number" });
    expect(evaluate({ ...twicePerYear, perMonths: 0 }, 3, MID)).toMatchObject({ status: "Invalid", note: "Target value is not a number" });
    expect(evaluate(members27of33, 3, Number.NaN)).toMatchObject({ status: "Invalid", note: "Plan start, deadline or as-of date is not a date" });
  });

  it("rates a deadline on the start day all at once", () => {
    expect(evaluate(members27of33, 22, START, { deadline: START })).toMatchObject({ status: "At risk", elapsed: 1, expected: 27 });
    expect(evaluate(members27of33, 20, START + 1, { deadline: START })).toMatchObject({ status: "Missed" });
  });

  it("handles a share target of 0 without dividing by it", () => {
    const zero: TargetPart = { kind: "growth", comparator: ">=", value: 0 };
    expect(evaluate(zero, 0, MID)).toMatchObject({ status: "On track", progress: 1, performance: 1 });
    expect(evaluate(zero, -0.1, MID)).toMatchObject({ status: "Off track", progress: 0, performance: 0 });
  });
});

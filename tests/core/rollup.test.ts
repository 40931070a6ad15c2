import fc from "fast-check";
import { emptyStatusCounts, rollup } from "../../src/core/rollup";
import { STATUSES, type RollupItem, type Status } from "../../src/core/types";

function item(status: Status, progress: number | null, weight = 1): RollupItem {
  return { status, progress, weight };
}

const ZERO_COUNTS = {
  Invalid: 0,
  "No data": 0,
  "Not started": 0,
  Achieved: 0,
  Missed: 0,
  "On track": 0,
  "At risk": 0,
  "Off track": 0,
};

describe("rollup", () => {
  it("has every status at zero and no mean when empty", () => {
    expect(rollup([])).toEqual({ counts: ZERO_COUNTS, total: 0, withData: 0, meanProgress: null });
  });

  it("counts each status and the KPIs with data", () => {
    const result = rollup([
      item("On track", 0.5),
      item("On track", 0.25),
      item("At risk", 0.75),
      item("No data", null),
      item("Invalid", null),
    ]);
    expect(result.counts).toEqual({ ...ZERO_COUNTS, "On track": 2, "At risk": 1, "No data": 1, Invalid: 1 });
    expect(result.total).toBe(5);
    expect(result.withData).toBe(3);
    expect(result.meanProgress).toBeCloseTo((0.5 + 0.25 + 0.75) / 3, 12);
  });

  it("is null when no KPI has data", () => {
    expect(rollup([item("No data", null), item("Invalid", null, 3)]).meanProgress).toBeNull();
  });

  it("weights the mean by Weight", () => {
    // (3 × 1 + 1 × 0) / (3 + 1) = 0.75
    expect(rollup([item("Achieved", 1, 3), item("Off track", 0, 1)]).meanProgress).toBe(0.75);
    // (2 × 0.5 + 0.5 × 0.2) / 2.5 = 0.44
    expect(rollup([item("On track", 0.5, 2), item("Off track", 0.2, 0.5)]).meanProgress).toBeCloseTo(0.44, 12);
  });

  it("caps progress at 1 and floors it at 0 before averaging", () => {
    expect(rollup([item("Achieved", 1.5), item("Off track", 0.5)]).meanProgress).toBe(0.75);
    expect(rollup([item("Off track", -0.5), item("On track", 0.5)]).meanProgress).toBe(0.25);
  });

  it("leaves KPIs weighing 0, less or NaN out of the mean but not out of the counts", () => {
    const result = rollup([
      item("Achieved", 1, 0),
      item("Achieved", 1, -2),
      item("Achieved", 1, Number.NaN),
      item("Off track", 0.2, 1),
    ]);
    expect(result.meanProgress).toBe(0.2);
    expect(result.counts.Achieved).toBe(3);
    expect(result.withData).toBe(4);
  });

  it("is null when every KPI with data weighs 0", () => {
    expect(rollup([item("On track", 0.5, 0)]).meanProgress).toBeNull();
  });

  it("treats a progress that is not a number as no data", () => {
    const result = rollup([item("On track", Number.NaN), item("On track", 0.4)]);
    expect(result.withData).toBe(1);
    expect(result.meanProgress).toBe(0.4);
  });

  it("keeps the mean within [0, 1] and the counts summing to the total", () => {
    const anyItem = fc.record({
      status: fc.constantFrom(...STATUSES),
      progress: fc.option(fc.double({ min: -5, max: 5, noNaN: true })),
      weight: fc.double({ min: -1, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 30 }), (items) => {
        const result = rollup(items);
        expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(items.length);
        if (result.meanProgress !== null) {
          expect(result.meanProgress).toBeGreaterThanOrEqual(0);
          expect(result.meanProgress).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe("emptyStatusCounts", () => {
  it("has a 0 for every status, in STATUSES order", () => {
    const counts = emptyStatusCounts();
    expect(Object.keys(counts)).toEqual([...STATUSES]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(emptyStatusCounts()).not.toBe(counts);
  });
});

import fc from "fast-check";
import { isoToSerial } from "../../src/core/dates";
import { evaluateKpi } from "../../src/core/progress";
import { impossibleActual } from "../../src/core/progress/actualUnits";
import type { Status, TargetPart, Thresholds } from "../../src/core/types";

const START = isoToSerial("2022-07-01") as number;
const END = isoToSerial("2024-06-30") as number;

/** Better is higher, for the statuses a KPI with data and a valid >= target can take once started. */
const RANK: Partial<Record<Status, number>> = { Missed: 0, "Off track": 1, "At risk": 2, "On track": 3, Achieved: 4 };

const floorPart: fc.Arbitrary<TargetPart> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("count" as const),
      comparator: fc.constant(">=" as const),
      value: fc.integer({ min: 0, max: 60 }),
      perMonths: fc.constantFrom(3, 6, 12, 24),
    },
    { requiredKeys: ["kind", "comparator", "value"] },
  ),
  fc.record({
    kind: fc.constantFrom("share" as const, "average" as const, "growth" as const),
    comparator: fc.constant(">=" as const),
    value: fc.double({ min: 0.01, max: 5, noNaN: true }),
  }),
);

const thresholds: fc.Arbitrary<Thresholds> = fc
  .tuple(fc.double({ min: 0.1, max: 1.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([onTrackAt, fraction]) => ({ onTrackAt, atRiskAt: onTrackAt * fraction }));

const asOf = fc.integer({ min: START - 60, max: END + 60 });
// Shares are fractions: half the actuals fall in 0..1 so share targets get scored, not only flagged.
const actual = fc.oneof(fc.double({ min: -10, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
const baseline = fc.integer({ min: 0, max: 20 });

describe("evaluateKpi properties for >= targets at a fixed date", () => {
  it("never lowers progress or status as the actual grows", () => {
    fc.assert(
      fc.property(floorPart, baseline, thresholds, asOf, actual, actual, (part, b, limits, date, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        // Actuals the unit rules out are not scored (tested below), so they have no order.
        if (impossibleActual(part, low) !== null || impossibleActual(part, high) !== null) return;
        const input = { target: part, baseline: b, planStart: START, deadline: END, asOf: date, thresholds: limits };
        const lower = evaluateKpi({ ...input, actual: low });
        const higher = evaluateKpi({ ...input, actual: high });
        expect(higher.progress as number).toBeGreaterThanOrEqual(lower.progress as number);
        if (date < START) {
          expect([lower.status, higher.status]).toEqual(["Not started", "Not started"]);
        } else {
          expect(RANK[higher.status]).toBeGreaterThanOrEqual(RANK[lower.status] as number);
        }
      }),
    );
  });

  it("gives every status with data a finite progress and performance", () => {
    fc.assert(
      fc.property(floorPart, baseline, asOf, actual, (part, b, date, x) => {
        const result = evaluateKpi({ target: part, baseline: b, actual: x, planStart: START, deadline: END, asOf: date });
        if (impossibleActual(part, x) !== null) {
          expect(result).toMatchObject({ status: "Invalid", progress: null, performance: null, note: impossibleActual(part, x) });
          return;
        }
        expect(Number.isFinite(result.progress)).toBe(true);
        expect(Number.isFinite(result.performance)).toBe(true);
        expect(result.elapsed).toBeGreaterThanOrEqual(0);
        expect(result.elapsed).toBeLessThanOrEqual(1);
        expect(result.note.length).toBeGreaterThan(0);
      }),
    );
  });

  it("never calls a >= target Missed before its deadline, nor Achieved below it", () => {
    fc.assert(
      fc.property(floorPart, baseline, asOf, actual, (part, b, date, x) => {
        const result = evaluateKpi({ target: part, baseline: b, actual: x, planStart: START, deadline: END, asOf: date });
        if (date <= END) expect(result.status).not.toBe("Missed");
        if (result.status === "Achieved") expect(x).toBeGreaterThanOrEqual((result.targetValue as number) * (1 - 1e-9) - 1e-9);
      }),
    );
  });
});

/**
 * Any period, any fiscal year: frequency targets scale with the plan's own length, periods may
 * start on any day, fiscal years follow the plan's "Fiscal year starts".
 */
import { fiscalQuarterOf, fiscalYearOf, isoToSerial, planMonths } from "../../src/core/dates";
import { totalTarget } from "../../src/core/progress";
import { parseTarget } from "../../src/core/targets";
import { isFailure, type TargetPart } from "../../src/core/types";

const d = (iso: string) => isoToSerial(iso)!;
function part(text: string): TargetPart {
  const parsed = parseTarget(text);
  if (isFailure(parsed)) throw new Error(parsed.error);
  return parsed.parts[0];
}

describe("frequency targets over the plan's own length", () => {
  it.each([
    ["a 12-month plan", "2025-07-01", "2026-06-30", 2],
    ["an 18-month plan", "2025-01-01", "2026-06-30", 3],
    ["a 24-month plan", "2024-07-01", "2026-06-30", 4],
    ["a 12-month plan starting on the 15th", "2025-03-15", "2026-03-14", 2],
    ["a 6-month first half starting on the 15th", "2025-03-15", "2025-09-14", 1],
    ["a 36-month plan starting on the 31st", "2025-01-31", "2028-01-30", 6],
  ])("twice per year in %s", (_what, start, deadline, total) => {
    expect(totalTarget(part("At least twice per year"), d(start), d(deadline))).toBe(total);
  });

  it("scales other rates the same way", () => {
    expect(totalTarget(part("At least once per quarter"), d("2025-01-01"), d("2026-06-30"))).toBe(6);
    expect(totalTarget(part("Once every 2 years"), d("2025-01-01"), d("2026-06-30"))).toBe(0.75);
    expect(planMonths(d("2025-02-10"), d("2025-08-09"))).toBe(6);
  });
});

describe("fiscal years follow Fiscal year starts", () => {
  it.each([
    [4, "2025-03-31", "2024/25", 4],
    [4, "2025-04-01", "2025/26", 1],
    [7, "2025-06-30", "2024/25", 4],
    [10, "2025-10-01", "2025/26", 1],
    [1, "2025-12-31", "2025", 4],
  ])("starting in month %i, %s is in %s, quarter %i", (startMonth, iso, year, quarter) => {
    expect(fiscalYearOf(d(iso), startMonth)).toBe(year);
    expect(fiscalQuarterOf(d(iso), startMonth)).toBe(quarter);
  });
});

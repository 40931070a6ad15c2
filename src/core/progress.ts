/**
 * Progress and status of one KPI part (DESIGN.md §4). Pure: numbers in, numbers and words out.
 *
 * Choices the spec leaves open, each pinned by a test in tests/core/progress*.test.ts:
 * - `<=` (ceiling) progress p is 1 while the actual is within the ceiling, else ceiling / actual.
 * - A `>=` count whose baseline already reaches the total (T ≤ baseline) has no distance to cover:
 *   p = r = 1 when the target is met, else 0.
 * - A share/average/growth target of 0 or less cannot be divided by: p = r = 1 when met, else 0.
 * - A deadline on or before the plan start gives e = 1 from the deadline on, else 0.
 * - An actual that is NaN or ±Infinity is "No data" with the note "Actual is not a number";
 *   a baseline, date or total target that is not a number makes the KPI Invalid.
 * - An actual its target's unit rules out (src/core/progress/actualUnits.ts) is Invalid with the reason as note.
 * - Not started KPIs still report p and r from their actual; only the status waits for the start.
 */
import { planMonths, serialToIso } from "./dates";
import { atLeast, atMost, clamp, formatNumber, formatValue } from "./progress/numbers";
import { impossibleActual } from "./progress/actualUnits";
import {
  DEFAULT_THRESHOLDS,
  isFailure,
  type KpiInput,
  type KpiResult,
  type Status,
  type TargetPart,
  type Thresholds,
} from "./types";

/** Total target T: a count rate ("twice per year") becomes a plan total; everything else is its value. */
export function totalTarget(part: TargetPart, planStart: number, deadline: number): number {
  if (part.kind !== "count" || part.perMonths === undefined) return part.value;
  if (!(part.perMonths > 0)) return Number.NaN;
  return (part.value * planMonths(planStart, deadline)) / part.perMonths;
}

/** e = clamp((asOf − start) / (deadline − start), 0, 1). */
export function elapsedFraction(planStart: number, deadline: number, asOf: number): number {
  if (deadline <= planStart) return asOf >= deadline ? 1 : 0;
  return clamp((asOf - planStart) / (deadline - planStart), 0, 1);
}

interface Measured {
  met: boolean;
  progress: number;
  performance: number;
}

export function evaluateKpi(input: KpiInput): KpiResult {
  const { planStart, deadline, asOf } = input;
  if (!Number.isFinite(planStart) || !Number.isFinite(deadline) || !Number.isFinite(asOf)) {
    return invalid(0, "Plan start, deadline or as-of date is not a date");
  }
  const elapsed = elapsedFraction(planStart, deadline, asOf);
  if (isFailure(input.target)) return invalid(elapsed, `Target not read: ${input.target.error}`);

  const part = input.target;
  const baseline = input.baseline ?? 0;
  if (!Number.isFinite(baseline)) return invalid(elapsed, "Baseline is not a number");
  const targetValue = totalTarget(part, planStart, deadline);
  if (!Number.isFinite(targetValue)) return invalid(elapsed, "Target value is not a number");
  const expected = part.kind === "count" ? baseline + (targetValue - baseline) * elapsed : part.value;

  const { actual } = input;
  if (actual === null || actual === undefined) {
    return { targetValue, expected, elapsed, status: "No data", progress: null, performance: null, note: "No actual yet" };
  }
  if (!Number.isFinite(actual)) {
    return { targetValue, expected, elapsed, status: "No data", progress: null, performance: null, note: "Actual is not a number" };
  }
  // An actual its unit rules out (a share typed as 70, a count above its population) is not
  // scored. Of DESIGN.md §4's statuses, Invalid fits: the KPI's input cannot be evaluated until it is
  // fixed (No data would hide that there is a value), and rollups leave it out of the mean progress.
  const impossible = impossibleActual(part, actual);
  if (impossible !== null) {
    return { targetValue, expected, elapsed, status: "Invalid", progress: null, performance: null, note: impossible };
  }

  const measured =
    part.comparator === "<="
      ? measureCeiling(part, actual, targetValue, expected)
      : measureFloor(part, actual, baseline, targetValue, elapsed);
  const status = decideStatus(part, measured, input, input.thresholds ?? DEFAULT_THRESHOLDS);
  return {
    targetValue,
    expected,
    elapsed,
    status,
    progress: measured.progress,
    performance: measured.performance,
    note: describe(status, part, actual, targetValue, expected, planStart),
  };
}

function invalid(elapsed: number, note: string): KpiResult {
  return { status: "Invalid", targetValue: null, expected: null, progress: null, performance: null, elapsed, note };
}

/** ">=" targets: p = (actual − b) / (T − b), r = (actual − b) / (E − b) for counts; actual / value otherwise. */
function measureFloor(part: TargetPart, actual: number, baseline: number, total: number, elapsed: number): Measured {
  const met = atLeast(actual, total);
  if (part.kind !== "count") {
    if (part.value <= 0) return { met, progress: met ? 1 : 0, performance: met ? 1 : 0 };
    const ratio = actual / part.value;
    return { met, progress: ratio, performance: ratio };
  }
  const span = total - baseline;
  if (span <= 0) return { met, progress: met ? 1 : 0, performance: met ? 1 : 0 };
  return {
    met,
    progress: (actual - baseline) / span,
    performance: elapsed === 0 ? 1 : (actual - baseline) / (span * elapsed),
  };
}

/** "<=" targets: the ratio inverts, r = E / actual for counts, value / actual otherwise (1 at actual 0). */
function measureCeiling(part: TargetPart, actual: number, total: number, expected: number): Measured {
  const met = atMost(actual, total);
  const allowance = part.kind === "count" ? expected : part.value;
  return {
    met,
    progress: met ? 1 : Math.max(0, total / actual),
    performance: actual <= 0 ? 1 : allowance / actual,
  };
}

/** The first row of DESIGN.md §4's table that applies (Invalid and No data are settled before). */
function decideStatus(part: TargetPart, measured: Measured, input: KpiInput, thresholds: Thresholds): Status {
  if (input.asOf < input.planStart) return "Not started";
  const atOrAfterDeadline = input.asOf >= input.deadline;
  const deadlinePassed = input.asOf > input.deadline;
  if (part.comparator === ">=") {
    if (measured.met && (part.kind === "count" || atOrAfterDeadline)) return "Achieved";
    if (deadlinePassed) return "Missed";
  } else {
    if (measured.met && atOrAfterDeadline) return "Achieved";
    // A count over its plan total cannot come back under it: the ceiling is broken for good.
    if (!measured.met && (part.kind === "count" || deadlinePassed)) return "Missed";
  }
  if (atLeast(measured.performance, thresholds.onTrackAt)) return "On track";
  if (atLeast(measured.performance, thresholds.atRiskAt)) return "At risk";
  return "Off track";
}

function describe(
  status: Status,
  part: TargetPart,
  actual: number,
  total: number,
  expected: number,
  planStart: number,
): string {
  if (status === "Not started") return `Plan starts ${serialToIso(planStart)}`;
  const a = formatValue(actual, part.kind);
  const t = formatValue(total, part.kind);
  const scale = part.kind === "average" && part.of !== undefined ? ` (out of ${formatNumber(part.of)})` : "";
  if (part.comparator === "<=") {
    if (!atMost(actual, total)) return `Ceiling of ${t} exceeded (${a})`;
    if (status === "Achieved") return `Ceiling of ${t} kept (${a})`;
    const allowed = part.kind === "count" ? ` (${formatNumber(expected)} allowed by now)` : "";
    return `${a} within a ceiling of ${t}${allowed}`;
  }
  if (status === "Achieved") return `${a} meets the target of ${t}${scale}`;
  if (status === "Missed") return `Deadline passed at ${a} of ${t}${scale}`;
  if (part.kind === "count") return `${a} of ${t} (${formatNumber(expected)} expected by now)`;
  return `${a} against a target of ${t}${scale}`;
}

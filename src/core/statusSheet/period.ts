/**
 * What happened within the reporting period: work-plan activities held in it or overdue at its
 * end, and the Updates logged in it. The period runs from the previous sheet's as-of date (or
 * "Stale after days" back, for the first sheet) to this sheet's as-of date.
 */
import { isHeld } from "./delivery";
import type { ActivityLine, ReportingPeriod, UpdateEntry, WorkPlanActivity } from "./types";

export function reportingPeriod(asOf: number, previousAsOf: number | null, staleAfterDays: number): ReportingPeriod {
  const usePrevious = previousAsOf !== null && previousAsOf < asOf;
  return { from: usePrevious ? previousAsOf : asOf - staleAfterDays, to: asOf, sincePreviousSheet: usePrevious };
}

const within = (date: number, period: ReportingPeriod) => date > period.from && date <= period.to;

/** Held in the period first (by Held on), then overdue (by Planned); cancelled ones are not overdue. */
export function periodActivities(activities: readonly WorkPlanActivity[], period: ReportingPeriod): ActivityLine[] {
  const held = activities
    .filter((a) => a.heldOn !== null && within(a.heldOn, period))
    .sort((a, b) => (a.heldOn as number) - (b.heldOn as number));
  const overdue = activities
    .filter((a) => a.planned !== null && a.planned < period.to && !isHeld(a, period.to))
    .filter((a) => !["cancelled", "held"].includes(a.status.trim().toLowerCase()))
    .sort((a, b) => (a.planned as number) - (b.planned as number));
  return [
    ...held.map((activity) => ({ activity, delivery: "Held" as const })),
    ...overdue.map((activity) => ({ activity, delivery: "Overdue" as const })),
  ];
}

export function periodUpdates(updates: readonly UpdateEntry[], period: ReportingPeriod): UpdateEntry[] {
  return updates.filter((u) => within(u.date, period)).sort((a, b) => a.date - b.date);
}

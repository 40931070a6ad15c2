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

/**
 * A status sheet is read by people: past this many lines a period list says how many more there
 * are and points to the table, instead of printing thousands of rows.
 */
export const PERIOD_LIST_LIMIT = 200;

/** The first `limit` items (or the last, `fromEnd`), and how many were left out. */
export function limitList<T>(items: readonly T[], limit = PERIOD_LIST_LIMIT, fromEnd = false): { shown: T[]; omitted: number } {
  if (items.length <= limit) return { shown: [...items], omitted: 0 };
  return { shown: fromEnd ? items.slice(items.length - limit) : items.slice(0, limit), omitted: items.length - limit };
}

/**
 * Held in the period first (by Held on), then overdue (by Planned); cancelled ones are not overdue.
 * "Held" is the one rule (isHeld): a Cancelled or Postponed activity with a Held on date is not held.
 */
export function periodActivities(activities: readonly WorkPlanActivity[], period: ReportingPeriod): ActivityLine[] {
  const held = activities
    .filter((a) => a.heldOn !== null && within(a.heldOn, period) && isHeld(a, period.to))
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

/**
 * Work-plan delivery per fiscal year and quarter: activities planned against activities held,
 * participants, and the women's share as a ratio of totals (never a mean of percentages).
 */
import { fiscalQuarterOf, fiscalYearOf, ymdToSerial } from "../dates";
import type { DeliveryRow, OverdueActivity, WorkPlanActivity } from "./types";
import { isActivityCalledOff, isActivityHeld } from "../activityStatus";

interface Bucket {
  fiscalYear: string;
  quarter: number | null;
  planned: number;
  held: number;
  participants: number;
  women: number;
  /** Participants and women of the activities that report both: the women's share's terms. */
  shareParticipants: number;
  shareWomen: number;
  overdue: number;
}

const NO_YEAR = "—";

function emptyBucket(fiscalYear: string, quarter: number | null): Bucket {
  return { fiscalYear, quarter, planned: 0, held: 0, participants: 0, women: 0, shareParticipants: 0, shareWomen: 0, overdue: 0 };
}

/** Held by the as-of date, by the one rule the KPI measures use too. */
export function isHeld(activity: WorkPlanActivity, asOf: number): boolean {
  return isActivityHeld(activity.status, activity.heldOn, asOf);
}

function bucketOf(date: number | null, fiscalYearCell: string, startMonth: number): [string, number | null] {
  if (date !== null) return [fiscalYearOf(date, startMonth), fiscalQuarterOf(date, startMonth)];
  return [fiscalYearCell.trim() || NO_YEAR, null];
}

function toRow(bucket: Bucket, isTotal: boolean): DeliveryRow {
  return {
    fiscalYear: bucket.fiscalYear,
    quarter: isTotal ? null : bucket.quarter,
    isTotal,
    planned: bucket.planned,
    held: bucket.held,
    participants: bucket.participants,
    women: bucket.women,
    womenShare: bucket.shareParticipants > 0 ? bucket.shareWomen / bucket.shareParticipants : null,
    overdue: bucket.overdue,
  };
}

function add(into: Bucket, from: Bucket): void {
  into.planned += from.planned;
  into.held += from.held;
  into.participants += from.participants;
  into.women += from.women;
  into.shareParticipants += from.shareParticipants;
  into.shareWomen += from.shareWomen;
  into.overdue += from.overdue;
}

/**
 * The last day of a fiscal year named as fiscalYearOf names it ("2022/23", or "2022" when the
 * year starts in January); null for anything else.
 */
export function fiscalYearEnd(name: string, startMonth: number): number | null {
  const match = /^\s*(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*$/.exec(name);
  if (!match) return null;
  const first = Number(match[1]);
  if (startMonth === 1) return match[2] ? null : ymdToSerial(first, 12, 31);
  const next = ymdToSerial(first + 1, startMonth, 1);
  return next === null ? null : next - 1;
}

/**
 * Overdue at `asOf`: not held by then, not Cancelled or Postponed, and its Planned date (or,
 * without one, the last day of its fiscal year) is before the as-of date.
 */
export function overdueActivities(activities: readonly WorkPlanActivity[], startMonth: number, asOf: number): OverdueActivity[] {
  const overdue: OverdueActivity[] = [];
  for (const activity of activities) {
    if (isHeld(activity, asOf) || isActivityCalledOff(activity.status)) continue;
    const dueBy = activity.planned ?? fiscalYearEnd(activity.fiscalYear, startMonth);
    if (dueBy !== null && dueBy < asOf) overdue.push({ activity, dueBy });
  }
  return overdue.sort((a, b) => a.dueBy - b.dueBy || a.activity.id.localeCompare(b.activity.id, undefined, { numeric: true }));
}

/**
 * An activity counts as planned in the quarter of its Planned date (or under its "Fiscal year"
 * cell, quarter "—", when it has none) and, once held by the as-of date, as held in the quarter
 * of its Held on date (or its planned quarter when it is marked Held without a date); an overdue
 * one counts as overdue where it was planned. Rows come per fiscal year, quarters in order, then
 * that year's total.
 */
export function workPlanDelivery(activities: readonly WorkPlanActivity[], startMonth: number, asOf: number): DeliveryRow[] {
  const buckets = new Map<string, Bucket>();
  const bucket = ([fiscalYear, quarter]: [string, number | null]): Bucket => {
    const key = `${fiscalYear}|${quarter ?? ""}`;
    let found = buckets.get(key);
    if (!found) buckets.set(key, (found = emptyBucket(fiscalYear, quarter)));
    return found;
  };

  const overdueSet = new Set(overdueActivities(activities, startMonth, asOf).map((o) => o.activity));
  for (const activity of activities) {
    const plannedAt = bucketOf(activity.planned, activity.fiscalYear, startMonth);
    bucket(plannedAt).planned += 1;
    if (overdueSet.has(activity)) bucket(plannedAt).overdue += 1;
    if (!isHeld(activity, asOf)) continue;
    const held = bucket(activity.heldOn !== null ? bucketOf(activity.heldOn, activity.fiscalYear, startMonth) : plannedAt);
    held.held += 1;
    held.participants += activity.participants ?? 0;
    held.women += activity.women ?? 0;
    if (activity.participants !== null && activity.women !== null) {
      held.shareParticipants += activity.participants;
      held.shareWomen += activity.women;
    }
  }

  const years = [...new Set([...buckets.values()].map((b) => b.fiscalYear))].sort((a, b) =>
    a === NO_YEAR ? 1 : b === NO_YEAR ? -1 : a.localeCompare(b)
  );
  const rows: DeliveryRow[] = [];
  for (const year of years) {
    const quarters = [...buckets.values()]
      .filter((b) => b.fiscalYear === year)
      .sort((a, b) => (a.quarter ?? 5) - (b.quarter ?? 5));
    const total = emptyBucket(year, null);
    for (const quarter of quarters) {
      rows.push(toRow(quarter, false));
      add(total, quarter);
    }
    rows.push(toRow(total, true));
  }
  return rows;
}

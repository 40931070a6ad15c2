/**
 * One status for a group of KPIs (an RSP milestone's Status cell): the most pressing status
 * among its KPIs that have a verdict, so a problem is never hidden behind an average.
 *   Missed > Off track > At risk > On track > Achieved
 * "On track" and "Achieved" mixed give "On track"; only when every KPI is Achieved is the group
 * Achieved. Without any verdict: "Not started" if some KPI waits for the plan start, else
 * "No data" if some KPI has no actual yet, else "Invalid". null when the group has no KPIs.
 */
import type { Rollup, Status } from "../core/types";

const BY_PRESSURE: readonly Status[] = ["Missed", "Off track", "At risk", "On track", "Achieved", "Not started", "No data", "Invalid"];

export function headlineStatus(rollup: Rollup): Status | null {
  if (rollup.total === 0) return null;
  return BY_PRESSURE.find((status) => rollup.counts[status] > 0) ?? null;
}

/**
 * Rollups per pillar or per RSP milestone (DESIGN.md §4): a count of KPIs in each status and the
 * Weight-weighted mean progress of the KPIs that have data.
 *
 * - Progress is clamped to [0, 1] before averaging: overshooting one KPI cannot hide another that
 *   is behind, and a KPI fallen below its baseline (negative p) counts as no progress.
 * - A weight that is not a positive finite number (0, negative, NaN) counts as 0: the KPI still
 *   appears in `counts`, `total` and `withData`, but not in the mean.
 * - meanProgress is null when no KPI has data, or when every KPI with data weighs 0.
 * - A progress that is NaN or infinite is treated as no data.
 */
import type { Rollup, RollupItem, Status } from "./types";

/**
 * A count of 0 per status, keys in STATUSES order. Written out as one object literal, so every
 * rollup's counts share one shape (rollups run per pillar, milestone and objective, thousands
 * per recalculation at 5,000 KPIs; objects built key by key do not keep theirs, see
 * src/workbook/shapes.ts).
 */
export function emptyStatusCounts(): Record<Status, number> {
  return { Invalid: 0, "No data": 0, "Not started": 0, Achieved: 0, Missed: 0, "On track": 0, "At risk": 0, "Off track": 0 };
}

export function rollup(items: RollupItem[]): Rollup {
  const counts = emptyStatusCounts();
  let withData = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  for (const item of items) {
    counts[item.status] += 1;
    if (item.progress === null || !Number.isFinite(item.progress)) continue;
    withData += 1;
    const weight = Number.isFinite(item.weight) && item.weight > 0 ? item.weight : 0;
    weightedSum += weight * Math.min(1, Math.max(0, item.progress));
    weightTotal += weight;
  }
  return {
    counts,
    total: items.length,
    withData,
    meanProgress: weightTotal > 0 ? weightedSum / weightTotal : null,
  };
}

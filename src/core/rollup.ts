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
import { STATUSES, type Rollup, type RollupItem, type Status } from "./types";

export function emptyStatusCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
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

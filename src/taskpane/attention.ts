/** Which KPIs the Overview puts first: pace problems by severity, then stale ones. */
import type { Status } from "../core/types";
import type { EvaluatedKpi } from "../workbook/model";

const PACE_RANK: Partial<Record<Status, number>> = { "Off track": 0, Missed: 1, "At risk": 2 };
const STALE_RANK = 3;

function rankOf(kpi: EvaluatedKpi): number | null {
  const pace = PACE_RANK[kpi.status];
  if (pace !== undefined) return pace;
  return kpi.stale ? STALE_RANK : null;
}

/** Off track, Missed, At risk, then stale KPIs of any other status; plan order within each. */
export function kpisNeedingAttention(kpis: readonly EvaluatedKpi[]): EvaluatedKpi[] {
  return kpis
    .map((kpi) => ({ kpi, rank: rankOf(kpi) }))
    .filter((entry): entry is { kpi: EvaluatedKpi; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.kpi.row - b.kpi.row)
    .map((entry) => entry.kpi);
}

/**
 * Which KPIs need the reader's attention, and why: the red and amber statuses, and KPIs that
 * still have no data when they should (past their deadline, or with half the plan gone).
 */
import type { Status } from "../types";
import type { EvaluatedKpi } from "../evaluation";
import type { AttentionReason } from "./types";

/** Worst first: the order of the attention list. */
export const ATTENTION_REASONS: readonly AttentionReason[] = [
  "Off track",
  "Missed",
  "At risk",
  "No data past its deadline",
  "No data after half the plan",
];

const STATUS_REASONS: ReadonlySet<Status> = new Set<Status>(["Off track", "Missed", "At risk"]);

/** Past this share of the plan period, a KPI without data needs attention. */
export const NO_DATA_ATTENTION_AFTER = 0.5;

export function attentionReason(kpi: EvaluatedKpi, asOf: number, elapsed: number): AttentionReason | null {
  if (STATUS_REASONS.has(kpi.status)) return kpi.status as AttentionReason;
  if (kpi.status !== "No data") return null;
  if (kpi.deadline < asOf) return "No data past its deadline";
  return elapsed >= NO_DATA_ATTENTION_AFTER ? "No data after half the plan" : null;
}

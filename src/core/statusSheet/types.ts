/**
 * The status-sheet model: everything a status sheet shows, computed once from an evaluated plan,
 * the work plan and History, before any renderer lays it out. Pure data; dates are serials.
 */
import type { Status, Thresholds } from "../types";
import type { EvaluatedKpi, PlanEvaluation } from "../evaluation";

/** One WorkPlan row, as far as delivery reporting needs it. */
export interface WorkPlanActivity {
  id: string;
  activity: string;
  /** The row's "Fiscal year" cell ("2022/23"); used when there is no Planned date. */
  fiscalYear: string;
  planned: number | null;
  /** "Planned" | "Held" | "Postponed" | "Cancelled" (as typed). */
  status: string;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  refs: string[];
}

/** One Updates row (a dated KPI check-in). */
export interface UpdateEntry {
  date: number;
  ref: string;
  part: number;
  value: number | null;
  member: string;
  evidence: string;
  by: string;
}

/** One History row: one KPI part at one status-sheet generation. */
export interface HistoryEntry {
  /** Serial date with the time of day as its fraction. */
  generatedAt: number;
  asOf: number;
  ref: string;
  part: number;
  actual: number | null;
  expected: number | null;
  progress: number | null;
  status: string;
}

export interface StatusSheetInput {
  evaluation: PlanEvaluation;
  workPlan: WorkPlanActivity[];
  /** Every History row written before this generation. */
  history: HistoryEntry[];
  /** The Updates log; the ones dated within the reporting period are listed. */
  updates?: UpdateEntry[];
  /** Serial date with the time of day as its fraction. */
  generatedAt: number;
  /** The local time zone generatedAt is in, e.g. "UTC+01:00". */
  generatedZone?: string;
  fiscalYearStartMonth: number;
  /**
   * Who each KPI that counts Members has counted, computed by the workbook layer (the task
   * pane's members-coverage rule) and passed in as data; KPIs that count no Members are absent.
   */
  membersCoverage?: KpiMembersCoverage[];
}

/** The Members one KPI counts and those not yet counted, per sub-region. */
export interface KpiMembersCoverage {
  ref: string;
  part: number;
  /** Where the counted Members come from: the KPI's Updates, or the held activities serving it. */
  source: "updates" | "activities";
  counted: number;
  /** Members in the Members table. */
  total: number;
  /** Not yet counted, per sub-region ("" when the Members table gives none), as in Members. */
  missing: MissingMembers[];
}

export interface MissingMembers {
  subregion: string;
  members: Array<{ code: string; name: string }>;
}

/** A KPI needing attention that counts Members, with who is still missing. */
export interface MembersMissingLine {
  kpi: KpiLine;
  reason: AttentionReason;
  source: "updates" | "activities";
  counted: number;
  total: number;
  /** Sub-regions with a Member not yet counted. */
  missing: MissingMembers[];
}

export interface StatusSheetHeader {
  planName: string;
  asOf: number;
  generatedAt: number;
  planStart: number;
  planEnd: number;
  /** Share of the plan period elapsed at the as-of date, 0..1. */
  elapsed: number;
  thresholds: Thresholds;
  staleAfterDays: number;
  kpiCount: number;
  /** The local time zone of generatedAt, e.g. "UTC+01:00"; "" when unknown. */
  generatedZone: string;
  /** generatedAt of the generation the changes are measured against; null for the first sheet. */
  previousGeneratedAt: number | null;
  previousAsOf: number | null;
}

export interface RollupRow {
  /** "Pillar 1" or the objective "1.1.3". */
  label: string;
  /** Pillar title, or a milestone's actions and description; empty for objectives. */
  title: string;
  counts: Record<Status, number>;
  total: number;
  /** KPIs that have data (coverage); Invalid and No data do not. */
  withData: number;
  meanProgress: number | null;
}

/** One point of a KPI's trend: an earlier generation, or the present one. */
export interface TrendPoint {
  generatedAt: number;
  asOf: number;
  progress: number | null;
  status: string;
}

/** A KPI as the status sheet shows it: the evaluated fields it prints, plus its flag and trend. */
export interface KpiLine
  extends Pick<
    EvaluatedKpi,
    | "pillar" | "ref" | "part" | "action" | "kpi" | "target" | "owner" | "comment"
    | "actual" | "expected" | "progress" | "status" | "stale" | "lastUpdate"
  > {
  /** "No comment" for an Off track or Missed KPI whose Comment is empty; otherwise "". */
  flag: string;
  /** Progress across generations, oldest first, ending with this one. */
  trend: TrendPoint[];
  /** The trend as one line: "45% → 60% → 72%". */
  trendText: string;
  /** Progress change since the previous report, in percentage points; null when either side has none. */
  change: number | null;
  /** Status in the previous report; null when the KPI was not in it (or there was none). */
  previousStatus: string | null;
  /** "1-i", or "1-i (2)" for the second part of a multi-part KPI. */
  refLabel: string;
  /** Actual as people read it: "12 of 27 Members", "45%", "4.16"; "" without data. */
  actualText: string;
  /** Expected by the as-of date, in the same words as the actual. */
  expectedText: string;
}

/** Why a KPI needs attention, worst first. */
export type AttentionReason = "Off track" | "Missed" | "At risk" | "No data past its deadline" | "No data after half the plan";

export interface AttentionLine {
  kpi: KpiLine;
  reason: AttentionReason;
}

export interface PillarKpis {
  pillar: number;
  title: string;
  kpis: KpiLine[];
}

export interface DeliveryRow {
  fiscalYear: string;
  /** 1-4, or null when the activity has no Planned date. */
  quarter: number | null;
  /** True for the per-fiscal-year total row. */
  isTotal: boolean;
  planned: number;
  held: number;
  participants: number;
  women: number;
  /** Σ women / Σ participants over held activities reporting both; null when none. */
  womenShare: number | null;
  /** Planned activities whose date (or fiscal year) has passed, not Held, Cancelled or Postponed. */
  overdue: number;
}

/** A planned activity whose date or fiscal year has passed, neither held nor called off. */
export interface OverdueActivity {
  activity: WorkPlanActivity;
  /** The last day it was due: its Planned date, or the last day of its fiscal year. */
  dueBy: number;
}

/** One RSP objective in the compact coverage table. */
export interface ObjectiveCoverage {
  objective: string;
  milestones: number;
  /** Milestones with at least one Plan row mapped. */
  withActions: number;
  rollup: RollupRow;
}

/** A milestone the coverage section names: without actions, or with KPIs needing attention. */
export interface MilestoneNote {
  key: string;
  description: string;
  actions: string[];
  /** Refs ("1-i (2)") of its KPIs that need attention. */
  attentionRefs: string[];
  withoutActions: boolean;
}

export interface StaleLine {
  kpi: KpiLine;
  /** Days from the newest data to the as-of date; null when the KPI has no dated data at all. */
  daysSinceUpdate: number | null;
}

export interface ChangeLine {
  kpi: KpiLine;
  previousStatus: string | null;
  previousProgress: number | null;
  /** "On track → At risk", or "" when the status did not move. */
  statusMove: string;
  /** Progress change in percentage points; null when either side has no progress. */
  deltaPoints: number | null;
  /** True for a KPI part that was not in the previous generation. */
  isNew: boolean;
}

/** An activity held within the reporting period, or planned before the as-of date and not held. */
export interface ActivityLine {
  activity: WorkPlanActivity;
  delivery: "Held" | "Overdue";
}

/** The days a status sheet reports on: after `from`, up to and including the as-of date. */
export interface ReportingPeriod {
  /** The previous sheet's as-of date, else as-of minus Stale after days. */
  from: number;
  to: number;
  sincePreviousSheet: boolean;
}

export interface StatusSheetModel {
  header: StatusSheetHeader;
  /** Status order of the rollup columns and the chart's series. */
  statusOrder: readonly Status[];
  pillars: RollupRow[];
  objectives: RollupRow[];
  /** One row per RSP milestone ("1.2.1-M3"), titled with its description and mapped actions. */
  milestones: RollupRow[];
  /** The whole plan: the headline counts per status. */
  headline: RollupRow;
  /** Off track, Missed, At risk, then KPIs without data past their deadline or after half the plan. */
  attention: AttentionLine[];
  kpisByPillar: PillarKpis[];
  delivery: DeliveryRow[];
  stale: StaleLine[];
  /** Every KPI that moved since the previous report, biggest moves first. */
  changes: ChangeLine[];
  overdue: OverdueActivity[];
  /** The attention KPIs that count Members, in the attention list's order, with who is missing. */
  membersMissing: MembersMissingLine[];
  objectiveCoverage: ObjectiveCoverage[];
  milestoneNotes: MilestoneNote[];
  period: ReportingPeriod;
  /** At most PERIOD_LIST_LIMIT lines; the rest are counted in activitiesOmitted. */
  activities: ActivityLine[];
  activitiesOmitted: number;
  /** The newest PERIOD_LIST_LIMIT updates of the period, oldest first; the rest are counted. */
  updates: UpdateEntry[];
  updatesOmitted: number;
}

/**
 * What operations on the workbook produce: settings, problems, and the evaluated plan that the
 * task pane, the ribbon command, status sheets and the command line all show.
 */
import type { Rollup, Status, Thresholds } from "./types";

export interface PlanSettings {
  planName: string;
  /** Pillar number → title ("1" → "Support the implementation of WCO conventions, …"). */
  pillars: Record<number, string>;
  planStart: number;
  planEnd: number;
  /** Settings "As of"; null = today. */
  asOf: number | null;
  fiscalYearStartMonth: number;
  thresholds: Thresholds;
  staleAfterDays: number;
}

export type Severity = "error" | "warning";

/** One problem found by Validate (or met by Recalculate), pointing at a cell. */
export interface Problem {
  severity: Severity;
  /** Table name ("Plan"), or the sheet/file where there is no table. */
  table: string;
  /** Zero-based body row index within the table; null for table- or column-level problems. */
  row: number | null;
  /** Header name as in the workbook; null for table- or row-level problems. */
  column: string | null;
  /** Plain words, naming what is wrong and what is expected, e.g. "Target "abc": expected …". */
  message: string;
  /** Sheet address when known, e.g. "Plan!G12". */
  address?: string;
}

/** One Plan row (one KPI part) after evaluation. */
export interface EvaluatedKpi {
  /** Zero-based body row index in the Plan table. */
  row: number;
  pillar: number;
  ref: string;
  part: number;
  action: string;
  kpi: string;
  target: string;
  owner: string;
  comment: string;
  weight: number;
  rspKeys: string[];
  specificAction: boolean;
  /** RSP objectives of the row's keys ("1.1.3"). */
  objectives: string[];
  measure: string;
  actual: number | null;
  baseline: number;
  deadline: number;
  targetValue: number | null;
  expected: number | null;
  progress: number | null;
  performance: number | null;
  status: Status;
  /** Newest dated data behind the actual (Updates date, WorkPlan Held on); null when none. */
  lastUpdate: number | null;
  stale: boolean;
  note: string;
}

export interface PillarSummary {
  pillar: number;
  title: string;
  rollup: Rollup;
}

export interface MilestoneSummary {
  /** "1.2.1-M3" */
  key: string;
  objective: string;
  milestone: number;
  description: string;
  /** Refs of the actions mapped to it ("1-s"). */
  actions: string[];
  rollup: Rollup;
}

export interface ObjectiveSummary {
  objective: string;
  rollup: Rollup;
}

export interface PlanEvaluation {
  settings: PlanSettings;
  /** The as-of date actually used (Settings "As of", an override, or today). */
  asOf: number;
  kpis: EvaluatedKpi[];
  pillars: PillarSummary[];
  milestones: MilestoneSummary[];
  objectives: ObjectiveSummary[];
  /** Milestone keys in RSP with no Plan row mapped to them. */
  milestonesWithoutActions: string[];
  /** Refs of actions whose RSP reference yields no milestone (specific actions included). */
  actionsWithoutMilestones: string[];
  problems: Problem[];
}

/**
 * Shared domain types of the KPI engine. Pure data: no Office, no file I/O.
 * Dates are Excel serial day numbers (1900 date system) throughout the engine.
 */

export type TargetKind = "count" | "share" | "average" | "growth";
export type Comparator = ">=" | "<=";

/** One measurable part of a target, as specified in DESIGN.md §3. */
export interface TargetPart {
  kind: TargetKind;
  comparator: Comparator;
  /** 27 · 0.25 for 25% · 4 for "average of 4" · 0.2 for "20% growth". */
  value: number;
  /** Population or scale: 33 in "27/33 Members", 5 in "4 out of 5". */
  of?: number;
  /** "Members", "MRA", "success stories". */
  unit?: string;
  /** Only on rates: 12 "per year", 3 "per quarter", 24 "every 2 years". */
  perMonths?: number;
}

export interface ParsedTarget {
  parts: TargetPart[];
}

export interface ParseFailure {
  error: string;
}

export type TargetParseResult = ParsedTarget | ParseFailure;

export interface RspReference {
  /** Milestone keys such as "1.2.1-M3". Empty for ROCB A/P specific actions. */
  keys: string[];
  specificAction: boolean;
}

export type RspParseResult = RspReference | ParseFailure;

export function isFailure<T extends object>(result: T | ParseFailure): result is ParseFailure {
  return typeof (result as ParseFailure).error === "string";
}

export const STATUSES = [
  "Invalid",
  "No data",
  "Not started",
  "Achieved",
  "Missed",
  "On track",
  "At risk",
  "Off track",
] as const;
export type Status = (typeof STATUSES)[number];

export interface Thresholds {
  /** r at or above this is On track (default 1.0). */
  onTrackAt: number;
  /** r at or above this (and below onTrackAt) is At risk (default 0.8). */
  atRiskAt: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { onTrackAt: 1, atRiskAt: 0.8 };

/** Presets a planner can pick (DESIGN.md §2). */
export const THRESHOLD_PRESETS: ReadonlyArray<{ label: string; thresholds: Thresholds }> = [
  { label: "100 / 80 (default)", thresholds: { onTrackAt: 1, atRiskAt: 0.8 } },
  { label: "95 / 85", thresholds: { onTrackAt: 0.95, atRiskAt: 0.85 } },
  { label: "90 / 75", thresholds: { onTrackAt: 0.9, atRiskAt: 0.75 } },
  { label: "100 / 50", thresholds: { onTrackAt: 1, atRiskAt: 0.5 } },
];

/** Everything the engine needs to evaluate one KPI part (one Plan row). */
export interface KpiInput {
  /** The parsed part for this row, or the parse failure of its Target cell. */
  target: TargetPart | ParseFailure;
  /** Default 0. */
  baseline?: number;
  /** null when there is no actual yet. */
  actual: number | null;
  /** False when a measure computed the actual rather than a person typing it (default true). */
  actualTyped?: boolean;
  planStart: number;
  /** The row's Deadline, else Plan end. */
  deadline: number;
  asOf: number;
  thresholds?: Thresholds;
}

export interface KpiResult {
  status: Status;
  /** Total target T (count targets: rates turned into plan totals). null when the target is invalid. */
  targetValue: number | null;
  /** Expected value now E (null when invalid). */
  expected: number | null;
  /** Progress p (null when there is no data or the target is invalid). */
  progress: number | null;
  /** Performance ratio r (null when there is no data or the target is invalid). */
  performance: number | null;
  /** Elapsed fraction e in [0, 1]. */
  elapsed: number;
  /** Short human explanation, e.g. the parse error, or "4 of 8 expected by now". */
  note: string;
}

/** One KPI as seen by rollups. */
export interface RollupItem {
  status: Status;
  progress: number | null;
  weight: number;
}

export interface Rollup {
  /** Count of KPIs in each status (every status present, zero when none). */
  counts: Record<Status, number>;
  total: number;
  /** Number of KPIs that have data (progress not null). */
  withData: number;
  /** Weight-weighted mean of min(progress, 1) over the KPIs with data; null when none. */
  meanProgress: number | null;
}

/**
 * What the task pane can ask of the workbook. The Office side (src/office/) implements it over
 * Excel.run; the task pane's components receive these functions as props and never call
 * Excel.run themselves. The browser test page implements it over the in-memory Excel fake.
 */
import type { PlanEvaluation, Problem } from "./model";
import type { Thresholds } from "../core/types";
import type { NewPlanOptions } from "./newPlan";
import type { NewPlanImportReport } from "./startPlan";
import type { KpiRecords } from "./kpiRecords";
import type { ActivityInput, ActualInput, RecordReport, UpdateInput } from "./recordOperations";
import type { NextCycleDraft, PlanFromText, PlanFromTextChoices, RolloverOptions, RolloverReport } from "./newWorkbookPlans";

export type { NewPlanOptions } from "./newPlan";
export type { NewPlanImportReport } from "./startPlan";
export type { KpiRecords, KpiActivityEntry, KpiHistoryPoint, KpiUpdateEntry } from "./kpiRecords";
export type { NextCycleDraft, PlanFromTextChoices, RolloverOptions, RolloverReport, SettingChange } from "./newWorkbookPlans";
export type { ActivityInput, ActivityOutcome, ActualInput, FieldErrors, RecordReport, UpdateInput } from "./recordOperations";

/** A cell to select: a table, a zero-based body row and a header name (null = whole row). */
export interface CellTarget {
  table: string;
  row: number;
  column: string | null;
}

export interface RecalcReport {
  evaluation: PlanEvaluation;
  /** Rows whose computed cells were written. */
  rowsWritten: number;
  durationMs: number;
}

export interface SetupReport {
  /** Tables created. */
  created: string[];
  /** Tables that already existed and were left as they are. */
  existing: string[];
  /** Plain-words summary for the pane. */
  message: string;
}

export interface ImportReport {
  rowsImported: number;
  /** Lines of the pasted text that could not be placed, with the reason. */
  unplaced: Array<{ line: number; text: string; reason: string }>;
  message: string;
}

export interface StatusSheetReport {
  sheetName: string;
  kpis: number;
  historyRows: number;
}

/** One check of "Check this Excel": ok, or what went wrong in plain words. */
export interface SelfTestCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** "Check this Excel": the host, and each check; `text` is the whole as a copyable report. */
export interface SelfTestReport {
  host: string;
  platform: string;
  version: string;
  checks: SelfTestCheck[];
  text: string;
}

/** A workbook the pane built: opened in a new Excel window, or to be downloaded. */
export interface NewWorkbookFile {
  /** "ROCB A/P Strategic Action Plan 2024-2026.xlsx" */
  fileName: string;
  /** The .xlsx, for the download link. */
  bytes: Uint8Array;
  /** True when Excel opened it in a new window (Excel.createWorkbook). */
  opened: boolean;
  /** What happened, in plain words: opened, or why not and what to do. */
  note: string;
}

export interface NextCycleResult {
  report: RolloverReport;
  file: NewWorkbookFile;
}

export interface PlanFromTextResult extends Omit<PlanFromText, "specs"> {
  /** Null when nothing was created (see `missing`). */
  file: NewWorkbookFile | null;
}

export interface AddinApi {
  /** Read the workbook and evaluate it without writing anything. */
  evaluate(): Promise<PlanEvaluation>;
  /** Evaluate and write the computed columns of Plan, RSP and WorkPlan (a full read). */
  recalculate(): Promise<RecalcReport>;
  /**
   * Live recalculation after edits: re-reads only the rows the edits since the last round touched
   * and writes only the computed cells that changed (a full round when it cannot tell). Without
   * it, live recalculation calls recalculate().
   */
  recalculateLive?(): Promise<RecalcReport>;
  validate(): Promise<Problem[]>;
  selectCell(target: CellTarget): Promise<void>;
  /** Insert the bundled plan's tables; declines (and says why) where tables exist. */
  setUp(): Promise<SetupReport>;
  /** Append Plan rows parsed from pasted plan text. */
  importPlanText(text: string): Promise<ImportReport>;
  /** Write the chosen thresholds into Settings (an explicit user choice). */
  setThresholds(thresholds: Thresholds): Promise<void>;
  generateStatusSheet(): Promise<StatusSheetReport>;
  /** Subscribe to edits of Plan, WorkPlan or Updates (own writes excluded). Returns an unsubscribe. */
  onDataChanged(handler: () => void): Promise<() => void>;
  /** "Check this Excel": a self-test against the host, on a temporary sheet deleted afterwards. */
  checkExcel?(): Promise<SelfTestReport>;
  /** First run: insert the empty tables of a plan of the user's own. */
  startNewPlan(options: NewPlanOptions): Promise<SetupReport>;
  /** First run: insert an empty plan's tables, then import pasted plan text into its Plan. */
  importNewPlan(options: NewPlanOptions, text: string): Promise<NewPlanImportReport>;
  /** Start the next cycle: this plan's name and period, the suggested next ones and what carries over (reads only). */
  draftNextCycle(): Promise<NextCycleDraft>;
  /** The next plan as a NEW workbook, opened or offered as a download; the open workbook is not changed. */
  createNextCycle(options: RolloverOptions): Promise<NextCycleResult>;
  /** A different plan from pasted text as a NEW workbook; the open workbook is not changed. */
  createPlanFromText(text: string, choices: PlanFromTextChoices): Promise<PlanFromTextResult>;
  /** A KPI's Updates, activities, History, the Members and who is still missing. */
  kpiRecords(ref: string, part: number): Promise<KpiRecords>;
  /** Append one row to Updates (validated first; nothing written when it fails). */
  logUpdate(input: UpdateInput): Promise<RecordReport>;
  /** Set a manual KPI's Actual and its Last update. */
  setActual(input: ActualInput): Promise<RecordReport>;
  /** Mark a WorkPlan activity held, cancelled or postponed. */
  recordActivity(input: ActivityInput): Promise<RecordReport>;
}

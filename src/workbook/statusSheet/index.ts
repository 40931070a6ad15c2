/**
 * Generate status sheet: one read, one write (plus creating the History table the first time,
 * when the workbook has none). Adds a worksheet "Status YYYY-MM-DD" (named by the
 * as-of date; "(2)", "(3)" … when taken, never overwriting) and appends one History row per KPI.
 */
import { buildStatusSheetModel } from "../../core/statusSheet/model";
import { todaySerial } from "../../core/dates";
import type { StatusSheetReport } from "../addinApi";
import { evaluateWorkbook } from "../evaluate";
import type { CellValue, TableSpec, WorkbookGateway } from "../gateway";
import { WorkbookError } from "../gateway";
import type { PlanEvaluation } from "../model";
import { NUMBER_FORMATS, TABLES } from "../schema";
import { renderStatusSheet, statusSheetBaseName } from "./render";
import { statusSheetMembersCoverage } from "./membersMissing";
import { readHistory, readUpdates, readWorkPlanActivities } from "./tableReaders";
import { assertStructure } from "../structure";

export { renderStatusSheet, statusSheetBaseName } from "./render";

export const STATUS_SHEET_TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"] as const;

/** Excel's limit on worksheet names. */
const MAX_SHEET_NAME = 31;

/** `base`, else "base (2)", "base (3)" …; Excel compares sheet names case-insensitively. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const fit = (name: string, suffix: string) => name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  if (!taken.has(fit(base, "").toLowerCase())) return fit(base, "");
  for (let n = 2; ; n += 1) {
    const candidate = fit(base, ` (${n})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The local date and time of `now` as a serial with the time of day as its fraction. */
export function serialDateTime(now: Date): number {
  const seconds = now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds();
  return todaySerial(now) + seconds / 86_400;
}

/** The local time zone of `now` as people read it: "UTC+01:00", "UTC−05:30", "UTC". */
export function timeZoneLabel(now: Date): string {
  const offset = -now.getTimezoneOffset();
  if (offset === 0) return "UTC";
  const abs = Math.abs(offset);
  return `UTC${offset > 0 ? "+" : "−"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export function historyTableSpec(): TableSpec {
  const columns = TABLES.History.columns;
  return {
    name: "History",
    sheet: TABLES.History.sheet,
    headers: columns.map((c) => c.header),
    rows: [],
    numberFormats: Object.fromEntries(
      columns.map((c) => [c.header, c.header === "Generated at" ? "yyyy-mm-dd hh:mm" : NUMBER_FORMATS[c.type]])
    ),
    statusColumn: "Status",
    dataBarColumn: "Progress",
  };
}

export function historyRows(evaluation: PlanEvaluation, generatedAt: number): Array<Record<string, CellValue>> {
  return evaluation.kpis.map((kpi) => ({
    "Generated at": generatedAt,
    "As of": evaluation.asOf,
    Ref: kpi.ref,
    Part: kpi.part,
    Actual: kpi.actual,
    Expected: kpi.expected,
    Progress: kpi.progress,
    Status: kpi.status,
  }));
}

export async function generateStatusSheet(
  gateway: WorkbookGateway,
  options: { asOf?: number; now?: Date } = {}
): Promise<StatusSheetReport> {
  const now = options.now ?? new Date();
  const snapshot = await gateway.read(STATUS_SHEET_TABLES);
  // Before anything is created or written: a broken structure would put a sheet of Invalid rows into History.
  assertStructure(snapshot, "Status sheet");
  const historyTable = snapshot.tables.History;
  // A plan set up by hand (or before History existed) gets its History table from the first
  // status sheet: one extra createTables call, only that once.
  if (!historyTable) {
    if (snapshot.sheetNames.some((name) => name.toLowerCase() === TABLES.History.sheet.toLowerCase())) {
      throw new WorkbookError(
        `The workbook has a sheet "${TABLES.History.sheet}" but no table named History on it. Rename that sheet, or turn its header row into an Excel table named History, then generate the status sheet again.`,
        "History"
      );
    }
    await gateway.createTables([historyTableSpec()]);
  }

  const evaluation = evaluateWorkbook(snapshot, { asOf: options.asOf, today: todaySerial(now) });
  const generatedAt = serialDateTime(now);
  const model = buildStatusSheetModel({
    evaluation,
    workPlan: readWorkPlanActivities(snapshot.tables.WorkPlan),
    history: historyTable ? readHistory(historyTable) : [],
    updates: readUpdates(snapshot.tables.Updates),
    generatedAt,
    generatedZone: timeZoneLabel(now),
    fiscalYearStartMonth: evaluation.settings.fiscalYearStartMonth,
    membersCoverage: statusSheetMembersCoverage(snapshot, evaluation),
  });
  const sheetName = uniqueSheetName(statusSheetBaseName(evaluation.asOf), snapshot.sheetNames);
  const rows = historyRows(evaluation, generatedAt);

  await gateway.write({ sheets: [renderStatusSheet(model, sheetName)], appends: [{ table: "History", rows }] });
  return { sheetName, kpis: evaluation.kpis.length, historyRows: rows.length };
}

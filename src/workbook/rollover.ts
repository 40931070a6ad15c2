/**
 * The next cycle (DESIGN.md §5 "Roll over"): a new plan started from this one. Settings get the
 * new period (every other setting kept, As of cleared); Members and RSP are kept; Plan rows are
 * copied without their actuals, each row's old Actual (as the engine computes it at the old
 * plan's end, so Updates-measured KPIs count too) becoming its Baseline where the KPI's level
 * carries over: a `manual` or `updates:latest` measure, not a "per year" rate. Measures that
 * count Updates or WorkPlan rows count afresh, as those tables start empty. WorkPlan and Updates
 * start empty; the old History is kept for reference. User columns come along with their cells.
 * Pure: a snapshot in, table specs out; the source workbook is only read.
 */
import type { CellValue, TableData, TableSpec, WorkbookGateway, WorkbookSnapshot } from "./gateway";
import { WorkbookError } from "./gateway";
import type { SettingRecord } from "./records";
import { TABLES, TABLE_NAMES, findColumn, normalizeHeader, type TableName } from "./schema";
import { SETTING_KEYS, readSettings } from "./settings";
import { evaluateWorkbook } from "./evaluate";
import { bundleToTableSpecs } from "./setup";
import { withUserColumns } from "./planUserColumns";
import { TableView, readNumberCell } from "./tableView";
import { isFailure } from "../core/types";
import { parseTarget } from "../core/targets";
import { serialToParts } from "../core/dates";

export interface RolloverOptions {
  /** The new period, as Excel serial dates. */
  start: number;
  end: number;
  /** The new plan's name; by default the old one with its years moved on. */
  name?: string;
}

export interface RolloverReport {
  name: string;
  planRows: number;
  /** Plan rows whose Baseline is the old Actual. */
  baselinesFromActual: number;
  /** Refs whose old Actual was not made a Baseline: rate targets ("twice per year") and counting measures. */
  ratesStartedAfresh: string[];
  /** Plan rows whose Deadline fell outside the new period and was cleared (it means Plan end). */
  deadlinesCleared: number;
  members: number;
  rsp: number;
  historyRows: number;
  /** Headers of user columns carried over, as "Table: header". */
  userColumns: string[];
}

/** "ROCB Plan 2022-2024" with old period 2022-2024 → "ROCB Plan 2024-2026"; null when the name has no such years. */
export function nextName(oldName: string, oldStart: number | null, oldEnd: number | null, start: number, end: number): string | null {
  if (oldStart === null || oldEnd === null) return null;
  const [a, b] = [serialToParts(oldStart).year, serialToParts(oldEnd).year];
  const [c, d] = [serialToParts(start).year, serialToParts(end).year];
  const pattern = new RegExp(`\\b${a}(\\s*[-–—/]\\s*)(${b}|${String(b).slice(2)})\\b`);
  const match = pattern.exec(oldName);
  if (match) return oldName.replace(pattern, `${c}${match[1]}${match[2].length === 2 ? String(d).slice(2) : d}`);
  if (a === b && new RegExp(`\\b${a}\\b`).test(oldName)) return oldName.replace(new RegExp(`\\b${a}\\b`), String(c));
  return null;
}

function settingsRecords(table: TableData | null, options: RolloverOptions): { settings: SettingRecord[]; name: string } {
  const view = table ? new TableView(table, "Settings") : null;
  const rows: SettingRecord[] = [];
  if (view && view.has("Key") && view.has("Value")) {
    for (let row = 0; row < view.rowCount; row += 1) {
      const key = view.text(row, "Key");
      const value = view.raw(row, "Value");
      if (key !== "") rows.push({ key, value: typeof value === "boolean" ? String(value) : value });
    }
  }
  const find = (key: string) => rows.find((row) => normalizeHeader(row.key) === normalizeHeader(key));
  const numberOf = (key: string) => {
    const value = find(key)?.value;
    return typeof value === "number" ? value : null;
  };
  const oldName = String(find(SETTING_KEYS.planName)?.value ?? "");
  const name = options.name ?? nextName(oldName, numberOf(SETTING_KEYS.planStart), numberOf(SETTING_KEYS.planEnd), options.start, options.end) ?? oldName;
  const set = (key: string, value: string | number | null) => {
    const found = find(key);
    if (found) found.value = value;
    else rows.push({ key, value });
  };
  set(SETTING_KEYS.planName, name || "Action plan");
  set(SETTING_KEYS.planStart, options.start);
  set(SETTING_KEYS.planEnd, options.end);
  if (find(SETTING_KEYS.asOf)) set(SETTING_KEYS.asOf, null);
  return { settings: rows, name: name || "Action plan" };
}

/** Headers of a table the schema does not own (user columns), in sheet order. */
function userHeaders(table: TableData, name: TableName): string[] {
  const own = TABLES[name].columns.map((column) => column.header);
  return table.headers.filter((header) => String(header ?? "").trim() !== "" && findColumn(own, header) < 0);
}

/** `spec` with the rows of `table` copied by header: input columns (and for History every column), user columns after. */
export function carried(spec: TableSpec, table: TableData | null, name: TableName, edit?: (row: Record<string, CellValue>, index: number) => void): TableSpec {
  if (!table) return spec;
  const kept = new Set(TABLES[name].columns.filter((column) => name === "History" || column.role === "input").map((column) => normalizeHeader(column.header)));
  const users = userHeaders(table, name);
  const records = table.rows.map((cells, index) => {
    const record: Record<string, CellValue> = {};
    table.headers.forEach((header, column) => {
      const own = findColumn(spec.headers, header);
      if (own >= 0 && !kept.has(normalizeHeader(header))) return;
      record[own >= 0 ? spec.headers[own] : header] = cells[column] ?? null;
    });
    edit?.(record, index);
    return record;
  });
  const base: TableSpec = { ...spec, rows: records.map((record) => spec.headers.map((header) => record[header] ?? null)) };
  return withUserColumns(base, users, records);
}

/** Measures whose actual is a level that carries into the next plan (the others count rows that start empty). */
const LEVEL_MEASURES = new Set(["", "manual", "updates:latest"]);

/** Each Plan row's actual at the old plan's end, by body row, as the engine computes it. */
function oldActuals(snapshot: WorkbookSnapshot): Map<number, number | null> {
  const actuals = new Map<number, number | null>();
  const { settings } = readSettings(snapshot.tables.Settings ?? null);
  for (const kpi of evaluateWorkbook(snapshot, { asOf: settings.planEnd }).kpis) actuals.set(kpi.row, kpi.actual);
  return actuals;
}

function isRate(target: CellValue): boolean {
  if (typeof target !== "string" || target.trim() === "") return false;
  const parsed = parseTarget(target);
  return !isFailure(parsed) && parsed.parts.some((part) => part.kind === "count" && part.perMonths !== undefined);
}

/** Settings' own user columns ("Notes"), row by row: the spec's rows are the old rows in order, new keys after. */
function settingsWithUserColumns(spec: TableSpec, table: TableData | null): TableSpec {
  if (!table) return spec;
  const users = userHeaders(table, "Settings");
  const keyColumn = findColumn(table.headers, "Key");
  const kept = table.rows.filter((row) => keyColumn >= 0 && String(row[keyColumn] ?? "").trim() !== "");
  const values = kept.map((row) => Object.fromEntries(users.map((header) => [header, row[findColumn(table.headers, header)] ?? null])));
  return withUserColumns(spec, users, values);
}

/** The tables of the next plan, built from a snapshot of this one. */
export function nextCycleSpecs(snapshot: WorkbookSnapshot, options: RolloverOptions): { specs: TableSpec[]; report: RolloverReport } {
  if (!(options.end > options.start)) throw new WorkbookError("The new plan's end must be after its start. Nothing was written.", "Settings");
  const tables = snapshot.tables;
  if (!tables.Plan) throw new WorkbookError('This workbook has no table named "Plan", so there is no plan to roll over. Nothing was written.', "Plan");
  const { settings, name } = settingsRecords(tables.Settings ?? null, options);
  const empty = bundleToTableSpecs({ settings, members: [], rsp: [], plan: [], workPlan: [], updates: [] });
  const report: RolloverReport = {
    name,
    planRows: tables.Plan.rows.length,
    baselinesFromActual: 0,
    ratesStartedAfresh: [],
    deadlinesCleared: 0,
    members: tables.Members?.rows.length ?? 0,
    rsp: tables.RSP?.rows.length ?? 0,
    historyRows: tables.History?.rows.length ?? 0,
    userColumns: [],
  };
  const specs = empty.map((spec): TableSpec => {
    const name = spec.name as TableName;
    const table = tables[name] ?? null;
    if (table) report.userColumns.push(...userHeaders(table, name).map((header) => `${name}: ${header}`));
    if (name === "Settings") return settingsWithUserColumns(spec, table);
    if (name === "Members" || name === "RSP" || name === "History") return carried(spec, table, name);
    if (name === "WorkPlan" || name === "Updates") return table ? withUserColumns(spec, userHeaders(table, name), []) : spec;
    if (name !== "Plan") return spec;
    const evaluated = oldActuals(snapshot);
    return carried(spec, table, name, (row, index) => {
      const actual = evaluated.has(index) ? (evaluated.get(index) ?? null) : readNumberCell(row.Actual ?? null).value;
      const measure = String(row.Measure ?? "").trim().toLowerCase();
      if (actual !== null) {
        if (isRate(row.Target ?? null) || !LEVEL_MEASURES.has(measure)) report.ratesStartedAfresh.push(String(row.Ref ?? ""));
        else {
          row.Baseline = actual;
          report.baselinesFromActual += 1;
        }
      }
      row.Actual = null;
      const deadline = row.Deadline;
      if (typeof deadline === "number" && (deadline < options.start || deadline > options.end)) {
        row.Deadline = null;
        report.deadlinesCleared += 1;
      }
    });
  });
  return { specs, report };
}

/** Read this plan from `source` and write the next one into `target` (a new, empty workbook). */
export async function rolloverWorkbook(source: WorkbookGateway, target: WorkbookGateway, options: RolloverOptions): Promise<RolloverReport> {
  const snapshot = await source.read(TABLE_NAMES);
  const { specs, report } = nextCycleSpecs(snapshot, options);
  await target.createTables(specs);
  return report;
}

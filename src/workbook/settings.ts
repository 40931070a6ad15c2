/**
 * The Settings table (DESIGN.md §2): Key/Value rows, read with defaults for every key that is
 * absent. Values may be numbers or text ("80%", "0.8"); a date typed as text is a problem.
 */
import type { CellValue, CellWrite, TableData } from "./gateway";
import { WorkbookError } from "./gateway";
import type { PlanSettings, Problem } from "./model";
import type { Thresholds } from "../core/types";
import { DEFAULT_THRESHOLDS } from "../core/types";
import { isoToSerial } from "../core/dates";
import { normalizeHeader } from "./schema";
import { TableView } from "./tableView";
import { cellText, parseNumberText } from "./cells";

export const SETTING_KEYS = {
  planName: "Plan name",
  planStart: "Plan start",
  planEnd: "Plan end",
  asOf: "As of",
  fiscalYearStarts: "Fiscal year starts",
  onTrackAt: "On track at",
  atRiskAt: "At risk at",
  staleAfterDays: "Stale after days",
} as const;

export function defaultSettings(): PlanSettings {
  return {
    planName: "Action plan",
    pillars: {},
    planStart: isoToSerial("2022-07-01") as number,
    planEnd: isoToSerial("2024-06-30") as number,
    asOf: null,
    fiscalYearStartMonth: 7,
    thresholds: { ...DEFAULT_THRESHOLDS },
    staleAfterDays: 90,
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Settings rows by normalized key → body row index (the last row wins for a repeated key). */
function settingRows(view: TableView): Map<string, number> {
  const rows = new Map<string, number>();
  for (let row = 0; row < view.rowCount; row += 1) {
    const key = normalizeHeader(view.text(row, "Key"));
    if (key !== "") rows.set(key, row);
  }
  return rows;
}

export function readSettings(table: TableData | null): { settings: PlanSettings; problems: Problem[] } {
  const settings = defaultSettings();
  const problems: Problem[] = [];
  if (!table) return { settings, problems };
  const view = new TableView(table, "Settings");
  if (!view.has("Key") || !view.has("Value")) return { settings, problems };
  const rows = settingRows(view);
  const rowOf = (key: string): number | undefined => rows.get(normalizeHeader(key));
  const report = (row: number, message: string) => problems.push(view.problem("error", row, "Value", message));

  const nameRow = rowOf(SETTING_KEYS.planName);
  if (nameRow !== undefined && view.text(nameRow, "Value") !== "") settings.planName = view.text(nameRow, "Value");

  for (const [key, row] of rows) {
    const pillar = /^pillar(\d+)$/.exec(key);
    if (pillar && view.text(row, "Value") !== "") settings.pillars[Number(pillar[1])] = view.text(row, "Value");
  }

  const readDate = (key: string, optional: boolean): number | null | undefined => {
    const row = rowOf(key);
    if (row === undefined) return undefined;
    const read = view.date(row, "Value");
    if (read.error) report(row, `${key}: ${read.error}`);
    else if (read.value === null && !optional) report(row, `${key} is empty; expected a date such as 2022-07-01`);
    return read.value;
  };
  settings.planStart = readDate(SETTING_KEYS.planStart, false) ?? settings.planStart;
  settings.planEnd = readDate(SETTING_KEYS.planEnd, false) ?? settings.planEnd;
  settings.asOf = readDate(SETTING_KEYS.asOf, true) ?? null;
  if (settings.planEnd <= settings.planStart) {
    const row = rowOf(SETTING_KEYS.planEnd) ?? rowOf(SETTING_KEYS.planStart) ?? 0;
    report(row, "Plan end must be after Plan start; using 2022-07-01 to 2024-06-30");
    const defaults = defaultSettings();
    settings.planStart = defaults.planStart;
    settings.planEnd = defaults.planEnd;
  }

  const fyRow = rowOf(SETTING_KEYS.fiscalYearStarts);
  if (fyRow !== undefined && view.text(fyRow, "Value") !== "") {
    const month = readMonth(view.raw(fyRow, "Value"));
    if (month === null) report(fyRow, `Fiscal year starts: "${view.text(fyRow, "Value")}" is not a month; expected 1-12 or a month name such as July`);
    else settings.fiscalYearStartMonth = month;
  }

  const staleRow = rowOf(SETTING_KEYS.staleAfterDays);
  if (staleRow !== undefined && view.text(staleRow, "Value") !== "") {
    const read = view.number(staleRow, "Value");
    if (read.value === null || read.value < 1) {
      report(staleRow, `Stale after days: "${view.text(staleRow, "Value")}" is not a number of days; expected a whole number such as 90`);
    } else settings.staleAfterDays = Math.round(read.value);
  }

  const thresholds = readThresholds(view, rowOf, report);
  if (thresholds) settings.thresholds = thresholds;
  return { settings, problems };
}

function readMonth(value: CellValue): number | null {
  const text = cellText(value).toLowerCase();
  const number = typeof value === "number" ? value : parseNumberText(text);
  if (number !== null) return Number.isInteger(number) && number >= 1 && number <= 12 ? number : null;
  const index = MONTHS.findIndex((month) => text.startsWith(month));
  return index >= 0 ? index + 1 : null;
}

/** "100%", 1, "1.0", 100 → 1. Whole numbers above 2 are read as percentages. */
export function readThresholdValue(value: CellValue): number | null {
  const number = typeof value === "number" ? value : parseNumberText(cellText(value));
  if (number === null || !Number.isFinite(number)) return null;
  const fraction = number > 2 ? number / 100 : number;
  return fraction > 0 && fraction <= 2 ? fraction : null;
}

function readThresholds(
  view: TableView,
  rowOf: (key: string) => number | undefined,
  report: (row: number, message: string) => void
): Thresholds | null {
  const result: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [field, key] of [
    ["onTrackAt", SETTING_KEYS.onTrackAt],
    ["atRiskAt", SETTING_KEYS.atRiskAt],
  ] as const) {
    const row = rowOf(key);
    if (row === undefined || view.text(row, "Value") === "") continue;
    const value = readThresholdValue(view.raw(row, "Value"));
    if (value === null) report(row, `${key}: "${view.text(row, "Value")}" is not a threshold; expected a percentage such as 80%`);
    else result[field] = value;
  }
  if (result.atRiskAt > result.onTrackAt) {
    report(rowOf(SETTING_KEYS.atRiskAt) ?? 0, "At risk at is above On track at; using the defaults 100% and 80%");
    return null;
  }
  return result;
}

/**
 * The Settings cells to write for thresholds picked in the pane: only a Value cell whose threshold
 * changes, never the rest of the column, so `=TODAY()` in "As of" and any other formula stays.
 * A key with no row is left to thresholdRowsMissing (append). A threshold cell holding a formula
 * is not replaced: that is a WorkbookError naming the cell (read the table with
 * `formulasOf: ["Settings"]` so formulas are known).
 */
export function thresholdSettingWrites(table: TableData, thresholds: Thresholds): CellWrite[] {
  const view = new TableView(table, "Settings");
  const rows = settingRows(view);
  const valueIndex = view.column("Value");
  if (valueIndex < 0) throw new WorkbookError('The Settings table needs a "Value" column.', "Settings");
  const writes: CellWrite[] = [];
  for (const [key, value] of [
    [SETTING_KEYS.onTrackAt, thresholds.onTrackAt],
    [SETTING_KEYS.atRiskAt, thresholds.atRiskAt],
  ] as const) {
    const row = rows.get(normalizeHeader(key));
    if (row === undefined) continue;
    const current = readThresholdValue(view.raw(row, "Value"));
    if (current !== null && Math.abs(current - value) < 1e-9) continue;
    if (table.formulas?.[row]?.[valueIndex]) {
      const cell = view.address(row, "Value") ?? `Settings row ${row + 1}`;
      throw new WorkbookError(
        `"${key}" in Settings (${cell}) holds a formula, which KPI Tracker never replaces. ` +
          `Change the formula to give ${Math.round(value * 100)}%, or clear the cell and pick the thresholds again.`,
        "Settings",
        row,
        view.headerAsWritten("Value"),
      );
    }
    writes.push({ table: view.name, column: view.headerAsWritten("Value"), row, value });
  }
  return writes;
}

/** Threshold keys that have no row in Settings (they are appended instead of rewritten). */
export function thresholdRowsMissing(table: TableData): string[] {
  const rows = settingRows(new TableView(table, "Settings"));
  return [SETTING_KEYS.onTrackAt, SETTING_KEYS.atRiskAt].filter((key) => !rows.has(normalizeHeader(key)));
}

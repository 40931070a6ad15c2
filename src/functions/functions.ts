/**
 * Excel custom functions in the KPI namespace (=KPI.STATUS(...)). The JSDoc below is the source
 * of functions.json: custom-functions-metadata-plugin reads it in the webpack build and appends
 * the CustomFunctions.associate calls to this file
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration).
 * Each function is one call into kpiFunctions.ts, which calls the engine in src/core.
 *
 * None is @volatile: Microsoft marks a function volatile for every call, not only the calls that
 * omit an argument (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile),
 * which would recalculate every KPI cell at every edit. A cell that omits as_of uses Settings
 * "As of", else the day Excel calculated it; write TODAY() as as_of to have it move each day
 * (TODAY() is volatile, so only those cells recalculate).
 *
 * Arguments that may come from cells are typed any, not number, so Excel passes what the cell
 * holds instead of converting it; the readers in arguments.ts accept numbers and empty values, say
 * what else they expected, and refuse 0 as a date (an empty Deadline that arrived as 0 would
 * otherwise be scored against 1899-12-30).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- see above */
import { todaySerial } from "../core/dates";
import type { FunctionContext } from "./arguments";
import { KpiFunctionError } from "./functionError";
import { kpiExpected, kpiProgress, kpiRspKeys, kpiStatus, kpiTarget, type PartRow } from "./kpiFunctions";
import { SettingsCache, type SettingsRead } from "./settingsCache";

let settingsCache: SettingsCache | null = null;

/** Settings when Office.js can read the workbook (the shared runtime), else none. */
function readSettings(): Promise<SettingsRead> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.resolve({ settings: null });
  settingsCache ??= new SettingsCache((batch) => Excel.run(batch), { onSettingsChanged: recalculateAll });
  return settingsCache.get();
}

/**
 * After a Settings edit: a full recalculation, so cells that take Settings defaults recompute
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)).
 */
function recalculateAll(): void {
  if (typeof Excel === "undefined") return;
  Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  }).catch(() => undefined); // if Excel refuses, the cells keep their values until it next calculates them
}

/** An error of ours becomes an Excel error with its message; anything else too, never a raw throw. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof KpiFunctionError) {
    const code = error.code === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `KPI Tracker could not compute this: ${message}`);
}

async function withContext<T>(compute: (context: FunctionContext) => T): Promise<T> {
  try {
    const settings = await readSettings();
    return compute({ ...settings, today: todaySerial() });
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Status of a KPI against its free-text target: On track, At risk, Off track, Achieved, Missed, Not started or No data.
 * @customfunction
 * @param target Target text, such as "At least 27/33 Members" or "twice per year".
 * @param actual Actual value; for a target of several parts, one value per part (worst part counts) or use part.
 * @param [as_of] Date to judge at. Default: Settings "As of", else today. Write TODAY() to follow the date.
 * @param [start] Plan start date. Default: Settings "Plan start".
 * @param [end] Deadline or plan end date. Default: Settings "Plan end".
 * @param [baseline] Value at the plan start. Default: 0.
 * @param [part] Which part of a target of several parts (1, 2, ...).
 * @returns The status text.
 */
export function status(
  target: string,
  actual: any[][],
  as_of?: any,
  start?: any,
  end?: any,
  baseline?: any,
  part?: any
): Promise<string> {
  return withContext((context) => kpiStatus({ target, actual, asOf: as_of, start, end, baseline, part }, context));
}

/**
 * Progress of a KPI: the share of its total target reached (1 = 100%). #N/A while there is no actual.
 * @customfunction
 * @param target Target text, such as "At least 27/33 Members" or "twice per year".
 * @param actual Actual value; for a target of several parts, one value per part (worst part counts) or use part.
 * @param [as_of] Date to judge at. Default: Settings "As of", else today. Write TODAY() to follow the date.
 * @param [start] Plan start date. Default: Settings "Plan start".
 * @param [end] Deadline or plan end date. Default: Settings "Plan end".
 * @param [baseline] Value at the plan start. Default: 0.
 * @param [part] Which part of a target of several parts (1, 2, ...).
 * @returns Progress as a fraction.
 */
export function progress(
  target: string,
  actual: any[][],
  as_of?: any,
  start?: any,
  end?: any,
  baseline?: any,
  part?: any
): Promise<number> {
  return withContext((context) => kpiProgress({ target, actual, asOf: as_of, start, end, baseline, part }, context));
}

/**
 * Value a KPI is expected to have reached by the as-of date: a count's share of its total so far, else the target.
 * @customfunction
 * @param target Target text, such as "At least 27/33 Members" or "twice per year".
 * @param actual Actual value; for a target of several parts, one value per part (worst part counts) or use part.
 * @param [as_of] Date to judge at. Default: Settings "As of", else today. Write TODAY() to follow the date.
 * @param [start] Plan start date. Default: Settings "Plan start".
 * @param [end] Deadline or plan end date. Default: Settings "Plan end".
 * @param [baseline] Value at the plan start. Default: 0.
 * @param [part] Which part of a target of several parts (1, 2, ...).
 * @returns The expected value.
 */
export function expected(
  target: string,
  actual: any[][],
  as_of?: any,
  start?: any,
  end?: any,
  baseline?: any,
  part?: any
): Promise<number> {
  return withContext((context) => kpiExpected({ target, actual, asOf: as_of, start, end, baseline, part }, context));
}

/**
 * Total of a free-text target (a rate such as "twice per year" over the plan), or with show_parts TRUE a row per part.
 * @customfunction
 * @param target Target text, such as "At least 27/33 Members".
 * @param [show_parts] TRUE for one row per part: kind, comparator, value, of, per months.
 * @param [start] Plan start date, for rates. Default: Settings "Plan start".
 * @param [end] Deadline or plan end date, for rates. Default: Settings "Plan end".
 * @param [part] Which part of a target of several parts (1, 2, ...).
 * @returns The total target, or the parts.
 */
export function target(
  target: string,
  show_parts?: any,
  start?: any,
  end?: any,
  part?: any
): Promise<any[][]> {
  return withContext((context): Array<Array<number | string>> => {
    const result: number | PartRow[] = kpiTarget({ target, showParts: show_parts, start, end, part }, context);
    return typeof result === "number" ? [[result]] : result;
  });
}

/**
 * RSP milestone keys of an RSP reference: "1.2.1 – 1st, 3rd to 4th milestones" gives "1.2.1-M1, 1.2.1-M3, 1.2.1-M4".
 * @customfunction
 * @param reference RSP reference text, such as "1.2.1 – 1st, 3rd to 4th milestones" or "ROCB A/P specific action".
 * @returns The milestone keys, or "Specific action".
 */
export function rspKeys(reference: string): string {
  try {
    return kpiRspKeys(reference);
  } catch (error) {
    throw toExcelError(error);
  }
}

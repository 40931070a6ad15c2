/**
 * Reading the values Excel passes to a custom function. An omitted optional argument arrives as
 * null or undefined; an empty cell in a range as null or ""; a range as rows of values.
 */
import type { PlanSettings } from "../core/evaluation";
import { invalidValue } from "./functionError";

/** What the functions know beyond their arguments. */
export interface FunctionContext {
  /** The workbook's Settings; null when the add-in cannot read a Settings table. */
  settings: PlanSettings | null;
  /** A problem Validate reports in Settings, if any: the settings are then not used as defaults. */
  settingsProblem?: string;
  /** Today's serial date, used when neither as_of nor Settings "As of" gives one. */
  today: number;
}

export type ExcelScalar = string | number | boolean | null | undefined;

export const isOmitted = (value: unknown): value is null | undefined | "" => value === null || value === undefined || value === "";

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A date argument: a serial number as DATE() or a date cell gives it. */
export function readDate(value: unknown, name: string): number | null {
  if (isOmitted(value)) return null;
  // Serial 0 is no calendar day: an empty cell that reached us as 0, never a real date.
  if (typeof value === "number" && Number.isFinite(value) && value >= 1) return value;
  throw invalidValue(`${name} must be a date such as DATE(2023,7,1), not ${shown(value)}`);
}

export function readNumber(value: unknown, name: string): number | null {
  if (isOmitted(value)) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw invalidValue(`${name} must be a number, not ${shown(value)}`);
}

/** The Part argument: a whole number from 1. */
export function readPart(value: unknown): number | null {
  const part = readNumber(value, "part");
  if (part === null) return null;
  if (!Number.isInteger(part) || part < 1) throw invalidValue(`part must be a whole number from 1, not ${part}`);
  return part;
}

/** The actual argument: one value or a row/column of values (one per target part); empty is null. */
export function readActuals(value: unknown): Array<number | null> {
  const cells = Array.isArray(value) ? (value as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row])) : [value];
  if (cells.length === 0) return [null];
  return cells.map((cell) => {
    if (isOmitted(cell)) return null;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    throw invalidValue(`actual must be a number or an empty cell, not ${shown(cell)}`);
  });
}

/** The target text; a number typed in the Target cell (30) reads as the target "30". */
export function readTargetText(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string") return value;
  if (isOmitted(value)) return "";
  throw invalidValue(`target must be text such as "At least 27/33 Members", not ${shown(value)}`);
}

export interface PlanDates {
  asOf: number;
  start: number;
  end: number;
}

/**
 * as_of, start and end: the arguments when given, else the workbook's Settings ("As of", which
 * falls back to today as in the pane). Without a Settings table, start and end must be given.
 */
export function planDates(args: { asOf?: unknown; start?: unknown; end?: unknown }, context: FunctionContext): PlanDates {
  const asOf = readDate(args.asOf, "as_of");
  const start = readDate(args.start, "start");
  const end = readDate(args.end, "end");
  const missing = [start === null ? "start" : "", end === null ? "end" : ""].filter(Boolean);
  if (missing.length > 0 && !context.settings) {
    throw invalidValue(
      `No Settings table to take Plan start and Plan end from: give ${missing.join(" and ")} as arguments, such as DATE(2022,7,1), DATE(2024,6,30)`
    );
  }
  if (asOf === null) missing.unshift("as_of");
  if (missing.length > 0) checkSettings(context, missing);
  return {
    asOf: asOf ?? context.settings?.asOf ?? context.today,
    start: start ?? (context.settings as PlanSettings).planStart,
    end: end ?? (context.settings as PlanSettings).planEnd,
  };
}

/** Settings with a problem in a key the functions use are not taken as defaults: the error says so. */
export function checkSettings(context: FunctionContext, missing: readonly string[]): void {
  if (context.settings && context.settingsProblem) {
    throw invalidValue(`Settings has a problem (${context.settingsProblem}): fix it, or give ${missing.join(", ")} as arguments`);
  }
}

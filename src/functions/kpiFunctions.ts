/**
 * The KPI custom functions as pure functions of their arguments and a FunctionContext (the
 * workbook's Settings, today). Every rule is the engine's: parseTarget and targetPartFor
 * (src/core/targets), evaluateKpi and totalTarget (src/core/progress), parseRspReference
 * (src/core/rsp) and the group status of RSP milestones (headlineStatus). This file only maps
 * Excel arguments to engine inputs and engine results to cell values or errors.
 *
 * Multi-part targets ("(1) At least 27 Members (2) 6 new contracting parties"): each part has its
 * own actual. Give the part number (as the Plan table's Part column does) to score one part, or
 * one actual per part (a range or {20, 4}) to score the whole KPI: its status is the worst part's
 * (Missed > Off track > At risk > On track > Achieved, as an RSP milestone's status), and
 * PROGRESS/EXPECTED are that part's numbers.
 */
import { evaluateKpi, totalTarget } from "../core/progress";
import { parseRspReference } from "../core/rsp";
import { parseTarget, targetPartFor } from "../core/targets";
import { quote } from "../core/targets/messages";
import { DEFAULT_THRESHOLDS, isFailure, type KpiResult, type TargetPart } from "../core/types";
import { rollup } from "../core/rollup";
import { headlineStatus } from "../workbook/headlineStatus";
import { planDates, readActuals, readNumber, readPart, readTargetText, type FunctionContext } from "./arguments";
import { invalidValue, notAvailable } from "./functionError";

/** STATUS, PROGRESS and EXPECTED take the same arguments, in this order after target and actual. */
export interface KpiArguments {
  target: unknown;
  actual?: unknown;
  asOf?: unknown;
  start?: unknown;
  end?: unknown;
  baseline?: unknown;
  part?: unknown;
}

/** The target's parts, or #VALUE! with the parser's message ("Could not read target …: expected …"). */
export function targetParts(target: unknown): TargetPart[] {
  const text = readTargetText(target);
  const parsed = parseTarget(text);
  if (!isFailure(parsed)) return parsed.parts;
  const { error } = parsed;
  throw invalidValue(error.startsWith("Could not read") ? error : `Could not read target ${quote(text)}: ${error}`);
}

interface Scored {
  part: number;
  result: KpiResult;
}

/** Each scored part with its engine result (one for a one-part target or a chosen part). */
function scoreParts(args: KpiArguments, context: FunctionContext, needsThresholds: boolean): Scored[] {
  const parts = targetParts(args.target);
  const actuals = readActuals(args.actual);
  const part = readPart(args.part);
  const baseline = readNumber(args.baseline, "baseline") ?? 0;
  const dates = planDates(args, context);
  if (needsThresholds && context.settings && context.settingsProblem) {
    throw invalidValue(`Settings has a problem (${context.settingsProblem}): fix it, so the status uses its On track at and At risk at`);
  }
  const thresholds = context.settings?.thresholds ?? DEFAULT_THRESHOLDS;
  const score = (partNumber: number, actual: number | null): Scored => {
    const chosen = targetPartFor({ parts }, partNumber);
    if (isFailure(chosen)) throw invalidValue(chosen.error);
    const result = evaluateKpi({ target: chosen, baseline, actual, planStart: dates.start, deadline: dates.end, asOf: dates.asOf, thresholds });
    if (result.status === "Invalid") throw invalidValue(result.note);
    return { part: partNumber, result };
  };

  if (part !== null) {
    if (parts.length > 1 && part > parts.length) throw invalidValue(`This target has ${parts.length} parts: part must be 1 to ${parts.length}, not ${part}`);
    if (actuals.length === 1) return [score(part, actuals[0])];
    if (actuals.length === parts.length) return [score(part, actuals[part - 1])];
    throw invalidValue(`Give one actual for part ${part}, or one actual per part (${parts.length}), not ${actuals.length}`);
  }
  if (actuals.length !== parts.length) {
    if (parts.length === 1) throw invalidValue(`This target has one part: give one actual, not ${actuals.length}`);
    throw invalidValue(
      `This target has ${parts.length} parts: give one actual per part (a range of ${parts.length} cells or {a, b}), or the part number as the last argument`
    );
  }
  return actuals.map((actual, index) => score(index + 1, actual));
}

/** The worst of the scored parts: the group status rule, ties to the lower performance. */
function worst(scored: Scored[]): Scored {
  if (scored.length === 1) return scored[0];
  const status = headlineStatus(rollup(scored.map(({ result }) => ({ status: result.status, progress: result.progress, weight: 1 }))));
  const candidates = scored.filter(({ result }) => result.status === status);
  return candidates.reduce((a, b) => ((b.result.performance ?? Infinity) < (a.result.performance ?? Infinity) ? b : a));
}

/** KPI.STATUS: "On track", "At risk", "Off track", "Achieved", "Missed", "Not started" or "No data". */
export function kpiStatus(args: KpiArguments, context: FunctionContext): string {
  return worst(scoreParts(args, context, true)).result.status;
}

/** KPI.PROGRESS: p, the share of the total target reached (1 = 100%); #N/A while there is no actual. */
export function kpiProgress(args: KpiArguments, context: FunctionContext): number {
  const { result } = worst(scoreParts(args, context, false));
  if (result.progress === null) throw notAvailable(result.note);
  return result.progress;
}

/** KPI.EXPECTED: E, the value expected by the as-of date (a count's share of its total so far). */
export function kpiExpected(args: KpiArguments, context: FunctionContext): number {
  const { result } = worst(scoreParts(args, context, false));
  if (result.expected === null) throw invalidValue(result.note);
  return result.expected;
}

export type PartRow = [string, string, number, number | string, number | string];

/**
 * KPI.TARGET: the total target T (a rate such as "twice per year" over the plan's months), or
 * with show_parts TRUE one row per part: kind, comparator, value, of, per months ("" when absent).
 */
export function kpiTarget(
  args: { target: unknown; showParts?: unknown; start?: unknown; end?: unknown; part?: unknown },
  context: FunctionContext
): number | PartRow[] {
  const parts = targetParts(args.target);
  if (args.showParts === true || args.showParts === 1) {
    return parts.map((p) => [p.kind, p.comparator, p.value, p.of ?? "", p.perMonths ?? ""]);
  }
  const part = readPart(args.part);
  if (parts.length > 1 && part === null) {
    throw invalidValue(`This target has ${parts.length} parts: give the part number, or show_parts TRUE for a row per part`);
  }
  const chosen = targetPartFor({ parts }, part ?? 1);
  if (isFailure(chosen)) throw invalidValue(chosen.error);
  if (chosen.perMonths === undefined || chosen.kind !== "count") return chosen.value;
  const dates = planDates({ asOf: context.today, start: args.start, end: args.end }, context); // a total needs no as-of date
  const total = totalTarget(chosen, dates.start, dates.end);
  if (!Number.isFinite(total)) throw invalidValue("Target value is not a number");
  return total;
}

/** KPI.RSPKEYS: "1.2.1-M1, 1.2.1-M3, 1.2.1-M4", or "Specific action" for ROCB A/P specific actions. */
export function kpiRspKeys(reference: unknown): string {
  const text = typeof reference === "string" ? reference : "";
  if (typeof reference !== "string" && reference !== null && reference !== undefined) {
    throw invalidValue(`reference must be text such as "1.2.1 – 1st, 3rd to 4th milestones", not ${String(reference)}`);
  }
  const parsed = parseRspReference(text);
  if (isFailure(parsed)) throw invalidValue(`Could not read RSP reference ${quote(text)}: ${parsed.error}`);
  return parsed.specificAction ? "Specific action" : parsed.keys.join(", ");
}

/**
 * A KPI in words for its detail: the target as understood, where the actual comes from, and
 * why it has its status. Reads the engine's own parse (src/core) of the row's Target, so the
 * words always match the numbers Recalculate wrote.
 */
import { planMonths } from "../core/dates";
import { elapsedFraction } from "../core/progress";
import { parseTarget, targetPartFor } from "../core/targets";
import { isFailure, type TargetPart } from "../core/types";
import type { EvaluatedKpi, PlanSettings } from "../workbook/model";
import { formatDate, formatPercent } from "./format";

const round = (n: number) => String(Math.round(n * 100) / 100);

export function kpiTargetPart(kpi: Pick<EvaluatedKpi, "target" | "part">): TargetPart | null {
  const part = targetPartFor(parseTarget(kpi.target), kpi.part);
  return isFailure(part) ? null : part;
}

/** A value as the target's kind reads: 0.75 → "75%" for a share, 4.2 for an average. */
export function formatKpiValue(value: number | null, part: TargetPart | null): string {
  if (value === null || !Number.isFinite(value)) return "no data";
  if (part && (part.kind === "share" || part.kind === "growth")) return `${Math.round(value * 1000) / 10}%`;
  return round(value);
}

function times(n: number): string {
  if (n === 1) return "once";
  if (n === 2) return "twice";
  return `${round(n)} times`;
}

function period(months: number): { per: string; name: string } {
  if (months === 12) return { per: "per year", name: "year" };
  if (months === 3) return { per: "per quarter", name: "quarter" };
  if (months === 6) return { per: "every 6 months", name: "half-year" };
  if (months === 1) return { per: "per month", name: "month" };
  if (months % 12 === 0) return { per: `every ${months / 12} years`, name: `${months / 12}-year period` };
  return { per: `every ${months} months`, name: `${months}-month period` };
}

function plural(n: number, word: string): string {
  return `${round(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * "4 in total by 30 Jun 2024: twice per year × 2 years"; "at least 27 of 33 Members by 30 Jun
 * 2024"; "75% of ROCB requests (a share: not pro-rated)". Null when the target cannot be read.
 */
export function describeTarget(kpi: EvaluatedKpi, settings: PlanSettings): string | null {
  const part = kpiTargetPart(kpi);
  if (!part) return null;
  const by = `by ${formatDate(kpi.deadline)}`;
  const most = part.comparator === "<=";
  const bound = most ? "at most" : "at least";
  const unit = part.unit ? ` ${part.unit}` : "";
  switch (part.kind) {
    case "count": {
      if (part.perMonths === undefined) {
        const of = part.of !== undefined ? ` of ${round(part.of)}` : "";
        return `${bound} ${round(part.value)}${of}${unit} ${by}`;
      }
      const months = planMonths(settings.planStart, kpi.deadline);
      const { per, name } = period(part.perMonths);
      const total = kpi.targetValue ?? (part.value * months) / part.perMonths;
      const rate = unit ? `${round(part.value)}${unit} ${per}` : `${times(part.value)} ${per}`;
      return `${most ? "at most " : ""}${round(total)} in total ${by}: ${rate} × ${plural(months / part.perMonths, name)}`;
    }
    case "share":
      return `${bound} ${formatKpiValue(part.value, part)} of ${part.unit ?? "the total"} (a share: not pro-rated over time)`;
    case "average":
      return `an average of ${bound} ${round(part.value)}${part.of !== undefined ? ` out of ${round(part.of)}` : ""} (not pro-rated over time)`;
    case "growth":
      return `${bound} ${formatKpiValue(part.value, part)} growth${part.perMonths ? ` ${period(part.perMonths).per}` : ""}${unit ? ` of${unit}` : ""}`;
  }
}

const MEASURE_WORDS: Record<string, string> = {
  manual: "typed in the Actual cell of the Plan row",
  "updates:latest": "the latest value logged in Updates",
  "updates:sum": "the sum of the values logged in Updates",
  "updates:members": "the distinct Members logged in Updates",
  activities: "the WorkPlan activities held for this action",
  "activities:women-share": "women's share of the participants in activities held",
  "activities:score": "the mean Score of activities held, weighted by participants",
};

export function describeMeasure(measure: string): string {
  return MEASURE_WORDS[measure] ?? measure;
}

/** "Off track: 5 against 14 expected, 50% of the plan elapsed". */
export function statusReason(kpi: EvaluatedKpi, settings: PlanSettings, asOf: number): string {
  const part = kpiTargetPart(kpi);
  const value = (n: number | null) => formatKpiValue(n, part);
  const elapsed = elapsedFraction(settings.planStart, kpi.deadline, asOf);
  switch (kpi.status) {
    case "Invalid":
      return `Invalid: the target cannot be read${kpi.note ? ` (${kpi.note})` : ""}.`;
    case "No data":
      return `No data: no actual yet; it comes from ${describeMeasure(kpi.measure)}.`;
    case "Not started":
      return `Not started: the plan starts on ${formatDate(settings.planStart)}.`;
    case "Achieved":
      return `Achieved: ${value(kpi.actual)} against a target of ${value(kpi.targetValue)}.`;
    case "Missed":
      return `Missed: ${value(kpi.actual)} against a target of ${value(kpi.targetValue)}; the deadline ${formatDate(kpi.deadline)} has passed.`;
    default:
      if (part?.kind === "count") {
        return `${kpi.status}: ${value(kpi.actual)} against ${value(kpi.expected)} expected, ${formatPercent(elapsed)} of the plan elapsed.`;
      }
      return `${kpi.status}: ${value(kpi.actual)} against a target of ${value(kpi.targetValue)} (${formatPercent(kpi.performance)} of it).`;
  }
}

/** Refs with more than one Plan row: only their cards say "part N". */
export function refsWithParts(kpis: readonly EvaluatedKpi[]): Set<string> {
  const seen = new Set<string>();
  const multi = new Set<string>();
  for (const kpi of kpis) {
    if (seen.has(kpi.ref) || kpi.part > 1) multi.add(kpi.ref);
    seen.add(kpi.ref);
  }
  return multi;
}

/** "1-b" or "1-b, part 2". */
export function kpiLabel(kpi: Pick<EvaluatedKpi, "ref" | "part">, hasParts: boolean): string {
  return hasParts ? `${kpi.ref}, part ${kpi.part}` : kpi.ref;
}

/** Whole days since the last update, or null when there is none. */
export function daysSince(lastUpdate: number | null, asOf: number): number | null {
  return lastUpdate === null ? null : Math.max(0, Math.round(asOf - lastUpdate));
}

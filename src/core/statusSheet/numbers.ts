/**
 * Numbers as people read them on a printed report: shares and progress as percentages,
 * averages with at most two decimals, counts as whole numbers with the target's unit.
 */
import { parseTarget, targetPartFor } from "../targets";
import { isFailure, type TargetPart } from "../types";

/** 0.4567 → "46%"; null → "". */
export function percentText(fraction: number | null): string {
  return fraction === null || !Number.isFinite(fraction) ? "" : `${Math.round(fraction * 100)}%`;
}

/** At most two decimals, no trailing zeros: 4.156 → "4.16", 4.1 → "4.1", 4 → "4". */
export function decimalText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Whole counts stay whole; a fractional count (an expected pace) rounds to one decimal. */
function countText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

/** "+12 pts", "−5 pts", "±0 pts"; "" when there is nothing to compare. */
export function pointsText(points: number | null): string {
  if (points === null) return "";
  const whole = Math.round(points);
  if (whole === 0) return "±0 pts";
  return whole > 0 ? `+${whole} pts` : `−${Math.abs(whole)} pts`;
}

/** The target part a KPI row measures, or null when its Target cannot be read. */
export function targetPartOf(target: string, part: number): TargetPart | null {
  const result = targetPartFor(parseTarget(target), part);
  return isFailure(result) ? null : result;
}

/**
 * A measured value in the target's own terms: "12 of 27 Members" (a count against the target
 * value), "45%" (a share or growth), "4.16" (an average). Without a readable target, the number
 * with at most two decimals.
 */
export function measureText(value: number | null, part: TargetPart | null, targetValue: number | null, withUnit = true): string {
  if (value === null || !Number.isFinite(value)) return "";
  if (part === null) return decimalText(value);
  switch (part.kind) {
    case "share":
    case "growth":
      return percentText(value);
    case "average":
      return part.of !== undefined ? `${decimalText(value)} of ${part.of}` : decimalText(value);
    case "count": {
      const unit = part.unit && withUnit ? ` ${part.unit}` : "";
      return targetValue !== null ? `${countText(value)} of ${countText(targetValue)}${unit}` : `${countText(value)}${unit}`;
    }
  }
}

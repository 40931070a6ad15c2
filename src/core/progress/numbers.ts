/** Comparisons that let a value exactly on its target meet it despite floating-point noise (0.1 + 0.2). */
import type { TargetKind } from "../types";

const RELATIVE_EPSILON = 1e-9;

function tolerance(a: number, b: number): number {
  return RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a ≥ b, up to a relative 1e-9. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - tolerance(a, b);
}

/** a ≤ b, up to a relative 1e-9. */
export function atMost(a: number, b: number): boolean {
  return a <= b + tolerance(a, b);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** 4 → "4", 13.5 → "13.5", 2/3 → "0.67". */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Shares and growth rates read as percentages (0.75 → "75%"); counts and averages as numbers. */
export function formatValue(value: number, kind: TargetKind): string {
  if (kind === "share" || kind === "growth") return `${Math.round(value * 1000) / 10}%`;
  return formatNumber(value);
}

/**
 * Reading History: earlier generations of the status sheet, grouped by their "Generated at",
 * give each KPI part its trend and the changes since the latest previous generation.
 */
import type { HistoryEntry, TrendPoint } from "./types";

/** Trend texts show at most this many points, the newest ones. */
const TREND_TEXT_POINTS = 6;

/** Ref + Part as one key; refs compare case- and space-insensitively. */
export function kpiKey(ref: string, part: number): string {
  return `${ref.replace(/\s+/g, "").toLowerCase()}#${part}`;
}

/** Generations are told apart to the second: a time read back from a cell may carry float noise. */
function generationKey(generatedAt: number): number {
  return Math.round(generatedAt * 86_400);
}

export interface HistoryIndex {
  /** Points per KPI key, oldest first. */
  trends: Map<string, TrendPoint[]>;
  /** The latest generation before this one; null when History is empty. */
  previous: { generatedAt: number; asOf: number; entries: Map<string, HistoryEntry> } | null;
}

export function indexHistory(history: readonly HistoryEntry[]): HistoryIndex {
  const sorted = [...history].sort((a, b) => a.generatedAt - b.generatedAt);
  const trends = new Map<string, TrendPoint[]>();
  for (const entry of sorted) {
    const key = kpiKey(entry.ref, entry.part);
    const points = trends.get(key) ?? [];
    points.push({ generatedAt: entry.generatedAt, asOf: entry.asOf, progress: entry.progress, status: entry.status });
    trends.set(key, points);
  }
  if (sorted.length === 0) return { trends, previous: null };

  const latest = sorted[sorted.length - 1];
  const latestKey = generationKey(latest.generatedAt);
  const entries = new Map<string, HistoryEntry>();
  for (const entry of sorted) {
    if (generationKey(entry.generatedAt) === latestKey) entries.set(kpiKey(entry.ref, entry.part), entry);
  }
  return { trends, previous: { generatedAt: latest.generatedAt, asOf: latest.asOf, entries } };
}

export function formatPercent(progress: number | null): string {
  return progress === null ? "—" : `${Math.round(progress * 100)}%`;
}

/** "45% → 60% → 72%"; an elided start is shown as "… →". */
export function trendText(points: readonly TrendPoint[]): string {
  const shown = points.slice(-TREND_TEXT_POINTS).map((p) => formatPercent(p.progress));
  const prefix = points.length > TREND_TEXT_POINTS ? "… → " : "";
  return prefix + shown.join(" → ");
}

/** Progress change in percentage points, to one decimal; null when either side is missing. */
export function deltaPoints(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null;
  return Math.round((current - previous) * 1000) / 10;
}

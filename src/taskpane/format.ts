/** Display formats shared by the task pane's views. */
import { serialToIso } from "../core/dates";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 0.456 → "46%"; null (no data) → "no data". */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "no data";
  return `${Math.round(value * 100)}%`;
}

/** Excel serial 45473 → "30 Jun 2024". */
export function formatDate(serial: number): string {
  const [year, month, day] = serialToIso(serial).split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** 420 → "0.4 s", 65_000 → "1 min 5 s", 40 → "40 ms". */
export function formatDuration(ms: number): string {
  if (ms < 100) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** 1 → "1 KPI", 57 → "57 KPIs". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

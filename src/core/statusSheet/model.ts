/**
 * buildStatusSheetModel: one pure function from an evaluated plan, the work plan and History to
 * everything a status sheet shows. Both gateways render this same model.
 */
import type { Rollup, Status } from "../types";
import type { EvaluatedKpi } from "../evaluation";
import { workPlanDelivery } from "./delivery";
import { deltaPoints, indexHistory, kpiKey, trendText, type HistoryIndex } from "./history";
import { limitList, PERIOD_LIST_LIMIT, periodActivities, periodUpdates, reportingPeriod } from "./period";
import type {
  ChangeLine,
  KpiLine,
  PillarKpis,
  RollupRow,
  StaleLine,
  StatusSheetInput,
  StatusSheetModel,
} from "./types";

/** Rollup columns and chart series, from done to not yet measurable. */
export const STATUS_ORDER: readonly Status[] = [
  "Achieved",
  "On track",
  "At risk",
  "Off track",
  "Missed",
  "Not started",
  "No data",
  "Invalid",
];

/** The statuses that need the reader's attention, worst first. */
export const ATTENTION_ORDER: readonly Status[] = ["Off track", "Missed", "At risk"];

/** Statuses that must carry an owner's Comment. */
const NEEDS_COMMENT: ReadonlySet<Status> = new Set<Status>(["Off track", "Missed"]);

export const NO_COMMENT_FLAG = "No comment";

function rollupRow(label: string, title: string, rollup: Rollup): RollupRow {
  return { label, title, counts: { ...rollup.counts }, total: rollup.total, meanProgress: rollup.meanProgress };
}

/** "1.2.10" after "1.2.9". */
function compareObjectives(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

function kpiLine(kpi: EvaluatedKpi, history: HistoryIndex, generatedAt: number, asOf: number): KpiLine {
  const trend = [
    ...(history.trends.get(kpiKey(kpi.ref, kpi.part)) ?? []),
    { generatedAt, asOf, progress: kpi.progress, status: kpi.status },
  ];
  return {
    pillar: kpi.pillar,
    ref: kpi.ref,
    part: kpi.part,
    action: kpi.action,
    kpi: kpi.kpi,
    target: kpi.target,
    owner: kpi.owner,
    comment: kpi.comment,
    actual: kpi.actual,
    expected: kpi.expected,
    progress: kpi.progress,
    status: kpi.status,
    stale: kpi.stale,
    lastUpdate: kpi.lastUpdate,
    flag: NEEDS_COMMENT.has(kpi.status) && kpi.comment.trim() === "" ? NO_COMMENT_FLAG : "",
    trend,
    trendText: trendText(trend),
  };
}

function changesSincePrevious(lines: readonly KpiLine[], history: HistoryIndex): ChangeLine[] {
  const previous = history.previous;
  if (!previous) return [];
  const changes: ChangeLine[] = [];
  for (const line of lines) {
    const before = previous.entries.get(kpiKey(line.ref, line.part));
    if (!before) {
      changes.push({ kpi: line, previousStatus: null, previousProgress: null, statusMove: "", deltaPoints: null, isNew: true });
      continue;
    }
    const moved = before.status !== line.status;
    const delta = deltaPoints(before.progress, line.progress);
    const dataAppeared = (before.progress === null) !== (line.progress === null);
    if (!moved && !dataAppeared && (delta === null || delta === 0)) continue;
    changes.push({
      kpi: line,
      previousStatus: before.status,
      previousProgress: before.progress,
      statusMove: moved ? `${before.status} → ${line.status}` : "",
      deltaPoints: delta,
      isNew: false,
    });
  }
  return changes;
}

export function buildStatusSheetModel(input: StatusSheetInput): StatusSheetModel {
  const { evaluation, generatedAt } = input;
  const { settings, asOf } = evaluation;
  const history = indexHistory(input.history);

  const indexed = evaluation.kpis.map((kpi) => ({ kpi, line: kpiLine(kpi, history, generatedAt, asOf) }));
  const lines = indexed.map((x) => x.line);

  const pillarNumbers = [...new Set([...evaluation.pillars.map((p) => p.pillar), ...lines.map((l) => l.pillar)])].sort(
    (a, b) => a - b
  );
  const pillarTitle = (pillar: number): string =>
    settings.pillars[pillar] ?? evaluation.pillars.find((p) => p.pillar === pillar)?.title ?? "";

  const attention = indexed
    .filter((x) => ATTENTION_ORDER.includes(x.kpi.status))
    .sort(
      (a, b) =>
        ATTENTION_ORDER.indexOf(a.kpi.status) - ATTENTION_ORDER.indexOf(b.kpi.status) ||
        a.kpi.pillar - b.kpi.pillar ||
        a.kpi.row - b.kpi.row
    )
    .map((x) => x.line);

  const kpisByPillar: PillarKpis[] = pillarNumbers
    .map((pillar) => ({ pillar, title: pillarTitle(pillar), kpis: lines.filter((l) => l.pillar === pillar) }))
    .filter((group) => group.kpis.length > 0);

  const stale: StaleLine[] = lines
    .filter((l) => l.stale)
    .map((l) => ({ kpi: l, daysSinceUpdate: l.lastUpdate === null ? null : Math.floor(asOf - l.lastUpdate) }));

  const period = reportingPeriod(asOf, history.previous?.asOf ?? null, settings.staleAfterDays);
  const activities = limitList(periodActivities(input.workPlan, period));
  // The newest updates matter most; they stay in date order.
  const updates = limitList(periodUpdates(input.updates ?? [], period), PERIOD_LIST_LIMIT, true);

  const span = settings.planEnd - settings.planStart;
  const elapsed = span > 0 ? Math.min(1, Math.max(0, (asOf - settings.planStart) / span)) : 1;

  return {
    header: {
      planName: settings.planName,
      asOf,
      generatedAt,
      planStart: settings.planStart,
      planEnd: settings.planEnd,
      elapsed,
      thresholds: { ...settings.thresholds },
      staleAfterDays: settings.staleAfterDays,
      kpiCount: lines.length,
      previousGeneratedAt: history.previous?.generatedAt ?? null,
      previousAsOf: history.previous?.asOf ?? null,
    },
    statusOrder: STATUS_ORDER,
    pillars: [...evaluation.pillars]
      .sort((a, b) => a.pillar - b.pillar)
      .map((p) => rollupRow(`Pillar ${p.pillar}`, pillarTitle(p.pillar), p.rollup)),
    objectives: [...evaluation.objectives]
      .sort((a, b) => compareObjectives(a.objective, b.objective))
      .map((o) => rollupRow(o.objective, "", o.rollup)),
    milestones: evaluation.milestones.map((m) =>
      rollupRow(m.key, [m.actions.length > 0 ? `Actions ${m.actions.join(", ")}` : "No actions", m.description].filter(Boolean).join(": "), m.rollup)
    ),
    attention,
    kpisByPillar,
    delivery: workPlanDelivery(input.workPlan, input.fiscalYearStartMonth, asOf),
    stale,
    changes: changesSincePrevious(lines, history),
    period,
    activities: activities.shown,
    activitiesOmitted: activities.omitted,
    updates: updates.shown,
    updatesOmitted: updates.omitted,
  };
}

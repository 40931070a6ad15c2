/**
 * buildStatusSheetModel: one pure function from an evaluated plan, the work plan and History to
 * everything a status sheet shows. Both gateways render this same model.
 */
import type { Rollup, Status } from "../types";
import type { EvaluatedKpi, PlanEvaluation } from "../evaluation";
import { rollup } from "../rollup";
import { ATTENTION_REASONS, attentionReason } from "./attention";
import { overdueActivities, workPlanDelivery } from "./delivery";
import { measureText, targetPartOf } from "./numbers";
import { deltaPoints, indexHistory, kpiKey, trendText, type HistoryIndex } from "./history";
import { limitList, PERIOD_LIST_LIMIT, periodActivities, periodUpdates, reportingPeriod } from "./period";
import type {
  AttentionLine,
  ChangeLine,
  MilestoneNote,
  ObjectiveCoverage,
  KpiLine,
  KpiMembersCoverage,
  MembersMissingLine,
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
  return { label, title, counts: { ...rollup.counts }, total: rollup.total, withData: rollup.withData, meanProgress: rollup.meanProgress };
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

/** Progress as the report shows it: past the target is 100%. */
export function capped(progress: number | null): number | null {
  return progress === null ? null : Math.min(1, progress);
}

/** "1-i" for a one-part KPI, "1-i (2)" for a part of a multi-part one. */
export function refLabel(ref: string, part: number, multiPart: boolean): string {
  return multiPart || part !== 1 ? `${ref} (${part})` : ref;
}

function kpiLine(kpi: EvaluatedKpi, history: HistoryIndex, generatedAt: number, asOf: number, multiPart: boolean): KpiLine {
  const trend = [
    ...(history.trends.get(kpiKey(kpi.ref, kpi.part)) ?? []),
    { generatedAt, asOf, progress: kpi.progress, status: kpi.status },
  ];
  const before = history.previous?.entries.get(kpiKey(kpi.ref, kpi.part)) ?? null;
  const part = targetPartOf(kpi.target, kpi.part);
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
    change: before ? deltaPoints(capped(before.progress), capped(kpi.progress)) : null,
    previousStatus: before ? before.status : null,
    refLabel: refLabel(kpi.ref, kpi.part, multiPart),
    actualText: measureText(kpi.actual, part, kpi.targetValue),
    // The Actual beside it names the unit.
    expectedText: measureText(kpi.expected, part, null, false),
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
    const delta = deltaPoints(capped(before.progress), capped(line.progress));
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
  return changes.sort((a, b) => changeWeight(b) - changeWeight(a));
}

/**
 * Status moves rank first: into Off track or Missed, then into At risk, then the others; within
 * each, the bigger progress move first. New KPIs come last.
 */
function changeWeight(change: ChangeLine): number {
  if (change.isNew) return -1;
  const size = Math.min(999, Math.abs(change.deltaPoints ?? 0));
  if (!change.statusMove) return size;
  const into = ATTENTION_ORDER.indexOf(change.kpi.status);
  const severity = into < 0 ? 1 : into < 2 ? 3 : 2;
  return severity * 1000 + size;
}

function attentionLines(indexed: ReadonlyArray<{ kpi: EvaluatedKpi; line: KpiLine }>, asOf: number, elapsed: number): AttentionLine[] {
  return indexed
    .flatMap(({ kpi, line }) => {
      const reason = attentionReason(kpi, asOf, elapsed);
      return reason === null ? [] : [{ kpi, line, reason }];
    })
    .sort(
      (a, b) =>
        ATTENTION_REASONS.indexOf(a.reason) - ATTENTION_REASONS.indexOf(b.reason) ||
        a.kpi.pillar - b.kpi.pillar ||
        a.kpi.row - b.kpi.row
    )
    .map(({ line, reason }) => ({ kpi: line, reason }));
}

/** The attention KPIs whose coverage was given, worst first as in the attention list. */
function membersMissing(attention: readonly AttentionLine[], coverage: readonly KpiMembersCoverage[]): MembersMissingLine[] {
  const byKpi = new Map(coverage.map((c) => [kpiKey(c.ref, c.part), c]));
  return attention.flatMap((a) => {
    const c = byKpi.get(kpiKey(a.kpi.ref, a.kpi.part));
    if (!c) return [];
    const missing = c.missing.filter((group) => group.members.length > 0).map((group) => ({ subregion: group.subregion, members: [...group.members] }));
    return [{ kpi: a.kpi, reason: a.reason, source: c.source, counted: c.counted, total: c.total, missing }];
  });
}

/** One line per RSP objective: its milestones, how many have actions, and its KPIs' rollup. */
function objectiveCoverage(evaluation: PlanEvaluation): ObjectiveCoverage[] {
  return [...evaluation.objectives]
    .sort((a, b) => compareObjectives(a.objective, b.objective))
    .map((o) => {
      const milestones = evaluation.milestones.filter((m) => m.objective === o.objective);
      return {
        objective: o.objective,
        milestones: milestones.length,
        withActions: milestones.filter((m) => m.actions.length > 0).length,
        rollup: rollupRow(o.objective, "", o.rollup),
      };
    });
}

/** Only the milestones a reader must see: those without actions, and those with KPIs needing attention. */
function milestoneNotes(evaluation: PlanEvaluation, attention: readonly AttentionLine[]): MilestoneNote[] {
  // Each attention KPI filed under its milestones once: a plan of thousands of KPIs and
  // milestones must not compare every milestone with every KPI.
  const keysOf = new Map<string, readonly string[]>();
  for (const k of evaluation.kpis) {
    const id = `${k.ref}#${k.part}`;
    keysOf.set(id, [...(keysOf.get(id) ?? []), ...k.rspKeys]);
  }
  const attentionByKey = new Map<string, string[]>();
  for (const a of attention) {
    for (const key of new Set(keysOf.get(`${a.kpi.ref}#${a.kpi.part}`) ?? [])) {
      const refs = attentionByKey.get(key) ?? [];
      refs.push(a.kpi.refLabel);
      attentionByKey.set(key, refs);
    }
  }
  const notes: MilestoneNote[] = [];
  for (const m of evaluation.milestones) {
    const attentionRefs = attentionByKey.get(m.key) ?? [];
    const withoutActions = m.actions.length === 0;
    if (withoutActions || attentionRefs.length > 0) {
      notes.push({ key: m.key, description: m.description, actions: [...m.actions], attentionRefs, withoutActions });
    }
  }
  return notes.sort((a, b) => compareObjectives(a.key.split("-")[0], b.key.split("-")[0]) || a.key.localeCompare(b.key, undefined, { numeric: true }));
}

export function buildStatusSheetModel(input: StatusSheetInput): StatusSheetModel {
  const { evaluation, generatedAt } = input;
  const { settings, asOf } = evaluation;
  const history = indexHistory(input.history);

  const partsPerRef = new Map<string, number>();
  for (const kpi of evaluation.kpis) partsPerRef.set(kpi.ref, (partsPerRef.get(kpi.ref) ?? 0) + 1);
  const indexed = evaluation.kpis.map((kpi) => ({
    kpi,
    line: kpiLine(kpi, history, generatedAt, asOf, (partsPerRef.get(kpi.ref) ?? 0) > 1),
  }));
  const lines = indexed.map((x) => x.line);

  const pillarNumbers = [...new Set([...evaluation.pillars.map((p) => p.pillar), ...lines.map((l) => l.pillar)])].sort(
    (a, b) => a - b
  );
  const pillarTitle = (pillar: number): string =>
    settings.pillars[pillar] ?? evaluation.pillars.find((p) => p.pillar === pillar)?.title ?? "";

  const span = settings.planEnd - settings.planStart;
  const elapsed = span > 0 ? Math.min(1, Math.max(0, (asOf - settings.planStart) / span)) : 1;
  const attention = attentionLines(indexed, asOf, elapsed);

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

  return {
    header: {
      planName: settings.planName,
      asOf,
      generatedAt,
      generatedZone: input.generatedZone ?? "",
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
    headline: rollupRow("All pillars", settings.planName, rollup(evaluation.kpis.map((k) => ({ status: k.status, progress: k.progress, weight: k.weight })))),
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
    overdue: overdueActivities(input.workPlan, input.fiscalYearStartMonth, asOf),
    membersMissing: membersMissing(attention, input.membersCoverage ?? []),
    objectiveCoverage: objectiveCoverage(evaluation),
    milestoneNotes: milestoneNotes(evaluation, attention),
    period,
    activities: activities.shown,
    activitiesOmitted: activities.omitted,
    updates: updates.shown,
    updatesOmitted: updates.omitted,
  };
}

/**
 * Lays the status-sheet model out as one worksheet: header, rollups with a chart, the KPIs that
 * need attention, all KPIs by pillar, work-plan delivery, stale KPIs and changes. Every cell is
 * a literal value, never a formula, so the sheet can be sent on as it is.
 */
import { serialToIso } from "../../core/dates";
import type {
  ChangeLine,
  DeliveryRow,
  KpiLine,
  RollupRow,
  StaleLine,
  StatusSheetModel,
} from "../../core/statusSheet/types";
import type { CellValue, SheetSpec } from "../gateway";
import { FLAG_COLOR, SheetBuilder } from "./sheetBuilder";

/** Column layout shared by every section (zero-based). */
const COL = {
  ref: 0,
  part: 1,
  status: 2,
  progress: 3,
  actual: 4,
  expected: 5,
  trend: 6,
  flag: 7,
  owner: 8,
  kpi: 9,
  target: 10,
  action: 11,
  comment: 12,
} as const;
const KPI_COLUMNS = 13;
/** Ref, Part, Status, Progress, Actual, Expected, Trend, Stale/Flag, Owner, KPI, Target, Action, Comment, chart. */
const COLUMN_WIDTHS = [12, 9, 12, 11, 11, 11, 18, 11, 14, 30, 20, 34, 30, 24];
const CHART_ROWS = 16;

const PERCENT = "0%";
const DATE = "yyyy-mm-dd";
const POINTS = '+0.0" pts";-0.0" pts";0.0" pts"';

export function statusSheetBaseName(asOf: number): string {
  return `Status ${serialToIso(asOf)}`;
}

function dateTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${serialToIso(serial)} ${hh}:${mm}`;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Expected values are shown to two decimals: a report, not a calculation. */
const rounded = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

function renderHeader(b: SheetBuilder, model: StatusSheetModel): void {
  const h = model.header;
  const title = b.row([`Status sheet: ${h.planName}`]);
  b.format({ range: { row: title, col: 0 }, bold: true, fontSize: 14 });
  const asOf = b.row([`As of ${serialToIso(h.asOf)} · generated ${dateTime(h.generatedAt)}`]);
  b.format({ range: { row: asOf, col: 0 }, bold: true });
  b.row([
    `Plan period ${serialToIso(h.planStart)} to ${serialToIso(h.planEnd)} · ${pct(h.elapsed)} of the time elapsed · ${h.kpiCount} KPIs`,
  ]);
  b.row([
    `On track at ${pct(h.thresholds.onTrackAt)} of the expected pace or more, At risk at ${pct(h.thresholds.atRiskAt)} or more, Off track below. Stale after ${h.staleAfterDays} days without new data.`,
  ]);
  b.row([
    h.previousGeneratedAt === null
      ? "First status sheet: History holds no earlier generation to compare with."
      : `Compared with the status sheet generated ${dateTime(h.previousGeneratedAt)} (as of ${serialToIso(h.previousAsOf ?? h.previousGeneratedAt)}).`,
  ]);
  b.blank();
}

function renderRollup(b: SheetBuilder, model: StatusSheetModel, title: string, label: string, rows: RollupRow[], withTitles: boolean): { header: number; last: number } {
  b.sectionTitle(title, KPI_COLUMNS);
  const headers = [label, ...model.statusOrder, "Total", "Mean progress", ...(withTitles ? ["Title"] : [])];
  const header = b.headerRow(headers);
  const progressCol = model.statusOrder.length + 2;
  for (const r of rows) {
    b.row([r.label, ...model.statusOrder.map((s) => r.counts[s] ?? 0), r.total, r.meanProgress, ...(withTitles ? [r.title] : [])]);
  }
  const last = b.nextRow - 1;
  b.statusColor({ row: header, col: 1, cols: model.statusOrder.length });
  b.columnFormat(progressCol, header + 1, last, { numberFormat: PERCENT });
  b.dataBar(progressCol, header + 1, last);
  if (withTitles) b.columnFormat(progressCol + 1, header + 1, last, { wrap: true });
  if (rows.length === 0) b.note("No KPIs to roll up.");
  b.blank();
  return { header, last };
}

function kpiCells(k: KpiLine, flagText: string): CellValue[] {
  const cells: CellValue[] = [];
  cells[COL.ref] = k.ref;
  cells[COL.part] = k.part;
  cells[COL.status] = k.status;
  cells[COL.progress] = k.progress;
  cells[COL.actual] = k.actual;
  cells[COL.expected] = rounded(k.expected);
  cells[COL.trend] = k.trendText;
  cells[COL.flag] = flagText;
  cells[COL.owner] = k.owner;
  cells[COL.kpi] = k.kpi;
  cells[COL.target] = k.target;
  cells[COL.action] = k.action;
  cells[COL.comment] = k.comment;
  return cells;
}

const KPI_HEADERS = (flagHeader: string): string[] => [
  "Ref",
  "Part",
  "Status",
  "Progress",
  "Actual",
  "Expected",
  "Trend",
  flagHeader,
  "Owner",
  "KPI",
  "Target",
  "Action",
  "Comment",
];

/** A header row and one row per KPI, with status colours, data bars and wrapped text. */
function renderKpiTable(b: SheetBuilder, kpis: KpiLine[], flagHeader: string, flagOf: (k: KpiLine) => string): void {
  b.headerRow(KPI_HEADERS(flagHeader));
  const first = b.nextRow;
  for (const k of kpis) {
    const row = b.row(kpiCells(k, flagOf(k)));
    if (k.flag) b.format({ range: { row, col: COL.flag }, bold: true, fontColor: FLAG_COLOR });
  }
  const last = b.nextRow - 1;
  if (last < first) return;
  b.statusColor({ row: first, col: COL.status, rows: last - first + 1 });
  b.columnFormat(COL.progress, first, last, { numberFormat: PERCENT });
  b.dataBar(COL.progress, first, last);
  b.format({ range: { row: first, col: COL.trend, rows: last - first + 1, cols: KPI_COLUMNS - COL.trend }, wrap: true });
  // Centred, so the trend does not read as one number with the right-aligned Expected beside it.
  b.columnFormat(COL.trend, first, last, { horizontalAlignment: "Center" });
}

function renderAttention(b: SheetBuilder, model: StatusSheetModel): void {
  b.sectionTitle("Needs attention: Off track, Missed and At risk KPIs", KPI_COLUMNS);
  if (model.attention.length === 0) {
    b.note("No KPI is Off track, Missed or At risk.");
  } else {
    renderKpiTable(b, model.attention, "Flag", (k) => k.flag);
  }
  b.blank();
}

function renderAllKpis(b: SheetBuilder, model: StatusSheetModel): void {
  b.sectionTitle("All KPIs by pillar", KPI_COLUMNS);
  for (const group of model.kpisByPillar) {
    const row = b.row([`Pillar ${group.pillar}${group.title ? `: ${group.title}` : ""}`]);
    b.format({ range: { row, col: 0 }, bold: true });
    renderKpiTable(b, group.kpis, "Stale", (k) => (k.stale ? "Stale" : ""));
    b.blank();
  }
  if (model.kpisByPillar.length === 0) {
    b.note("The Plan table has no KPIs.");
    b.blank();
  }
}

function quarterLabel(r: DeliveryRow): string {
  if (r.isTotal) return "Total";
  return r.quarter === null ? "—" : `Q${r.quarter}`;
}

function renderDelivery(b: SheetBuilder, rows: DeliveryRow[]): void {
  b.sectionTitle("Work-plan delivery per fiscal year and quarter", KPI_COLUMNS);
  if (rows.length === 0) {
    b.note("The WorkPlan table has no activities.");
    b.blank();
    return;
  }
  const header = b.headerRow(["Fiscal year", "Quarter", "Planned", "Held", "Participants", "Women", "Women's share"]);
  for (const r of rows) {
    const row = b.row([r.fiscalYear, quarterLabel(r), r.planned, r.held, r.participants, r.women, r.womenShare]);
    if (r.isTotal) b.format({ range: { row, col: 0, cols: 7 }, bold: true, border: true });
  }
  b.columnFormat(6, header + 1, b.nextRow - 1, { numberFormat: PERCENT });
  b.note("Quarter \"—\": activities without a Planned date, counted under their Fiscal year. Women's share = total women / total participants of held activities reporting both.");
  b.blank();
}

function periodLabel(model: StatusSheetModel): string {
  const { period } = model;
  const since = period.sincePreviousSheet ? "the previous sheet's as-of date" : `the last ${model.header.staleAfterDays} days`;
  return `${serialToIso(period.from + 1)} to ${serialToIso(period.to)} (since ${since})`;
}

function renderActivities(b: SheetBuilder, model: StatusSheetModel): void {
  b.sectionTitle(`Activities held ${periodLabel(model)}, and activities overdue`, KPI_COLUMNS);
  if (model.activities.length === 0) {
    b.note("No activity was held in the period and none is overdue.");
    b.blank();
    return;
  }
  const header = b.headerRow(["ID", "Delivery", "Planned", "Held on", "Participants", "Women", "Refs", "Status", "Fiscal year", "Activity"]);
  for (const { activity: a, delivery } of model.activities) {
    b.row([a.id, delivery, a.planned, a.heldOn, a.participants, a.women, a.refs.join(", "), a.status, a.fiscalYear, a.activity]);
  }
  const first = header + 1;
  const last = b.nextRow - 1;
  b.columnFormat(2, first, last, { numberFormat: DATE });
  b.columnFormat(3, first, last, { numberFormat: DATE });
  b.format({ range: { row: first, col: 6, rows: last - first + 1 }, wrap: true });
  b.format({ range: { row: first, col: COL.kpi, rows: last - first + 1, cols: 4 }, wrap: true });
  if (model.activitiesOmitted > 0) b.note(`… and ${model.activitiesOmitted} more; the WorkPlan table lists them all.`);
  b.blank();
}

function renderUpdates(b: SheetBuilder, model: StatusSheetModel): void {
  b.sectionTitle(`Updates logged ${periodLabel(model)}`, KPI_COLUMNS);
  if (model.updates.length === 0) {
    b.note("No update was logged in the period.");
    b.blank();
    return;
  }
  const header = b.headerRow(["Date", "Ref", "Part", "Value", "", "", "Member", "By", "", "Evidence"]);
  for (const u of model.updates) b.row([u.date, u.ref, u.part, u.value, null, null, u.member, u.by, null, u.evidence]);
  const first = header + 1;
  const last = b.nextRow - 1;
  b.columnFormat(0, first, last, { numberFormat: DATE });
  b.format({ range: { row: first, col: 6, rows: last - first + 1, cols: 2 }, wrap: true });
  b.format({ range: { row: first, col: COL.kpi, rows: last - first + 1, cols: 4 }, wrap: true });
  if (model.updatesOmitted > 0) b.note(`${model.updatesOmitted} earlier updates of the period are not listed; the Updates table holds them all.`);
  b.blank();
}

function renderStale(b: SheetBuilder, model: StatusSheetModel): void {
  b.sectionTitle(`Stale KPIs: no new data for more than ${model.header.staleAfterDays} days`, KPI_COLUMNS);
  if (model.stale.length === 0) {
    b.note("No KPI is stale.");
    b.blank();
    return;
  }
  const header = b.headerRow(["Ref", "Part", "Status", "Progress", "Actual", "Last update", "Days since update", "", "Owner", "KPI"]);
  const cells = (s: StaleLine): CellValue[] => [
    s.kpi.ref,
    s.kpi.part,
    s.kpi.status,
    s.kpi.progress,
    s.kpi.actual,
    s.kpi.lastUpdate,
    s.daysSinceUpdate,
    "",
    s.kpi.owner,
    s.kpi.kpi,
  ];
  for (const s of model.stale) b.row(cells(s));
  const first = header + 1;
  const last = b.nextRow - 1;
  b.statusColor({ row: first, col: COL.status, rows: last - first + 1 });
  b.columnFormat(COL.progress, first, last, { numberFormat: PERCENT });
  b.dataBar(COL.progress, first, last);
  b.columnFormat(5, first, last, { numberFormat: DATE });
  b.columnFormat(COL.kpi, first, last, { wrap: true });
  b.blank();
}

function changeCells(c: ChangeLine): CellValue[] {
  return [
    c.kpi.ref,
    c.kpi.part,
    c.kpi.status,
    c.kpi.progress,
    c.previousProgress,
    c.deltaPoints,
    c.isNew ? "New since the last sheet" : c.statusMove,
    "",
    c.kpi.owner,
    c.kpi.kpi,
  ];
}

function renderChanges(b: SheetBuilder, model: StatusSheetModel): void {
  const previous = model.header.previousGeneratedAt;
  b.sectionTitle(
    previous === null ? "Changes since the previous status sheet" : `Changes since the status sheet of ${dateTime(previous)}`,
    KPI_COLUMNS
  );
  if (previous === null) {
    b.note("This is the first status sheet: changes show from the next one on.");
    return;
  }
  if (model.changes.length === 0) {
    b.note("No status or progress changed.");
    return;
  }
  const header = b.headerRow(["Ref", "Part", "Status", "Progress", "Previous progress", "Change", "Status move", "", "Owner", "KPI"]);
  for (const c of model.changes) b.row(changeCells(c));
  const first = header + 1;
  const last = b.nextRow - 1;
  b.statusColor({ row: first, col: COL.status, rows: last - first + 1 });
  b.columnFormat(COL.progress, first, last, { numberFormat: PERCENT });
  b.columnFormat(4, first, last, { numberFormat: PERCENT });
  b.columnFormat(5, first, last, { numberFormat: POINTS });
  b.dataBar(COL.progress, first, last);
  b.columnFormat(6, first, last, { wrap: true });
  b.columnFormat(COL.kpi, first, last, { wrap: true });
}

/** The whole status sheet as a SheetSpec named `sheetName` (default "Status <as-of>"). */
export function renderStatusSheet(model: StatusSheetModel, sheetName = statusSheetBaseName(model.header.asOf)): SheetSpec {
  const b = new SheetBuilder();
  renderHeader(b, model);
  const pillars = renderRollup(b, model, "Rollup per pillar", "Pillar", model.pillars, true);
  if (model.pillars.length > 0) {
    b.chart({
      type: "stackedBar",
      title: "KPI statuses per pillar",
      source: { row: pillars.header, col: 0, rows: pillars.last - pillars.header + 1, cols: model.statusOrder.length + 1 },
      anchor: { row: pillars.header, col: COL.comment, rows: CHART_ROWS, cols: 2 },
    });
  }
  renderRollup(b, model, "Rollup per RSP objective", "Objective", model.objectives, false);
  // The chart stands beside the rollups; keep the KPI tables (whose Comment column it would hide) below it.
  if (model.pillars.length > 0) while (b.nextRow <= pillars.header + CHART_ROWS) b.blank();
  renderAttention(b, model);
  renderAllKpis(b, model);
  renderRollup(b, model, "Rollup per RSP milestone", "Milestone", model.milestones, true);
  renderDelivery(b, model.delivery);
  renderActivities(b, model);
  renderUpdates(b, model);
  renderStale(b, model);
  renderChanges(b, model);
  return b.build(sheetName, {
    columnWidths: COLUMN_WIDTHS,
    print: { landscape: true, fitToWidth: true, titleRows: { first: 0, last: 1 } },
    freezeRows: 2,
  });
}

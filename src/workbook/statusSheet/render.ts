/**
 * Lays the status-sheet model out as a printed report. Page one is the report: plan, as-of date
 * and time elapsed, the headline counts per status and one line per pillar, the KPIs that need
 * attention most and the biggest changes. The sections follow in the order a reader needs them.
 * Every cell is a literal value, never a formula, so the sheet can be sent on as it is.
 */
import { serialToIso } from "../../core/dates";
import { capped } from "../../core/statusSheet/model";
import { percentText, pointsText } from "../../core/statusSheet/numbers";
import type {
  AttentionLine,
  AttentionReason,
  ChangeLine,
  DeliveryRow,
  KpiLine,
  MembersMissingLine,
  RollupRow,
  StatusSheetModel,
} from "../../core/statusSheet/types";
import type { Status } from "../../core/types";
import type { CellValue, SheetSpec } from "../gateway";
import { columnPoints } from "../textLayout";
import { FLAG_COLOR, ReportBuilder, SECTION_FILL, type TableColumn } from "./reportBuilder";

/**
 * Column widths in characters, one grid for every table (Ref, KPI, Status, Progress, Trend,
 * Actual, Expected, Owner, Note, Last data): 126 characters print 698 points wide,
 * inside a landscape Letter page (720 points between half-inch margins) and A4 (770 points), so
 * fit-to-width never has to shrink the text and the page breaks computed here hold.
 */
export const COLUMN_WIDTHS = [8, 37, 10, 8, 8, 14, 9, 10, 12, 10];
/** Printable width of a landscape Letter page between half-inch margins, in points. */
export const PRINT_WIDTH_POINTS = 720;
/** Page margins in inches: the footer prints in the bottom margin, 0.2" from the edge. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.4, bottom: 0.5, header: 0.2, footer: 0.2 };
/**
 * Points of rows a printed page holds below the repeated title row: landscape A4 (595 points
 * tall, the shorter of A4 and Letter) less the margins (65 points) and the title row (19), less
 * a few points, so that Excel's own break never comes before ours.
 */
export const PAGE_ROWS_POINTS = 505;
/** Top-N lists on page one. */
export const PAGE_ONE_ATTENTION = 10;
export const PAGE_ONE_CHANGES = 5;

const PERCENT = "0%";
const DATE = "yyyy-mm-dd";
const COUNT = "0";
const HEADLINE_STATUSES: readonly Status[] = ["Achieved", "On track", "At risk", "Off track", "Missed", "Not started", "No data"];

export function statusSheetBaseName(asOf: number): string {
  return `Status ${serialToIso(asOf)}`;
}

function dateTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${serialToIso(serial)} ${hh}:${mm}`;
}

/** Footer text is read as Excel's codes: a literal "&" is written "&&". */
const footerText = (text: string): string => text.replace(/&/g, "&&");

/** The Actual ("12 of 27 Members") carries the target value, so the Target text is not repeated. */
const KPI_COLUMNS = (noteHeader: string): TableColumn[] => [
  { header: "Ref" },
  { header: "KPI", wrap: true },
  { header: "Status", status: true },
  { header: "Progress", numberFormat: PERCENT, bar: true, align: "Right" },
  { header: "Trend", align: "Right" },
  { header: "Actual", wrap: true, align: "Right" },
  { header: "Expected", wrap: true, align: "Right" },
  { header: "Owner", wrap: true },
  { header: noteHeader, wrap: true },
  { header: "Last data", numberFormat: DATE, align: "Right" },
];

interface Context {
  model: StatusSheetModel;
  /** What page one shows: the first attention lines, and these changes. */
  pageOne: { attention: number; changes: ReadonlySet<ChangeLine> };
  /** Pages the sections start on, from the first layout pass (0 when not known yet). */
  pages: Record<string, number>;
}

/** "+12 pts" since the previous report; "new" for a KPI that was not in it. */
function trendCell(k: KpiLine, model: StatusSheetModel): string {
  if (model.header.previousGeneratedAt === null) return "";
  if (k.previousStatus === null) return "new";
  return pointsText(k.change);
}

function kpiRow(k: KpiLine, model: StatusSheetModel, note: string): CellValue[] {
  return [k.refLabel, k.kpi, k.status, capped(k.progress), trendCell(k, model), k.actualText, k.expectedText, k.owner, note, k.lastUpdate];
}

/** Why an attention KPI is listed when its status does not say it, then its flag and comment. */
/** The reasons a status does not say, in the few words the Note column holds. */
const SHORT_REASONS: Partial<Record<AttentionReason, string>> = {
  "No data past its deadline": "Past deadline",
  "No data after half the plan": "Past half-time",
};

function attentionNote(a: AttentionLine): string {
  const parts = [SHORT_REASONS[a.reason] ?? "", a.kpi.flag, a.kpi.comment].filter((p) => p.trim() !== "");
  return parts.join(" · ");
}

function flagFormats(lines: readonly KpiLine[]) {
  return (index: number) => (lines[index]?.flag ? [{ col: 8, fontColor: FLAG_COLOR, bold: true }] : []);
}

function renderHeader(b: ReportBuilder, model: StatusSheetModel): void {
  const h = model.header;
  b.row([`Status report: ${h.planName} · as of ${serialToIso(h.asOf)}`], { fontSize: 13, bold: true, fontColor: "#1F3864" });
  b.paragraph(
    `Plan period ${serialToIso(h.planStart)} to ${serialToIso(h.planEnd)} · ${percentText(h.elapsed)} of the time elapsed · ${h.kpiCount} KPIs · ` +
      `On track from ${percentText(h.thresholds.onTrackAt)} of the expected pace, At risk from ${percentText(h.thresholds.atRiskAt)}`
  );
  const generated = `Generated ${dateTime(h.generatedAt)}${h.generatedZone ? ` ${h.generatedZone}` : ""}`;
  b.paragraph(
    h.previousGeneratedAt === null
      ? `${generated} · the first report: changes show from the next one on`
      : `${generated} · changes are since the report as of ${serialToIso(h.previousAsOf ?? h.previousGeneratedAt)} (generated ${dateTime(h.previousGeneratedAt)})`
  );
}

const ROLLUP_COLUMNS = (label: string, titleHeader: string): TableColumn[] => [
  { header: label },
  { header: titleHeader, wrap: true },
  { header: "Progress", numberFormat: PERCENT, bar: true, align: "Right" },
  ...HEADLINE_STATUSES.map((status) => ({ header: status, numberFormat: COUNT, align: "Center" as const })),
];

/** The title carries the coverage: "… · 32 of 40 KPIs with data". */
function rollupCells(label: string, title: string, r: RollupRow): CellValue[] {
  const coverage = `${r.withData}/${r.total} KPIs with data`;
  return [label, title ? `${title} · ${coverage}` : coverage, r.meanProgress, ...HEADLINE_STATUSES.map((s) => r.counts[s] ?? 0)];
}

/** One line per pillar, the whole plan's counts per status, and each status's share as a data bar. */
function renderStanding(b: ReportBuilder, model: StatusSheetModel): { first: number; last: number } {
  b.section("Where the plan stands", 60);
  const rows = [
    ...model.pillars.map((p) => rollupCells(p.label, p.title, p)),
    rollupCells("All", "The whole plan", model.headline),
  ];
  const total = model.headline.total;
  const shares: CellValue[] = ["Share", "of all KPIs, per status", null, ...HEADLINE_STATUSES.map((s) => (total > 0 ? (model.headline.counts[s] ?? 0) / total : null))];
  const table = b.table(ROLLUP_COLUMNS("Pillar", "Title"), [...rows, shares], {
    totals: new Set([rows.length - 1]),
    rowFormats: (index) => (index === rows.length ? HEADLINE_STATUSES.map((_, i) => ({ col: 3 + i, numberFormat: PERCENT })) : []),
  });
  const sharesRow = table.last;
  b.dataBar({ row: sharesRow, col: 3, cols: HEADLINE_STATUSES.length });
  const invalid = model.headline.counts.Invalid ?? 0;
  if (invalid > 0) b.note(`${invalid} KPIs are Invalid: their Target or data cannot be read (see the Plan table's Note column).`);
  return table;
}

function moreLine(b: ReportBuilder, shown: number, total: number, what: string, page: number): void {
  if (total <= shown) return;
  b.note(`… and ${total - shown} more${what}${page > 0 ? `, page ${page}` : ""}.`);
}

function attentionTable(b: ReportBuilder, ctx: Context, lines: readonly AttentionLine[]): void {
  b.table(
    KPI_COLUMNS("Note"),
    lines.map((a) => kpiRow(a.kpi, ctx.model, attentionNote(a))),
    { rowFormats: flagFormats(lines.map((a) => a.kpi)) }
  );
}

const CHANGE_COLUMNS: TableColumn[] = [
  { header: "Ref" },
  { header: "KPI", wrap: true },
  { header: "Status", status: true },
  { header: "Progress", numberFormat: PERCENT, bar: true, align: "Right" },
  { header: "Trend", align: "Right" },
  { header: "Status before", wrap: true },
  { header: "Before", numberFormat: PERCENT, align: "Right", wrap: true },
  { header: "Owner", wrap: true },
  { header: "Comment", wrap: true },
  { header: "Last data", numberFormat: DATE, align: "Right" },
];

function changeRow(c: ChangeLine, model: StatusSheetModel): CellValue[] {
  const k = c.kpi;
  return [
    k.refLabel,
    k.kpi,
    k.status,
    capped(k.progress),
    c.isNew ? "new" : trendCell(k, model),
    c.isNew ? "not in the last report" : c.previousStatus,
    capped(c.previousProgress),
    k.owner,
    k.comment,
    k.lastUpdate,
  ];
}

function changesNote(model: StatusSheetModel): string | null {
  if (model.header.previousGeneratedAt === null) return "This is the first report: changes show from the next one on.";
  if (model.changes.length === 0) return "No status or progress changed since the last report.";
  return null;
}

/** Page one: where the plan stands, the worst KPIs and the biggest moves, sized to fit one page. */
function renderPageOne(b: ReportBuilder, ctx: Context): void {
  const { model } = ctx;
  renderHeader(b, model);
  b.gap();
  renderStanding(b, model);
  b.gap();

  const rowHeight = (cells: CellValue[]) => b.measure(cells, { wrapCols: [1, 5, 6, 7, 8] });
  const attentionHeights = model.attention.slice(0, PAGE_ONE_ATTENTION).map((a) => rowHeight(kpiRow(a.kpi, model, attentionNote(a))));
  const significant = model.changes.filter(isSignificant);
  const changeHeights = significant.slice(0, PAGE_ONE_CHANGES).map((c) => rowHeight(changeRow(c, model)));
  // Section title, header and "… more" line of each list, and the gap between them.
  const overhead = b.measure(["Needs attention"], { fontSize: 11 }) + b.measure(["Ref"]) * 2 + 6;
  let attentionShown = attentionHeights.length;
  let changesShown = changeHeights.length;
  const sum = (xs: number[], n: number) => xs.slice(0, n).reduce((a, x) => a + x, 0);
  while (attentionShown + changesShown > 0 && sum(attentionHeights, attentionShown) + sum(changeHeights, changesShown) + 2 * overhead + 6 > b.remaining) {
    if (changesShown > 3 || (changesShown > 0 && attentionShown <= 3)) changesShown -= 1;
    else attentionShown -= 1;
  }

  b.section("Needs attention", 40);
  if (model.attention.length === 0) b.note("No KPI is Off track, Missed or At risk, and every KPI due has data.");
  else attentionTable(b, ctx, model.attention.slice(0, attentionShown));
  ctx.pageOne = { attention: attentionShown, changes: new Set(significant.slice(0, changesShown)) };
  moreLine(b, attentionShown, model.attention.length, " under Needs attention", ctx.pages.attention);
  b.gap();

  b.section("Biggest changes since the last report", 40);
  const note = changesNote(model);
  if (note) b.note(note);
  else if (significant.length === 0) b.note(`No KPI changed status or moved ${SIGNIFICANT_POINTS} points or more.`);
  else b.table(CHANGE_COLUMNS, significant.slice(0, changesShown).map((c) => changeRow(c, model)));
  moreLine(b, changesShown, significant.length, " under Changes since the last report", ctx.pages.changes);

  b.newPage();
}

/** "Off track (3): 1-a, 1-c, 2-b" lines, one per group, in the order the groups first appear. */
function groupedRefs<T>(items: readonly T[], groupOf: (item: T) => string, refOf: (item: T) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), refOf(item)]);
  return [...groups].map(([group, refs]) => `${group} (${refs.length}): ${refs.join(", ")}`);
}

function renderAttention(b: ReportBuilder, ctx: Context): void {
  const { model } = ctx;
  ctx.pages.attention = b.page;
  // Page one lists the worst with their figures; here the red and amber ones go on in full, and
  // the KPIs without data are named by reason (the pillar tables below give each one's row).
  const rest = model.attention.slice(ctx.pageOne.attention);
  b.section(
    ctx.pageOne.attention > 0
      ? `Needs attention, continued from page 1: ${rest.length} more KPIs`
      : "Needs attention: Off track, Missed, At risk, and KPIs without the data they should have",
    40
  );
  if (model.attention.length === 0) b.note("No KPI needs attention.");
  else if (rest.length === 0) b.note("Page 1 lists every KPI that needs attention.");
  const red = rest.filter((a) => a.reason === a.kpi.status);
  const noData = rest.filter((a) => a.reason !== a.kpi.status);
  if (red.length > 0) attentionTable(b, ctx, red);
  for (const line of groupedRefs(noData, (a) => a.reason, (a) => a.kpi.refLabel)) b.paragraph(line);
  b.gap();
}

function renderChanges(b: ReportBuilder, ctx: Context): void {
  const { model } = ctx;
  ctx.pages.changes = b.page;
  b.section(ctx.pageOne.changes.size > 0 ? "Changes since the last report, continued from page 1" : "Changes since the last report", 40);
  const note = changesNote(model);
  if (note) {
    b.note(note);
    b.gap();
    return;
  }
  // Page one shows the biggest with their figures; here every status move is named, grouped by
  // move, and the pillar tables below give each KPI's progress and trend.
  const onPageOne = ctx.pageOne.changes;
  const moved = model.changes.filter((c) => !c.isNew && c.statusMove !== "" && !onPageOne.has(c));
  const progressed = model.changes.filter(
    (c) => !c.isNew && c.statusMove === "" && Math.abs(c.deltaPoints ?? 0) >= SIGNIFICANT_POINTS && !onPageOne.has(c)
  );
  const rest = model.changes.length - moved.length - progressed.length - onPageOne.size;
  if (moved.length === 0 && onPageOne.size === 0) b.note("No KPI changed status.");
  for (const line of groupedRefs(moved, (c) => c.statusMove, (c) => `${c.kpi.refLabel} (${pointsText(c.kpi.change) || "no progress"})`)) b.paragraph(line);
  if (progressed.length > 0) {
    b.paragraph(
      `Progress moved ${SIGNIFICANT_POINTS} points or more within the same status (${progressed.length}): ` +
        progressed.map((c) => `${c.kpi.refLabel} ${pointsText(c.kpi.change)}`).join(", ")
    );
  }
  if (rest > 0) b.note(`${rest} more KPIs moved less than ${SIGNIFICANT_POINTS} points, or are new since the last report.`);
  b.gap();
}

/** Progress moves below this many points, without a status move, are counted, not listed. */
const SIGNIFICANT_POINTS = 10;

function isSignificant(c: ChangeLine): boolean {
  return !c.isNew && (c.statusMove !== "" || Math.abs(c.deltaPoints ?? 0) >= SIGNIFICANT_POINTS);
}

function renderPillars(b: ReportBuilder, ctx: Context): void {
  const { model } = ctx;
  b.section("Pillars and their KPIs", 60);
  for (const group of model.kpisByPillar) {
    const rollup = model.pillars.find((p) => p.label === `Pillar ${group.pillar}`);
    const summary = rollup ? ` · progress ${percentText(rollup.meanProgress) || "—"} · ${rollup.withData} of ${rollup.total} KPIs with data` : "";
    const title = `Pillar ${group.pillar}${group.title ? `: ${group.title}` : ""}${summary}`;
    b.keep(b.measure([title]) * 2 + 60);
    b.paragraph(title, { bold: true, fontSize: 10, fontColor: "#1F3864" });
    b.table(
      KPI_COLUMNS("Comment"),
      group.kpis.map((k) => kpiRow(k, model, [k.flag, k.stale ? "Stale" : "", k.comment].filter(Boolean).join(" · "))),
      { rowFormats: flagFormats(group.kpis) }
    );
    b.gap();
  }
  if (model.kpisByPillar.length === 0) b.note("The Plan table has no KPIs.");
}

function quarterLabel(r: DeliveryRow): string {
  if (r.isTotal) return "Whole year";
  return r.quarter === null ? "No date" : `Q${r.quarter}`;
}

const DELIVERY_COLUMNS: TableColumn[] = [
  { header: "Year" },
  { header: "Quarter" },
  { header: "Planned", numberFormat: COUNT, align: "Right" },
  { header: "Held", numberFormat: COUNT, align: "Right" },
  { header: "Overdue", numberFormat: COUNT, align: "Right" },
  { header: "Participants", numberFormat: COUNT, align: "Right" },
  { header: "Women", numberFormat: COUNT, align: "Right" },
  { header: "Women's share", numberFormat: PERCENT, align: "Right", wrap: true },
];

function renderDelivery(b: ReportBuilder, model: StatusSheetModel): void {
  b.section("Work-plan delivery per fiscal year and quarter", 60);
  if (model.delivery.length === 0) {
    b.note("The WorkPlan table has no activities.");
    b.gap();
    return;
  }
  const rows = model.delivery;
  b.table(
    DELIVERY_COLUMNS,
    rows.map((r) => [r.fiscalYear, quarterLabel(r), r.planned, r.held, r.overdue, r.participants, r.women, r.womenShare]),
    { totals: new Set(rows.flatMap((r, i) => (r.isTotal ? [i] : []))) }
  );
  b.note(
    "Overdue: planned, its date or fiscal year passed, not Held, Cancelled or Postponed. " +
      "Women's share: women / participants of held activities reporting both."
  );
  b.gap();
  if (model.overdue.length > 0) {
    // The overdue activities' IDs across the page, one paragraph per fiscal year.
    const years = [...new Set(model.overdue.map((o) => o.activity.fiscalYear || "—"))];
    b.keep(50);
    b.row([`Overdue activities (${model.overdue.length})`], { bold: true, fontSize: 10, fontColor: "#1F3864" });
    for (const year of years) {
      const ids = model.overdue.filter((o) => (o.activity.fiscalYear || "—") === year).map((o) => o.activity.id);
      b.paragraph(`${year} (${ids.length}): ${ids.join(", ")}`);
    }
    b.gap();
  }
}

/** At most this many KPIs are listed under Members still missing. */
export const MEMBERS_MISSING_KPIS = 15;

/** The KPI's counts, then (unless it has counted none) the Members not yet counted by code, per sub-region. */
function membersMissingTexts(line: MembersMissingLine): string[] {
  const notYet = line.missing.reduce((sum, group) => sum + group.members.length, 0);
  const where = line.source === "updates" ? "in its Updates" : "in held activities";
  const heading = `${line.kpi.refLabel} ${line.kpi.kpi} · ${line.counted} of ${line.total} counted ${where} · ${notYet} not yet`;
  if (line.counted === 0) return [heading];
  const groups = line.missing.map((group) => `${group.subregion || "No sub-region"} (${group.members.length}): ${group.members.map((m) => m.code).join(" ")}`);
  return [heading, groups.join(" · ")];
}

/**
 * For each attention KPI that counts Members, worst first: one bold line with the counts, then
 * the Members not yet counted, by code, all sub-regions on one line where they fit (the Members
 * sheet gives the names). A KPI with none counted gets no list: it would name every Member.
 * The section fills at most the rest of the page it starts on (a whole page when it starts one)
 * and MEMBERS_MISSING_KPIS, so it never adds a page of its own; its title says how many it shows.
 * Nothing when no KPI needing attention counts Members.
 */
function renderMembersMissing(b: ReportBuilder, model: StatusSheetModel): void {
  const lines = model.membersMissing;
  if (lines.length === 0) return;
  const bold = { bold: true };
  const height = (texts: string[]) => texts.reduce((sum, text, i) => sum + b.paragraphHeight(text, i === 0 ? bold : {}), 0);
  const blocks = lines.slice(0, MEMBERS_MISSING_KPIS).map((line) => ({ texts: membersMissingTexts(line), height: height(membersMissingTexts(line)) }));
  const title = (shown: number) =>
    `Members still missing (codes as in Members): ${shown === lines.length ? "" : `${shown} of `}${lines.length} KPI${lines.length === 1 ? "" : "s"} needing attention`;
  // A section bar in body-size type: the section mostly fills the end of the delivery's page.
  const titleOptions = { bold: true, fontColor: "#FFFFFF", fill: SECTION_FILL, width: b.columns };
  const titleHeight = b.measure([title(0)], titleOptions);
  // The first KPI keeps the title company; on a fresh page, the whole page is the room.
  b.keep(titleHeight + blocks[0].height);
  let room = b.remaining - titleHeight;
  let shown = 0;
  while (shown < blocks.length && blocks[shown].height <= room) room -= blocks[shown++].height;
  shown = Math.max(1, shown);
  b.row([title(shown)], titleOptions);
  for (const block of blocks.slice(0, shown)) block.texts.forEach((text, i) => b.paragraph(text, i === 0 ? bold : {}));
  const rest = lines.slice(shown).map((line) => line.kpi.refLabel);
  const more = `and ${rest.length} more: ${rest.join(", ")}`;
  if (rest.length > 0 && b.paragraphHeight(more, { italic: true }) <= b.remaining) b.note(more);
  b.gap();
}

function renderStale(b: ReportBuilder, model: StatusSheetModel): void {
  const title = `Stale KPIs: no new data for more than ${model.header.staleAfterDays} days`;
  if (model.stale.length === 0) {
    // One line, no gap: the next section's bar sets it apart, and the report keeps to its pages.
    b.note(`${title}: none.`);
    return;
  }
  b.section(title, 40);
  b.table(
    [
      { header: "Ref" },
      { header: "KPI", wrap: true },
      { header: "Status", status: true },
      { header: "Progress", numberFormat: PERCENT, bar: true, align: "Right" },
      { header: "Days without data", numberFormat: COUNT, align: "Right", wrap: true },
      { header: "Actual", wrap: true, align: "Right" },
      { header: "" },
      { header: "Owner", wrap: true },
      { header: "" },
      { header: "Last data", numberFormat: DATE, align: "Right" },
    ],
    model.stale.map((s) => [s.kpi.refLabel, s.kpi.kpi, s.kpi.status, capped(s.kpi.progress), s.daysSinceUpdate, s.kpi.actualText, null, s.kpi.owner, null, s.kpi.lastUpdate])
  );
  b.gap();
}

/** "attention M1, M3 · no actions M4": the milestones of one objective a reader must see. */
function milestoneFindings(model: StatusSheetModel, objective: string): string {
  const notes = model.milestoneNotes.filter((m) => m.key.split("-")[0] === objective);
  const short = (key: string) => key.slice(objective.length + 1);
  const attention = notes.filter((m) => m.attentionRefs.length > 0).map((m) => short(m.key));
  const without = notes.filter((m) => m.withoutActions).map((m) => short(m.key));
  return [attention.length > 0 ? `attention ${attention.join(", ")}` : "", without.length > 0 ? `no actions ${without.join(", ")}` : ""]
    .filter(Boolean)
    .join(" · ");
}

/**
 * One line per objective: its coverage, its KPIs' rollup, and only the milestones a reader must
 * see (those with KPIs needing attention, and those without actions), by their numbers.
 */
function renderCoverage(b: ReportBuilder, model: StatusSheetModel): void {
  b.section("RSP coverage", 60);
  const covered = new Set(model.objectiveCoverage.map((o) => o.objective));
  const uncovered = [...new Set(model.milestoneNotes.map((m) => m.key.split("-")[0]))].filter((o) => !covered.has(o));
  if (covered.size === 0 && uncovered.length === 0) {
    b.note("No Plan row maps to an RSP milestone.");
    return;
  }
  const text = (coverage: string, objective: string) => [coverage, milestoneFindings(model, objective)].filter(Boolean).join(" · ");
  const rows: CellValue[][] = [
    ...model.objectiveCoverage.map((o) => [
      o.objective,
      text(`actions ${o.withActions}/${o.milestones} · data ${o.rollup.withData}/${o.rollup.total}`, o.objective),
      ...rollupCells("", "", o.rollup).slice(2),
    ]),
    ...uncovered.map((objective) => [objective, text("", objective)]),
  ];
  b.table(ROLLUP_COLUMNS("Objective", "Actions on milestones · KPIs with data · findings"), rows);
  if (model.milestoneNotes.length === 0) b.note("Every milestone has actions, and none has KPIs needing attention.");
}

/** Rows the chart of statuses per pillar covers: its source table and the rows below it. */
const CHART_ROWS = 8;

/**
 * Each pillar's KPIs by status, as shares: a table with data bars in the .xlsx file, and in
 * Excel a stacked bar chart drawn over that same table, its source.
 */
function renderStatusChart(b: ReportBuilder, model: StatusSheetModel): void {
  if (model.pillars.length === 0) return;
  const rowHeight = b.measure(["Pillar"]);
  b.section("KPI statuses per pillar", rowHeight * Math.max(CHART_ROWS, model.pillars.length + 2));
  const share = (r: RollupRow, s: Status) => (r.total > 0 ? (r.counts[s] ?? 0) / r.total : 0);
  const table = b.table(
    [{ header: "Pillar" }, ...HEADLINE_STATUSES.map((status) => ({ header: status, numberFormat: PERCENT, bar: true, align: "Right" as const }))],
    model.pillars.map((p) => [p.label, ...HEADLINE_STATUSES.map((s) => share(p, s))])
  );
  const rows = table.last - table.first + 1;
  for (let i = rows; i < CHART_ROWS; i += 1) b.row([], {}, rowHeight);
  b.chart({
    type: "stackedBar",
    title: "Share of KPIs per status, per pillar",
    source: { row: table.first, col: 0, rows, cols: HEADLINE_STATUSES.length + 1 },
    anchor: { row: table.first, col: 0, rows: Math.max(rows, CHART_ROWS), cols: HEADLINE_STATUSES.length + 1 },
  });
}

function layout(model: StatusSheetModel, sheetName: string, pages: Record<string, number>): { spec: SheetSpec; pages: Record<string, number> } {
  const b = new ReportBuilder(COLUMN_WIDTHS, PAGE_ROWS_POINTS, 1);
  const ctx: Context = { model, pages: { ...pages }, pageOne: { attention: 0, changes: new Set() } };
  const next: Record<string, number> = {};
  renderPageOne(b, ctx);
  renderAttention(b, ctx);
  next.attention = ctx.pages.attention;
  renderChanges(b, ctx);
  next.changes = ctx.pages.changes;
  renderPillars(b, ctx);
  renderDelivery(b, model);
  renderMembersMissing(b, model);
  renderStale(b, model);
  renderCoverage(b, model);
  renderStatusChart(b, model);
  const h = model.header;
  const spec = b.build(sheetName, {
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      margins: MARGINS,
      footer: {
        left: footerText(`${h.planName} · status as of ${serialToIso(h.asOf)}`),
        right: "Page &P of &N",
      },
    },
    freezeRows: 1,
  });
  return { spec, pages: next };
}

/** The whole status report as a SheetSpec named `sheetName` (default "Status <as-of>"). */
export function renderStatusSheet(model: StatusSheetModel, sheetName = statusSheetBaseName(model.header.asOf)): SheetSpec {
  // Page one points to the pages the full lists start on: lay out once to learn them, then again.
  const first = layout(model, sheetName, {});
  return layout(model, sheetName, first.pages).spec;
}

/** Checked by the tests: the grid prints within a landscape page without being shrunk. */
export function gridPoints(): number {
  return columnPoints(COLUMN_WIDTHS);
}

/**
 * Typed rows of the input tables, read through TableView with the cell-level problems met on
 * the way (a date stored as text, a word where a number belongs, an unknown Measure or Status).
 * Cross-table checks (unknown Ref, unknown Member, duplicates) live in validate.ts.
 * Rows whose input cells are all empty are skipped: tables often end in a blank row.
 */
import type { Problem } from "./model";
import type { Measure } from "./schema";
import { MEASURES, TABLES, WORKPLAN_STATUSES } from "./schema";
import type { TableName } from "./schema";
import type { CellValue } from "./gateway";
import { TableView, readDateCell, readNumberCell } from "./tableView";
import { normalizeRefCached } from "../core/actionRefs";
import { isActivityCalledOff } from "../core/activityStatus";
import { serialToIso } from "../core/dates";
import { isDateSerial, isEmptyCell } from "./cells";
import { note, problemsOfNotes } from "./rowLoops";

export interface PlanRow {
  row: number;
  pillar: number | null;
  /** Normalized ("1-a") when it reads as a Ref, else as written. */
  ref: string;
  part: number;
  action: string;
  rspReference: string;
  kpi: string;
  target: string;
  deadline: number | null;
  baseline: number | null;
  actual: number | null;
  /** Unknown measures fall back to "manual" (with a problem). */
  measure: Measure;
  weight: number;
  owner: string;
  comment: string;
  /** The row's "Last update" cell when it holds a date: a coordinator may date a manual Actual there. */
  lastUpdateCell: number | null;
}

export interface WorkPlanRow {
  row: number;
  id: string;
  fiscalYear: string;
  activity: string;
  refsText: string;
  membersText: string;
  type: string;
  planned: number | null;
  /** Canonical spelling from WORKPLAN_STATUSES when known, else as written. */
  status: string;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  score: number | null;
}

export interface UpdateRow {
  row: number;
  date: number | null;
  ref: string;
  /** Empty Part means Part 1 (single-part KPIs, or the first part). */
  part: number;
  value: number | null;
  member: string;
}

export interface MemberRow {
  row: number;
  code: string;
  name: string;
  subregion: string;
}

export interface RspRow {
  row: number;
  objective: string;
  milestone: number | null;
  description: string;
}

export interface Rows<T> {
  rows: T[];
  problems: Problem[];
}

export function inputHeaders(table: TableName): string[] {
  return TABLES[table].columns.filter((c) => c.role === "input").map((c) => c.header);
}

/** Column indexes of the listed headers (-1 when missing), resolved once per table, not per cell. */
export function columnIndexes<H extends string>(view: TableView, headers: readonly H[]): Record<H, number> {
  const indexes = {} as Record<H, number>;
  for (const header of headers) indexes[header] = view.column(header);
  return indexes;
}

/** Indexes of the columns whose emptiness makes a row blank. */
export function blankCheckColumns(view: TableView, headers: readonly string[]): number[] {
  return headers.map((header) => view.column(header)).filter((index) => index >= 0);
}

/** Problems met while reading one table's rows. */
export class RowProblems {
  readonly list: Problem[] = [];

  constructor(private readonly view: TableView) {}

  warn(row: number, column: string, message: string): void {
    this.list.push(this.view.problem("warning", row, column, message));
  }

  fail(row: number, column: string, message: string): void {
    this.list.push(this.view.problem("error", row, column, message));
  }
}

/** Normalized Ref, or the trimmed text when it is not a Ref (reported by the caller). */
export function refKey(text: string): string {
  return normalizeRefCached(text) ?? text.trim().toLowerCase();
}

function cachedRefKey(cache: Map<string, string>, text: string): string {
  let ref = cache.get(text);
  if (ref === undefined) {
    ref = refKey(text);
    cache.set(text, ref);
  }
  return ref;
}

function measureOf(text: string): Measure | undefined {
  const wanted = text.toLowerCase().replace(/\s+/g, "");
  return MEASURES.find((m) => m === wanted);
}

const PLAN_COLUMNS = [
  "Pillar", "Ref", "Part", "Action", "RSP reference", "KPI", "Target", "Deadline",
  "Baseline", "Actual", "Measure", "Weight", "Owner", "Comment", "Last update",
] as const;

export function readPlanRows(view: TableView): Rows<PlanRow> {
  const problems = new RowProblems(view);
  const rows: PlanRow[] = [];
  const col = columnIndexes(view, PLAN_COLUMNS);
  const blankCheck = blankCheckColumns(view, inputHeaders("Plan"));
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankAt(row, blankCheck)) continue;

    const refText = view.textAt(row, col.Ref);
    const ref = normalizeRefCached(refText);
    if (refText === "") problems.warn(row, "Ref", "Ref is empty; expected pillar-letters such as 1-a");
    else if (ref === null) problems.warn(row, "Ref", `Ref "${refText}" is not a Ref; expected pillar-letters such as 1-a or 3-k`);

    const part = view.positiveIntegerAt(row, col.Part);
    if (part.error) problems.warn(row, "Part", `Part ${part.error}; using Part 1`);

    const pillarRead = view.positiveIntegerAt(row, col.Pillar);
    if (pillarRead.error) problems.warn(row, "Pillar", `Pillar ${pillarRead.error}; expected the pillar number 1-4`);
    const pillarFromRef = ref ? Number(ref.slice(0, ref.indexOf("-"))) : NaN;
    const pillar = pillarRead.value ?? (Number.isInteger(pillarFromRef) ? pillarFromRef : null);

    const deadline = view.dateAt(row, col.Deadline);
    if (deadline.error) problems.fail(row, "Deadline", `Deadline ${deadline.error}; Plan end is used until it is fixed`);

    const baseline = view.numberAt(row, col.Baseline);
    if (baseline.error) problems.fail(row, "Baseline", `Baseline ${baseline.error}; expected a number`);

    const measureText = view.textAt(row, col.Measure);
    const measure = measureOf(measureText);
    if (measureText !== "" && !measure) {
      problems.warn(row, "Measure", `Measure "${measureText}" is unknown; expected one of ${MEASURES.join(", ")}. The Actual cell is used meanwhile`);
    }

    const actual = view.numberAt(row, col.Actual);
    if (actual.error) {
      const message = `Actual ${actual.error}; expected a number`;
      if ((measure ?? "manual") === "manual") problems.fail(row, "Actual", message);
      else problems.warn(row, "Actual", message);
    }

    const weightRead = view.numberAt(row, col.Weight);
    let weight = weightRead.value ?? 1;
    if (weightRead.error || weight < 0) {
      problems.warn(row, "Weight", `Weight ${weightRead.error ?? `${weight} is negative`}; using 1`);
      weight = 1;
    }

    rows.push({
      row,
      pillar,
      ref: ref ?? refText.toLowerCase(),
      part: part.value ?? 1,
      action: view.textAt(row, col.Action),
      rspReference: view.textAt(row, col["RSP reference"]),
      kpi: view.textAt(row, col.KPI),
      target: view.textAt(row, col.Target),
      deadline: deadline.value,
      baseline: baseline.value,
      actual: actual.value,
      measure: measure ?? "manual",
      weight,
      owner: view.textAt(row, col.Owner),
      comment: view.textAt(row, col.Comment),
      // A computed column: anything but a date there is simply not a date to judge freshness by.
      lastUpdateCell: view.dateAt(row, col["Last update"]).value,
    });
  }
  return { rows, problems: problems.list };
}

export const STATUS_BY_KEY = new Map(WORKPLAN_STATUSES.map((s) => [s.toLowerCase(), s as string]));

export const WORKPLAN_COLUMNS = [
  "ID", "Fiscal year", "Activity", "Refs", "Members", "Type", "Planned", "Status",
  "Held on", "Participants", "Women", "Score",
] as const;

/**
 * A date cell of WorkPlan; an unreadable date is noted (rowLoops.ts) and read as empty. These
 * cell readers take the cell, not the view, for the row loops (rowLoops.ts says why).
 */
export function readActivityDateCell(notes: Array<number | string>, row: number, cell: CellValue, header: string): number | null {
  if (typeof cell === "number" && isDateSerial(cell)) return Math.floor(cell); // the common cases, read without a CellRead
  if (cell === null) return null;
  const read = readDateCell(cell);
  if (read.error) note(notes, row, header, `${header} ${read.error}`);
  return read.value;
}

/** A count cell of WorkPlan (Participants, Women, Score); unreadable or negative reads as empty. */
export function readActivityCountCell(notes: Array<number | string>, row: number, cell: CellValue, header: string): number | null {
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) return cell; // the common cases, read without a CellRead
  if (cell === null) return null;
  const read = readNumberCell(cell);
  if (read.error) note(notes, row, header, `${header} ${read.error}; expected a number`);
  else if (read.value !== null && read.value < 0) note(notes, row, header, `${header} ${read.value} is negative`);
  return read.error || (read.value ?? 0) < 0 ? null : read.value;
}

/**
 * Status and Held on that contradict each other (DESIGN.md §2 "Activity status"): the Status
 * wins, and the coordinator is told on the Held on cell. The message, or null when they agree.
 */
export function activityStatusProblem(status: string | undefined, heldOn: number | null, heldOnWritten: boolean): string | null {
  if (heldOn !== null && status !== undefined && isActivityCalledOff(status)) {
    return `Held on has the date ${serialToIso(heldOn)} but the Status is ${status}; a ${status} activity never counts as held. Clear the date, or set the Status to Held`;
  }
  if (status === "Held" && !heldOnWritten) {
    return "Status is Held but Held on is empty; enter the date it was held (it counts in its planned quarter meanwhile)";
  }
  return null;
}

export function readWorkPlanRows(view: TableView): Rows<WorkPlanRow> {
  const notes: Array<number | string> = [];
  const rows: WorkPlanRow[] = [];
  const col = columnIndexes(view, WORKPLAN_COLUMNS);
  const blankCheck = blankCheckColumns(view, inputHeaders("WorkPlan"));
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankAt(row, blankCheck)) continue;

    const statusText = view.textAt(row, col.Status);
    const knownStatus = STATUS_BY_KEY.get(statusText.toLowerCase());
    if (statusText !== "" && knownStatus === undefined) {
      note(notes, row, "Status", `Status "${statusText}" is unknown; expected one of ${WORKPLAN_STATUSES.join(", ")}`);
    }
    const planned = readActivityDateCell(notes, row, view.cell(row, col.Planned), "Planned");
    const heldOn = readActivityDateCell(notes, row, view.cell(row, col["Held on"]), "Held on");
    const statusProblem = activityStatusProblem(knownStatus, heldOn, !isEmptyCell(view.cell(row, col["Held on"])));
    if (statusProblem !== null) note(notes, row, "Held on", statusProblem);
    const participants = readActivityCountCell(notes, row, view.cell(row, col.Participants), "Participants");
    const women = readActivityCountCell(notes, row, view.cell(row, col.Women), "Women");
    const score = readActivityCountCell(notes, row, view.cell(row, col.Score), "Score");
    if (women !== null && participants !== null && women > participants) {
      note(notes, row, "Women", `Women (${women}) is more than Participants (${participants})`);
    }
    rows.push({
      row,
      id: view.textAt(row, col.ID),
      fiscalYear: view.textAt(row, col["Fiscal year"]),
      activity: view.textAt(row, col.Activity),
      refsText: view.textAt(row, col.Refs),
      membersText: view.textAt(row, col.Members),
      type: view.textAt(row, col.Type),
      planned,
      status: knownStatus ?? statusText,
      heldOn,
      participants,
      women,
      score,
    });
  }
  const problems: Problem[] = [];
  problemsOfNotes(view, notes, problems);
  return { rows, problems };
}

const UPDATE_COLUMNS = ["Date", "Ref", "Part", "Value", "Member"] as const;

export function readUpdateRows(view: TableView): Rows<UpdateRow> {
  const problems = new RowProblems(view);
  const rows: UpdateRow[] = [];
  const col = columnIndexes(view, UPDATE_COLUMNS);
  const blankCheck = blankCheckColumns(view, inputHeaders("Updates"));
  const refs = new Map<string, string>();
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankAt(row, blankCheck)) continue;
    const date = view.dateAt(row, col.Date);
    if (date.error) problems.warn(row, "Date", `Date ${date.error}; this update is ignored until it is fixed`);
    else if (date.value === null) problems.warn(row, "Date", "Date is empty; this update is ignored until it has a date");
    const part = view.positiveIntegerAt(row, col.Part);
    if (part.error) problems.warn(row, "Part", `Part ${part.error}; using Part 1`);
    const value = view.numberAt(row, col.Value);
    if (value.error) problems.warn(row, "Value", `Value ${value.error}; expected a number`);
    rows.push({
      row,
      date: date.value,
      ref: cachedRefKey(refs, view.textAt(row, col.Ref)),
      part: part.value ?? 1,
      value: value.value,
      member: view.textAt(row, col.Member),
    });
  }
  return { rows, problems: problems.list };
}

export function readMemberRows(view: TableView): Rows<MemberRow> {
  const rows: MemberRow[] = [];
  const col = columnIndexes(view, ["Code", "Name", "Subregion"] as const);
  const blankCheck = [col.Code, col.Name].filter((index) => index >= 0);
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankAt(row, blankCheck)) continue;
    rows.push({ row, code: view.textAt(row, col.Code), name: view.textAt(row, col.Name), subregion: view.textAt(row, col.Subregion) });
  }
  return { rows, problems: [] };
}

export function readRspRows(view: TableView): Rows<RspRow> {
  const problems = new RowProblems(view);
  const rows: RspRow[] = [];
  const col = columnIndexes(view, ["Objective", "Milestone", "Description"] as const);
  const blankCheck = blankCheckColumns(view, ["Objective", "Milestone", "Description"]);
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankAt(row, blankCheck)) continue;
    const objective = view.textAt(row, col.Objective);
    if (!/^\d+(\.\d+)+$/.test(objective)) {
      problems.warn(row, "Objective", `Objective "${objective}" is not an RSP objective such as 1.1.3`);
    }
    const milestone = view.positiveIntegerAt(row, col.Milestone);
    if (milestone.error || milestone.value === null) {
      const why = milestone.error ?? "is empty";
      problems.warn(row, "Milestone", `Milestone ${why}; expected the milestone number (1, 2, 3 …)`);
    }
    rows.push({ row, objective, milestone: milestone.value, description: view.textAt(row, col.Description) });
  }
  return { rows, problems: problems.list };
}

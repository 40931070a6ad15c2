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
import { TableView } from "./tableView";
import { normalizeRef } from "../core/actionRefs";

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

function inputHeaders(table: TableName): string[] {
  return TABLES[table].columns.filter((c) => c.role === "input").map((c) => c.header);
}

/** Normalized Ref, or the trimmed text when it is not a Ref (reported by the caller). */
export function refKey(text: string): string {
  return normalizeRef(text) ?? text.trim().toLowerCase();
}

function cachedRefKey(cache: Map<string, string>, text: string): string {
  let ref = cache.get(text);
  if (ref === undefined) {
    ref = refKey(text);
    cache.set(text, ref);
  }
  return ref;
}

export function readPlanRows(view: TableView): Rows<PlanRow> {
  const problems: Problem[] = [];
  const rows: PlanRow[] = [];
  const blankCheck = inputHeaders("Plan");
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankRow(row, blankCheck)) continue;
    const warn = (column: string, message: string) => problems.push(view.problem("warning", row, column, message));
    const fail = (column: string, message: string) => problems.push(view.problem("error", row, column, message));

    const refText = view.text(row, "Ref");
    const ref = normalizeRef(refText);
    if (refText === "") warn("Ref", "Ref is empty; expected pillar-letters such as 1-a");
    else if (ref === null) warn("Ref", `Ref "${refText}" is not a Ref; expected pillar-letters such as 1-a or 3-k`);

    const part = view.positiveInteger(row, "Part");
    if (part.error) warn("Part", `Part ${part.error}; using Part 1`);

    const pillarRead = view.positiveInteger(row, "Pillar");
    if (pillarRead.error) warn("Pillar", `Pillar ${pillarRead.error}; expected the pillar number 1-4`);
    const pillarFromRef = ref ? Number(ref.split("-")[0]) : NaN;
    const pillar = pillarRead.value ?? (Number.isInteger(pillarFromRef) ? pillarFromRef : null);

    const deadline = view.date(row, "Deadline");
    if (deadline.error) fail("Deadline", `Deadline ${deadline.error}; Plan end is used until it is fixed`);

    const baseline = view.number(row, "Baseline");
    if (baseline.error) fail("Baseline", `Baseline ${baseline.error}; expected a number`);

    const measureText = view.text(row, "Measure");
    const measure = MEASURES.find((m) => m === measureText.toLowerCase().replace(/\s+/g, ""));
    if (measureText !== "" && !measure) {
      warn("Measure", `Measure "${measureText}" is unknown; expected one of ${MEASURES.join(", ")}. The Actual cell is used meanwhile`);
    }

    const actual = view.number(row, "Actual");
    if (actual.error) {
      const message = `Actual ${actual.error}; expected a number`;
      if ((measure ?? "manual") === "manual") fail("Actual", message);
      else warn("Actual", message);
    }

    const weightRead = view.number(row, "Weight");
    let weight = weightRead.value ?? 1;
    if (weightRead.error || weight < 0) {
      warn("Weight", `Weight ${weightRead.error ?? `${weight} is negative`}; using 1`);
      weight = 1;
    }

    rows.push({
      row,
      pillar,
      ref: ref ?? refText.toLowerCase(),
      part: part.value ?? 1,
      action: view.text(row, "Action"),
      rspReference: view.text(row, "RSP reference"),
      kpi: view.text(row, "KPI"),
      target: view.text(row, "Target"),
      deadline: deadline.value,
      baseline: baseline.value,
      actual: actual.value,
      measure: measure ?? "manual",
      weight,
      owner: view.text(row, "Owner"),
      comment: view.text(row, "Comment"),
    });
  }
  return { rows, problems };
}

const STATUS_BY_KEY = new Map(WORKPLAN_STATUSES.map((s) => [s.toLowerCase(), s as string]));

export function readWorkPlanRows(view: TableView): Rows<WorkPlanRow> {
  const problems: Problem[] = [];
  const rows: WorkPlanRow[] = [];
  const blankCheck = inputHeaders("WorkPlan");
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankRow(row, blankCheck)) continue;
    const warn = (column: string, message: string) => problems.push(view.problem("warning", row, column, message));

    const statusText = view.text(row, "Status");
    const status = STATUS_BY_KEY.get(statusText.toLowerCase()) ?? statusText;
    if (statusText !== "" && !STATUS_BY_KEY.has(statusText.toLowerCase())) {
      warn("Status", `Status "${statusText}" is unknown; expected one of ${WORKPLAN_STATUSES.join(", ")}`);
    }
    const dates: Record<string, number | null> = {};
    for (const column of ["Planned", "Held on"]) {
      const read = view.date(row, column);
      if (read.error) warn(column, `${column} ${read.error}`);
      dates[column] = read.value;
    }
    const counts: Record<string, number | null> = {};
    for (const column of ["Participants", "Women", "Score"]) {
      const read = view.number(row, column);
      if (read.error) warn(column, `${column} ${read.error}; expected a number`);
      else if (read.value !== null && read.value < 0) warn(column, `${column} ${read.value} is negative`);
      counts[column] = read.error || (read.value ?? 0) < 0 ? null : read.value;
    }
    if (counts.Women !== null && counts.Participants !== null && counts.Women > counts.Participants) {
      warn("Women", `Women (${counts.Women}) is more than Participants (${counts.Participants})`);
    }
    rows.push({
      row,
      id: view.text(row, "ID"),
      fiscalYear: view.text(row, "Fiscal year"),
      activity: view.text(row, "Activity"),
      refsText: view.text(row, "Refs"),
      membersText: view.text(row, "Members"),
      type: view.text(row, "Type"),
      planned: dates.Planned,
      status,
      heldOn: dates["Held on"],
      participants: counts.Participants,
      women: counts.Women,
      score: counts.Score,
    });
  }
  return { rows, problems };
}

export function readUpdateRows(view: TableView): Rows<UpdateRow> {
  const problems: Problem[] = [];
  const rows: UpdateRow[] = [];
  const blankCheck = inputHeaders("Updates");
  const refs = new Map<string, string>();
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankRow(row, blankCheck)) continue;
    const warn = (column: string, message: string) => problems.push(view.problem("warning", row, column, message));
    const date = view.date(row, "Date");
    if (date.error) warn("Date", `Date ${date.error}; this update is ignored until it is fixed`);
    else if (date.value === null) warn("Date", "Date is empty; this update is ignored until it has a date");
    const part = view.positiveInteger(row, "Part");
    if (part.error) warn("Part", `Part ${part.error}; using Part 1`);
    const value = view.number(row, "Value");
    if (value.error) warn("Value", `Value ${value.error}; expected a number`);
    rows.push({
      row,
      date: date.value,
      ref: cachedRefKey(refs, view.text(row, "Ref")),
      part: part.value ?? 1,
      value: value.value,
      member: view.text(row, "Member"),
    });
  }
  return { rows, problems };
}

export function readMemberRows(view: TableView): Rows<MemberRow> {
  const rows: MemberRow[] = [];
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankRow(row, ["Code", "Name"])) continue;
    rows.push({ row, code: view.text(row, "Code"), name: view.text(row, "Name"), subregion: view.text(row, "Subregion") });
  }
  return { rows, problems: [] };
}

export function readRspRows(view: TableView): Rows<RspRow> {
  const problems: Problem[] = [];
  const rows: RspRow[] = [];
  for (let row = 0; row < view.rowCount; row += 1) {
    if (view.isBlankRow(row, ["Objective", "Milestone", "Description"])) continue;
    const objective = view.text(row, "Objective");
    if (!/^\d+(\.\d+)+$/.test(objective)) {
      problems.push(view.problem("warning", row, "Objective", `Objective "${objective}" is not an RSP objective such as 1.1.3`));
    }
    const milestone = view.positiveInteger(row, "Milestone");
    if (milestone.error || milestone.value === null) {
      const why = milestone.error ?? "is empty";
      problems.push(view.problem("warning", row, "Milestone", `Milestone ${why}; expected the milestone number (1, 2, 3 …)`));
    }
    rows.push({ row, objective, milestone: milestone.value, description: view.text(row, "Description") });
  }
  return { rows, problems };
}

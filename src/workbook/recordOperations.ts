/**
 * Record from the pane (DESIGN.md §5 "Record"): log an update, set a manual KPI's actual, mark
 * an activity held, cancelled or postponed. Each is checked first by a pure validator (the
 * pane shows its messages under the fields), checked again against the workbook as it stands,
 * then written in one batch; nothing is written when any check fails. The report names the
 * written row so the pane can select it.
 */
import type { CellValue, CellWrite, TableData, WorkbookGateway } from "./gateway";
import { WorkbookError } from "./gateway";
import type { CellTarget } from "./addinApi";
import type { MemberRecord } from "./records";
import { NUMBER_FORMATS } from "./schema";
import { TableView } from "./tableView";
import { readMemberRows, readPlanRows, refKey } from "./rows";
import { MemberLookup } from "./memberLookup";
import { MAX_CELL_CHARS } from "./excelLimits";

export type FieldErrors = Partial<Record<string, string>>;

export interface UpdateInput {
  ref: string;
  part: number;
  date: number | null;
  value: number | null;
  member: string;
  evidence: string;
  by: string;
}

export interface ActualInput {
  ref: string;
  part: number;
  actual: number | null;
  /** The Last update date written beside it. */
  date: number | null;
}

export type ActivityOutcome = "Held" | "Cancelled" | "Postponed";

export interface ActivityInput {
  /** Zero-based WorkPlan body row, and its ID as read, to refuse a row that moved since. */
  row: number;
  id: string;
  outcome: ActivityOutcome;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  score: number | null;
}

export interface RecordReport {
  message: string;
  /** The written row, to select. */
  target: CellTarget;
}

const isCount = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0);

function tooLong(text: string): boolean {
  return text.length > MAX_CELL_CHARS;
}

/** Field messages for an update; empty when it can be written. */
export function validateUpdate(input: UpdateInput, measure: string, members: readonly MemberRecord[]): FieldErrors {
  const errors: FieldErrors = {};
  if (input.date === null || !Number.isFinite(input.date)) errors.date = "Enter the date of the update.";
  if (input.value !== null && !Number.isFinite(input.value)) errors.value = "Value must be a number.";
  if ((measure === "updates:latest" || measure === "updates:sum") && input.value === null) {
    errors.value = `Enter a value: this KPI's actual is ${measure === "updates:sum" ? "the sum" : "the latest"} of its updates.`;
  }
  if (measure === "updates:members" && input.member.trim() === "") {
    errors.member = "Choose the Member: this KPI counts distinct Members in its updates.";
  }
  if (input.member.trim() !== "" && members.length > 0) {
    const lookup = new MemberLookup(members.map((m, row) => ({ row, ...m })));
    if (lookup.resolve(input.member) === null) errors.member = `"${input.member}" is not in the Members table.`;
  }
  if (tooLong(input.evidence)) errors.evidence = `Evidence is longer than Excel's ${MAX_CELL_CHARS} characters per cell.`;
  if (tooLong(input.by)) errors.by = `By is longer than Excel's ${MAX_CELL_CHARS} characters per cell.`;
  return errors;
}

export function validateActual(input: ActualInput, measure: string): FieldErrors {
  const errors: FieldErrors = {};
  if (measure !== "manual") errors.actual = `This KPI's actual comes from ${measure}, not the Actual cell; log an update or an activity instead.`;
  else if (input.actual === null || !Number.isFinite(input.actual)) errors.actual = "Enter the actual as a number.";
  if (input.date === null || !Number.isFinite(input.date)) errors.date = "Enter the date of this actual.";
  return errors;
}

export function validateActivity(input: ActivityInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.outcome !== "Held") return errors;
  if (input.heldOn === null || !Number.isFinite(input.heldOn)) errors.heldOn = "Enter the date it was held.";
  if (!isCount(input.participants)) errors.participants = "Participants must be a whole number of 0 or more.";
  if (!isCount(input.women)) errors.women = "Women must be a whole number of 0 or more.";
  else if (input.women !== null && input.participants !== null && input.women > input.participants) {
    errors.women = `Women (${input.women}) cannot be more than Participants (${input.participants}).`;
  }
  if (input.score !== null && !(Number.isFinite(input.score) && input.score >= 0)) errors.score = "Score must be a number of 0 or more.";
  return errors;
}

function refuse(errors: FieldErrors, table: string): never {
  throw new WorkbookError(`${Object.values(errors).join(" ")} Nothing was written.`, table);
}

function need(view: TableView | null, name: string): TableView {
  if (!view) throw new WorkbookError(`This workbook has no table named "${name}". Nothing was written.`, name);
  return view;
}

function viewOf(data: TableData | null, name: string): TableView | null {
  return data ? new TableView(data, name) : null;
}

function planRowOf(plan: TableView, ref: string, part: number) {
  const key = refKey(ref);
  const row = readPlanRows(plan).rows.find((r) => r.ref === key && r.part === part);
  if (!row) throw new WorkbookError(`Plan has no row with Ref ${ref} Part ${part}; it may have been changed. Nothing was written.`, "Plan");
  return row;
}

export async function logUpdate(gateway: WorkbookGateway, input: UpdateInput): Promise<RecordReport> {
  const snapshot = await gateway.read(["Plan", "Updates", "Members"]);
  const plan = need(viewOf(snapshot.tables.Plan, "Plan"), "Plan");
  const updates = need(viewOf(snapshot.tables.Updates, "Updates"), "Updates");
  const membersView = viewOf(snapshot.tables.Members, "Members");
  const members = membersView ? readMemberRows(membersView).rows : [];
  const row = planRowOf(plan, input.ref, input.part);
  const errors = validateUpdate(input, row.measure, members);
  if (Object.keys(errors).length > 0) refuse(errors, "Updates");

  const cells: Record<string, CellValue> = {
    Date: input.date,
    Ref: row.ref,
    Part: input.part,
    Value: input.value,
    Member: input.member.trim() === "" ? null : input.member.trim(),
    Evidence: input.evidence.trim() === "" ? null : input.evidence.trim(),
    By: input.by.trim() === "" ? null : input.by.trim(),
  };
  const written: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(cells)) if (updates.has(header)) written[updates.headerAsWritten(header)] = value;
  await gateway.write({ appends: [{ table: updates.name, rows: [written] }] });
  return {
    message: `Logged an update for ${row.ref} part ${input.part} in Updates.`,
    target: { table: updates.name, row: updates.rowCount, column: null },
  };
}

export async function setManualActual(gateway: WorkbookGateway, input: ActualInput): Promise<RecordReport> {
  const snapshot = await gateway.read(["Plan"], { formulasOf: ["Plan"] });
  const data = snapshot.tables.Plan;
  const plan = need(viewOf(data, "Plan"), "Plan");
  const row = planRowOf(plan, input.ref, input.part);
  const errors = validateActual(input, row.measure);
  if (Object.keys(errors).length > 0) refuse(errors, "Plan");
  const actualColumn = plan.column("Actual");
  if (data?.formulas?.[row.row]?.[actualColumn]) {
    throw new WorkbookError(
      `The Actual of ${row.ref} part ${row.part} (${plan.address(row.row, "Actual") ?? "Plan"}) holds a formula; KPI Tracker does not replace formulas. Nothing was written.`,
      "Plan",
      row.row,
      "Actual"
    );
  }
  const cells: CellWrite[] = [{ table: plan.name, column: plan.headerAsWritten("Actual"), row: row.row, value: input.actual }];
  if (plan.has("Last update")) {
    cells.push({ table: plan.name, column: plan.headerAsWritten("Last update"), row: row.row, value: input.date, numberFormat: NUMBER_FORMATS.date });
  }
  await gateway.write({ cells });
  return {
    message: `Set the actual of ${row.ref} part ${row.part} to ${input.actual}.`,
    target: { table: plan.name, row: row.row, column: plan.headerAsWritten("Actual") },
  };
}

export async function recordActivity(gateway: WorkbookGateway, input: ActivityInput): Promise<RecordReport> {
  const snapshot = await gateway.read(["WorkPlan"]);
  const view = need(viewOf(snapshot.tables.WorkPlan, "WorkPlan"), "WorkPlan");
  if (input.row < 0 || input.row >= view.rowCount || view.text(input.row, "ID") !== input.id) {
    throw new WorkbookError(`WorkPlan row ${input.row + 1} is no longer activity ${input.id}; the table changed. Open the KPI again. Nothing was written.`, "WorkPlan");
  }
  const errors = validateActivity(input);
  if (Object.keys(errors).length > 0) refuse(errors, "WorkPlan");
  const missing = ["Status", ...(input.outcome === "Held" ? ["Held on"] : [])].filter((h) => !view.has(h));
  if (missing.length > 0) {
    throw new WorkbookError(`WorkPlan has no "${missing.join('" or "')}" column; add it. Nothing was written.`, "WorkPlan");
  }
  const cell = (header: string, value: CellValue, numberFormat?: string): CellWrite[] =>
    view.has(header) ? [{ table: view.name, column: view.headerAsWritten(header), row: input.row, value, ...(numberFormat ? { numberFormat } : {}) }] : [];
  const cells: CellWrite[] = [...cell("Status", input.outcome)];
  if (input.outcome === "Held") {
    cells.push(...cell("Held on", input.heldOn, NUMBER_FORMATS.date));
    if (input.participants !== null) cells.push(...cell("Participants", input.participants));
    if (input.women !== null) cells.push(...cell("Women", input.women));
    if (input.score !== null) cells.push(...cell("Score", input.score));
  }
  await gateway.write({ cells });
  return {
    message: `Marked ${input.id || `WorkPlan row ${input.row + 1}`} ${input.outcome.toLowerCase()}.`,
    target: { table: view.name, row: input.row, column: null },
  };
}

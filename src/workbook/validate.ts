/**
 * Validate (DESIGN.md §5): every problem in the workbook, each naming its table, row, column
 * and cell. inspectWorkbook finds every problem of the input as typed (structure.ts the
 * structural ones); evaluateWorkbook reuses its typed rows and parsed targets and adds the
 * actuals a unit rules out, and validateWorkbook (evaluate.ts) returns that evaluation's
 * problems, so Validate and Recalculate always agree.
 */
import type { TableData, WorkbookSnapshot } from "./gateway";
import type { PlanSettings, Problem } from "./model";
import type { ParseFailure, RspParseResult, TargetParseResult, TargetPart } from "../core/types";
import { isFailure } from "../core/types";
import type { TableName } from "./schema";
import { TABLES } from "./schema";
import { TableView } from "./tableView";
import { readSettings } from "./settings";
import type { MemberRow, PlanRow, RspRow, WorkPlanRow } from "./rows";
import { readMemberRows, readPlanRows, readRspRows } from "./rows";
import type { UpdateLog } from "./updateLog";
import { EMPTY_UPDATE_LOG, readUpdateLog } from "./updateLog";
import { MemberLookup } from "./memberLookup";
import { PLAN_INPUT_TABLES } from "./inputTables";
import { parseTarget, targetPartFor } from "../core/targets";
import { milestoneKey, parseRspReference } from "../core/rsp";
import { cachedParser } from "../core/parseCache";
import { findTable, structureProblems } from "./structure";
import type { WorkPlanLog } from "./workPlanLog";
import { inspectedActivities, readWorkPlanLog } from "./workPlanLog";

/**
 * Targets and RSP references read so far, by text, kept between recalculations (the parsers are
 * pure). A plan at its limit has a few thousand distinct texts of each.
 */
const parseTargetCached = cachedParser<TargetParseResult>(parseTarget, 16_384);
const parseRspReferenceCached = cachedParser<RspParseResult>(parseRspReference, 16_384);

export interface InspectedPlanRow extends PlanRow {
  /** This row's part of its Target, or why it could not be read. */
  targetPart: TargetPart | ParseFailure;
  rsp: RspParseResult;
}

export interface InspectedActivity extends WorkPlanRow {
  /** Normalized Refs; empty when the Refs cell is empty or unreadable. Shared between rows: never modify. */
  refs: readonly string[];
  /** Refs that no Plan row has (written to "Ref check"). Shared between rows: never modify. */
  unknownRefs: readonly string[];
  refsError: string | null;
}

export interface WorkbookInspection {
  settings: PlanSettings;
  /** Views of the tables the workbook has. */
  views: Partial<Record<TableName, TableView>>;
  plan: InspectedPlanRow[];
  /** The WorkPlan rows as objects, built from workPlanLog on first use when the inspection has one. */
  workPlan: InspectedActivity[];
  /** The WorkPlan rows as columns (workPlanLog.ts), what evaluation and Recalculate read. */
  workPlanLog?: WorkPlanLog;
  /** The Updates rows as columns (updateLog.ts; updateRowsOf gives rows). */
  updates: UpdateLog;
  members: MemberLookup;
  rsp: RspRow[];
  problems: Problem[];
}

export function inspectWorkbook(snapshot: WorkbookSnapshot): WorkbookInspection {
  const problems: Problem[] = structureProblems(snapshot);
  const views: Partial<Record<TableName, TableView>> = {};
  for (const name of PLAN_INPUT_TABLES) {
    const data = findTable(snapshot, name);
    if (!data) continue;
    const view = new TableView(data, name);
    views[name] = view;
    problems.push(...missingOptionalColumns(view, name));
  }

  const { settings, problems: settingProblems } = readSettings(views.Settings?.data ?? null);
  problems.push(...settingProblems);

  const read = <T>(view: TableView | undefined, reader: (v: TableView) => { rows: T[]; problems: Problem[] }): T[] => {
    if (!view) return [];
    const result = reader(view);
    problems.push(...result.problems);
    return result.rows;
  };
  const memberRows: MemberRow[] = read(views.Members, readMemberRows);
  const rsp = read(views.RSP, readRspRows);
  const planRows = read(views.Plan, readPlanRows);
  const members = new MemberLookup(memberRows);

  const plan = views.Plan ? inspectPlan(views.Plan, planRows, rsp, views.RSP !== undefined, problems) : [];
  if (views.Plan) checkParts(views.Plan, plan, problems);
  const planRefs = new Set(plan.map((row) => row.ref));
  const knownRefs = views.Plan ? planRefs : null;
  const workPlanView = views.WorkPlan;
  const workPlanLog = workPlanView ? readWorkPlan(workPlanView, knownRefs, views.Members ? members : null, problems) : undefined;
  const updates = views.Updates ? readUpdates(views.Updates, knownRefs, views.Members ? members : null, problems) : EMPTY_UPDATE_LOG;

  let workPlan: InspectedActivity[] | null = null;
  return {
    settings,
    views,
    plan,
    get workPlan(): InspectedActivity[] {
      workPlan ??= workPlanView && workPlanLog ? inspectedActivities(workPlanLog, workPlanView, knownRefs) : [];
      return workPlan;
    },
    workPlanLog,
    updates,
    members,
    rsp,
    problems: sortProblems(problems),
  };
}

/**
 * Live recalculation's hook (src/workbook/live): the inspection of a workbook that differs from
 * `previous` only in some Plan body rows (same headers, same rows, same set of Refs; the caller
 * checks), with the Plan part read again from `plan` and everything else reused. Its problems
 * are those inspectWorkbook gives for the edited workbook: the Plan rows' problems are made as
 * inspectWorkbook makes them and put where sortProblems would put them.
 */
export function reinspectPlan(previous: WorkbookInspection, plan: TableData): WorkbookInspection {
  const view = new TableView(plan, "Plan");
  const problems: Problem[] = [];
  const read = readPlanRows(view);
  problems.push(...read.problems);
  const rows = inspectPlan(view, read.rows, previous.rsp, previous.views.RSP !== undefined, problems);
  checkParts(view, rows, problems);
  return inspectionWith(previous, { views: { ...previous.views, Plan: view }, plan: rows, problems: withPlanRowProblems(previous.problems, sortProblems(problems)) });
}

/**
 * `inspection` with some fields replaced. Not a spread: a spread would call the lazy `workPlan`
 * getter and build one object per WorkPlan row, the cost the column-wise reading avoids; the
 * copy keeps the getter (and the rows it may already have built).
 */
export function inspectionWith(inspection: WorkbookInspection, changes: Partial<WorkbookInspection>): WorkbookInspection {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(inspection)) as WorkbookInspection;
  return Object.assign(copy, changes);
}

/** Sorted problems with the Plan body rows' problems replaced by `planRows` (sorted too). */
function withPlanRowProblems(sorted: readonly Problem[], planRows: readonly Problem[]): Problem[] {
  const planOrder = tableOrder("Plan");
  // Sorted by table, then row (table-level first): the Plan rows' block starts after the Plan
  // table-level problems and ends where the next table starts.
  let start = 0;
  while (start < sorted.length && (tableOrder(sorted[start].table) < planOrder || (sorted[start].table === "Plan" && sorted[start].row === null))) start += 1;
  let end = start;
  while (end < sorted.length && sorted[end].table === "Plan") end += 1;
  return [...sorted.slice(0, start), ...planRows, ...sorted.slice(end)];
}

/** RSP rows are found by these; without them the RSP rollups stay empty (every other input column has a default). */
const RSP_KEY_COLUMNS = ["Objective", "Milestone"];

/** Missing computed columns and RSP key columns; missing required columns are structure errors (structure.ts). */
function missingOptionalColumns(view: TableView, name: TableName): Problem[] {
  const problems: Problem[] = [];
  for (const column of TABLES[name].columns) {
    if (view.has(column.header)) continue;
    if (column.role === "computed") {
      problems.push(
        view.problem("warning", null, column.header, `Table ${name} has no "${column.header}" column, so Recalculate cannot fill it; add a column with that header.`)
      );
    } else if (name === "RSP" && RSP_KEY_COLUMNS.includes(column.header)) {
      problems.push(
        view.problem("warning", null, column.header, `Table RSP has no "${column.header}" column, so no Plan row can be rolled up per RSP milestone; add a column with that header.`)
      );
    }
  }
  return problems;
}

/** The RSP rows' milestone keys, once per RSP reading (live recalculation inspects rows one at a time). */
const milestoneKeys = new WeakMap<readonly RspRow[], Set<string>>();
function milestoneKeysOf(rsp: readonly RspRow[]): Set<string> {
  let keys = milestoneKeys.get(rsp);
  if (!keys) {
    keys = new Set(rsp.filter((r) => r.milestone !== null).map((r) => milestoneKey(r.objective, r.milestone as number)));
    milestoneKeys.set(rsp, keys);
  }
  return keys;
}

/** Plan rows with their Target part and RSP keys, and the problems of each (row by row in live recalculation). */
export function inspectPlan(view: TableView, rows: PlanRow[], rsp: RspRow[], hasRspTable: boolean, problems: Problem[]): InspectedPlanRow[] {
  // Plans repeat the same Target and RSP reference texts; read each distinct text once.
  const knownKeys = milestoneKeysOf(rsp);
  // A plan without RSP milestones (another organisation's, whose "Strategy link" column landed
  // here) has nothing to map to: its references stay text, with no warning on every row.
  const mapsToRsp = knownKeys.size > 0;
  // The first row of each Ref and Part: Part 1 (most rows) by the Ref itself, a string every
  // recalculation shares (rows.ts), other Parts by "Ref#Part".
  const firstRowOfPart1 = new Map<string, number>();
  const firstRowOf = new Map<string, number>();
  return rows.map((row) => {
    const parsed = parseTargetCached(row.target);
    const targetPart = isFailure(parsed) ? parsed : targetPartFor(parsed, row.part);
    if (isFailure(targetPart)) {
      const named = row.target === "" || targetPart.error.includes(`"${row.target}"`);
      const message = named ? targetPart.error : `Target "${row.target}": ${targetPart.error}`;
      problems.push(view.problem("error", row.row, "Target", message));
    }

    const rspResult = parseRspReferenceCached(row.rspReference);
    if (!mapsToRsp) {
      // nothing to check against
    } else if (isFailure(rspResult)) {
      problems.push(view.problem("warning", row.row, "RSP reference", `RSP reference: ${rspResult.error}`));
    } else if (hasRspTable && !rspResult.keys.every((key) => knownKeys.has(key))) {
      const unknown = rspResult.keys.filter((key) => !knownKeys.has(key));
      problems.push(view.problem("warning", row.row, "RSP reference", `RSP milestone ${unknown.join(", ")} is not in the RSP table`));
    }

    const firstRows = row.part === 1 ? firstRowOfPart1 : firstRowOf;
    const identity = row.part === 1 ? row.ref : `${row.ref}#${row.part}`;
    const first = firstRows.get(identity);
    if (first === undefined) firstRows.set(identity, row.row);
    else if (row.ref !== "") {
      problems.push(
        view.problem("warning", row.row, "Ref", `Ref ${row.ref} Part ${row.part} is also on ${view.address(first, "Ref") ?? `row ${first + 1}`}; each Ref and Part should appear once`)
      );
    }
    return extendRow<PlanRow, InspectedPlanRow>(row, { targetPart, rsp: rspResult });
  });
}

/** "Part 2", "Parts 2 to 4". */
function partsLabel(from: number, to: number): string {
  return from === to ? `Part ${from}` : `Parts ${from} to ${to}`;
}

/**
 * The Parts of each Ref run 1, 2, 3 … with none left out: a KPI with Parts 1 and 3 but no 2
 * has lost a row, and a multi-part Target needs a row per part. Gaps are reported as ranges, so
 * a Part typed as 1000 costs one message, not a thousand.
 */
export function checkParts(view: TableView, rows: readonly InspectedPlanRow[], problems: Problem[]): void {
  const byRef = new Map<string, InspectedPlanRow[]>();
  for (const row of rows) {
    if (row.ref === "") continue;
    const list = byRef.get(row.ref);
    if (list) list.push(row);
    else byRef.set(row.ref, [row]);
  }
  for (const [ref, list] of byRef) {
    // The lists are this function's own: sorted in place, and most have one row.
    const sorted = list.length > 1 ? list.sort((a, b) => a.part - b.part) : list;
    let expected = 1;
    for (const row of sorted) {
      if (row.part > expected) {
        problems.push(view.problem("warning", row.row, "Part", `Ref ${ref} has Part ${row.part} but no ${partsLabel(expected, row.part - 1)}; number a KPI's parts 1, 2, 3 … with a row for each`));
      }
      expected = Math.max(expected, row.part + 1);
    }
    const first = sorted[0];
    const parsed = parseTargetCached(first.target);
    const partCount = isFailure(parsed) ? 0 : parsed.parts.length;
    if (partCount > 1 && expected <= partCount) {
      problems.push(view.problem("warning", first.row, "Target", `The Target of ${ref} has ${partCount} parts but no row has ${partsLabel(expected, partCount)}; add a row for each part`));
    }
  }
}

/**
 * The typed row with the inspection's findings added in place. The typed rows belong to this
 * inspection alone, and copying tens of thousands of them costs more than reading them.
 */
function extendRow<Row extends object, Extended extends Row>(row: Row, findings: Omit<Extended, keyof Row>): Extended {
  return Object.assign(row, findings) as Extended;
}

function readWorkPlan(view: TableView, planRefs: Set<string> | null, members: MemberLookup | null, problems: Problem[]): WorkPlanLog {
  const reading = readWorkPlanLog(view, planRefs, members);
  for (const problem of reading.problems) problems.push(problem);
  return reading.log;
}

function readUpdates(view: TableView, planRefs: Set<string> | null, members: MemberLookup | null, problems: Problem[]): UpdateLog {
  const reading = readUpdateLog(view, planRefs, members);
  problems.push(...reading.problems);
  return reading.log;
}

function tableOrder(table: string): number {
  const index = (PLAN_INPUT_TABLES as readonly string[]).indexOf(table);
  return index < 0 ? PLAN_INPUT_TABLES.length : index;
}

/** By table (in PLAN_INPUT_TABLES order), then row (table-level first), then column position. */
export function sortProblems(problems: Problem[]): Problem[] {
  // Thousands of problems name a few columns: each table and column is looked up once.
  const columnOrders = new Map<string, number>();
  const columnOrder = (problem: Problem) => {
    const def = TABLES[problem.table as TableName];
    if (!def || problem.column === null) return -1;
    const key = `${problem.table}\u0000${problem.column}`;
    let order = columnOrders.get(key);
    if (order === undefined) {
      const wanted = problem.column.replace(/\s+/g, "").toLowerCase();
      order = def.columns.findIndex((c) => c.header.replace(/\s+/g, "").toLowerCase() === wanted);
      columnOrders.set(key, order);
    }
    return order;
  };
  // Sort keys are computed once per problem, not once per comparison.
  return problems
    .map((problem, index) => ({ problem, index, table: tableOrder(problem.table), row: problem.row ?? -1, column: columnOrder(problem) }))
    .sort((a, b) => a.table - b.table || a.row - b.row || a.column - b.column || a.index - b.index)
    .map((entry) => entry.problem);
}

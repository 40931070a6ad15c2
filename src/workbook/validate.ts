/**
 * Validate (DESIGN.md §5): every problem in the workbook, each naming its table, row, column
 * and cell. inspectWorkbook is the single place problems are found; evaluateWorkbook reuses
 * its typed rows and parsed targets, so Validate and Recalculate always agree.
 */
import type { TableData, WorkbookSnapshot } from "./gateway";
import type { PlanSettings, Problem } from "./model";
import type { ParseFailure, RspParseResult, TargetParseResult, TargetPart } from "../core/types";
import { isFailure } from "../core/types";
import type { TableName } from "./schema";
import { TABLES } from "./schema";
import { TableView } from "./tableView";
import { readSettings } from "./settings";
import type { MemberRow, PlanRow, RspRow, UpdateRow, WorkPlanRow } from "./rows";
import { readMemberRows, readPlanRows, readRspRows, readUpdateRows, readWorkPlanRows } from "./rows";
import { MemberLookup, splitMembers } from "./memberLookup";
import { PLAN_INPUT_TABLES } from "./inputTables";
import { parseTarget, targetPartFor } from "../core/targets";
import { milestoneKey, parseRspReference } from "../core/rsp";
import { parseRefList } from "../core/actionRefs";

export interface InspectedPlanRow extends PlanRow {
  /** This row's part of its Target, or why it could not be read. */
  targetPart: TargetPart | ParseFailure;
  rsp: RspParseResult;
}

export interface InspectedActivity extends WorkPlanRow {
  /** Normalized Refs; empty when the Refs cell is empty or unreadable. */
  refs: string[];
  /** Refs that no Plan row has (written to "Ref check"). */
  unknownRefs: string[];
  refsError: string | null;
}

export interface WorkbookInspection {
  settings: PlanSettings;
  /** Views of the tables the workbook has. */
  views: Partial<Record<TableName, TableView>>;
  plan: InspectedPlanRow[];
  workPlan: InspectedActivity[];
  updates: UpdateRow[];
  members: MemberLookup;
  rsp: RspRow[];
  problems: Problem[];
}

export function validateWorkbook(snapshot: WorkbookSnapshot): Problem[] {
  return inspectWorkbook(snapshot).problems;
}

export function inspectWorkbook(snapshot: WorkbookSnapshot): WorkbookInspection {
  const problems: Problem[] = [];
  const views: Partial<Record<TableName, TableView>> = {};
  for (const name of PLAN_INPUT_TABLES) {
    const data = findTable(snapshot, name);
    if (!data) {
      problems.push(missingTable(name));
      continue;
    }
    const view = new TableView(data, name);
    views[name] = view;
    problems.push(...missingColumns(view, name));
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
  const activities = read(views.WorkPlan, readWorkPlanRows);
  const updates = read(views.Updates, readUpdateRows);
  const members = new MemberLookup(memberRows);

  const plan = views.Plan ? inspectPlan(views.Plan, planRows, rsp, views.RSP !== undefined, problems) : [];
  const planRefs = new Set(plan.map((row) => row.ref));
  const workPlan = views.WorkPlan
    ? inspectActivities(views.WorkPlan, activities, views.Plan ? planRefs : null, views.Members ? members : null, problems)
    : [];
  if (views.Updates) checkUpdates(views.Updates, updates, views.Plan ? planRefs : null, views.Members ? members : null, problems);

  return { settings, views, plan, workPlan, updates, members, rsp, problems: sortProblems(problems) };
}

/** Tables are looked up case-insensitively: "plan" is the Plan table. */
function findTable(snapshot: WorkbookSnapshot, name: string): TableData | null {
  if (snapshot.tables[name]) return snapshot.tables[name];
  const key = Object.keys(snapshot.tables).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? snapshot.tables[key] : null;
}

function missingTable(name: string): Problem {
  return {
    severity: "error",
    table: name,
    row: null,
    column: null,
    message: `The workbook has no table named "${name}". Run Set up to insert it, or give your table that name (Table Design > Table Name).`,
  };
}

function missingColumns(view: TableView, name: TableName): Problem[] {
  const problems: Problem[] = [];
  for (const column of TABLES[name].columns) {
    if (view.has(column.header)) continue;
    if (column.role === "input" && column.required) {
      problems.push(view.problem("error", null, column.header, `Table ${name} has no "${column.header}" column; add a column with that header.`));
    } else if (column.role === "computed") {
      problems.push(
        view.problem("warning", null, column.header, `Table ${name} has no "${column.header}" column, so Recalculate cannot fill it; add a column with that header.`)
      );
    }
  }
  return problems;
}

function inspectPlan(view: TableView, rows: PlanRow[], rsp: RspRow[], hasRspTable: boolean, problems: Problem[]): InspectedPlanRow[] {
  const targets = new Map<string, TargetParseResult>();
  const knownKeys = new Set(rsp.filter((r) => r.milestone !== null).map((r) => milestoneKey(r.objective, r.milestone as number)));
  const firstRowOf = new Map<string, number>();
  return rows.map((row) => {
    let parsed = targets.get(row.target);
    if (!parsed) {
      parsed = parseTarget(row.target);
      targets.set(row.target, parsed);
    }
    const targetPart = isFailure(parsed) ? parsed : targetPartFor(parsed, row.part);
    if (isFailure(targetPart)) {
      const named = row.target === "" || targetPart.error.includes(`"${row.target}"`);
      const message = named ? targetPart.error : `Target "${row.target}": ${targetPart.error}`;
      problems.push(view.problem("error", row.row, "Target", message));
    }

    const rspResult = parseRspReference(row.rspReference);
    if (isFailure(rspResult)) {
      problems.push(view.problem("warning", row.row, "RSP reference", `RSP reference: ${rspResult.error}`));
    } else if (hasRspTable) {
      const unknown = rspResult.keys.filter((key) => !knownKeys.has(key));
      if (unknown.length > 0) {
        problems.push(view.problem("warning", row.row, "RSP reference", `RSP milestone ${unknown.join(", ")} is not in the RSP table`));
      }
    }

    const identity = `${row.ref}#${row.part}`;
    const first = firstRowOf.get(identity);
    if (first === undefined) firstRowOf.set(identity, row.row);
    else if (row.ref !== "") {
      problems.push(
        view.problem("warning", row.row, "Ref", `Ref ${row.ref} Part ${row.part} is also on ${view.address(first, "Ref") ?? `row ${first + 1}`}; each Ref and Part should appear once`)
      );
    }
    return { ...row, targetPart, rsp: rspResult };
  });
}

function inspectActivities(
  view: TableView,
  rows: WorkPlanRow[],
  planRefs: Set<string> | null,
  members: MemberLookup | null,
  problems: Problem[]
): InspectedActivity[] {
  // Work plans repeat the same Refs and Members cells; read each distinct text once.
  const refLists = new Map<string, { refs: string[]; error: string | null }>();
  const unknownMembers = new Map<string, string[]>();
  return rows.map((row) => {
    let list = refLists.get(row.refsText);
    if (!list) {
      list = readRefs(row.refsText);
      refLists.set(row.refsText, list);
    }
    const { refs, error: refsError } = list;
    if (refsError) problems.push(view.problem("warning", row.row, "Refs", refsError));
    const unknownRefs = planRefs ? refs.filter((ref) => !planRefs.has(ref)) : [];
    if (unknownRefs.length > 0) {
      const list = unknownRefs.join(", ");
      problems.push(view.problem("warning", row.row, "Refs", `Unknown Ref ${list}: no Plan row has ${unknownRefs.length > 1 ? "these Refs" : "this Ref"}`));
    }
    if (members && members.size > 0) {
      let unknown = unknownMembers.get(row.membersText);
      if (!unknown) {
        unknown = splitMembers(row.membersText).filter((m) => members.resolve(m) === null);
        unknownMembers.set(row.membersText, unknown);
      }
      if (unknown.length > 0) {
        problems.push(
          view.problem("warning", row.row, "Members", `Unknown Member ${unknown.map((m) => `"${m}"`).join(", ")}; expected a code or name from the Members table`)
        );
      }
    }
    return { ...row, refs, unknownRefs, refsError };
  });
}

function readRefs(text: string): { refs: string[]; error: string | null } {
  if (text === "") return { refs: [], error: "Refs is empty; list the actions this activity serves, such as 1-a, 1-b" };
  const parsed = parseRefList(text);
  if (isFailure(parsed)) return { refs: [], error: `Refs "${text}": ${parsed.error}` };
  return { refs: [...new Set(parsed)], error: null };
}

function checkUpdates(view: TableView, rows: UpdateRow[], planRefs: Set<string> | null, members: MemberLookup | null, problems: Problem[]): void {
  for (const row of rows) {
    if (planRefs && !planRefs.has(row.ref)) {
      const text = view.text(row.row, "Ref");
      problems.push(view.problem("warning", row.row, "Ref", text === "" ? "Ref is empty; expected the Ref of a Plan row" : `Unknown Ref ${text}: no Plan row has this Ref`));
    }
    if (members && members.size > 0 && row.member !== "" && members.resolve(row.member) === null) {
      problems.push(view.problem("warning", row.row, "Member", `Unknown Member "${row.member}"; expected a code or name from the Members table`));
    }
  }
}

/** By table (in PLAN_INPUT_TABLES order), then row (table-level first), then column position. */
function sortProblems(problems: Problem[]): Problem[] {
  const tableOrder = (table: string) => {
    const index = (PLAN_INPUT_TABLES as readonly string[]).indexOf(table);
    return index < 0 ? PLAN_INPUT_TABLES.length : index;
  };
  const columnOrder = (problem: Problem) => {
    const def = TABLES[problem.table as TableName];
    if (!def || problem.column === null) return -1;
    const wanted = problem.column.replace(/\s+/g, "").toLowerCase();
    return def.columns.findIndex((c) => c.header.replace(/\s+/g, "").toLowerCase() === wanted);
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        tableOrder(a.problem.table) - tableOrder(b.problem.table) ||
        (a.problem.row ?? -1) - (b.problem.row ?? -1) ||
        columnOrder(a.problem) - columnOrder(b.problem) ||
        a.index - b.index
    )
    .map((entry) => entry.problem);
}

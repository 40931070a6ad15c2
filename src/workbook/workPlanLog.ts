/**
 * The WorkPlan table read column by column into typed arrays, with its problems found in the
 * same pass, as updateLog.ts does for Updates: at 5,000 KPIs a work plan has 50,000 activities,
 * and one object per activity (and per typed cell read) cost more than the fold into per-Ref
 * totals. The problems are those of readWorkPlanRows (rows.ts) and of the cross-table checks
 * (unknown Ref, unknown Member), word for word. `inspectedActivities` builds the row objects for
 * consumers that want them (the status sheet, a KPI's detail), only when asked.
 */
import type { Problem } from "./model";
import type { TableView } from "./tableView";
import type { InspectedActivity } from "./validate";
import type { MemberLookup } from "./memberLookup";
import { memberCode, splitMembers } from "./memberLookup";
import type { RefList } from "../core/actionRefs";
import { readRefIdsCached, refIdCount, refIdOfRef } from "../core/actionRefs";
import type { ParseFailure } from "../core/types";
import { isFailure } from "../core/types";
import { isActivityCalledOff } from "../core/activityStatus";
import { cellText, isEmptyCell } from "./cells";
import {
  STATUS_BY_KEY,
  WORKPLAN_COLUMNS,
  activityStatusProblem,
  blankCheckColumns,
  columnIndexes,
  inputHeaders,
  readActivityCountCell,
  readActivityDateCell,
} from "./rows";
import { NO_CELLS, cellAt, isBlankAt, note, problemsOfNotes } from "./rowLoops";
import type { CellValue } from "./gateway";
import { WORKPLAN_STATUSES } from "./schema";

/** WorkPlan activities as columns: entry i of each array is the i-th non-blank row. */
export interface WorkPlanLog {
  readonly count: number;
  /** Zero-based body row. */
  readonly row: Int32Array;
  /** Index into `statuses`. */
  readonly status: Int32Array;
  /** Canonical spelling from WORKPLAN_STATUSES when known, else as written; each once. */
  readonly statuses: readonly string[];
  /** Excel serials and counts; NaN where the cell is empty or unreadable. */
  readonly planned: Float64Array;
  readonly heldOn: Float64Array;
  readonly participants: Float64Array;
  readonly women: Float64Array;
  readonly score: Float64Array;
  /** The Refs activity i serves are refIds[refStart[i] … refStart[i + 1]) (knownRefId numbers, none twice). */
  readonly refStart: Int32Array;
  readonly refIds: Int32Array;
  /** The "Ref check" cell of every body row (null for a blank row): what Recalculate writes. */
  readonly refCheck: readonly (string | null)[];
}

/** The log of a workbook without a WorkPlan table. */
export const EMPTY_WORKPLAN_LOG: WorkPlanLog = {
  count: 0,
  row: new Int32Array(0),
  status: new Int32Array(0),
  statuses: [],
  planned: new Float64Array(0),
  heldOn: new Float64Array(0),
  participants: new Float64Array(0),
  women: new Float64Array(0),
  score: new Float64Array(0),
  refStart: new Int32Array(1),
  refIds: new Int32Array(0),
  refCheck: [],
};

export interface WorkPlanLogReading {
  log: WorkPlanLog;
  problems: Problem[];
}

/** Plan Refs by knownRefId number (1 when some Plan row has the Ref). */
function planRefFlags(planRefs: ReadonlySet<string>): Uint8Array {
  const ids = Array.from(planRefs, refIdOfRef);
  const flags = new Uint8Array(refIdCount());
  for (const id of ids) if (id >= 0) flags[id] = 1;
  return flags;
}

/** The Refs of a list no Plan row has, in the order written (planRefs null: no Plan table, none unknown). */
function unknownRefsOf(list: RefList, planRefs: ReadonlySet<string> | null): readonly string[] {
  return planRefs ? list.refs.filter((ref) => !planRefs.has(ref)) : NO_REFS;
}

/** Shared by every activity without unknown Refs. */
const NO_REFS: readonly string[] = Object.freeze([]);

const EMPTY_REFS_ERROR = "Refs is empty; list the actions this activity serves, such as 1-a, 1-b";

function refsError(text: string, read: RefList | ParseFailure): string | null {
  if (text === "") return EMPTY_REFS_ERROR;
  return isFailure(read) ? `Refs "${text}": ${read.error}` : null;
}

function unknownRefsMessage(unknown: readonly string[]): string {
  return `Unknown Ref ${unknown.join(", ")}: no Plan row has ${unknown.length > 1 ? "these Refs" : "this Ref"}`;
}

const NO_LIST: RefList = Object.freeze({ refs: NO_REFS, ids: new Int32Array(0) });

/** A Refs cell's text and list (an empty cell reads as an empty list). */
function readRefsCell(text: string): RefList | ParseFailure {
  return text === "" ? NO_LIST : readRefIdsCached(text);
}

/**
 * The index of a Status text in `statuses`, `known` and `calledOff` (1 for a known Cancelled or
 * Postponed), read once per text.
 */
function statusIndex(statuses: string[], known: Array<string | undefined>, calledOff: number[], indexOf: Map<string, number>, text: string): number {
  let index = indexOf.get(text);
  if (index === undefined) {
    const canonical = STATUS_BY_KEY.get(text.toLowerCase());
    index = statuses.length;
    statuses.push(canonical ?? text);
    known.push(canonical);
    calledOff.push(canonical !== undefined && isActivityCalledOff(canonical) ? 1 : 0);
    indexOf.set(text, index);
  }
  return index;
}

/** The Members a Members cell names that the Members table does not have, read once per text. */
function unknownMembersOf(cache: Map<string, string[]>, codes: ReadonlyMap<string, string>, text: string): string[] {
  let unknown = cache.get(text);
  if (unknown === undefined) {
    unknown = splitMembers(text).filter((m) => memberCode(codes, m) === null);
    cache.set(text, unknown);
  }
  return unknown;
}

/** The columns a WorkPlan row loop reads, as indexes (-1: the table has none). */
const WORKPLAN_LOOP_COLUMNS = ["Status", "Planned", "Held on", "Participants", "Women", "Score", "Refs", "Members"] as const;
const STATUS = 0;
const PLANNED = 1;
const HELD_ON = 2;
const PARTICIPANTS = 3;
const WOMEN = 4;
const SCORE = 5;
const REFS = 6;
const MEMBERS = 7;

/**
 * The row loop of readWorkPlanLog: fills the log's columns (from entry 0), the Refs of each
 * activity (`refIds`, from `refStart`), the statuses and the Ref check, and returns how many rows
 * are not blank. Arrays, Maps and cells only (rowLoops.ts says why). `planFlags` is null without
 * a Plan table.
 */
function readActivityRows(
  bodyRows: readonly (readonly CellValue[] | undefined)[],
  columns: Int32Array,
  blankCheck: readonly number[],
  planFlags: Uint8Array | null,
  planRefs: ReadonlySet<string> | null,
  codes: ReadonlyMap<string, string> | null,
  rowOf: Int32Array,
  status: Int32Array,
  planned: Float64Array,
  heldOn: Float64Array,
  participants: Float64Array,
  women: Float64Array,
  score: Float64Array,
  refStart: Int32Array,
  refIds: number[],
  statuses: string[],
  known: Array<string | undefined>,
  refCheck: Array<string | null>,
  notes: Array<number | string>
): number {
  const statusIndexOf = new Map<string, number>();
  const calledOff: number[] = [];
  // Work plans list activities of one Status in runs: the Status of the row before is read again.
  let lastStatusText = "";
  let lastStatus = -1;
  // Work plans repeat the same Members: each distinct Members cell is read once.
  const unknownMembers = new Map<string, string[]>();
  let count = 0;
  for (let row = 0; row < bodyRows.length; row += 1) {
    const cells = bodyRows[row] ?? NO_CELLS;
    if (isBlankAt(cells, blankCheck)) continue;

    const statusText = cellText(cellAt(cells, columns[STATUS]));
    const statusAt = statusText === lastStatusText && lastStatus >= 0 ? lastStatus : statusIndex(statuses, known, calledOff, statusIndexOf, statusText);
    lastStatusText = statusText;
    lastStatus = statusAt;
    const knownStatus = known[statusAt];
    if (statusText !== "" && knownStatus === undefined) {
      note(notes, row, "Status", `Status "${statusText}" is unknown; expected one of ${WORKPLAN_STATUSES.join(", ")}`);
    }
    const plannedDate = readActivityDateCell(notes, row, cellAt(cells, columns[PLANNED]), "Planned");
    const heldOnCell = cellAt(cells, columns[HELD_ON]);
    const held = readActivityDateCell(notes, row, heldOnCell, "Held on");
    const heldOnWritten = !isEmptyCell(heldOnCell);
    // activityStatusProblem's conditions, with whether the Status is called off read once per Status.
    if ((held !== null && calledOff[statusAt] === 1) || (knownStatus === "Held" && !heldOnWritten)) {
      const statusProblem = activityStatusProblem(knownStatus, held, heldOnWritten);
      if (statusProblem !== null) note(notes, row, "Held on", statusProblem);
    }
    const people = readActivityCountCell(notes, row, cellAt(cells, columns[PARTICIPANTS]), "Participants");
    const womenCount = readActivityCountCell(notes, row, cellAt(cells, columns[WOMEN]), "Women");
    const scoreValue = readActivityCountCell(notes, row, cellAt(cells, columns[SCORE]), "Score");
    if (womenCount !== null && people !== null && womenCount > people) {
      note(notes, row, "Women", `Women (${womenCount}) is more than Participants (${people})`);
    }

    const refsText = cellText(cellAt(cells, columns[REFS]));
    const list = readRefsCell(refsText);
    if (refsText === "" || isFailure(list)) {
      note(notes, row, "Refs", refsError(refsText, list) as string);
      refCheck[row] = refsText === "" ? "No Refs" : "Unreadable Refs";
    } else {
      const ids = list.ids;
      let unknown = false;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i];
        refIds.push(id);
        if (planFlags !== null && !(id < planFlags.length && planFlags[id] === 1)) unknown = true;
      }
      refCheck[row] = unknown ? unknownRefsCheck(notes, row, list, planRefs) : "OK";
    }

    if (codes !== null) {
      const unknown = unknownMembersOf(unknownMembers, codes, cellText(cellAt(cells, columns[MEMBERS])));
      if (unknown.length > 0) {
        note(notes, row, "Members", `Unknown Member ${unknown.map((m) => `"${m}"`).join(", ")}; expected a code or name from the Members table`);
      }
    }

    rowOf[count] = row;
    status[count] = statusAt;
    planned[count] = plannedDate ?? NaN;
    heldOn[count] = held ?? NaN;
    participants[count] = people ?? NaN;
    women[count] = womenCount ?? NaN;
    score[count] = scoreValue ?? NaN;
    refStart[count + 1] = refIds.length;
    count += 1;
  }
  return count;
}

/**
 * Reads the WorkPlan table. `planRefs` (null without a Plan table) and `members` (null without a
 * Members table) give the cross-table checks.
 */
export function readWorkPlanLog(view: TableView, planRefs: ReadonlySet<string> | null, members: MemberLookup | null): WorkPlanLogReading {
  const columns = Int32Array.from(WORKPLAN_LOOP_COLUMNS, (header) => view.column(header));
  const blankCheck = blankCheckColumns(view, inputHeaders("WorkPlan"));
  const capacity = view.rowCount;
  const rowOf = new Int32Array(capacity);
  const status = new Int32Array(capacity);
  const planned = new Float64Array(capacity);
  const heldOn = new Float64Array(capacity);
  const participants = new Float64Array(capacity);
  const women = new Float64Array(capacity);
  const score = new Float64Array(capacity);
  const refStart = new Int32Array(capacity + 1);
  const refIds: number[] = [];
  const statuses: string[] = [];
  const known: Array<string | undefined> = [];
  const refCheck: (string | null)[] = new Array<string | null>(capacity).fill(null);
  const notes: Array<number | string> = [];
  const flags = planRefs ? planRefFlags(planRefs) : null;
  const codes = members !== null && members.size > 0 ? members.codes : null;
  const count = readActivityRows(
    view.data.rows, columns, blankCheck, flags, planRefs, codes,
    rowOf, status, planned, heldOn, participants, women, score, refStart, refIds, statuses, known, refCheck, notes
  );
  const problems: Problem[] = [];
  problemsOfNotes(view, notes, problems);
  return {
    log: {
      count,
      row: rowOf.subarray(0, count),
      status: status.subarray(0, count),
      statuses,
      planned: planned.subarray(0, count),
      heldOn: heldOn.subarray(0, count),
      participants: participants.subarray(0, count),
      women: women.subarray(0, count),
      score: score.subarray(0, count),
      refStart: refStart.subarray(0, count + 1),
      refIds: new Int32Array(refIds),
      refCheck,
    },
    problems,
  };
}

/** The problem and Ref check of an activity serving Refs no Plan row has. */
function unknownRefsCheck(notes: Array<number | string>, row: number, list: RefList, planRefs: ReadonlySet<string> | null): string {
  const unknownRefs = unknownRefsOf(list, planRefs);
  note(notes, row, "Refs", unknownRefsMessage(unknownRefs));
  return `Unknown: ${unknownRefs.join(", ")}`;
}

const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The activities of the log as the row objects validate.ts describes (built only when asked). */
export function inspectedActivities(log: WorkPlanLog, view: TableView, planRefs: ReadonlySet<string> | null): InspectedActivity[] {
  const col = columnIndexes(view, WORKPLAN_COLUMNS);
  const activities: InspectedActivity[] = [];
  for (let i = 0; i < log.count; i += 1) {
    const row = log.row[i];
    const refsText = view.textAt(row, col.Refs);
    const list = readRefsCell(refsText);
    const error = refsError(refsText, list);
    const read = isFailure(list) ? NO_LIST : list;
    activities.push({
      row,
      id: view.textAt(row, col.ID),
      fiscalYear: view.textAt(row, col["Fiscal year"]),
      activity: view.textAt(row, col.Activity),
      refsText,
      membersText: view.textAt(row, col.Members),
      type: view.textAt(row, col.Type),
      planned: numberOrNull(log.planned[i]),
      status: log.statuses[log.status[i]],
      heldOn: numberOrNull(log.heldOn[i]),
      participants: numberOrNull(log.participants[i]),
      women: numberOrNull(log.women[i]),
      score: numberOrNull(log.score[i]),
      refs: read.refs,
      unknownRefs: error === null ? unknownOrNone(read, planRefs) : NO_REFS,
      refsError: error,
    });
  }
  return activities;
}

function unknownOrNone(list: RefList, planRefs: ReadonlySet<string> | null): readonly string[] {
  if (!planRefs || list.refs.every((ref) => planRefs.has(ref))) return NO_REFS;
  return unknownRefsOf(list, planRefs);
}


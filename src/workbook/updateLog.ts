/**
 * The Updates table read column by column into typed arrays, with its problems found in the same
 * pass: a plan at its limit logs hundreds of thousands of updates, and one object per row (and per
 * typed cell read) cost more than everything the engine does with them. MeasureIndex folds this
 * log into per-Ref totals; `updateRowsOf` builds row objects for a consumer that wants them.
 *
 * The problems are those of readUpdateRows (rows.ts: Date, Part, Value) and of the cross-table
 * checks (unknown Ref, unknown Member), word for word.
 */
import type { CellValue } from "./gateway";
import type { Problem } from "./model";
import { TABLES } from "./schema";
import type { TableView } from "./tableView";
import { readDateCell, readNumberCell, readPositiveIntegerCell } from "./tableView";
import { cellText, isDateSerial, isEmptyCell } from "./cells";
import type { MemberLookup } from "./memberLookup";
import type { UpdateRow } from "./rows";
import { refKey, warnAt } from "./rows";

/** Updates rows as columns: entry i of each array is the i-th non-blank row. */
export interface UpdateLog {
  readonly count: number;
  /** Zero-based body row. */
  readonly row: Int32Array;
  /** Excel serial, NaN when the Date is empty or unreadable (such an update is ignored). */
  readonly date: Float64Array;
  /** Index into `refs`. */
  readonly ref: Int32Array;
  /** Empty or unreadable Part reads as 1. */
  readonly part: Float64Array;
  /** NaN when the Value is empty or unreadable. */
  readonly value: Float64Array;
  /** Index into `members`, -1 when the Member is empty. */
  readonly member: Int32Array;
  /** Normalized Refs (rows.ts refKey), each once. */
  readonly refs: readonly string[];
  /** Members as written (trimmed), each once. */
  readonly members: readonly string[];
}

export interface UpdateLogReading {
  log: UpdateLog;
  problems: Problem[];
}

/** What a distinct Ref cell reads as, found once per text. */
interface RefCell {
  ref: number;
  /** The problem message when no Plan row has the Ref, else null. */
  unknown: string | null;
}

interface MemberCell {
  member: number;
  unknown: string | null;
}

/** Each distinct text given one index. */
interface Interned {
  readonly texts: string[];
  readonly indexOf: Map<string, number>;
}

const interned = (): Interned => ({ texts: [], indexOf: new Map() });

function intern(into: Interned, text: string): number {
  let index = into.indexOf.get(text);
  if (index === undefined) {
    index = into.texts.length;
    into.texts.push(text);
    into.indexOf.set(text, index);
  }
  return index;
}

/** The key a cell is looked up by: strings as stored (trimmed later, once per text), others as text. */
function cellKey(value: CellValue): string {
  return typeof value === "string" ? value : cellText(value);
}

/** The cell at a column index (-1: the table has no such column). */
export function cellAt(cells: readonly CellValue[], column: number): CellValue {
  if (column < 0) return null;
  const cell = cells[column];
  return cell === undefined ? null : cell;
}

/** True when the cells at every listed column index are empty. */
export function isBlankAt(cells: readonly CellValue[], columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c += 1) {
    if (!isEmptyCell(cellAt(cells, columns[c]))) return false;
  }
  return true;
}

/** The Ref cells read so far. */
interface RefReads {
  readonly cells: Map<string, RefCell>;
  readonly refs: Interned;
  readonly planRefs: ReadonlySet<string> | null;
}

function readRef(reads: RefReads, cell: CellValue): RefCell {
  const key = cellKey(cell);
  let read = reads.cells.get(key);
  if (read === undefined) {
    const text = cellText(cell);
    const normalized = refKey(text);
    const unknown =
      reads.planRefs && !reads.planRefs.has(normalized)
        ? text === ""
          ? "Ref is empty; expected the Ref of a Plan row"
          : `Unknown Ref ${text}: no Plan row has this Ref`
        : null;
    read = { ref: intern(reads.refs, normalized), unknown };
    reads.cells.set(key, read);
  }
  return read;
}

/** The Member cells read so far. */
interface MemberReads {
  readonly cells: Map<string, MemberCell>;
  readonly members: Interned;
  /** null: no Members table, or an empty one; no Member is unknown. */
  readonly lookup: MemberLookup | null;
}

function readMember(reads: MemberReads, cell: CellValue): MemberCell {
  const key = cellKey(cell);
  let read = reads.cells.get(key);
  if (read === undefined) {
    const text = cellText(cell);
    const unknown =
      reads.lookup !== null && text !== "" && reads.lookup.resolve(text) === null
        ? `Unknown Member "${text}"; expected a code or name from the Members table`
        : null;
    read = { member: text === "" ? -1 : intern(reads.members, text), unknown };
    reads.cells.set(key, read);
  }
  return read;
}

const NO_CELLS: readonly CellValue[] = [];

/**
 * Reads the Updates table. `planRefs` (null without a Plan table) and `members` (null without a
 * Members table) give the cross-table checks. The row loop touches only arrays, cells and
 * module-level functions, so its optimized code outlives a full garbage collection (no
 * short-lived object's shape is built into it).
 */
export function readUpdateLog(view: TableView, planRefs: ReadonlySet<string> | null, members: MemberLookup | null): UpdateLogReading {
  const problems: Problem[] = [];
  const dateCol = view.column("Date");
  const refCol = view.column("Ref");
  const partCol = view.column("Part");
  const valueCol = view.column("Value");
  const memberCol = view.column("Member");
  const blankCheck = TABLES.Updates.columns
    .filter((c) => c.role === "input")
    .map((c) => view.column(c.header))
    .filter((index) => index >= 0);
  const bodyRows = view.data.rows;
  const capacity = bodyRows.length;
  const rowOf = new Int32Array(capacity);
  const date = new Float64Array(capacity);
  const ref = new Int32Array(capacity);
  const part = new Float64Array(capacity);
  const value = new Float64Array(capacity);
  const member = new Int32Array(capacity);
  const refReads: RefReads = { cells: new Map(), refs: interned(), planRefs };
  const memberReads: MemberReads = { cells: new Map(), members: interned(), lookup: members !== null && members.size > 0 ? members : null };

  let count = 0;
  for (let row = 0; row < capacity; row += 1) {
    const cells = bodyRows[row] ?? NO_CELLS;
    if (isBlankAt(cells, blankCheck)) continue;

    const dateCell = cellAt(cells, dateCol);
    if (typeof dateCell === "number" && isDateSerial(dateCell)) {
      date[count] = Math.floor(dateCell);
    } else {
      const read = readDateCell(dateCell);
      if (read.error) warnAt(problems, view, row, "Date", `Date ${read.error}; this update is ignored until it is fixed`);
      else if (read.value === null) warnAt(problems, view, row, "Date", "Date is empty; this update is ignored until it has a date");
      date[count] = read.value ?? NaN;
    }

    const refRead = readRef(refReads, cellAt(cells, refCol));
    ref[count] = refRead.ref;
    if (refRead.unknown !== null) warnAt(problems, view, row, "Ref", refRead.unknown);

    const partCell = cellAt(cells, partCol);
    if (typeof partCell === "number" && Number.isInteger(partCell) && partCell >= 1) {
      part[count] = partCell;
    } else {
      const read = readPositiveIntegerCell(partCell);
      if (read.error) warnAt(problems, view, row, "Part", `Part ${read.error}; using Part 1`);
      part[count] = read.value ?? 1;
    }

    const valueCell = cellAt(cells, valueCol);
    if (typeof valueCell === "number" && Number.isFinite(valueCell)) {
      value[count] = valueCell;
    } else {
      const read = readNumberCell(valueCell);
      if (read.error) warnAt(problems, view, row, "Value", `Value ${read.error}; expected a number`);
      value[count] = read.value ?? NaN;
    }

    const memberRead = readMember(memberReads, cellAt(cells, memberCol));
    member[count] = memberRead.member;
    if (memberRead.unknown !== null) warnAt(problems, view, row, "Member", memberRead.unknown);

    rowOf[count] = row;
    count += 1;
  }

  return {
    log: {
      count,
      row: rowOf.subarray(0, count),
      date: date.subarray(0, count),
      ref: ref.subarray(0, count),
      part: part.subarray(0, count),
      value: value.subarray(0, count),
      member: member.subarray(0, count),
      refs: refReads.refs.texts,
      members: memberReads.members.texts,
    },
    problems,
  };
}

/** A log of these rows (in their order), for callers that hold rows. */
export function updateLogOf(rows: readonly UpdateRow[]): UpdateLog {
  const refs = interned();
  const members = interned();
  const count = rows.length;
  const log = {
    count,
    row: new Int32Array(count),
    date: new Float64Array(count),
    ref: new Int32Array(count),
    part: new Float64Array(count),
    value: new Float64Array(count),
    member: new Int32Array(count),
    refs: refs.texts,
    members: members.texts,
  };
  rows.forEach((update, i) => {
    log.row[i] = update.row;
    log.date[i] = update.date ?? NaN;
    log.ref[i] = intern(refs, update.ref);
    log.part[i] = update.part;
    log.value[i] = update.value ?? NaN;
    log.member[i] = update.member === "" ? -1 : intern(members, update.member);
  });
  return log;
}

/** The log as row objects, for a consumer that wants rows (built only when asked). */
export function updateRowsOf(log: UpdateLog): UpdateRow[] {
  const rows: UpdateRow[] = [];
  for (let i = 0; i < log.count; i += 1) {
    rows.push({
      row: log.row[i],
      date: Number.isNaN(log.date[i]) ? null : log.date[i],
      ref: log.refs[log.ref[i]],
      part: log.part[i],
      value: Number.isNaN(log.value[i]) ? null : log.value[i],
      member: log.member[i] < 0 ? "" : log.members[log.member[i]],
    });
  }
  return rows;
}

/** The log of a workbook without an Updates table. */
export const EMPTY_UPDATE_LOG: UpdateLog = updateLogOf([]);

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
import type { TableView } from "./tableView";
import { readDateCell, readNumberCell, readPositiveIntegerCell } from "./tableView";
import { cellText, isDateSerial } from "./cells";
import type { MemberLookup } from "./memberLookup";
import { NO_CELLS, cellAt, isBlankAt, note, problemsOfNotes } from "./rowLoops";
import { memberCode } from "./memberLookup";
import type { UpdateRow } from "./rows";
import { blankCheckColumns, inputHeaders, refKey } from "./rows";
import { cachedParser } from "../core/parseCache";
import { intern } from "../core/intern";

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

/** Each distinct text given one index. */
interface Interned {
  readonly texts: string[];
  readonly indexOf: Map<string, number>;
}

const interned = (): Interned => ({ texts: [], indexOf: new Map() });

/** The key a cell is looked up by: strings as stored (trimmed later, once per text), others as text. */
function cellKey(value: CellValue): string {
  return typeof value === "string" ? value : cellText(value);
}

/** Ref cells read so far (rows.ts refKey), kept between recalculations: the function is pure. */
const refKeyCached = cachedParser(refKey, 16_384);

/** The index of a Ref cell's reading in `cellRef` and `cellProblem`, read once per text. */
function refCellIndex(
  refCells: Map<string, number>,
  cellRef: number[],
  cellProblem: Array<string | null>,
  refs: string[],
  refIndexOf: Map<string, number>,
  planRefs: ReadonlySet<string> | null,
  cell: CellValue
): number {
  const key = cellKey(cell);
  let index = refCells.get(key);
  if (index === undefined) {
    const text = cellText(cell);
    const normalized = refKeyCached(text);
    index = cellRef.length;
    cellRef.push(intern(refs, refIndexOf, normalized));
    cellProblem.push(
      planRefs && !planRefs.has(normalized)
        ? text === ""
          ? "Ref is empty; expected the Ref of a Plan row"
          : `Unknown Ref ${text}: no Plan row has this Ref`
        : null
    );
    refCells.set(key, index);
  }
  return index;
}

/** The index of a Member cell's reading in `cellMember` and `cellProblem`, read once per text. */
function memberCellIndex(
  memberCells: Map<string, number>,
  cellMember: number[],
  cellProblem: Array<string | null>,
  members: string[],
  memberIndexOf: Map<string, number>,
  codes: ReadonlyMap<string, string> | null,
  cell: CellValue
): number {
  const key = cellKey(cell);
  let index = memberCells.get(key);
  if (index === undefined) {
    const text = cellText(cell);
    index = cellMember.length;
    cellMember.push(text === "" ? -1 : intern(members, memberIndexOf, text));
    cellProblem.push(
      codes !== null && text !== "" && memberCode(codes, text) === null
        ? `Unknown Member "${text}"; expected a code or name from the Members table`
        : null
    );
    memberCells.set(key, index);
  }
  return index;
}

/** The columns an Updates row loop reads, as indexes (-1: the table has none). */
const DATE = 0;
const REF = 1;
const PART = 2;
const VALUE = 3;
const MEMBER = 4;

/**
 * The row loop of readUpdateLog: fills the log's columns (from entry 0) and returns how many
 * rows are not blank. Arrays, Maps and cells only (rowLoops.ts says why).
 */
function readUpdateRows(
  bodyRows: readonly (readonly CellValue[] | undefined)[],
  columns: Int32Array,
  blankCheck: readonly number[],
  planRefs: ReadonlySet<string> | null,
  codes: ReadonlyMap<string, string> | null,
  rowOf: Int32Array,
  date: Float64Array,
  ref: Int32Array,
  part: Float64Array,
  value: Float64Array,
  member: Int32Array,
  refs: string[],
  members: string[],
  notes: Array<number | string>
): number {
  const refCells = new Map<string, number>();
  const refIndexOf = new Map<string, number>();
  const memberIndexOf = new Map<string, number>();
  const cellRef: number[] = [];
  const refProblem: Array<string | null> = [];
  const memberCells = new Map<string, number>();
  const cellMember: number[] = [];
  const memberProblem: Array<string | null> = [];
  let count = 0;
  for (let row = 0; row < bodyRows.length; row += 1) {
    const cells = bodyRows[row] ?? NO_CELLS;
    if (isBlankAt(cells, blankCheck)) continue;

    const dateCell = cellAt(cells, columns[DATE]);
    if (typeof dateCell === "number" && isDateSerial(dateCell)) {
      date[count] = Math.floor(dateCell);
    } else {
      const read = readDateCell(dateCell);
      if (read.error) note(notes, row, "Date", `Date ${read.error}; this update is ignored until it is fixed`);
      else if (read.value === null) note(notes, row, "Date", "Date is empty; this update is ignored until it has a date");
      date[count] = read.value ?? NaN;
    }

    const refCell = refCellIndex(refCells, cellRef, refProblem, refs, refIndexOf, planRefs, cellAt(cells, columns[REF]));
    ref[count] = cellRef[refCell];
    const unknownRef = refProblem[refCell];
    if (unknownRef !== null) note(notes, row, "Ref", unknownRef);

    const partCell = cellAt(cells, columns[PART]);
    if (typeof partCell === "number" && Number.isInteger(partCell) && partCell >= 1) {
      part[count] = partCell;
    } else if (partCell === null) {
      part[count] = 1;
    } else {
      const read = readPositiveIntegerCell(partCell);
      if (read.error) note(notes, row, "Part", `Part ${read.error}; using Part 1`);
      part[count] = read.value ?? 1;
    }

    const valueCell = cellAt(cells, columns[VALUE]);
    if (typeof valueCell === "number" && Number.isFinite(valueCell)) {
      value[count] = valueCell;
    } else {
      const read = readNumberCell(valueCell);
      if (read.error) note(notes, row, "Value", `Value ${read.error}; expected a number`);
      value[count] = read.value ?? NaN;
    }

    const memberCell = memberCellIndex(memberCells, cellMember, memberProblem, members, memberIndexOf, codes, cellAt(cells, columns[MEMBER]));
    member[count] = cellMember[memberCell];
    const unknownMember = memberProblem[memberCell];
    if (unknownMember !== null) note(notes, row, "Member", unknownMember);

    rowOf[count] = row;
    count += 1;
  }
  return count;
}

/**
 * Reads the Updates table. `planRefs` (null without a Plan table) and `members` (null without a
 * Members table) give the cross-table checks.
 */
export function readUpdateLog(view: TableView, planRefs: ReadonlySet<string> | null, members: MemberLookup | null): UpdateLogReading {
  const columns = Int32Array.from(["Date", "Ref", "Part", "Value", "Member"], (header) => view.column(header));
  const blankCheck = blankCheckColumns(view, inputHeaders("Updates"));
  const bodyRows = view.data.rows;
  const capacity = bodyRows.length;
  const rowOf = new Int32Array(capacity);
  const date = new Float64Array(capacity);
  const ref = new Int32Array(capacity);
  const part = new Float64Array(capacity);
  const value = new Float64Array(capacity);
  const member = new Int32Array(capacity);
  const refs: string[] = [];
  const memberTexts: string[] = [];
  const notes: Array<number | string> = [];
  const codes = members !== null && members.size > 0 ? members.codes : null;
  const count = readUpdateRows(bodyRows, columns, blankCheck, planRefs, codes, rowOf, date, ref, part, value, member, refs, memberTexts, notes);
  const problems: Problem[] = [];
  problemsOfNotes(view, notes, problems);
  return {
    log: {
      count,
      row: rowOf.subarray(0, count),
      date: date.subarray(0, count),
      ref: ref.subarray(0, count),
      part: part.subarray(0, count),
      value: value.subarray(0, count),
      member: member.subarray(0, count),
      refs,
      members: memberTexts,
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
    log.ref[i] = intern(refs.texts, refs.indexOf, update.ref);
    log.part[i] = update.part;
    log.value[i] = update.value ?? NaN;
    log.member[i] = update.member === "" ? -1 : intern(members.texts, members.indexOf, update.member);
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

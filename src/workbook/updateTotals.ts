/**
 * The Updates log folded into totals per Ref and Part (measures.ts), kept as columns of plain
 * number arrays rather than one object per Ref and Part: numbers stored in object fields are
 * boxed one allocation per write, and at 200,000 updates that garbage cost more than the fold.
 */
import type { UpdateLog } from "./updateLog";
import { EMPTY_UPDATE_LOG } from "./updateLog";
import { keepShape } from "./shapes";

/** What the updates of one Ref and Part, dated up to as-of, add up to. */
export interface UpdateTotals {
  rows: number;
  /** Value of the latest dated row with a value (the later row on the same date). */
  latest: number | null;
  sum: number | null;
  /** Distinct Members named. */
  members: number;
  newestDate: number | null;
}

export const NO_UPDATES: Readonly<UpdateTotals> = Object.freeze({ rows: 0, latest: null, sum: null, members: 0, newestDate: null });

/** Parts up to this many are found by array index; higher ones (rare) through a Map. */
const DIRECT_PARTS = 8;
/** Above this many distinct Members, each Ref and Part keeps a Set instead of one flag per Member. */
const MEMBER_FLAGS_LIMIT = 64;

/** The totals of every slot (a Ref and Part), entry `slot` of each array. */
interface FoldedUpdates {
  rows: Float64Array;
  newestDate: Float64Array;
  latest: Float64Array;
  latestDate: Float64Array;
  valued: Uint8Array;
  sum: Float64Array;
  memberCount: Float64Array;
}

/**
 * Each row's slot (-1 for a row without a date up to as-of), slots numbered in the order first
 * met; returns how many slots there are. Parts 1 … DIRECT_PARTS of a Ref are found through
 * `slotOf`, higher ones through `otherSlots`.
 *
 * This and foldUpdates are the loops over every update. They take typed arrays, Maps and
 * numbers only, never an object made for one recalculation: V8 builds the shapes of the objects
 * a function touches into its optimized code and throws that code away when a full garbage
 * collection frees the last object of such a shape, so a loop that touched one would run
 * unoptimized again after every collection between two recalculations.
 */
function assignSlots(dates: Float64Array, refs: Int32Array, parts: Float64Array, count: number, asOf: number, slotOf: Int32Array, otherSlots: Map<string, number>, slotOfRow: Int32Array): number {
  let slots = 0;
  for (let i = 0; i < count; i += 1) {
    if (!(dates[i] <= asOf)) {
      slotOfRow[i] = -1; // NaN: no readable date
      continue;
    }
    const part = parts[i];
    let slot: number;
    if (part >= 1 && part <= DIRECT_PARTS) {
      const key = refs[i] * DIRECT_PARTS + part - 1;
      slot = slotOf[key];
      if (slot < 0) slotOf[key] = slot = slots++;
    } else {
      slot = otherSlot(otherSlots, refs[i], part, slots);
      if (slot === slots) slots += 1;
    }
    slotOfRow[i] = slot;
  }
  return slots;
}

function otherSlot(otherSlots: Map<string, number>, ref: number, part: number, next: number): number {
  const key = `${ref}#${part}`;
  const slot = otherSlots.get(key);
  if (slot !== undefined) return slot;
  otherSlots.set(key, next);
  return next;
}

/**
 * Adds every update to its slot's totals (the arrays after `sets`, by slot). With few Members,
 * flag [slot × flagsPerSlot + identity] is 1 once the Member is counted; with many
 * (flagsPerSlot 0), `sets` holds a Set per slot.
 */
function foldUpdates(
  dates: Float64Array,
  values: Float64Array,
  members: Int32Array,
  slotOfRow: Int32Array,
  identities: Int32Array,
  flagsPerSlot: number,
  flags: Uint8Array,
  sets: Set<number>[],
  rows: Float64Array,
  newestDate: Float64Array,
  latest: Float64Array,
  latestDate: Float64Array,
  valued: Uint8Array,
  sum: Float64Array,
  memberCount: Float64Array
): void {
  // In log order, so that on the same date the later row of the append-only log wins.
  for (let i = 0; i < slotOfRow.length; i += 1) {
    const slot = slotOfRow[i];
    if (slot < 0) continue;
    const date = dates[i];
    rows[slot] += 1;
    if (date > newestDate[slot]) newestDate[slot] = date;
    const value = values[i];
    if (value === value) {
      // not NaN: the row has a value
      if (date >= latestDate[slot]) {
        latest[slot] = value;
        latestDate[slot] = date;
      }
      valued[slot] = 1;
      sum[slot] += value;
    }
    const member = members[i];
    if (member < 0) continue;
    const identity = identities[member];
    if (flagsPerSlot > 0) {
      const flag = slot * flagsPerSlot + identity;
      if (flags[flag] === 0) {
        flags[flag] = 1;
        memberCount[slot] += 1;
      }
    } else {
      const set = sets[slot];
      set.add(identity);
      memberCount[slot] = set.size;
    }
  }
}

export class UpdateTotalsTable {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: UpdateTotalsTable = keepShape(new UpdateTotalsTable(EMPTY_UPDATE_LOG, 0, new Int32Array(0), 0));

  private readonly slotOf: Int32Array;
  private readonly otherSlots = new Map<string, number>();
  private readonly refIndex = new Map<string, number>();
  private readonly folded: FoldedUpdates;

  /**
   * `identities[m]` is the identity number (below `identityCount`) of the log's Member m: texts
   * of the same Member share one.
   */
  constructor(log: UpdateLog, asOf: number, identities: Int32Array, identityCount: number) {
    log.refs.forEach((ref, index) => this.refIndex.set(ref, index));
    this.slotOf = new Int32Array(log.refs.length * DIRECT_PARTS).fill(-1);
    const slotOfRow = new Int32Array(log.count);
    const slots = assignSlots(log.date, log.ref, log.part, log.count, asOf, this.slotOf, this.otherSlots, slotOfRow);
    const folded: FoldedUpdates = {
      rows: new Float64Array(slots),
      newestDate: new Float64Array(slots).fill(-Infinity),
      latest: new Float64Array(slots),
      latestDate: new Float64Array(slots).fill(-Infinity),
      valued: new Uint8Array(slots),
      sum: new Float64Array(slots),
      memberCount: new Float64Array(slots),
    };
    const flagsPerSlot = identityCount <= MEMBER_FLAGS_LIMIT ? identityCount : 0;
    const sets = flagsPerSlot > 0 ? [] : Array.from({ length: slots }, () => new Set<number>());
    const { rows, newestDate, latest, latestDate, valued, sum, memberCount } = folded;
    foldUpdates(log.date, log.value, log.member, slotOfRow, identities, flagsPerSlot, new Uint8Array(slots * flagsPerSlot), sets, rows, newestDate, latest, latestDate, valued, sum, memberCount);
    this.folded = folded;
  }

  /** The totals of a Ref and Part (NO_UPDATES when none is dated up to as-of). */
  totals(ref: string, part: number): Readonly<UpdateTotals> {
    const refIndex = this.refIndex.get(ref);
    if (refIndex === undefined) return NO_UPDATES;
    const slot = this.findSlot(refIndex, part);
    const { rows, valued, latest, sum, memberCount, newestDate } = this.folded;
    if (slot < 0 || rows[slot] === 0) return NO_UPDATES;
    return {
      rows: rows[slot],
      latest: valued[slot] ? latest[slot] : null,
      sum: valued[slot] ? sum[slot] : null,
      members: memberCount[slot],
      newestDate: newestDate[slot],
    };
  }

  private findSlot(ref: number, part: number): number {
    if (part >= 1 && part <= DIRECT_PARTS) return this.slotOf[ref * DIRECT_PARTS + part - 1];
    return this.otherSlots.get(`${ref}#${part}`) ?? -1;
  }
}

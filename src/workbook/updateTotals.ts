/**
 * The Updates log folded into totals per Ref and Part (measures.ts), kept as columns of plain
 * number arrays rather than one object per Ref and Part: numbers stored in object fields are
 * boxed one allocation per write, and at 200,000 updates that garbage cost more than the fold.
 */
import type { UpdateLog } from "./updateLog";

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
const MEMBER_FLAGS_LIMIT = 1024;

export class UpdateTotalsTable {
  private readonly slotOf: Int32Array;
  private readonly otherSlots = new Map<string, number>();
  private readonly rows: number[] = [];
  private readonly newestDate: number[] = [];
  private readonly latest: number[] = [];
  private readonly latestDate: number[] = [];
  private readonly valued: number[] = [];
  private readonly sum: number[] = [];
  private readonly memberCount: number[] = [];
  private readonly memberFlags: Uint8Array[] = [];
  private readonly memberSets: Set<number>[] = [];
  private readonly refIndex = new Map<string, number>();

  /**
   * `identities[m]` is the identity number (below `identityCount`) of the log's Member m: texts
   * of the same Member share one.
   */
  constructor(log: UpdateLog, asOf: number, identities: Int32Array, identityCount: number) {
    log.refs.forEach((ref, index) => this.refIndex.set(ref, index));
    this.slotOf = new Int32Array(log.refs.length * DIRECT_PARTS).fill(-1);
    const useFlags = identityCount <= MEMBER_FLAGS_LIMIT;
    const { date: dates, ref: refs, part: parts, value: values, member: members, count } = log;
    const { rows, newestDate, latest, latestDate, valued, sum, memberCount, memberFlags, memberSets } = this;
    // In log order, so that on the same date the later row of the append-only log wins.
    for (let i = 0; i < count; i += 1) {
      const date = dates[i];
      if (!(date <= asOf)) continue; // NaN: no readable date
      const slot = this.slotFor(refs[i], parts[i], useFlags ? identityCount : -1);
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
      if (member >= 0) {
        const identity = identities[member];
        if (useFlags) {
          const flags = memberFlags[slot];
          if (flags[identity] === 0) {
            flags[identity] = 1;
            memberCount[slot] += 1;
          }
        } else {
          memberSets[slot].add(identity);
          memberCount[slot] = memberSets[slot].size;
        }
      }
    }
  }

  /** The totals of a Ref and Part (NO_UPDATES when none is dated up to as-of). */
  totals(ref: string, part: number): Readonly<UpdateTotals> {
    const refIndex = this.refIndex.get(ref);
    if (refIndex === undefined) return NO_UPDATES;
    const slot = this.findSlot(refIndex, part);
    if (slot < 0 || this.rows[slot] === 0) return NO_UPDATES;
    return {
      rows: this.rows[slot],
      latest: this.valued[slot] ? this.latest[slot] : null,
      sum: this.valued[slot] ? this.sum[slot] : null,
      members: this.memberCount[slot],
      newestDate: this.newestDate[slot],
    };
  }

  private findSlot(ref: number, part: number): number {
    if (part >= 1 && part <= DIRECT_PARTS) return this.slotOf[ref * DIRECT_PARTS + part - 1];
    return this.otherSlots.get(`${ref}#${part}`) ?? -1;
  }

  /** The slot of a Ref and Part, made on first use; `flagCount` < 0 keeps Members in a Set. */
  private slotFor(ref: number, part: number, flagCount: number): number {
    const direct = part >= 1 && part <= DIRECT_PARTS;
    const slot = direct ? this.slotOf[ref * DIRECT_PARTS + part - 1] : this.otherSlots.get(`${ref}#${part}`) ?? -1;
    if (slot >= 0) return slot;
    const created = this.rows.length;
    if (direct) this.slotOf[ref * DIRECT_PARTS + part - 1] = created;
    else this.otherSlots.set(`${ref}#${part}`, created);
    this.rows.push(0);
    this.newestDate.push(-Infinity);
    this.latest.push(0);
    this.latestDate.push(-Infinity);
    this.valued.push(0);
    this.sum.push(0);
    this.memberCount.push(0);
    if (flagCount >= 0) this.memberFlags.push(new Uint8Array(flagCount));
    else this.memberSets.push(new Set());
    return created;
  }
}

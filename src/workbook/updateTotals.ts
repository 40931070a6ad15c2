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
const MEMBER_FLAGS_LIMIT = 64;

/** Typed arrays: their element kind never changes, so the fold's optimized code never has to be thrown away. */
function grown<T extends Float64Array | Uint8Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as { new (n: number): T })(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class UpdateTotalsTable {
  private readonly slotOf: Int32Array;
  private readonly otherSlots = new Map<string, number>();
  private slots = 0;
  private rows = new Float64Array(256);
  private newestDate = new Float64Array(256);
  private latest = new Float64Array(256);
  private latestDate = new Float64Array(256);
  private valued = new Uint8Array(256);
  private sum = new Float64Array(256);
  private memberCount = new Float64Array(256);
  /** With few Members: flag [slot × identityCount + identity] is 1 once the Member is counted. */
  private memberFlags = new Uint8Array(0);
  private readonly memberSets: Set<number>[] = [];
  private readonly flagsPerSlot: number;
  private readonly refIndex = new Map<string, number>();

  /**
   * `identities[m]` is the identity number (below `identityCount`) of the log's Member m: texts
   * of the same Member share one.
   */
  constructor(log: UpdateLog, asOf: number, identities: Int32Array, identityCount: number) {
    log.refs.forEach((ref, index) => this.refIndex.set(ref, index));
    this.slotOf = new Int32Array(log.refs.length * DIRECT_PARTS).fill(-1);
    this.flagsPerSlot = identityCount <= MEMBER_FLAGS_LIMIT ? identityCount : -1;
    const { date: dates, ref: refs, part: parts, value: values, member: members, count } = log;
    // In log order, so that on the same date the later row of the append-only log wins.
    for (let i = 0; i < count; i += 1) {
      const date = dates[i];
      if (!(date <= asOf)) continue; // NaN: no readable date
      const slot = this.slotFor(refs[i], parts[i]);
      this.rows[slot] += 1;
      if (date > this.newestDate[slot]) this.newestDate[slot] = date;
      const value = values[i];
      if (value === value) {
        // not NaN: the row has a value
        if (date >= this.latestDate[slot]) {
          this.latest[slot] = value;
          this.latestDate[slot] = date;
        }
        this.valued[slot] = 1;
        this.sum[slot] += value;
      }
      const member = members[i];
      if (member >= 0) this.countMember(slot, identities[member]);
    }
  }

  private countMember(slot: number, identity: number): void {
    if (this.flagsPerSlot >= 0) {
      const flag = slot * this.flagsPerSlot + identity;
      if (this.memberFlags[flag] === 0) {
        this.memberFlags[flag] = 1;
        this.memberCount[slot] += 1;
      }
    } else {
      const members = this.memberSets[slot];
      members.add(identity);
      this.memberCount[slot] = members.size;
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

  /** The slot of a Ref and Part, made on first use. */
  private slotFor(ref: number, part: number): number {
    const direct = part >= 1 && part <= DIRECT_PARTS;
    const slot = direct ? this.slotOf[ref * DIRECT_PARTS + part - 1] : this.otherSlots.get(`${ref}#${part}`) ?? -1;
    if (slot >= 0) return slot;
    const created = this.slots;
    this.slots += 1;
    if (direct) this.slotOf[ref * DIRECT_PARTS + part - 1] = created;
    else this.otherSlots.set(`${ref}#${part}`, created);
    if (created >= this.rows.length) this.grow(created + 1);
    this.newestDate[created] = -Infinity;
    this.latestDate[created] = -Infinity;
    if (this.flagsPerSlot >= 0) this.memberFlags = grown(this.memberFlags, (created + 1) * this.flagsPerSlot);
    else this.memberSets.push(new Set());
    return created;
  }

  private grow(length: number): void {
    this.rows = grown(this.rows, length);
    this.newestDate = grown(this.newestDate, length);
    this.latest = grown(this.latest, length);
    this.latestDate = grown(this.latestDate, length);
    this.valued = grown(this.valued, length);
    this.sum = grown(this.sum, length);
    this.memberCount = grown(this.memberCount, length);
  }
}

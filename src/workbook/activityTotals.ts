/**
 * WorkPlan activities folded into totals per Ref (measures.ts), kept as columns of plain number
 * arrays rather than one object per Ref, for the same reason as updateTotals.ts: numbers written
 * to object fields are boxed, one allocation per write.
 */
import { isActivityHeld } from "../core/activityStatus";

export interface ActivityFacts {
  /** Normalized Refs the activity serves. */
  refs: readonly string[];
  status: string;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  score: number | null;
}

export interface ActivityTotals {
  serving: number;
  held: number;
  women: number;
  participantsWithWomen: number;
  scoreSum: number;
  scoreWeight: number;
  newestHeld: number | null;
}

/** Totals of a Ref no activity serves. */
export const NO_ACTIVITIES: Readonly<ActivityTotals> = Object.freeze({
  serving: 0,
  held: 0,
  women: 0,
  participantsWithWomen: 0,
  scoreSum: 0,
  scoreWeight: 0,
  newestHeld: null,
});

function grown(array: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  if (array.length >= length) return array;
  const bigger = new Float64Array(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * isActivityHeld for the few Status texts of a work plan, asked once per Status: for a given
 * Status the rule depends on the Held on date only through whether there is one and whether it
 * is on or before as-of.
 */
export class HeldRule {
  private readonly outcomes = new Map<string, readonly [undated: boolean, onOrBefore: boolean, after: boolean]>();

  constructor(private readonly asOf: number) {}

  isHeld(status: string, heldOn: number | null): boolean {
    let outcome = this.outcomes.get(status);
    if (outcome === undefined) {
      const { asOf } = this;
      outcome = [isActivityHeld(status, null, asOf), isActivityHeld(status, asOf, asOf), isActivityHeld(status, asOf + 1, asOf)];
      this.outcomes.set(status, outcome);
    }
    return heldOn === null ? outcome[0] : heldOn <= this.asOf ? outcome[1] : outcome[2];
  }
}

export class ActivityTotalsTable {
  private readonly slotOf = new Map<string, number>();
  private slots = 0;
  private serving = new Float64Array(256);
  private held = new Float64Array(256);
  private women = new Float64Array(256);
  private participantsWithWomen = new Float64Array(256);
  private scoreSum = new Float64Array(256);
  private scoreWeight = new Float64Array(256);
  private newestHeld = new Float64Array(256);

  constructor(activities: readonly ActivityFacts[], asOf: number) {
    const rule = new HeldRule(asOf);
    for (let a = 0; a < activities.length; a += 1) {
      const activity = activities[a];
      // Whether an activity is held is decided once, not once per Ref it serves.
      const held = rule.isHeld(activity.status, activity.heldOn);
      const { refs, heldOn, participants, women, score } = activity;
      const countsWomen = participants !== null && participants > 0 && women !== null;
      const weight = participants !== null && participants > 0 ? participants : 1;
      for (let i = 0; i < refs.length; i += 1) {
        if (i > 0 && refs.indexOf(refs[i]) !== i) continue; // a Ref written twice serves once
        const slot = this.slotFor(refs[i]);
        this.serving[slot] += 1;
        if (!held) continue;
        this.held[slot] += 1;
        if (heldOn !== null && heldOn > this.newestHeld[slot]) this.newestHeld[slot] = heldOn;
        if (countsWomen) {
          this.women[slot] += women as number;
          this.participantsWithWomen[slot] += participants as number;
        }
        if (score !== null) {
          this.scoreSum[slot] += score * weight;
          this.scoreWeight[slot] += weight;
        }
      }
    }
  }

  totals(ref: string): Readonly<ActivityTotals> {
    const slot = this.slotOf.get(ref);
    if (slot === undefined) return NO_ACTIVITIES;
    return {
      serving: this.serving[slot],
      held: this.held[slot],
      women: this.women[slot],
      participantsWithWomen: this.participantsWithWomen[slot],
      scoreSum: this.scoreSum[slot],
      scoreWeight: this.scoreWeight[slot],
      newestHeld: this.newestHeld[slot] === -Infinity ? null : this.newestHeld[slot],
    };
  }

  private slotFor(ref: string): number {
    let slot = this.slotOf.get(ref);
    if (slot === undefined) {
      slot = this.slots;
      this.slots += 1;
      this.slotOf.set(ref, slot);
      if (slot >= this.serving.length) {
        const length = slot + 1;
        this.serving = grown(this.serving, length);
        this.held = grown(this.held, length);
        this.women = grown(this.women, length);
        this.participantsWithWomen = grown(this.participantsWithWomen, length);
        this.scoreSum = grown(this.scoreSum, length);
        this.scoreWeight = grown(this.scoreWeight, length);
        this.newestHeld = grown(this.newestHeld, length);
      }
      this.newestHeld[slot] = -Infinity;
    }
    return slot;
  }
}

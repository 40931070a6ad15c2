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

export class ActivityTotalsTable {
  private readonly slotOf = new Map<string, number>();
  private readonly serving: number[] = [];
  private readonly held: number[] = [];
  private readonly women: number[] = [];
  private readonly participantsWithWomen: number[] = [];
  private readonly scoreSum: number[] = [];
  private readonly scoreWeight: number[] = [];
  private readonly newestHeld: number[] = [];

  constructor(activities: readonly ActivityFacts[], asOf: number) {
    for (let a = 0; a < activities.length; a += 1) {
      const activity = activities[a];
      // Whether an activity is held is decided once, not once per Ref it serves.
      const held = isActivityHeld(activity.status, activity.heldOn, asOf);
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
      slot = this.serving.length;
      this.slotOf.set(ref, slot);
      this.serving.push(0);
      this.held.push(0);
      this.women.push(0);
      this.participantsWithWomen.push(0);
      this.scoreSum.push(0);
      this.scoreWeight.push(0);
      this.newestHeld.push(-Infinity);
    }
    return slot;
  }
}

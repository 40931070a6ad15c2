/**
 * The WorkPlan log (workPlanLog.ts) folded into totals per Ref, the same totals as
 * ActivityTotalsTable folds from activity objects, added up in the same order. Refs are found by
 * their numbers (src/core/actionRefs.ts knownRefId), so the fold indexes arrays and looks
 * nothing up per activity and Ref.
 */
import type { ActivityTotals } from "./activityTotals";
import { HeldRule, NO_ACTIVITIES } from "./activityTotals";
import type { WorkPlanLog } from "./workPlanLog";
import { EMPTY_WORKPLAN_LOG } from "./workPlanLog";
import { keepShape } from "./shapes";
import { knownRefId, refIdCount } from "../core/actionRefs";

/** The totals of every Ref, entry `id` (knownRefId) of each array. */
interface FoldedActivities {
  serving: Float64Array;
  held: Float64Array;
  women: Float64Array;
  participantsWithWomen: Float64Array;
  scoreSum: Float64Array;
  scoreWeight: Float64Array;
  newestHeld: Float64Array;
}

/**
 * Adds every activity to the totals of the Refs it serves (the arrays after `asOf`, by Ref
 * number). `heldIf[status × 3 + k]` is 1 when an activity of that status is held with no Held on
 * date (k 0), one on or before as-of (k 1) or one after it (k 2). It takes typed arrays and
 * numbers only, never an object made for one recalculation, for the reason updateTotals.ts
 * assignSlots gives.
 */
function foldActivities(
  status: Int32Array,
  heldOns: Float64Array,
  people: Float64Array,
  womenCounts: Float64Array,
  scores: Float64Array,
  refStart: Int32Array,
  refIds: Int32Array,
  heldIf: Uint8Array,
  asOf: number,
  serving: Float64Array,
  held: Float64Array,
  women: Float64Array,
  participantsWithWomen: Float64Array,
  scoreSum: Float64Array,
  scoreWeight: Float64Array,
  newestHeld: Float64Array
): void {
  for (let a = 0; a < status.length; a += 1) {
    const heldOn = heldOns[a];
    // NaN (no Held on date) compares false both ways.
    const isHeld = heldIf[status[a] * 3 + (heldOn !== heldOn ? 0 : heldOn <= asOf ? 1 : 2)] === 1;
    const participants = people[a];
    const womenCount = womenCounts[a];
    const score = scores[a];
    const countsWomen = participants > 0 && womenCount === womenCount;
    const weight = participants > 0 ? participants : 1;
    const end = refStart[a + 1];
    for (let r = refStart[a]; r < end; r += 1) {
      const id = refIds[r];
      serving[id] += 1;
      if (!isHeld) continue;
      held[id] += 1;
      if (heldOn > newestHeld[id]) newestHeld[id] = heldOn;
      if (countsWomen) {
        women[id] += womenCount;
        participantsWithWomen[id] += participants;
      }
      if (score === score) {
        scoreSum[id] += score * weight;
        scoreWeight[id] += weight;
      }
    }
  }
}

export class ActivityLogTotals {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: ActivityLogTotals = keepShape(new ActivityLogTotals(EMPTY_WORKPLAN_LOG, 0));

  private readonly folded: FoldedActivities;

  constructor(log: WorkPlanLog, asOf: number) {
    const rule = new HeldRule(asOf);
    const heldIf = new Uint8Array(log.statuses.length * 3);
    log.statuses.forEach((status, s) => {
      heldIf[s * 3] = rule.isHeld(status, null) ? 1 : 0;
      heldIf[s * 3 + 1] = rule.isHeld(status, asOf) ? 1 : 0;
      heldIf[s * 3 + 2] = rule.isHeld(status, asOf + 1) ? 1 : 0;
    });
    // Every number in the log was given before it was read, so all are below the count now.
    const refs = refIdCount();
    const folded: FoldedActivities = {
      serving: new Float64Array(refs),
      held: new Float64Array(refs),
      women: new Float64Array(refs),
      participantsWithWomen: new Float64Array(refs),
      scoreSum: new Float64Array(refs),
      scoreWeight: new Float64Array(refs),
      newestHeld: new Float64Array(refs).fill(-Infinity),
    };
    const { serving, held, women, participantsWithWomen, scoreSum, scoreWeight, newestHeld } = folded;
    foldActivities(log.status, log.heldOn, log.participants, log.women, log.score, log.refStart, log.refIds, heldIf, asOf, serving, held, women, participantsWithWomen, scoreSum, scoreWeight, newestHeld);
    this.folded = folded;
  }

  totals(ref: string): Readonly<ActivityTotals> {
    const id = knownRefId(ref);
    const { serving, held, women, participantsWithWomen, scoreSum, scoreWeight, newestHeld } = this.folded;
    if (id < 0 || id >= serving.length || serving[id] === 0) return NO_ACTIVITIES;
    return {
      serving: serving[id],
      held: held[id],
      women: women[id],
      participantsWithWomen: participantsWithWomen[id],
      scoreSum: scoreSum[id],
      scoreWeight: scoreWeight[id],
      newestHeld: newestHeld[id] === -Infinity ? null : newestHeld[id],
    };
  }
}

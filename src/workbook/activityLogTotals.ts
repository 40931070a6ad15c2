/**
 * The WorkPlan log (workPlanLog.ts) folded into totals per Ref, the same totals as
 * ActivityTotalsTable folds from activity objects, added up in the same order. Refs are found by
 * their numbers (src/core/actionRefs.ts knownRefId), so the fold indexes arrays and looks
 * nothing up per activity and Ref.
 */
import type { ActivityTotals } from "./activityTotals";
import { HeldRule, NO_ACTIVITIES } from "./activityTotals";
import type { WorkPlanLog } from "./workPlanLog";
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
 * The fold itself, over typed arrays only: a function whose optimized code depends on no
 * short-lived object's shape, so a full garbage collection between recalculations does not
 * throw it away. `heldIf[status × 3 + k]` is 1 when an activity of that status is held with no
 * Held on date (k 0), one on or before as-of (k 1) or one after it (k 2).
 */
function foldActivities(log: WorkPlanLog, heldIf: Uint8Array, asOf: number, refs: number): FoldedActivities {
  const serving = new Float64Array(refs);
  const held = new Float64Array(refs);
  const women = new Float64Array(refs);
  const participantsWithWomen = new Float64Array(refs);
  const scoreSum = new Float64Array(refs);
  const scoreWeight = new Float64Array(refs);
  const newestHeld = new Float64Array(refs).fill(-Infinity);
  const { status, heldOn: heldOns, participants: people, women: womenCounts, score: scores, refStart, refIds, count } = log;
  for (let a = 0; a < count; a += 1) {
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
  return { serving, held, women, participantsWithWomen, scoreSum, scoreWeight, newestHeld };
}

export class ActivityLogTotals {
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
    this.folded = foldActivities(log, heldIf, asOf, refIdCount());
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

/**
 * Where a KPI's actual comes from (DESIGN.md §2 "Measure"). Each Updates row is folded once
 * into the totals of its Ref and Part, and each WorkPlan activity into the totals of the Refs
 * it serves, so a plan of thousands of KPIs over hundreds of thousands of rows stays linear.
 *
 * Rules chosen here:
 * - An Updates row with an empty Part counts for Part 1 (as a Plan row with an empty Part is Part 1).
 * - Data dated after the as-of date is ignored, so an earlier as-of shows the plan as it stood then.
 * - An activity is held by the one rule of src/core/activityStatus.ts (Cancelled and Postponed never
 *   count, whatever their dates). `activities` is null (No data) only when no activity serves the Ref at all.
 * - `activities:score` weights each Score by the activity's Participants (1 when not given).
 * - lastUpdate is the newest date behind the actual; for `manual` it is the newer of the newest
 *   Updates date for the Ref and Part and the date in the row's own Last update cell (so a
 *   coordinator can date a manual Actual there; DESIGN.md §4), null when there is neither.
 */
import type { Measure } from "./schema";
import type { UpdateRow } from "./rows";
import type { UpdateLog } from "./updateLog";
import { EMPTY_UPDATE_LOG, updateLogOf } from "./updateLog";
import { keepShape } from "./shapes";
import { EMPTY_WORKPLAN_LOG } from "./workPlanLog";
import type { UpdateTotals } from "./updateTotals";
import { UpdateTotalsTable } from "./updateTotals";
import type { ActivityFacts, ActivityTotals } from "./activityTotals";
import { ActivityTotalsTable } from "./activityTotals";
import { ActivityLogTotals } from "./activityLogTotals";
import type { WorkPlanLog } from "./workPlanLog";

export type { ActivityFacts } from "./activityTotals";

export interface KpiMeasureInput {
  ref: string;
  part: number;
  measure: Measure;
  /** The Actual cell. */
  actual: number | null;
  /** The row's Last update cell, when it holds a date. */
  lastUpdateCell?: number | null;
}

export interface ActualResult {
  actual: number | null;
  lastUpdate: number | null;
}

export class MeasureIndex {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: MeasureIndex = keepShape(new MeasureIndex(EMPTY_UPDATE_LOG, EMPTY_WORKPLAN_LOG, 0));

  private readonly updateTotals: UpdateTotalsTable;
  private readonly activityTotals: ActivityTotalsTable | ActivityLogTotals;

  constructor(
    updates: UpdateLog | readonly UpdateRow[],
    /** The activities, as objects or as the WorkPlan log (workPlanLog.ts). */
    activities: readonly ActivityFacts[] | WorkPlanLog,
    private readonly asOf: number,
    /** Identity of a Member as written (its code when known), for counting distinct Members. */
    memberIdentity: (text: string) => string = (text) => text.trim().toLowerCase()
  ) {
    const log = isUpdateLog(updates) ? updates : updateLogOf(updates);
    const { identities, count } = identitiesOf(log.members, memberIdentity);
    this.updateTotals = new UpdateTotalsTable(log, asOf, identities, count);
    this.activityTotals = Array.isArray(activities) ? new ActivityTotalsTable(activities, asOf) : new ActivityLogTotals(activities as WorkPlanLog, asOf);
  }

  /** The newer of a data date and the row's own Last update, ignoring dates after as-of. */
  private newestOf(fromData: number | null, fromCell: number | null | undefined): number | null {
    const cell = fromCell !== null && fromCell !== undefined && fromCell <= this.asOf ? fromCell : null;
    if (fromData === null) return cell;
    return cell === null ? fromData : Math.max(fromData, cell);
  }

  actualFor(kpi: KpiMeasureInput): ActualResult {
    switch (kpi.measure) {
      case "manual":
        return { actual: kpi.actual, lastUpdate: this.newestOf(this.updates(kpi.ref, kpi.part).newestDate, kpi.lastUpdateCell) };
      case "updates:latest":
      case "updates:sum":
      case "updates:members": {
        const totals = this.updates(kpi.ref, kpi.part);
        if (totals.rows === 0) return { actual: null, lastUpdate: null };
        const actual =
          kpi.measure === "updates:latest" ? totals.latest : kpi.measure === "updates:sum" ? totals.sum : totals.members;
        return { actual, lastUpdate: totals.newestDate };
      }
      case "activities":
      case "activities:women-share":
      case "activities:score": {
        const totals = this.activities(kpi.ref);
        const actual =
          kpi.measure === "activities"
            ? totals.serving > 0
              ? totals.held
              : null
            : kpi.measure === "activities:women-share"
              ? totals.participantsWithWomen > 0
                ? totals.women / totals.participantsWithWomen
                : null
              : totals.scoreWeight > 0
                ? totals.scoreSum / totals.scoreWeight
                : null;
        return { actual, lastUpdate: totals.newestHeld };
      }
    }
  }

  private updates(ref: string, part: number): Readonly<UpdateTotals> {
    return this.updateTotals.totals(ref, part);
  }

  private activities(ref: string): Readonly<ActivityTotals> {
    return this.activityTotals.totals(ref);
  }
}

function isUpdateLog(updates: UpdateLog | readonly UpdateRow[]): updates is UpdateLog {
  return !Array.isArray(updates);
}

/** For each Member text of the log, a number standing for its identity (equal texts of one Member, equal numbers). */
function identitiesOf(members: readonly string[], memberIdentity: (text: string) => string): { identities: Int32Array; count: number } {
  const numbers = new Map<string, number>();
  const identities = new Int32Array(members.length);
  members.forEach((text, index) => {
    const identity = memberIdentity(text);
    let number = numbers.get(identity);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(identity, number);
    }
    identities[index] = number;
  });
  return { identities, count: numbers.size };
}

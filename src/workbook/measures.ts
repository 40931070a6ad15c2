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
import { updateLogOf } from "./updateLog";
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

interface UpdateTotals {
  latest: number | null;
  latestDate: number;
  sum: number | null;
  /** Identities (indexes into MeasureIndex.identities) of the Members named. */
  members: Set<number>;
  newestDate: number | null;
  rows: number;
}

interface ActivityTotals {
  serving: number;
  held: number;
  women: number;
  participantsWithWomen: number;
  scoreSum: number;
  scoreWeight: number;
  newestHeld: number | null;
}

export class MeasureIndex {
  /** Totals of the dated updates up to as-of, by Ref (index into the log's refs), then by Part. */
  private readonly updateTotals: Array<Map<number, UpdateTotals> | undefined>;
  private readonly refIndex = new Map<string, number>();
  private readonly activityTotals = new Map<string, ActivityTotals>();

  constructor(
    updates: UpdateLog | readonly UpdateRow[],
    activities: readonly ActivityFacts[],
    private readonly asOf: number,
    /** Identity of a Member as written (its code when known), for counting distinct Members. */
    memberIdentity: (text: string) => string = (text) => text.trim().toLowerCase()
  ) {
    const log = isUpdateLog(updates) ? updates : updateLogOf(updates);
    log.refs.forEach((ref, index) => this.refIndex.set(ref, index));
    this.updateTotals = new Array<Map<number, UpdateTotals> | undefined>(log.refs.length);
    this.foldUpdates(log, identitiesOf(log.members, memberIdentity));
    // Whether an activity is held is decided once, not once per Ref it serves.
    for (const activity of activities) {
      const held = this.isHeld(activity);
      const { refs } = activity;
      for (let i = 0; i < refs.length; i += 1) {
        if (refs.indexOf(refs[i]) !== i) continue; // a Ref written twice serves once
        const totals = this.activityTotalsFor(refs[i]);
        totals.serving += 1;
        if (held) addHeldActivity(totals, activity);
      }
    }
  }

  /**
   * Each update dated up to as-of into the totals of its Ref and Part, column by column. In log
   * order, so that on the same date the later row of the append-only log wins.
   */
  private foldUpdates(log: UpdateLog, identities: Int32Array): void {
    const { date: dates, ref: refs, part: parts, value: values, member: members, count } = log;
    const asOf = this.asOf;
    for (let i = 0; i < count; i += 1) {
      const date = dates[i];
      if (!(date <= asOf)) continue; // NaN: no readable date
      const totals = this.updateTotalsFor(refs[i], parts[i]);
      totals.rows += 1;
      if (totals.newestDate === null || date > totals.newestDate) totals.newestDate = date;
      const value = values[i];
      if (!Number.isNaN(value)) {
        if (date >= totals.latestDate) {
          totals.latest = value;
          totals.latestDate = date;
        }
        totals.sum = (totals.sum ?? 0) + value;
      }
      const member = members[i];
      if (member >= 0) totals.members.add(identities[member]);
    }
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
          kpi.measure === "updates:latest" ? totals.latest : kpi.measure === "updates:sum" ? totals.sum : totals.members.size;
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

  private updates(ref: string, part: number): UpdateTotals {
    const index = this.refIndex.get(ref);
    return (index === undefined ? undefined : this.updateTotals[index]?.get(part)) ?? NO_UPDATES;
  }

  private activities(ref: string): ActivityTotals {
    return this.activityTotals.get(ref) ?? NO_ACTIVITIES;
  }

  private updateTotalsFor(ref: number, part: number): UpdateTotals {
    let byPart = this.updateTotals[ref];
    if (!byPart) {
      byPart = new Map();
      this.updateTotals[ref] = byPart;
    }
    let totals = byPart.get(part);
    if (!totals) {
      totals = { latest: null, latestDate: -Infinity, sum: null, members: new Set(), newestDate: null, rows: 0 };
      byPart.set(part, totals);
    }
    return totals;
  }

  private activityTotalsFor(ref: string): ActivityTotals {
    let totals = this.activityTotals.get(ref);
    if (!totals) {
      totals = { serving: 0, held: 0, women: 0, participantsWithWomen: 0, scoreSum: 0, scoreWeight: 0, newestHeld: null };
      this.activityTotals.set(ref, totals);
    }
    return totals;
  }

  private isHeld(activity: ActivityFacts): boolean {
    return isActivityHeld(activity.status, activity.heldOn, this.asOf);
  }
}

function addHeldActivity(totals: ActivityTotals, activity: ActivityFacts): void {
  totals.held += 1;
  if (activity.heldOn !== null && (totals.newestHeld === null || activity.heldOn > totals.newestHeld)) {
    totals.newestHeld = activity.heldOn;
  }
  if (activity.participants !== null && activity.participants > 0 && activity.women !== null) {
    totals.women += activity.women;
    totals.participantsWithWomen += activity.participants;
  }
  if (activity.score !== null) {
    const weight = activity.participants !== null && activity.participants > 0 ? activity.participants : 1;
    totals.scoreSum += activity.score * weight;
    totals.scoreWeight += weight;
  }
}

/** Totals of a Ref and Part without updates, and of a Ref no activity serves (never modified). */
const NO_UPDATES: Readonly<UpdateTotals> = Object.freeze({
  latest: null,
  latestDate: -Infinity,
  sum: null,
  members: new Set<number>(),
  newestDate: null,
  rows: 0,
});
const NO_ACTIVITIES: Readonly<ActivityTotals> = Object.freeze({
  serving: 0,
  held: 0,
  women: 0,
  participantsWithWomen: 0,
  scoreSum: 0,
  scoreWeight: 0,
  newestHeld: null,
});

function isUpdateLog(updates: UpdateLog | readonly UpdateRow[]): updates is UpdateLog {
  return !Array.isArray(updates);
}

/** For each Member text of the log, a number standing for its identity (equal texts of one Member, equal numbers). */
function identitiesOf(members: readonly string[], memberIdentity: (text: string) => string): Int32Array {
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
  return identities;
}

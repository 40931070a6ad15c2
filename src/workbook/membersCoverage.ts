/**
 * Who is still missing (issue 12): for a KPI that counts Members, which Members are counted and
 * which are not yet, grouped by sub-region with their names. Pure, so the pane's KPI detail and
 * the status sheet give the same list.
 *
 * What "counted" means follows the KPI's Measure:
 * - `updates:members`: the distinct Members named in the KPI's Updates (its Ref and Part) dated
 *   on or before as-of — exactly what MeasureIndex counts as the actual.
 * - any other measure: the Members listed on held activities (isActivityHeld) that serve the
 *   KPI's Ref; only when at least one activity serving the Ref lists Members at all.
 * Members named in the data but absent from the Members table are listed apart, as written.
 */
import { isActivityHeld } from "../core/activityStatus";
import type { MemberRecord } from "../core/records";
import { MemberLookup, splitMembers } from "./memberLookup";

export interface CoverageKpi {
  ref: string;
  part: number;
  measure: string;
}

export interface CoverageUpdate {
  ref: string;
  part: number;
  date: number | null;
  member: string;
}

export interface CoverageActivity {
  refs: readonly string[];
  status: string;
  heldOn: number | null;
  /** The Members cell as written ("Indonesia, MN"). */
  membersText: string;
}

export interface SubregionCoverage {
  /** "" when the Members table gives none. */
  subregion: string;
  counted: MemberRecord[];
  missing: MemberRecord[];
}

export interface MembersCoverage {
  source: "updates" | "activities";
  /** Members of the Members table counted. */
  counted: number;
  /** Members in the Members table. */
  total: number;
  subregions: SubregionCoverage[];
  /** Counted names that are not in the Members table, as written. */
  unknown: string[];
}

export interface CoverageData {
  members: readonly MemberRecord[];
  updates: readonly CoverageUpdate[];
  activities: readonly CoverageActivity[];
  asOf: number;
}

/** True when the KPI counts Members: a `updates:members` measure, or activities listing Members. */
export function countsMembers(kpi: CoverageKpi, activities: readonly CoverageActivity[]): boolean {
  if (kpi.measure === "updates:members") return true;
  return activities.some((activity) => activity.refs.includes(kpi.ref) && activity.membersText.trim() !== "");
}

/** The coverage of one KPI, or null when it does not count Members. */
export function membersCoverage(kpi: CoverageKpi, data: CoverageData): MembersCoverage | null {
  if (!countsMembers(kpi, data.activities)) return null;
  const source = kpi.measure === "updates:members" ? "updates" : "activities";
  const named = source === "updates" ? namedInUpdates(kpi, data) : namedInHeldActivities(kpi, data);
  const lookup = new MemberLookup(data.members.map((member, row) => ({ row, ...member })));
  const countedCodes = new Set<string>();
  const unknown: string[] = [];
  for (const text of named) {
    const code = lookup.resolve(text);
    if (code !== null) countedCodes.add(code);
    else if (!unknown.some((seen) => seen.toLowerCase() === text.toLowerCase())) unknown.push(text);
  }
  const groups = new Map<string, SubregionCoverage>();
  for (const member of data.members) {
    if (member.code.trim() === "") continue;
    const subregion = member.subregion.trim();
    let group = groups.get(subregion);
    if (!group) {
      group = { subregion, counted: [], missing: [] };
      groups.set(subregion, group);
    }
    (countedCodes.has(member.code) ? group.counted : group.missing).push(member);
  }
  const subregions = [...groups.values()].sort((a, b) => a.subregion.localeCompare(b.subregion));
  const total = subregions.reduce((sum, group) => sum + group.counted.length + group.missing.length, 0);
  const counted = subregions.reduce((sum, group) => sum + group.counted.length, 0);
  return { source, counted, total, subregions, unknown };
}

function namedInUpdates(kpi: CoverageKpi, data: CoverageData): string[] {
  return data.updates
    .filter((u) => u.ref === kpi.ref && u.part === kpi.part && u.date !== null && u.date <= data.asOf && u.member.trim() !== "")
    .map((u) => u.member.trim());
}

function namedInHeldActivities(kpi: CoverageKpi, data: CoverageData): string[] {
  return data.activities
    .filter((a) => a.refs.includes(kpi.ref) && isActivityHeld(a.status, a.heldOn, data.asOf))
    .flatMap((a) => splitMembers(a.membersText));
}

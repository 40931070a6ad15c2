/**
 * Who is still missing, for the status sheet: the members-coverage rule the task pane's KPI
 * detail uses (membersCoverage.ts), applied to every KPI that counts Members, as the plain data
 * the status-sheet model takes (src/core cannot import the rule from here).
 */
import type { KpiMembersCoverage } from "../../core/statusSheet/types";
import { inspectionBehind } from "../evaluate";
import type { WorkbookSnapshot } from "../gateway";
import { membersOf } from "../kpiRecords";
import { membersCoverage } from "../membersCoverage";
import type { PlanEvaluation } from "../model";
import { updateRowsOf } from "../updateLog";
import { inspectWorkbook } from "../validate";

export function statusSheetMembersCoverage(snapshot: WorkbookSnapshot, evaluation: PlanEvaluation): KpiMembersCoverage[] {
  const inspection = inspectionBehind(evaluation, snapshot) ?? inspectWorkbook(snapshot);
  const members = inspection.views.Members ? membersOf(inspection.views.Members) : [];
  // Updates and activities filed by Ref once, so each KPI looks at its own rows only: a plan of
  // thousands of KPIs over hundreds of thousands of rows stays linear.
  const updatesByRef = groupBy(updateRowsOf(inspection.updates), (u) => [u.ref]);
  const activitiesByRef = groupBy(inspection.workPlan, (a) => a.refs);
  return evaluation.kpis.flatMap((kpi) => {
    const data = { members, updates: updatesByRef.get(kpi.ref) ?? [], activities: activitiesByRef.get(kpi.ref) ?? [], asOf: evaluation.asOf };
    const coverage = membersCoverage({ ref: kpi.ref, part: kpi.part, measure: kpi.measure }, data);
    if (!coverage) return [];
    return [{
      ref: kpi.ref,
      part: kpi.part,
      source: coverage.source,
      counted: coverage.counted,
      total: coverage.total,
      missing: coverage.subregions.map((group) => ({ subregion: group.subregion, members: group.missing.map((m) => ({ code: m.code, name: m.name })) })),
    }];
  });
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

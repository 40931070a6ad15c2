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
  const data = {
    members: inspection.views.Members ? membersOf(inspection.views.Members) : [],
    updates: updateRowsOf(inspection.updates),
    activities: inspection.workPlan,
    asOf: evaluation.asOf,
  };
  return evaluation.kpis.flatMap((kpi) => {
    const coverage = membersCoverage({ ref: kpi.ref, part: kpi.part, measure: kpi.measure }, data);
    if (!coverage) return [];
    return [{
      ref: kpi.ref,
      part: kpi.part,
      counted: coverage.counted,
      total: coverage.total,
      missing: coverage.subregions.map((group) => ({ subregion: group.subregion, members: group.missing.map((m) => ({ code: m.code, name: m.name })) })),
    }];
  });
}

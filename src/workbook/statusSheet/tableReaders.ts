/**
 * The work plan and History as the status-sheet model needs them, read by header name.
 */
import { parseRefList } from "../../core/actionRefs";
import type { HistoryEntry, UpdateEntry, WorkPlanActivity } from "../../core/statusSheet/types";
import { isFailure } from "../../core/types";
import type { TableData } from "../gateway";
import { readUpdateRows, readWorkPlanRows } from "../rows";
import { TableView } from "../tableView";

export function readWorkPlanActivities(table: TableData | null): WorkPlanActivity[] {
  if (!table) return [];
  return readWorkPlanRows(new TableView(table)).rows.map((row) => {
    const refs = parseRefList(row.refsText);
    return {
      id: row.id,
      activity: row.activity,
      fiscalYear: row.fiscalYear,
      planned: row.planned,
      status: row.status,
      heldOn: row.heldOn,
      participants: row.participants,
      women: row.women,
      refs: isFailure(refs) ? [] : refs,
    };
  });
}

/** History rows with a Generated at, an As of and a Ref; anything else is not a generation's row. */
export function readHistory(table: TableData): HistoryEntry[] {
  const view = new TableView(table);
  const entries: HistoryEntry[] = [];
  for (let row = 0; row < view.rowCount; row += 1) {
    const generatedAt = view.number(row, "Generated at").value;
    const asOf = view.number(row, "As of").value;
    const ref = view.text(row, "Ref");
    if (generatedAt === null || asOf === null || ref === "") continue;
    entries.push({
      generatedAt,
      asOf: Math.floor(asOf),
      ref,
      part: view.positiveInteger(row, "Part").value ?? 1,
      actual: view.number(row, "Actual").value,
      expected: view.number(row, "Expected").value,
      progress: view.number(row, "Progress").value,
      status: view.text(row, "Status"),
    });
  }
  return entries;
}

/** Dated Updates rows with their Evidence and By, as typed. Undated rows are left out. */
export function readUpdates(table: TableData | null): UpdateEntry[] {
  if (!table) return [];
  const view = new TableView(table);
  return readUpdateRows(view).rows.flatMap((row) =>
    row.date === null
      ? []
      : [{
          date: row.date,
          ref: view.text(row.row, "Ref"),
          part: row.part,
          value: row.value,
          member: row.member,
          evidence: view.text(row.row, "Evidence"),
          by: view.text(row.row, "By"),
        }]
  );
}

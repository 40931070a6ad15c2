/**
 * What a KPI's detail shows beyond its evaluated row: its Updates and activities (newest first),
 * its History, the Members and who is still missing. One read of the plan's tables and History.
 */
import type { WorkbookGateway, WorkbookSnapshot } from "./gateway";
import type { MemberRecord } from "./records";
import { PLAN_INPUT_TABLES } from "./inputTables";
import { inspectWorkbook } from "./validate";
import { updateRowsOf } from "./updateLog";
import { TableView } from "./tableView";
import { refKey } from "./rows";
import { isActivityHeld } from "../core/activityStatus";
import { todaySerial } from "../core/dates";
import { membersCoverage, type MembersCoverage } from "./membersCoverage";
import { splitMembers } from "./memberLookup";

export interface KpiUpdateEntry {
  /** Zero-based body row in Updates. */
  row: number;
  date: number | null;
  value: number | null;
  member: string;
  evidence: string;
  by: string;
}

export interface KpiActivityEntry {
  /** Zero-based body row in WorkPlan. */
  row: number;
  id: string;
  activity: string;
  status: string;
  planned: number | null;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  score: number | null;
  members: string[];
  held: boolean;
}

export interface KpiHistoryPoint {
  asOf: number;
  actual: number | null;
  progress: number | null;
  status: string;
}

export interface KpiRecords {
  ref: string;
  part: number;
  updates: KpiUpdateEntry[];
  activities: KpiActivityEntry[];
  /** Oldest first, for a trend. */
  history: KpiHistoryPoint[];
  members: MemberRecord[];
  coverage: MembersCoverage | null;
}

export const KPI_RECORD_TABLES = [...PLAN_INPUT_TABLES, "History"] as const;

export async function readKpiRecords(gateway: WorkbookGateway, ref: string, part: number): Promise<KpiRecords> {
  return kpiRecordsOf(await gateway.read(KPI_RECORD_TABLES), ref, part);
}

export function kpiRecordsOf(snapshot: WorkbookSnapshot, refText: string, part: number, today = todaySerial()): KpiRecords {
  const ref = refKey(refText);
  const inspection = inspectWorkbook(snapshot);
  const asOf = inspection.settings.asOf ?? today;
  const measure = inspection.plan.find((row) => row.ref === ref && row.part === part)?.measure ?? "manual";
  const updatesView = inspection.views.Updates;
  const members: MemberRecord[] = inspection.views.Members
    ? membersOf(inspection.views.Members)
    : [];

  const updateRows = updateRowsOf(inspection.updates);
  const updates = updateRows
    .filter((u) => u.ref === ref && u.part === part)
    .map((u) => ({
      row: u.row,
      date: u.date,
      value: u.value,
      member: u.member,
      evidence: updatesView?.text(u.row, "Evidence") ?? "",
      by: updatesView?.text(u.row, "By") ?? "",
    }))
    .sort((a, b) => (b.date ?? -Infinity) - (a.date ?? -Infinity) || b.row - a.row);

  const activities = inspection.workPlan
    .filter((a) => a.refs.includes(ref))
    .map((a) => ({
      row: a.row,
      id: a.id,
      activity: a.activity,
      status: a.status,
      planned: a.planned,
      heldOn: a.heldOn,
      participants: a.participants,
      women: a.women,
      score: a.score,
      members: splitMembers(a.membersText),
      held: isActivityHeld(a.status, a.heldOn, asOf),
    }))
    .sort((a, b) => newest(b) - newest(a) || b.row - a.row);

  const coverage = membersCoverage(
    { ref, part, measure },
    { members, updates: updateRows, activities: inspection.workPlan, asOf }
  );
  return { ref, part, updates, activities, history: historyOf(snapshot, ref, part), members, coverage };
}

function newest(activity: KpiActivityEntry): number {
  return activity.heldOn ?? activity.planned ?? -Infinity;
}

/** The Members table's rows with a Code; a Member without a Name goes by its code. */
export function membersOf(view: TableView): MemberRecord[] {
  const list: MemberRecord[] = [];
  for (let row = 0; row < view.rowCount; row += 1) {
    const code = view.text(row, "Code");
    if (code === "") continue;
    list.push({ code, name: view.text(row, "Name") || code, subregion: view.text(row, "Subregion") });
  }
  return list;
}

function historyOf(snapshot: WorkbookSnapshot, ref: string, part: number): KpiHistoryPoint[] {
  const data = snapshot.tables.History;
  if (!data) return [];
  const view = new TableView(data, "History");
  const points: KpiHistoryPoint[] = [];
  for (let row = 0; row < view.rowCount; row += 1) {
    if (refKey(view.text(row, "Ref")) !== ref) continue;
    if ((view.positiveInteger(row, "Part").value ?? 1) !== part) continue;
    const asOf = view.date(row, "As of").value ?? view.date(row, "Generated at").value;
    if (asOf === null) continue;
    points.push({
      asOf,
      actual: view.number(row, "Actual").value,
      progress: view.number(row, "Progress").value,
      status: view.text(row, "Status"),
    });
  }
  return points.sort((a, b) => a.asOf - b.asOf);
}

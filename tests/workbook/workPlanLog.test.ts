/**
 * The column-wise WorkPlan reader (workPlanLog.ts) and its fold (activityLogTotals.ts) against
 * the row reader (rows.ts readWorkPlanRows), the plain Refs parser and the fold of activity
 * objects, on a generated work plan with the awkward cells mixed in.
 */
import { readWorkPlanLog, inspectedActivities } from "../../src/workbook/workPlanLog";
import { readWorkPlanRows } from "../../src/workbook/rows";
import { TableView } from "../../src/workbook/tableView";
import { MeasureIndex } from "../../src/workbook/measures";
import { MemberLookup } from "../../src/workbook/memberLookup";
import { TABLES } from "../../src/workbook/schema";
import { parseRefList } from "../../src/core/actionRefs";
import { isFailure } from "../../src/core/types";
import type { CellValue } from "../../src/workbook/gateway";
import type { Measure } from "../../src/workbook/schema";
import { seededRandom } from "../support/seededRandom";

const AS_OF = 45_000;
const HEADERS = TABLES.WorkPlan.columns.map((c) => c.header);

function generate(seed: number, count: number): TableView {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const refs = ["8-a", "8-b", "8-c", "8-dd", "8-(e)", "8 - F", "9-zz", "9-a"];
  const refsCells: CellValue[] = ["", null, "nonsense", 12, " 8-a ; 8-b ", "8-a, 8-a", "8-(a), (b)", "8-a and 9-a"];
  const statuses: CellValue[] = ["Held", "held", "Planned", "Cancelled", "Postponed", "Ongoing", "", "Done", null];
  const dates: CellValue[] = [null, AS_OF - 100, AS_OF + 0.5, AS_OF + 30, "2023-01-15", "2023-13-01", -5, "soon"];
  const counts: CellValue[] = [null, 0, 12, 30, 4.5, -3, "many", "1,200", "45%"];
  const members: CellValue[] = ["", "ID", "ID, Indonesia", "Atlantis; MN", null, "mn, xx"];
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i += 1) {
    const blank = rand() < 0.03;
    const refsCell = rand() < 0.3 ? pick(refsCells) : Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(refs)).join(", ");
    const cells: Record<string, CellValue> = blank
      ? {}
      : {
          ID: `AWP-${i}`,
          "Fiscal year": "2022/23",
          Activity: `Workshop ${i}`,
          Refs: refsCell,
          Members: pick(members),
          Type: "National workshop",
          Planned: pick(dates),
          Status: pick(statuses),
          "Held on": pick(dates),
          Participants: pick(counts),
          Women: pick(counts),
          Score: rand() < 0.5 ? 1 + Math.floor(rand() * 5) : pick(counts),
        };
    rows.push(HEADERS.map((h) => cells[h] ?? null));
  }
  return new TableView({ name: "WorkPlan", sheet: "WorkPlan", headers: HEADERS, rows, origin: { row: 0, col: 0 } }, "WorkPlan");
}

const PLAN_REFS = new Set(["8-a", "8-b", "8-c", "8-dd", "8-e", "8-f"]);
const MEMBERS = new MemberLookup([
  { row: 0, code: "ID", name: "Indonesia", subregion: "SEA" },
  { row: 1, code: "MN", name: "Mongolia", subregion: "ECWA" },
]);

describe("readWorkPlanLog", () => {
  const view = generate(3, 2_000);
  const { log, problems } = readWorkPlanLog(view, PLAN_REFS, MEMBERS);
  const { rows, problems: rowProblems } = readWorkPlanRows(view);

  it("reads a Plan Ref as known the first time any Refs list names it", () => {
    const fresh = new TableView({ name: "WorkPlan", sheet: "WorkPlan", headers: HEADERS, rows: [HEADERS.map((h) => (h === "Refs" ? "77-qq, 77-rr" : h === "ID" ? "A" : null))], origin: { row: 0, col: 0 } });
    const reading = readWorkPlanLog(fresh, new Set(["77-qq"]), null);
    expect(reading.log.refCheck).toEqual(["Unknown: 77-rr"]);
  });

  it("gives the rows readWorkPlanRows gives, with each Refs cell read as parseRefList reads it", () => {
    const activities = inspectedActivities(log, view, PLAN_REFS);
    expect(activities.length).toBe(rows.length);
    activities.forEach((activity, i) => {
      const { refs, unknownRefs, refsError, ...row } = activity;
      expect(row).toEqual(rows[i]);
      const parsed = parseRefList(rows[i].refsText);
      if (rows[i].refsText === "") {
        expect([refs, unknownRefs, refsError]).toEqual([[], [], "Refs is empty; list the actions this activity serves, such as 1-a, 1-b"]);
      } else if (isFailure(parsed)) {
        expect([refs, unknownRefs, refsError]).toEqual([[], [], `Refs "${rows[i].refsText}": ${parsed.error}`]);
      } else {
        expect([refs, unknownRefs, refsError]).toEqual([parsed, parsed.filter((r) => !PLAN_REFS.has(r)), null]);
      }
    });
    expect(activities.some((a) => a.unknownRefs.length > 0) && activities.some((a) => a.refsError !== null)).toBe(true);
  });

  it("reports readWorkPlanRows' problems and one per unreadable or unknown Refs and unknown Members", () => {
    const activities = inspectedActivities(log, view, PLAN_REFS);
    const crossTable = problems.filter((p) => p.column === "Refs" || p.column === "Members");
    expect(problems.filter((p) => p.column !== "Refs" && p.column !== "Members")).toEqual(rowProblems);
    const expectedRefs = activities.flatMap((a) =>
      a.refsError !== null ? [[a.row, a.refsError]] : a.unknownRefs.length > 0 ? [[a.row, `Unknown Ref ${a.unknownRefs.join(", ")}: no Plan row has ${a.unknownRefs.length > 1 ? "these Refs" : "this Ref"}`]] : []
    );
    expect(crossTable.filter((p) => p.column === "Refs").map((p) => [p.row, p.message])).toEqual(expectedRefs);
    const unknownMembers = crossTable.filter((p) => p.column === "Members");
    expect(unknownMembers.map((p) => p.row)).toEqual(activities.filter((a) => /Atlantis|xx/.test(a.membersText)).map((a) => a.row));
    expect(unknownMembers[0].message).toMatch(/^Unknown Member "(Atlantis|xx)"; expected a code or name from the Members table$/);
  });

  it("writes the Ref check of every activity, and nothing for blank rows", () => {
    const activities = inspectedActivities(log, view, PLAN_REFS);
    const expected: (string | null)[] = new Array(view.rowCount).fill(null);
    for (const a of activities) {
      expected[a.row] = a.refsText === "" ? "No Refs" : a.refsError ? "Unreadable Refs" : a.unknownRefs.length > 0 ? `Unknown: ${a.unknownRefs.join(", ")}` : "OK";
    }
    expect(log.refCheck).toEqual(expected);
    expect(log.refCheck.filter((c) => c === null).length).toBeGreaterThan(0);
  });

  it("without a Plan table calls no Ref unknown", () => {
    const reading = readWorkPlanLog(view, null, null);
    expect(reading.problems.filter((p) => p.message.startsWith("Unknown"))).toEqual([]);
    expect(inspectedActivities(reading.log, view, null).every((a) => a.unknownRefs.length === 0)).toBe(true);
  });

  it("folds into the same activity totals as the activity objects do, to the last bit", () => {
    const fromLog = new MeasureIndex([], log, AS_OF);
    const fromRows = new MeasureIndex([], inspectedActivities(log, view, PLAN_REFS), AS_OF);
    const measures: Measure[] = ["activities", "activities:women-share", "activities:score"];
    let served = 0;
    for (const ref of [...PLAN_REFS, "9-a", "9-zz", "not a ref", "12-zz"]) {
      for (const measure of measures) {
        const kpi = { ref, part: 1, measure, actual: null };
        expect(fromLog.actualFor(kpi)).toEqual(fromRows.actualFor(kpi));
        if (fromLog.actualFor(kpi).actual !== null) served += 1;
      }
    }
    expect(served).toBeGreaterThan(10);
  });
});

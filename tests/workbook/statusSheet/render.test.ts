import { buildStatusSheetModel } from "../../../src/core/statusSheet";
import type { RangeRef, SheetSpec } from "../../../src/workbook/gateway";
import { renderStatusSheet } from "../../../src/workbook/statusSheet/render";
import { d, evaluation, kpi } from "../../core/statusSheet/fixtures";

const asOf = d("2023-07-01");
const kpis = [
  kpi("1-a", "On track", { progress: 0.6, comment: "=HYPERLINK(\"http://x\",\"click\")" }),
  kpi("1-b", "Off track", { progress: 0.1, owner: "+cmd" }),
  kpi("2-a", "At risk", { progress: 0.7, action: "@SUM(A1)", kpi: "-1+2", stale: true, lastUpdate: d("2023-01-01") }),
  kpi("2-b", "Achieved", { progress: 1 }),
];
const model = buildStatusSheetModel({
  evaluation: evaluation(kpis, asOf),
  workPlan: [
    { id: "A1", activity: "Old workshop", fiscalYear: "2022/23", planned: d("2022-08-01"), status: "Held", heldOn: d("2022-08-01"), participants: 10, women: 1, refs: ["1-a"] },
    { id: "A2", activity: "=1+1", fiscalYear: "2022/23", planned: d("2023-06-05"), status: "Held", heldOn: d("2023-06-05"), participants: 10, women: 9, refs: ["1-b"] },
  ],
  history: [{ generatedAt: asOf - 30 + 0.5, asOf: asOf - 30, ref: "1-b", part: 1, actual: 1, expected: 1, progress: 0.3, status: "On track" }],
  updates: [{ date: asOf - 2, ref: "1-b", part: 1, value: 3, member: "Fiji", evidence: "+cmd report", by: "@me" }],
  generatedAt: asOf + 0.6,
  fiscalYearStartMonth: 7,
});
const sheet = renderStatusSheet(model);

/** The Updates section puts Evidence in the KPI column. */
const COL_EVIDENCE = 9;
const cell = (s: SheetSpec, row: number, col: number) => s.cells[row]?.[col] ?? null;
const rowOf = (s: SheetSpec, text: string) => s.cells.findIndex((r) => r[0] === text);
const covers = (ranges: RangeRef[] | undefined, row: number, col: number) =>
  (ranges ?? []).some((r) => row >= r.row && row < r.row + (r.rows ?? 1) && col >= r.col && col < r.col + (r.cols ?? 1));
const formatsAt = (s: SheetSpec, row: number, col: number) => (s.formats ?? []).filter((f) => covers([f.range], row, col));

describe("renderStatusSheet", () => {
  it("names the sheet by the as-of date and heads it with plan, as-of and generation time", () => {
    expect(sheet.name).toBe("Status 2023-07-01");
    expect(cell(sheet, 0, 0)).toBe("Status sheet: Test plan");
    expect(cell(sheet, 1, 0)).toBe("As of 2023-07-01 · generated 2023-07-01 14:24");
    expect(String(cell(sheet, 4, 0))).toContain("Compared with the status sheet generated 2023-06-01 12:00");
  });

  it("sets up printing: landscape, fit to width, the title rows repeated", () => {
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, titleRows: { first: 0, last: 1 } });
    expect(sheet.freezeRows).toBe(2);
    expect(sheet.columnWidths?.length).toBeGreaterThanOrEqual(13);
  });

  it("charts statuses per pillar from the pillar × status count block", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart.type).toBe("stackedBar");
    const { row, col, rows, cols } = chart.source;
    expect([row, col]).toEqual([rowOf(sheet, "Pillar"), 0]);
    const block = sheet.cells.slice(row, row + (rows ?? 1)).map((r) => r.slice(col, col + (cols ?? 1)));
    expect(block[0]).toEqual(["Pillar", ...model.statusOrder]);
    expect(block.slice(1).map((r) => r[0])).toEqual(["Pillar 1", "Pillar 2"]);
    expect(block[1].slice(1)).toEqual(model.statusOrder.map((s) => model.pillars[0].counts[s]));
    expect(block[2][model.statusOrder.indexOf("At risk") + 1]).toBe(1);
    // Drawn beside the block, and the KPI tables start below it.
    expect(chart.anchor.col).toBeGreaterThanOrEqual(col + (cols ?? 1) + 3);
    expect(rowOf(sheet, "Needs attention: Off track, Missed and At risk KPIs")).toBeGreaterThan(chart.anchor.row + (chart.anchor.rows ?? 1));
  });

  it("rolls up per RSP milestone after the KPI list, with a data bar on mean progress", () => {
    const title = rowOf(sheet, "Rollup per RSP milestone");
    expect(title).toBeGreaterThan(rowOf(sheet, "All KPIs by pillar"));
    expect(cell(sheet, title + 1, 0)).toBe("Milestone");
    expect(cell(sheet, title + 2, 0)).toBe("1.1.1-M1");
    expect(cell(sheet, title + 2, model.statusOrder.length + 1)).toBe(kpis.length);
    expect(covers(sheet.dataBars, title + 2, model.statusOrder.length + 2)).toBe(true);
  });

  it("makes rows with wrapped text tall enough for every line, and leaves the others at the default", () => {
    const long = buildStatusSheetModel({
      evaluation: evaluation([kpi("1-a", "On track", { action: "word ".repeat(40).trim() })], asOf),
      workPlan: [],
      history: [],
      generatedAt: asOf,
      fiscalYearStartMonth: 7,
    });
    const spec = renderStatusSheet(long);
    const row = spec.cells.findIndex((r) => r[11] === "word ".repeat(40).trim());
    // 199 characters in a 34-character column (33 usable): 7 lines of 15 points.
    expect(spec.rowHeights?.[row]).toBe(105);
    expect(spec.rowHeights?.[0]).toBeNull();
    // Its one-line cells (the Ref) sit level with the first line of the wrapped text.
    expect(formatsAt(spec, row, 0).some((f) => f.verticalAlignment === "Top")).toBe(true);
    expect(formatsAt(spec, 0, 0).some((f) => f.verticalAlignment === "Top")).toBe(false);
    // Consecutive tall rows share one range.
    const tallRuns = (sheet.formats ?? []).filter((f) => f.verticalAlignment === "Top");
    const tallRows = (sheet.rowHeights ?? []).filter((h) => h !== null).length;
    expect(tallRuns.length).toBeLessThan(tallRows);
  });

  it("centres the Trend column, apart from the right-aligned Expected beside it", () => {
    const row = sheet.cells.findIndex((r) => r[0] === "1-b");
    expect(formatsAt(sheet, row, 6).some((f) => f.horizontalAlignment === "Center")).toBe(true);
  });

  it("lists the attention KPIs first, flagging the red one without a Comment", () => {
    const start = rowOf(sheet, "Needs attention: Off track, Missed and At risk KPIs");
    expect(sheet.cells[start + 1].slice(0, 13)).toEqual(["Ref", "Part", "Status", "Progress", "Actual", "Expected", "Trend", "Flag", "Owner", "KPI", "Target", "Action", "Comment"]);
    expect(sheet.cells[start + 2].slice(0, 4)).toEqual(["1-b", 1, "Off track", 0.1]);
    expect(cell(sheet, start + 2, 7)).toBe("No comment");
    expect(formatsAt(sheet, start + 2, 7).some((f) => f.fontColor === "#C00000" && f.bold)).toBe(true);
    expect(sheet.cells[start + 3].slice(0, 3)).toEqual(["2-a", 1, "At risk"]);
    expect(cell(sheet, start + 3, 7)).toBe("");
    expect(rowOf(sheet, "All KPIs by pillar")).toBeGreaterThan(start);
  });

  it("colours every Status cell and draws data bars on every progress cell of the KPI tables", () => {
    const statusCells: Array<[number, number]> = [];
    sheet.cells.forEach((r, i) => {
      if (typeof r[1] === "number" && typeof r[2] === "string" && model.statusOrder.includes(r[2] as never)) statusCells.push([i, 2]);
    });
    expect(statusCells).toHaveLength(2 + 4 + 1 + 4); // attention, all KPIs, stale, changes
    for (const [row, col] of statusCells) {
      expect(covers(sheet.statusColors, row, col)).toBe(true);
      expect(formatsAt(sheet, row, 3).some((f) => f.numberFormat === "0%")).toBe(true);
      expect(covers(sheet.dataBars, row, 3)).toBe(true);
    }
    // Rollup mean progress carries data bars too.
    const pillar1 = rowOf(sheet, "Pillar 1");
    expect(covers(sheet.dataBars, pillar1, model.statusOrder.length + 2)).toBe(true);
    expect(covers(sheet.statusColors, rowOf(sheet, "Pillar"), 1)).toBe(true);
  });

  it("writes user text exactly as typed, and no formula anywhere", () => {
    const strings = sheet.cells.flat().filter((v): v is string => typeof v === "string");
    const userTexts = ['=HYPERLINK("http://x","click")', "+cmd", "@SUM(A1)", "-1+2", "=1+1", "+cmd report", "@me"];
    for (const text of userTexts) expect(strings).toContain(text);
    const generated = strings.filter((s) => !userTexts.includes(s));
    for (const text of generated) expect(text).not.toMatch(/^[=+@-]/);
  });

  it("shows the work-plan delivery with the women's share as a ratio of totals", () => {
    const header = rowOf(sheet, "Fiscal year");
    expect(sheet.cells[header].slice(0, 7)).toEqual(["Fiscal year", "Quarter", "Planned", "Held", "Participants", "Women", "Women's share"]);
    expect(sheet.cells[header + 1].slice(0, 7)).toEqual(["2022/23", "Q1", 1, 1, 10, 1, 0.1]);
    expect(sheet.cells[header + 2].slice(0, 7)).toEqual(["2022/23", "Q4", 1, 1, 10, 9, 0.9]);
    expect(sheet.cells[header + 3].slice(0, 7)).toEqual(["2022/23", "Total", 2, 2, 20, 10, 0.5]);
    expect(formatsAt(sheet, header + 1, 6).some((f) => f.numberFormat === "0%")).toBe(true);
  });

  it("lists the activities held and the updates logged since the previous sheet", () => {
    const activities = rowOf(sheet, "ID");
    expect(String(cell(sheet, activities - 1, 0))).toBe("Activities held 2023-06-02 to 2023-07-01 (since the previous sheet's as-of date), and activities overdue");
    expect(sheet.cells[activities + 1]).toEqual(["A2", "Held", d("2023-06-05"), d("2023-06-05"), 10, 9, "1-b", "Held", "2022/23", "=1+1"]);
    expect(cell(sheet, activities + 2, 0)).toBeNull();
    const updates = rowOf(sheet, "Date");
    expect(sheet.cells[updates + 1]).toEqual([asOf - 2, "1-b", 1, 3, null, null, "Fiji", "@me", null, "+cmd report"]);
    expect(formatsAt(sheet, updates + 1, 0).some((f) => f.numberFormat === "yyyy-mm-dd")).toBe(true);
  });

  it("lists stale KPIs with the date of their newest data", () => {
    const start = rowOf(sheet, "Stale KPIs: no new data for more than 90 days");
    expect(sheet.cells[start + 2].slice(0, 7)).toEqual(["2-a", 1, "At risk", 0.7, 2, d("2023-01-01"), 181]);
    expect(formatsAt(sheet, start + 2, 5).some((f) => f.numberFormat === "yyyy-mm-dd")).toBe(true);
  });

  it("shows changes since the previous sheet with the status move and the delta in points", () => {
    const start = sheet.cells.findIndex((r) => String(r[0]).startsWith("Changes since the status sheet of 2023-06-01 12:00"));
    expect(start).toBeGreaterThan(0);
    const rows = sheet.cells.slice(start + 2).filter((r) => r[0] === "1-b");
    expect(rows[0].slice(0, 7)).toEqual(["1-b", 1, "Off track", 0.1, 0.3, -20, "On track → Off track"]);
    const newRows = sheet.cells.slice(start + 2).filter((r) => r[6] === "New since the last sheet");
    expect(newRows.map((r) => r[0])).toEqual(["1-a", "2-a", "2-b"]);
  });

  it("lists at most 200 updates of the period, the newest, and says how many more the Updates table holds", () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ date: asOf - 80 + i * 0.25, ref: "1-a", part: 1, value: i, member: "FJ", evidence: `e${i}`, by: "KT" }));
    const busy = renderStatusSheet(
      buildStatusSheetModel({ evaluation: evaluation(kpis, asOf), workPlan: [], history: [], updates: many, generatedAt: asOf, fiscalYearStartMonth: 7 })
    );
    const evidence = busy.cells.map((r) => r[COL_EVIDENCE]).filter((v): v is string => typeof v === "string" && /^e\d+$/.test(v));
    expect(evidence).toHaveLength(200);
    expect(evidence[0]).toBe("e50");
    expect(evidence[199]).toBe("e249");
    expect(busy.cells.map((r) => r[0])).toContain("50 earlier updates of the period are not listed; the Updates table holds them all.");
  });

  it("says so when there is nothing to list", () => {
    const empty = renderStatusSheet(
      buildStatusSheetModel({ evaluation: evaluation([], asOf), workPlan: [], history: [], generatedAt: asOf, fiscalYearStartMonth: 7 })
    );
    const notes = empty.cells.map((r) => r[0]);
    expect(notes).toEqual(expect.arrayContaining([
      "No KPI is Off track, Missed or At risk.",
      "The Plan table has no KPIs.",
      "The WorkPlan table has no activities.",
      "No KPI is stale.",
      "No activity was held in the period and none is overdue.",
      "No update was logged in the period.",
      "This is the first status sheet: changes show from the next one on.",
    ]));
    expect(empty.charts).toEqual([]);
  });
});

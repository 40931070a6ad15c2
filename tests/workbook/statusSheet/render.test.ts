import { buildStatusSheetModel } from "../../../src/core/statusSheet";
import type { CellValue, SheetSpec } from "../../../src/workbook/gateway";
import { MAX_ROW_HEIGHT_POINTS } from "../../../src/workbook/excelLimits";
import { gridPoints, PAGE_ROWS_POINTS, PRINT_WIDTH_POINTS, renderStatusSheet } from "../../../src/workbook/statusSheet/render";
import { d, evaluation, kpi } from "../../core/statusSheet/fixtures";

const asOf = d("2023-07-01");
const kpis = [
  kpi("1-a", "On track", { progress: 0.6, comment: "=HYPERLINK(\"http://x\",\"click\")" }),
  kpi("1-b", "Off track", { progress: 0.1, owner: "+cmd", target: "At least 27/33 Members", actual: 3, targetValue: 27 }),
  kpi("2-a", "At risk", { progress: 0.7, action: "@SUM(A1)", kpi: "-1+2", stale: true, lastUpdate: d("2023-01-01") }),
  kpi("2-b", "Achieved", { progress: 3.5 }),
  kpi("2-c", "No data", { part: 2 }),
];
const model = buildStatusSheetModel({
  evaluation: evaluation(kpis, asOf),
  workPlan: [
    { id: "A1", activity: "Old workshop", fiscalYear: "2022/23", planned: d("2022-08-01"), status: "Held", heldOn: d("2022-08-01"), participants: 10, women: 1, refs: ["1-a"] },
    { id: "A2", activity: "=1+1", fiscalYear: "2022/23", planned: null, status: "Planned", heldOn: null, participants: null, women: null, refs: ["1-b"] },
  ],
  history: [{ generatedAt: asOf - 30 + 0.5, asOf: asOf - 30, ref: "1-b", part: 1, actual: 1, expected: 1, progress: 0.3, status: "On track" }],
  generatedAt: asOf + 0.6,
  generatedZone: "UTC+08:00",
  fiscalYearStartMonth: 7,
});
const sheet = renderStatusSheet(model);

const text = (s: SheetSpec) => s.cells.map((r) => r.map((v) => (v === null ? "" : String(v))).join(" | "));
const rowOf = (s: SheetSpec, first: CellValue) => s.cells.findIndex((r) => r[0] === first);
const rowStarting = (s: SheetSpec, prefix: string) => s.cells.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(prefix));

describe("renderStatusSheet: page one", () => {
  it("names the sheet by the as-of date and heads it with plan, as-of, elapsed time and local generation time", () => {
    expect(sheet.name).toBe("Status 2023-07-01");
    expect(sheet.cells[0][0]).toBe("Status report: Test plan · as of 2023-07-01");
    expect(String(sheet.cells[1][0])).toContain("50% of the time elapsed");
    expect(String(sheet.cells[2][0])).toContain("Generated 2023-07-01 14:24 UTC+08:00");
    expect(String(sheet.cells[2][0])).toContain("changes are since the report as of 2023-06-01");
  });

  it("gives one line per pillar with progress, coverage and counts, the whole plan's counts and their shares", () => {
    const header = rowOf(sheet, "Pillar");
    expect(sheet.cells[header]).toEqual(["Pillar", "Title", "Progress", "Achieved", "On track", "At risk", "Off track", "Missed", "Not started", "No data"]);
    expect(sheet.cells[header + 1].slice(0, 3)).toEqual(["Pillar 1", "Pillar one title · 2/2 KPIs with data", expect.any(Number)]);
    expect(sheet.cells[header + 3].slice(0, 2)).toEqual(["All", "The whole plan · 4/5 KPIs with data"]);
    expect(sheet.cells[header + 3].slice(3)).toEqual([1, 1, 1, 1, 0, 0, 1]);
    expect(sheet.cells[header + 4].slice(3)).toEqual([0.2, 0.2, 0.2, 0.2, 0, 0, 0.2]);
    expect(sheet.dataBars).toContainEqual({ row: header + 4, col: 3, cols: 7 });
    // The shares print as percentages: the row's format comes after the counts' column format.
    const formats = (sheet.formats ?? []).filter((f) => f.numberFormat && f.range.row <= header + 4 && header + 4 < f.range.row + (f.range.rows ?? 1) && f.range.col === 3);
    expect(formats[formats.length - 1].numberFormat).toBe("0%");
  });

  it("lists the top KPIs needing attention and the biggest changes, then breaks to page two", () => {
    const lines = text(sheet);
    const attention = lines.indexOf("Needs attention");
    const changes = lines.indexOf("Biggest changes since the last report");
    expect(attention).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(attention);
    expect(sheet.cells.slice(attention + 2, changes).map((r) => r[0]).filter(Boolean)).toEqual(["1-b", "2-a", "2-c (2)"]);
    expect(sheet.cells[changes + 2].slice(0, 6)).toEqual(["1-b", expect.any(String), "Off track", 0.1, "−20 pts", "On track"]);
    expect(sheet.pageBreaks?.[0]).toBe(rowStarting(sheet, "Needs attention, continued from page 1"));
  });
});

describe("renderStatusSheet: the report", () => {
  it("orders the sections as a reader needs them", () => {
    const sections = ["Needs attention, continued", "Changes since the last report", "Pillars and their KPIs", "Work-plan delivery", "Stale KPIs", "RSP coverage"];
    const rows = sections.map((s) => rowStarting(sheet, s));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("shows numbers as people read them: capped progress, counts with units, Part folded into the Ref", () => {
    const b1 = sheet.cells.find((r) => r[0] === "1-b" && r[2] === "Off track")!;
    expect(b1[5]).toBe("3 of 27 Members");
    const b2 = sheet.cells.find((r) => r[0] === "2-b")!;
    expect(b2[3]).toBe(1);
    expect(sheet.cells.some((r) => r[0] === "2-c (2)")).toBe(true);
    const why = sheet.cells.find((r) => r[0] === "2-c (2)")!;
    expect(why[8]).toBe("Past half-time");
  });

  it("calls activities of an ended fiscal year that were never held overdue", () => {
    const header = rowOf(sheet, "Year");
    expect(sheet.cells[header]).toEqual(["Year", "Quarter", "Planned", "Held", "Overdue", "Participants", "Women", "Women's share"]);
    const total = sheet.cells.find((r) => r[0] === "2022/23" && r[1] === "Whole year")!;
    expect(total.slice(2, 5)).toEqual([2, 1, 1]);
    expect(sheet.cells.some((r) => r[0] === "2022/23 (1): A2")).toBe(true);
  });

  it("writes user text exactly as typed, and no formula anywhere", () => {
    const all = sheet.cells.flat();
    for (const typed of ['=HYPERLINK("http://x","click")', "+cmd", "-1+2"]) expect(all).toContain(typed);
  });

  it("prints within a landscape page: the columns fit its width, every row within Excel's row limit", () => {
    expect(gridPoints()).toBeLessThanOrEqual(PRINT_WIDTH_POINTS);
    expect(sheet.columnWidths).toHaveLength(10);
    expect(sheet.rowHeights).toHaveLength(sheet.cells.length);
    expect(Math.max(...(sheet.rowHeights as number[]))).toBeLessThanOrEqual(MAX_ROW_HEIGHT_POINTS);
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: { first: 0, last: 0 }, footer: { right: "Page &P of &N" } });
  });
});

describe("renderStatusSheet: page breaks", () => {
  const many = Array.from({ length: 80 }, (_, i) => kpi(`${1 + (i % 2)}-${String.fromCharCode(97 + (i % 26))}${i}`, i % 3 === 0 ? "Off track" : "On track", {
    kpi: "A KPI with a description long enough to wrap over two or three lines of its column",
  }));
  const big = renderStatusSheet(
    buildStatusSheetModel({ evaluation: evaluation(many, asOf), workPlan: [], history: [], generatedAt: asOf + 0.5, fiscalYearStartMonth: 7 })
  );

  it("keeps every page within the page height, counting from each break", () => {
    const heights = big.rowHeights as number[];
    const starts = [1, ...(big.pageBreaks ?? [])];
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : heights.length;
      const used = heights.slice(start, end).reduce((a, h) => a + h, 0);
      expect(used).toBeLessThanOrEqual(PAGE_ROWS_POINTS);
    });
    expect((big.pageBreaks ?? []).length).toBeGreaterThan(3);
  });

  it("starts every page that continues a KPI table with its header row", () => {
    for (const row of big.pageBreaks ?? []) {
      const first = big.cells[row][0];
      const continues = typeof first === "string" && /^\d-/.test(String(big.cells[row - 1]?.[0] ?? "")) && /^\d-/.test(String(big.cells[row + 1]?.[0] ?? ""));
      if (continues) expect(big.cells[row].slice(0, 5)).toEqual(["Ref", "KPI", "Status", "Progress", "Trend"]);
    }
    const headers = big.cells.filter((r) => r[0] === "Ref" && r[1] === "KPI").length;
    expect(headers).toBeGreaterThan(4);
  });
});

describe("renderStatusSheet: statuses per pillar", () => {
  it("charts each pillar's shares per status from a table the chart is drawn over (the table with data bars in .xlsx files)", () => {
    expect(sheet.charts).toHaveLength(1);
    const { source, anchor, type } = sheet.charts![0];
    expect(type).toBe("stackedBar");
    const block = sheet.cells.slice(source.row, source.row + (source.rows ?? 1)).map((r) => r.slice(source.col, source.col + (source.cols ?? 1)));
    expect(block[0]).toEqual(["Pillar", "Achieved", "On track", "At risk", "Off track", "Missed", "Not started", "No data"]);
    expect(block.slice(1).map((r) => r[0])).toEqual(["Pillar 1", "Pillar 2"]);
    expect(block[1].slice(1)).toEqual([0, 0.5, 0, 0.5, 0, 0, 0]);
    expect([anchor.row, anchor.col]).toEqual([source.row, source.col]);
    expect(anchor.rows).toBeGreaterThanOrEqual(8);
    expect(sheet.dataBars).toContainEqual({ row: source.row + 1, col: 1, rows: (source.rows ?? 1) - 1 });
  });
});

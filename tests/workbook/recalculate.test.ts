import { MemoryGateway } from "../support/memoryGateway";
import { computedColumnWrites, recalculateWorkbook, STALE_MARKER } from "../../src/workbook/recalculate";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { WorkbookError } from "../../src/workbook/gateway";
import { TABLES, normalizeHeader } from "../../src/workbook/schema";
import type { TableName } from "../../src/workbook/schema";
import { HALFWAY, PLAN_HEADERS, byName, d, dropColumn, sampleTables, snapshotOf } from "./fixtures";

function isComputed(table: string, header: string): boolean {
  const def = TABLES[table as TableName];
  return !!def && def.columns.some((c) => c.role === "computed" && normalizeHeader(c.header) === normalizeHeader(header));
}

describe("recalculateWorkbook", () => {
  it("reads once, writes once, and changes only computed columns", async () => {
    const tables = sampleTables();
    const gateway = new MemoryGateway(tables);
    const before = sampleTables();
    const report = await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });

    for (const original of before) {
      const now = gateway.table(original.name);
      expect(now.headers).toEqual(original.headers);
      original.headers.forEach((header, col) => {
        if (isComputed(original.name, header)) return;
        expect([original.name, header, now.rows.map((r) => r[col])]).toEqual([original.name, header, original.rows.map((r) => r[col])]);
      });
    }
    expect(gateway.column("Plan", "My notes")[0]).toBe("mine");
    expect(gateway.column("WorkPlan", "Budget")[0]).toBe(1000);
    // Plan (9 rows, one blank) + RSP (4) + WorkPlan (5).
    expect(report.rowsWritten).toBe(18);
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(report.evaluation.kpis).toHaveLength(8);
  });

  it("fills the Plan computed columns", async () => {
    const gateway = new MemoryGateway(sampleTables());
    await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.column("Plan", "Status")).toEqual(["On track", "On track", "At risk", "On track", "On track", "Off track", "At risk", "Invalid", null]);
    expect(gateway.column("Plan", "RSP keys")).toEqual([
      "1.1.1-M1",
      "1.1.1-M2",
      "1.1.1-M1, 1.1.1-M2",
      "1.1.1-M1, 1.1.1-M2",
      "1.1.1-M1",
      "Specific action",
      "2.1.1-M1",
      "2.1.1-M1",
      null,
    ]);
    expect(gateway.column("Plan", "Target value").slice(0, 3)).toEqual([10, 4, 27]);
    expect(gateway.column("Plan", "Expected").slice(0, 3)).toEqual([5, 2, 13.5]);
    expect(gateway.column("Plan", "Progress")[0]).toBe(0.5);
    expect(gateway.column("Plan", "Last update").slice(0, 2)).toEqual([null, d("2023-03-01")]);
    const notes = gateway.column("Plan", "Note") as string[];
    expect(notes[0].endsWith(STALE_MARKER)).toBe(false);
    expect(notes[1].endsWith(STALE_MARKER)).toBe(true);
    expect(notes[7]).toMatch(/abc/);
    expect(notes[8]).toBeNull();
  });

  it("fills RSP Actions, KPIs, Progress and a headline Status, and WorkPlan Ref check", async () => {
    const gateway = new MemoryGateway(sampleTables());
    await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.column("RSP", "Actions")).toEqual(["1-a, 1-c, 1-d", "1-b, 1-c", "", "2-b, 2-c"]);
    expect(gateway.column("RSP", "KPIs")).toEqual([4, 3, 0, 2]);
    expect(gateway.column("RSP", "Status")).toEqual(["At risk", "At risk", "No actions", "At risk"]);
    expect(gateway.column("RSP", "Progress")[2]).toBeNull();
    expect(gateway.column("WorkPlan", "Ref check")).toEqual(["OK", "OK", "Unknown: 1-zz", "OK", "OK"]);
  });

  it("writes number formats for percent, date and count columns", () => {
    const snapshot = snapshotOf(sampleTables());
    const writes = computedColumnWrites(snapshot, evaluateWorkbook(snapshot, { asOf: HALFWAY }));
    const format = (table: string, column: string) => writes.find((w) => w.table === table && w.column === column)?.numberFormat;
    expect(format("Plan", "Progress")).toBe("0%");
    expect(format("Plan", "Last update")).toBe("yyyy-mm-dd");
    expect(format("RSP", "KPIs")).toBe("0");
    expect(writes.every((w) => isComputed(w.table, w.column))).toBe(true);
  });

  it("skips a computed column the table lacks and reports it, never creating it", async () => {
    const tables = sampleTables();
    dropColumn(byName(tables, "Plan"), "Note");
    const gateway = new MemoryGateway(tables);
    const report = await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.table("Plan").headers).toEqual(PLAN_HEADERS.filter((h) => h !== "Note"));
    expect(report.evaluation.problems.some((p) => p.table === "Plan" && p.column === "Note" && p.severity === "warning")).toBe(true);
  });

  it.each(["Plan", "Settings"])("refuses with a plain message and writes nothing when %s is missing", async (missing) => {
    const gateway = new MemoryGateway(sampleTables().filter((t) => t.name !== missing));
    const error = await recalculateWorkbook(gateway).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toMatch(new RegExp(`^Recalculate cannot run: The workbook has no table named "${missing}".*Nothing was changed`));
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 0 });
  });

  it("is repeatable: a second run writes the same values", async () => {
    const gateway = new MemoryGateway(sampleTables());
    await recalculateWorkbook(gateway, { asOf: HALFWAY });
    const first = gateway.table("Plan").rows.map((r) => [...r]);
    await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.table("Plan").rows).toEqual(first);
  });
});

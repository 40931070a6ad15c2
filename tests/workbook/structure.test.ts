/**
 * DESIGN.md §2 "Required columns": a missing one is a Validate error naming the table, the
 * header and a look-alike header; Recalculate and Status sheet refuse with the same words and
 * write nothing.
 */
import { MemoryGateway } from "../support/memoryGateway";
import type { MemoryTable } from "../support/memoryGateway";
import { validateWorkbook } from "../../src/workbook/evaluate";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import { generateStatusSheet } from "../../src/workbook/statusSheet";
import { WorkbookError } from "../../src/workbook/gateway";
import { lookAlikeHeader, structureProblems } from "../../src/workbook/structure";
import { HALFWAY, byName, dropColumn, sampleTables, snapshotOf } from "./fixtures";

const NOW = new Date(2023, 6, 1, 9, 30);

const REQUIRED: Array<[string, string]> = [
  ["Plan", "Ref"],
  ["Plan", "TARGET"],
  ["Plan", "Actual"],
  ["Plan", "Measure"],
  ["Settings", "Key"],
  ["Settings", "Value"],
  ["WorkPlan", "ID"],
  ["WorkPlan", "Refs"],
  ["WorkPlan", "Status"],
  ["WorkPlan", "Held on"],
  ["Updates", "Date"],
  ["Updates", "Ref"],
  ["Updates", "Value"],
  ["Members", "Code"],
];

function renameColumn(table: MemoryTable, from: string, to: string): void {
  const index = table.headers.indexOf(from);
  if (index < 0) throw new Error(`no column ${from}`);
  table.headers[index] = to;
}

function copyOf(tables: MemoryTable[]): MemoryTable[] {
  return tables.map((t) => ({ ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) }));
}

async function refusals(tables: MemoryTable[]): Promise<{ recalc: Error; status: Error; gateway: MemoryGateway }> {
  const gateway = new MemoryGateway(copyOf(tables));
  const recalc = (await recalculateWorkbook(gateway, { asOf: HALFWAY }).catch((e: unknown) => e)) as Error;
  const status = (await generateStatusSheet(gateway, { asOf: HALFWAY, now: NOW }).catch((e: unknown) => e)) as Error;
  return { recalc, status, gateway };
}

describe("required columns (DESIGN.md §2)", () => {
  it.each(REQUIRED)("%s without %s: Validate error, Recalculate and Status sheet refuse and write nothing", async (table, header) => {
    const tables = sampleTables();
    dropColumn(byName(tables, table), header);
    const expected = header === "TARGET" ? "Target" : header;

    const errors = validateWorkbook(snapshotOf(tables)).filter((p) => p.severity === "error" && p.row === null);
    expect(errors).toEqual([
      { severity: "error", table, row: null, column: expected, message: `Table ${table} has no "${expected}" column; add a column with that header.` },
    ]);

    const before = copyOf(tables);
    const { recalc, status, gateway } = await refusals(tables);
    for (const [error, operation] of [[recalc, "Recalculate"], [status, "Status sheet"]] as const) {
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error.message).toBe(`${operation} cannot run: ${errors[0].message} Nothing was changed.`);
    }
    expect(gateway.calls).toEqual({ read: 2, write: 0, createTables: 0 });
    for (const original of before) expect(gateway.table(original.name)).toEqual(original);
    expect(() => gateway.table("History")).toThrow();
  });

  it.each([
    ["Target (2024)", "TARGET", "Target"],
    ["target_", "TARGET", "Target"],
    ["Targets", "TARGET", "Target"],
    ["Mesure", "Measure", "Measure"],
    ["Actual value", "Actual", "Actual"],
    ["ACTUAL", "Actual", null],
  ])('names the look-alike header "%s" and its cell', (alike, header, expected) => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    renameColumn(plan, header, alike);
    const errors = validateWorkbook(snapshotOf(tables)).filter((p) => p.severity === "error" && p.row === null);
    if (expected === null) {
      expect(errors).toEqual([]); // headers are case-insensitive: nothing is missing
      return;
    }
    const column = String.fromCharCode(65 + plan.headers.indexOf(alike));
    expect(errors).toEqual([
      {
        severity: "error",
        table: "Plan",
        row: null,
        column: expected,
        address: `Plan!${column}1`,
        message: `Table Plan has no "${expected}" column; the column "${alike}" (Plan!${column}1) looks like it: rename it to "${expected}".`,
      },
    ]);
  });

  it("never offers one of the schema's own columns (Target value) or an unrelated header as the look-alike", () => {
    expect(lookAlikeHeader("Plan", ["Ref", "Target value", "Status"], "Target")).toBeNull();
    expect(lookAlikeHeader("Plan", ["Budget", "Remarks"], "Target")).toBeNull();
    expect(lookAlikeHeader("WorkPlan", ["Held-on"], "Held on")).toBe("Held-on");
    expect(lookAlikeHeader("Plan", ["Rfe", "Notes"], "Ref")).toBe("Rfe");
  });

  it("refuses with the renamed Target's name, so the status sheet never becomes all Invalid", async () => {
    const tables = sampleTables();
    renameColumn(byName(tables, "Plan"), "TARGET", "Target (2024)");
    const { recalc, status, gateway } = await refusals(tables);
    expect(recalc.message).toMatch(/^Recalculate cannot run: Table Plan has no "Target" column; the column "Target \(2024\)" \(Plan!H1\) looks like it/);
    expect(status.message).toMatch(/^Status sheet cannot run: .*"Target \(2024\)"/);
    expect(gateway.calls.write).toBe(0);
  });

  it("lets WorkPlan, Updates, Members and RSP be absent entirely (a warning each), and Recalculate runs", async () => {
    const tables = sampleTables().filter((t) => ["Settings", "Plan"].includes(t.name));
    const problems = structureProblems(snapshotOf(tables));
    expect(problems.map((p) => [p.table, p.severity])).toEqual([
      ["Members", "warning"],
      ["RSP", "warning"],
      ["WorkPlan", "warning"],
      ["Updates", "warning"],
    ]);
    const gateway = new MemoryGateway(tables);
    const report = await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(report.evaluation.kpis.length).toBeGreaterThan(0);
    expect(gateway.calls.write).toBe(1);
  });
});
